//! Which items apply to whom: a pure function from answers to results, grouped by focus area, each
//! carrying its reasons so the page can say "shown because you answered …".
//!
//! The rule is deliberately simple so an editor can predict it: an item applies when one of its
//! alternatives has every condition met by a known answer. An unknown answer ("don't know", or not
//! yet asked) never hides anything: an item that could still apply through an alternative resting
//! on one comes back as [`Fit::MayApply`], so the person is told to ask rather than never hearing
//! of it. Only known answers that fail every alternative hide an item.

use crate::answers::{Answers, Known, Reply};
use crate::content::{Area, Condition, Content, Item, Municipality};
use crate::questions::QuestionId;

/// How well an item fits the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// An alternative's conditions are all met by known answers (or the item has none: it is for
    /// everyone).
    Applies,
    /// No alternative is met yet, but one rests only on questions the person did not answer.
    MayApply,
}

/// Where a group of results comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Municipal,
    National,
}

/// The part of an answer that met a condition: the chosen options the condition allows (not the
/// others), or the number. "Shown because you answered: children 1–2 years", not every age.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: QuestionId,
    pub reply: Reply,
}

/// One item shown to the person.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult<'c> {
    pub item: &'c Item,
    pub fit: Fit,
    /// The answers that made it apply, in questionnaire order.
    pub reasons: Vec<Reason>,
    /// The unanswered questions it depends on ("may apply — ask"), in questionnaire order.
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
#[derive(Clone, Debug, PartialEq, Eq)]
enum Check {
    Met(Reply),
    Failed,
    Unknown,
}

fn check(cond: &Condition, answers: &Answers) -> Check {
    let q = cond.question();
    match (cond, answers.known(q)) {
        (_, Known::Unknown) => Check::Unknown,
        (_, Known::None) => Check::Failed,
        (Condition::Options { allowed, .. }, Known::Reply(Reply::Options(chosen))) => {
            let allows = |c: &&str| allowed.contains(c) || q.counts_as(c).is_some_and(|a| allowed.contains(&a));
            // Most conditions fail: only a met one allocates its reason.
            if chosen.iter().any(allows) {
                Check::Met(Reply::Options(chosen.iter().copied().filter(allows).collect()))
            } else {
                Check::Failed
            }
        }
        (Condition::Range { min, max, .. }, Known::Reply(Reply::Number(n))) => {
            if (*min..=*max).contains(n) {
                Check::Met(Reply::Number(*n))
            } else {
                Check::Failed
            }
        }
        // A reply of the wrong kind cannot come from the questionnaire; treat it as unknown
        // rather than hide an item on its account.
        (_, Known::Reply(_)) => Check::Unknown,
    }
}

/// One alternative: `None` when a known answer fails it, else its reasons and unknowns.
fn alternative(conds: &[Condition], answers: &Answers) -> Option<(Vec<Reason>, Vec<QuestionId>)> {
    let mut reasons = Vec::new();
    let mut unknown = Vec::new();
    for cond in conds {
        match check(cond, answers) {
            Check::Failed => return None,
            Check::Met(reply) => reasons.push(Reason { question: cond.question(), reply }),
            Check::Unknown => unknown.push(cond.question()),
        }
    }
    Some((reasons, unknown))
}

/// How one item fits the answers; `None` when known answers rule out every alternative.
///
/// The first alternative met in full gives the reasons. Failing that, the item may apply: its
/// reasons are what the open alternatives have met so far, and it depends on every question
/// they still wait for.
pub fn evaluate_item<'c>(item: &'c Item, answers: &Answers) -> Option<ItemResult<'c>> {
    if item.when.is_empty() {
        return Some(ItemResult { item, fit: Fit::Applies, reasons: vec![], unknown: vec![] });
    }
    // The alternatives still open (no known answer fails them); the first met in full decides.
    let mut open: Vec<(Vec<Reason>, Vec<QuestionId>)> = Vec::new();
    for alt in &item.when {
        match alternative(alt, answers) {
            Some((mut reasons, unknown)) if unknown.is_empty() => {
                reasons.sort_by_key(|r| r.question);
                return Some(ItemResult { item, fit: Fit::Applies, reasons, unknown });
            }
            Some(partial) => open.push(partial),
            None => {}
        }
    }
    if open.is_empty() {
        return None;
    }
    let mut reasons: Vec<Reason> = Vec::new();
    let mut unknown: Vec<QuestionId> = Vec::new();
    for (r, u) in open {
        for r in r {
            if !reasons.contains(&r) {
                reasons.push(r);
            }
        }
        unknown.extend(u);
    }
    reasons.sort_by_key(|r| r.question);
    unknown.sort();
    unknown.dedup();
    Some(ItemResult { item, fit: Fit::MayApply, reasons, unknown })
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
        any(vec![when])
    }

    /// An item with alternatives (`[]`: for everyone).
    fn any(when: Vec<Vec<Condition>>) -> Item {
        Item {
            id: "x".into(),
            title: "t".into(),
            summary: "s".into(),
            body: "b".into(),
            ask: "a".into(),
            place: None,
            source: Source::Policy { file: "f".into(), section: "s".into() },
            when: when.into_iter().filter(|alt| !alt.is_empty()).collect(),
            municipalities: None,
            step: None,
        }
    }

    fn questions(reasons: &[Reason]) -> Vec<QuestionId> {
        reasons.iter().map(|r| r.question).collect()
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
        assert_eq!(questions(&r.reasons), vec![Age, Residence]);
        assert_eq!(r.reasons[0].reply, Reply::Number(30));
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
        assert_eq!((questions(&r.reasons), r.unknown.clone()), (vec![Work], vec![Residence]));
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
    fn the_reason_names_only_the_options_that_met_the_condition() {
        let i = item(vec![opts(Children, &["0", "1-2"])]);
        let a = answered(&[(Household, &["children"]), (Children, &["1-2", "6-13"])]);
        let r = evaluate_item(&i, &a).unwrap();
        assert_eq!(r.reasons, vec![Reason { question: Children, reply: Reply::Options(vec!["1-2"]) }]);
    }

    #[test]
    fn any_alternative_that_holds_makes_the_item_apply() {
        // Daycare: children aged 0–2, or expecting.
        let i = any(vec![vec![opts(Children, &["0", "1-2"])], vec![opts(Expecting, &["yes"])]]);
        let expecting = answered(&[(Household, &["partner"]), (Expecting, &["yes"])]);
        let r = evaluate_item(&i, &expecting).unwrap();
        assert_eq!((r.fit, questions(&r.reasons)), (Fit::Applies, vec![Expecting]));
        let toddler = answered(&[(Household, &["children"]), (Children, &["1-2"]), (Expecting, &["no"])]);
        assert_eq!(questions(&evaluate_item(&i, &toddler).unwrap().reasons), vec![Children]);
        let neither = answered(&[(Household, &["alone"]), (Expecting, &["no"])]);
        assert!(evaluate_item(&i, &neither).is_none());
    }

    #[test]
    fn an_open_alternative_makes_it_may_apply_and_names_what_it_waits_for() {
        let i = any(vec![vec![opts(Children, &["0", "1-2"])], vec![opts(Expecting, &["yes"])]]);
        // No children (known), expecting not answered: it may apply, because of the expecting answer.
        let a = answered(&[(Household, &["alone"])]);
        let r = evaluate_item(&i, &a).unwrap();
        assert_eq!((r.fit, r.unknown.clone()), (Fit::MayApply, vec![Expecting]));
        // Nothing answered: both alternatives are open, and both questions are named once.
        let r = evaluate_item(&i, &Answers::new()).unwrap();
        assert_eq!((r.fit, r.unknown), (Fit::MayApply, vec![Children, Expecting]));
    }

    #[test]
    fn a_ukrainian_under_the_special_act_counts_as_a_refugee_for_the_rules() {
        let i = item(vec![opts(Residence, &["refugee"])]);
        let r = evaluate_item(&i, &answered(&[(Residence, &["ukraine"])])).unwrap();
        assert_eq!(r.fit, Fit::Applies);
        assert_eq!(r.reasons[0].reply, Reply::Options(vec!["ukraine"]), "the reason is what they answered");
        // An item for the special act alone is not shown to refugees.
        let i = item(vec![opts(Residence, &["ukraine"])]);
        assert!(evaluate_item(&i, &answered(&[(Residence, &["refugee"])])).is_none());
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
summary = "s"
body = "b"
ask = "a"
source_url = "https://x.dk"
source_name = "x.dk"
reviewed = "2026-11-23"
confidence = "H"
[[areas.items]]
id = "national-north"
title = "t"
summary = "s"
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
                 [[areas.items]]\nid = \"{id}-i\"\ntitle = \"t\"\nsummary = \"s\"\nbody = \"b\"\nask = \"a\"\nsection = \"S\"\n"
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
