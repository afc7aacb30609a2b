//! The checked content the rest of the guide uses: plain values, no parsing and no checks (those
//! live in [`super::load`]).

use std::str::Chars;

use nanoserde::{DeJson, DeJsonErr, DeJsonState, SerJson, SerJsonState};

use crate::questions::QuestionId;

/// All content: the municipalities in file order, and the national layer.
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Content {
    pub municipalities: Vec<Municipality>,
    pub national: Layer,
}

/// One municipality: who it is, how to reach it, and its policy's focus areas in the policy's order.
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Municipality {
    pub id: String,
    pub file: String,
    /// Message ids.
    pub name: String,
    pub policy_title: String,
    /// The policy's file name in `shared/policies/`.
    pub policy_file: String,
    /// When the policy was adopted or runs ("2013", "2019–2022"); `None`: the policy carries no year.
    pub period: Option<String>,
    pub contact: Place,
    /// The questions some item for this municipality (its own or national) has a condition on:
    /// a [`crate::questions::AskWhen::Targeted`] question is asked only there. Worked out when
    /// the content is loaded, so the questions can be asked before the municipality's pack is
    /// fetched (see [`super::packs`]).
    pub targets: Vec<QuestionId>,
    /// In the browser these two arrive with the municipality's pack; empty until then.
    pub places: Vec<Place>,
    pub areas: Vec<Area>,
}

/// The national layer: rights that apply in every municipality.
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Layer {
    pub id: String,
    pub file: String,
    pub name: String,
    /// In the browser these arrive with the national pack; empty until then.
    pub areas: Vec<Area>,
}

/// Somewhere a newcomer can go. `name` is a message id; the municipality's own contact has none.
#[derive(Clone, Debug, PartialEq, Eq, Default, SerJson, DeJson)]
pub struct Place {
    pub id: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub web: Option<String>,
    pub mail: Option<String>,
}

/// A focus area (municipal) or a topic (national).
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Area {
    pub id: String,
    pub title: String,
    pub section: Option<String>,
    pub items: Vec<Item>,
}

/// One thing a newcomer can use: what it is (`summary`, `body`), whom to ask (`ask`), for whom
/// (`when`), and whether it is one of the first steps to take (`step`).
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Item {
    pub id: String,
    /// Message ids.
    pub title: String,
    /// One plain sentence: what the item is, shown on the closed card.
    pub summary: String,
    pub body: String,
    pub ask: String,
    /// Id of a place of the municipality; `None` means the municipality's own contact.
    pub place: Option<String>,
    pub source: Source,
    /// For whom: the item applies when *any* of these alternatives holds, and an alternative holds
    /// when *all* its conditions do. Empty: for everyone.
    pub when: Vec<Vec<Condition>>,
    /// National items only: limit to these municipalities (e.g. one region's clinic).
    pub municipalities: Option<Vec<String>>,
    /// Set by the editor: this item is a first step, in this order among the person's steps.
    pub step: Option<Step>,
}

/// A first step: what to do and where, in one sentence, and when it comes among the others.
#[derive(Clone, Debug, PartialEq, Eq, SerJson, DeJson)]
pub struct Step {
    /// Lower comes first.
    pub order: u16,
    /// Message id of the sentence.
    pub text: String,
}

/// Where an item comes from.
#[derive(Clone, Debug, PartialEq, Eq, SerJson, DeJson)]
pub enum Source {
    /// A section heading of the municipality's policy.
    Policy { file: String, section: String },
    /// A public source of the national layer, with the date the content was last checked.
    Public { url: String, name: String, reviewed: String, confidence: String },
}

/// One condition on the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The answer to `question` includes one of `allowed`.
    Options { question: QuestionId, allowed: Vec<&'static str> },
    /// The number answered to `question` lies in `min..=max`.
    Range { question: QuestionId, min: u8, max: u8 },
}

/// A condition as a pack carries it: the option names as strings, turned back into the
/// questionnaire's own (`&'static str`) when a pack is read, and refused if the questionnaire
/// has no such option (a pack from another release).
#[derive(Clone, SerJson, DeJson)]
struct ConditionRepr {
    q: QuestionId,
    any: Option<Vec<String>>,
    range: Option<(u8, u8)>,
}

impl SerJson for Condition {
    fn ser_json(&self, d: usize, s: &mut SerJsonState) {
        ConditionRepr::from(self.clone()).ser_json(d, s)
    }
}

impl DeJson for Condition {
    fn de_json(s: &mut DeJsonState, i: &mut Chars) -> Result<Condition, DeJsonErr> {
        let repr = ConditionRepr::de_json(s, i)?;
        Condition::try_from(repr).map_err(|e| s.err_parse(&e))
    }
}

impl From<Condition> for ConditionRepr {
    fn from(c: Condition) -> ConditionRepr {
        match c {
            Condition::Options { question, allowed } => {
                ConditionRepr { q: question, any: Some(allowed.iter().map(|a| a.to_string()).collect()), range: None }
            }
            Condition::Range { question, min, max } => ConditionRepr { q: question, any: None, range: Some((min, max)) },
        }
    }
}

impl TryFrom<ConditionRepr> for Condition {
    type Error = String;
    fn try_from(r: ConditionRepr) -> Result<Condition, String> {
        match (r.any, r.range) {
            (Some(any), None) => {
                let kind = r.q.question().kind;
                let allowed = any
                    .iter()
                    .map(|o| kind.option(o).ok_or_else(|| format!("'{o}' is not an option of {}", r.q.as_str())))
                    .collect::<Result<_, _>>()?;
                Ok(Condition::Options { question: r.q, allowed })
            }
            (None, Some((min, max))) => Ok(Condition::Range { question: r.q, min, max }),
            _ => Err(format!("a condition on {} needs either options or a range", r.q.as_str())),
        }
    }
}

impl Condition {
    pub fn question(&self) -> QuestionId {
        match self {
            Condition::Options { question, .. } | Condition::Range { question, .. } => *question,
        }
    }
}

impl Content {
    pub fn municipality(&self, id: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.id == id)
    }

    /// Every area with the file it is in: the municipalities' first, then the national layer.
    pub fn all_areas(&self) -> impl Iterator<Item = (&str, &Area)> {
        self.municipalities
            .iter()
            .flat_map(|m| m.areas.iter().map(move |a| (m.file.as_str(), a)))
            .chain(self.national.areas.iter().map(|a| (self.national.file.as_str(), a)))
    }

    /// Every message id the content names, as `(file, item or area id, field, message id)`, so
    /// that a test can check each one exists in every shipped locale.
    pub fn message_ids(&self) -> Vec<(&str, &str, &'static str, &str)> {
        let mut out = Vec::new();
        for m in &self.municipalities {
            out.push((m.file.as_str(), m.id.as_str(), "name", m.name.as_str()));
            out.push((m.file.as_str(), m.id.as_str(), "policy_title", m.policy_title.as_str()));
            for p in &m.places {
                if let Some(n) = &p.name {
                    out.push((m.file.as_str(), p.id.as_str(), "places.name", n.as_str()));
                }
            }
        }
        out.push((self.national.file.as_str(), self.national.id.as_str(), "name", self.national.name.as_str()));
        for (file, area) in self.all_areas() {
            out.push((file, area.id.as_str(), "areas.title", area.title.as_str()));
            for item in &area.items {
                out.push((file, item.id.as_str(), "title", item.title.as_str()));
                out.push((file, item.id.as_str(), "summary", item.summary.as_str()));
                out.push((file, item.id.as_str(), "body", item.body.as_str()));
                out.push((file, item.id.as_str(), "ask", item.ask.as_str()));
                if let Some(step) = &item.step {
                    out.push((file, item.id.as_str(), "step.text", step.text.as_str()));
                }
            }
        }
        out
    }

    /// Whether any item for this municipality (its own or national) has a condition on `q`:
    /// decides whether a [`crate::questions::AskWhen::Targeted`] question is asked there.
    pub fn targets(&self, municipality: &Municipality, q: QuestionId) -> bool {
        municipality.targets.contains(&q)
    }

    /// Works out [`Municipality::targets`] from the items (the loader does it once, with every
    /// file at hand).
    pub(super) fn find_targets(&mut self) {
        for i in 0..self.municipalities.len() {
            let m = &self.municipalities[i];
            let mut targets: Vec<QuestionId> = m
                .areas
                .iter()
                .chain(self.national.areas.iter())
                .flat_map(|a| a.items.iter())
                .filter(|i| i.applies_in(&m.id))
                .flat_map(|i| i.conditions().map(|c| c.question()))
                .collect();
            targets.sort();
            targets.dedup();
            self.municipalities[i].targets = targets;
        }
    }
}

impl Item {
    /// Every condition of every alternative.
    pub fn conditions(&self) -> impl Iterator<Item = &Condition> {
        self.when.iter().flatten()
    }

    /// An item with no conditions is for everyone.
    pub fn is_for_everyone(&self) -> bool {
        self.when.is_empty()
    }

    /// Whether a national item is shown in this municipality (municipal items always are).
    pub fn applies_in(&self, municipality: &str) -> bool {
        self.municipalities.as_ref().is_none_or(|ms| ms.iter().any(|m| m == municipality))
    }
}

impl Municipality {
    /// The place an item points to: a named place, or the municipality's own contact.
    pub fn place(&self, id: Option<&str>) -> &Place {
        id.and_then(|id| self.places.iter().find(|p| p.id == id)).unwrap_or(&self.contact)
    }
}
