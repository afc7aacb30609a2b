//! Which items apply to whom: a pure function from answers to results, grouped by focus area, each
//! carrying its reasons so the page can say "shown because you answered …".
//!
//! The rule is deliberately simple so an editor can predict it: an item applies when every one of
//! its conditions is met by a known answer. An unknown answer ("don't know", or not yet asked)
//! never hides anything: an item whose condition rests on one comes back as [`Fit::MayApply`], so
//! the person is told to ask rather than never hearing of it. Only a known answer that fails a
//! condition hides an item.

use crate::answers::{Answers, Known, Reply};
use crate::content::{Area, Condition, Content, Item, Municipality};
use crate::questions::QuestionId;

/// How well an item fits the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Every condition is met by a known answer (or the item has none: it is for everyone).
    Applies,
    /// No condition fails, but some rest on questions the person did not answer.
    MayApply,
}

/// Where a group of results comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Municipal,
    National,
}

/// One item shown to the person.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult<'c> {
    pub item: &'c Item,
    pub fit: Fit,
    /// The questions whose answers made it apply, in questionnaire order.
    pub reasons: Vec<QuestionId>,
    /// The unanswered questions it depends on ("may apply — ask").
    pub unknown: Vec<QuestionId>,
}

/// The items shown under one focus area, in the content's order.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaResult<'c> {
    pub area: &'c Area,
    pub layer: Layer,
    pub items: Vec<ItemResult<'c>>,
}

/// What one condition says about the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    Met,
    Failed,
    Unknown,
}

fn check(cond: &Condition, answers: &Answers) -> Check {
    match (cond, answers.known(cond.question())) {
        (_, Known::Unknown) => Check::Unknown,
        (_, Known::None) => Check::Failed,
        (Condition::Options { allowed, .. }, Known::Reply(Reply::Options(chosen))) => {
            if chosen.iter().any(|c| allowed.contains(c)) {
                Check::Met
            } else {
                Check::Failed
            }
        }
        (Condition::Range { min, max, .. }, Known::Reply(Reply::Number(n))) => {
            if (*min..=*max).contains(n) {
                Check::Met
            } else {
                Check::Failed
            }
        }
        // A reply of the wrong kind cannot come from the questionnaire; treat it as unknown
        // rather than hide an item on its account.
        (_, Known::Reply(_)) => Check::Unknown,
    }
}

/// How one item fits the answers; `None` when a known answer rules it out.
pub fn evaluate_item<'c>(item: &'c Item, answers: &Answers) -> Option<ItemResult<'c>> {
    let mut reasons = Vec::new();
    let mut unknown = Vec::new();
    for cond in &item.when {
        match check(cond, answers) {
            Check::Failed => return None,
            Check::Met => reasons.push(cond.question()),
            Check::Unknown => unknown.push(cond.question()),
        }
    }
    reasons.sort();
    unknown.sort();
    let fit = if unknown.is_empty() { Fit::Applies } else { Fit::MayApply };
    Some(ItemResult { item, fit, reasons, unknown })
}

/// Everything shown to a person in `municipality`: its focus areas in the policy's order, then
/// the national layer. Areas with nothing to show are left out.
pub fn evaluate<'c>(
    content: &'c Content,
    municipality: &'c Municipality,
    answers: &Answers,
) -> Vec<AreaResult<'c>> {
    let municipal = municipality.areas.iter().map(|a| (a, Layer::Municipal));
    let national = content.national.areas.iter().map(|a| (a, Layer::National));
    municipal
        .chain(national)
        .filter_map(|(area, layer)| {
            let items: Vec<ItemResult<'c>> = area
                .items
                .iter()
                .filter(|i| i.applies_in(&municipality.id))
                .filter_map(|i| evaluate_item(i, answers))
                .collect();
            (!items.is_empty()).then_some(AreaResult { area, layer, items })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Source, NATIONAL_FILE};
    use QuestionId::*;

    fn item(when: Vec<Condition>) -> Item {
        Item {
            id: "x".into(),
            title: "t".into(),
            body: "b".into(),
            ask: "a".into(),
            place: None,
            source: Source::Policy { file: "f".into(), section: "s".into() },
            when,
            municipalities: None,
        }
    }

    fn opts(question: QuestionId, allowed: &[&'static str]) -> Condition {
        Condition::Options { question, allowed: allowed.to_vec() }
    }

    fn answered(pairs: &[(QuestionId, &[&str])]) -> Answers {
        let mut a = Answers::new();
        for (q, o) in pairs {
            a.set(*q, Reply::options(*q, o).unwrap());
        }
        a
    }

    #[test]
    fn an_item_without_conditions_applies_to_everyone_even_with_no_answers() {
        let i = item(vec![]);
        let r = evaluate_item(&i, &Answers::new()).unwrap();
        assert_eq!((r.fit, r.reasons.len(), r.unknown.len()), (Fit::Applies, 0, 0));
    }

    #[test]
    fn met_conditions_are_the_reasons() {
        let i = item(vec![opts(Residence, &["refugee", "family"]), Condition::Range { question: Age, min: 18, max: 50 }]);
        let mut a = answered(&[(Residence, &["family"])]);
        a.set(Age, Reply::Number(30));
        let r = evaluate_item(&i, &a).unwrap();
        assert_eq!(r.fit, Fit::Applies);
        assert_eq!(r.reasons, vec![Age, Residence]);
    }

    #[test]
    fn a_known_answer_that_fails_hides_the_item() {
        let i = item(vec![opts(Residence, &["refugee"])]);
        assert!(evaluate_item(&i, &answered(&[(Residence, &["eu"])])).is_none());
        let i = item(vec![Condition::Range { question: Age, min: 18, max: 50 }]);
        let mut a = Answers::new();
        a.set(Age, Reply::Number(51));
        assert!(evaluate_item(&i, &a).is_none());
    }

    #[test]
    fn an_unknown_answer_makes_it_may_apply_never_hidden() {
        let i = item(vec![opts(Residence, &["refugee"]), opts(Work, &["job_seeker"])]);
        let mut a = answered(&[(Work, &["job_seeker"])]);
        a.set(Residence, Reply::DontKnow);
        let r = evaluate_item(&i, &a).unwrap();
        assert_eq!(r.fit, Fit::MayApply);
        assert_eq!((r.reasons.clone(), r.unknown.clone()), (vec![Work], vec![Residence]));
        // Not answered at all: also "may apply".
        assert_eq!(evaluate_item(&i, &Answers::new()).unwrap().fit, Fit::MayApply);
    }

    #[test]
    fn no_children_rules_out_child_items_but_unknown_household_does_not() {
        let i = item(vec![opts(Children, &["0", "1-2", "3-5"])]);
        assert!(evaluate_item(&i, &answered(&[(Household, &["alone"])])).is_none());
        let mut a = Answers::new();
        a.set(Household, Reply::DontKnow);
        assert_eq!(evaluate_item(&i, &a).unwrap().fit, Fit::MayApply);
        let a = answered(&[(Household, &["children"]), (Children, &["6-13", "1-2"])]);
        assert_eq!(evaluate_item(&i, &a).unwrap().fit, Fit::Applies);
        let a = answered(&[(Household, &["children"]), (Children, &["6-13"])]);
        assert!(evaluate_item(&i, &a).is_none());
    }

    #[test]
    fn national_items_limited_to_some_municipalities_show_only_there() {
        let national = r#"
id = "national"
name = "n"
[[areas]]
id = "national-a"
title = "a"
[[areas.items]]
id = "national-everywhere"
title = "t"
body = "b"
ask = "a"
source_url = "https://x.dk"
source_name = "x.dk"
reviewed = "2026-11-23"
confidence = "H"
[[areas.items]]
id = "national-north"
title = "t"
body = "b"
ask = "a"
source_url = "https://x.dk"
source_name = "x.dk"
reviewed = "2026-11-23"
confidence = "H"
municipalities = ["north"]
"#;
        let town = |id: &str| {
            format!(
                "id = \"{id}\"\nname = \"n\"\npolicy_title = \"p\"\npolicy_file = \"f\"\nperiod = \"2020\"\n\
                 [contact]\nphone = \"1\"\n[[areas]]\nid = \"{id}-a\"\ntitle = \"a\"\nsection = \"S\"\n\
                 [[areas.items]]\nid = \"{id}-i\"\ntitle = \"t\"\nbody = \"b\"\nask = \"a\"\nsection = \"S\"\n"
            )
        };
        let (n, s) = (town("north"), town("south"));
        let c = Content::load(&[("content/north.toml", &n), ("content/south.toml", &s), (NATIONAL_FILE, national)]).unwrap();
        let ids = |m: &str| -> Vec<String> {
            evaluate(&c, c.municipality(m).unwrap(), &Answers::new())
                .iter()
                .flat_map(|a| a.items.iter().map(|i| i.item.id.clone()))
                .collect()
        };
        assert_eq!(ids("north"), ["north-i", "national-everywhere", "national-north"]);
        assert_eq!(ids("south"), ["south-i", "national-everywhere"]);
    }
}
