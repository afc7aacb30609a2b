//! The questionnaire as a table, in the spirit of GOV.UK's smart answers: each row says what is
//! asked, what can be answered and when it is asked. The view walks this table; content
//! conditions name the same ids and options, and the content tests check them against it.
//!
//! Every question also allows "don't know / prefer not to say" ([`crate::answers::Reply::DontKnow`]),
//! which is why no option below means "unknown".

use serde::{Deserialize, Serialize};

/// What a question is about. The snake_case name is used in content files (`when.residence`),
/// in message ids (`q-residence`) and in the link fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, nanoserde::SerJson, nanoserde::DeJson)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    Household,
    Children,
    Expecting,
    Age,
    Gender,
    Residence,
    Education,
    EducationPlace,
    Work,
    Danish,
    Health,
}

impl QuestionId {
    pub const fn as_str(self) -> &'static str {
        match self {
            QuestionId::Household => "household",
            QuestionId::Children => "children",
            QuestionId::Expecting => "expecting",
            QuestionId::Age => "age",
            QuestionId::Gender => "gender",
            QuestionId::Residence => "residence",
            QuestionId::Education => "education",
            QuestionId::EducationPlace => "education_place",
            QuestionId::Work => "work",
            QuestionId::Danish => "danish",
            QuestionId::Health => "health",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionId> {
        QUESTIONS.iter().map(|q| q.id).find(|id| id.as_str() == s)
    }

    /// The row of [`QUESTIONS`] for this id.
    pub fn question(self) -> &'static Question {
        QUESTIONS
            .iter()
            .find(|q| q.id == self)
            .expect("every QuestionId has a row in QUESTIONS")
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one of the options (radio buttons).
    One(&'static [&'static str]),
    /// Any number of the options, none included (checkboxes; "none of these" is the empty set).
    Many(&'static [&'static str]),
    /// A whole number in `min..=max` (years of age).
    Number { min: u8, max: u8 },
}

impl Kind {
    pub fn options(self) -> &'static [&'static str] {
        match self {
            Kind::One(o) | Kind::Many(o) => o,
            Kind::Number { .. } => &[],
        }
    }

    /// The option as the table's own `&'static str`, if it is one.
    pub fn option(self, s: &str) -> Option<&'static str> {
        self.options().iter().copied().find(|o| *o == s)
    }
}

/// When a question is put to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskWhen {
    Always,
    /// Only when the answer to another question includes one of these options; when that answer
    /// is known and includes none of them, this question's answer is known to be "none".
    AnswerIs(QuestionId, &'static [&'static str]),
    /// Only in a municipality whose content has an item with a condition on this question
    /// (gender: asked only where a policy targets women or young men, and optional there).
    Targeted,
}

/// One row of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub kind: Kind,
    pub ask_when: AskWhen,
}

/// Options that the rules treat as another option of the same question: a condition that allows
/// the second also allows the first. A content item can still name the first alone, for what
/// applies only to that group.
pub const COUNTS_AS: &[(QuestionId, &str, &str)] = &[
    // national-facts.md: a permit under særloven counts as refugee in the integration act's sense.
    (QuestionId::Residence, "ukraine", "refugee"),
];

impl QuestionId {
    /// What `option` also counts as for the rules (see [`COUNTS_AS`]).
    pub fn counts_as(self, option: &str) -> Option<&'static str> {
        COUNTS_AS.iter().find(|(q, o, _)| *q == self && *o == option).map(|(_, _, as_)| *as_)
    }
}

/// Child age bands, chosen to match where the rules change: daycare (from 26 weeks to school
/// start), compulsory school (from about 6), dental care and child benefit (to 18).
pub const CHILD_AGE_BANDS: &[&str] = &["0", "1-2", "3-5", "6-13", "14-17", "18plus"];

/// The questionnaire, in the order it is asked.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::Household,
        // `family`: with parents or other family (a young person, an older parent living with a
        // grown child); children's ages are asked only with "children".
        kind: Kind::One(&["alone", "partner", "children", "partner_children", "family"]),
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::Children,
        kind: Kind::Many(CHILD_AGE_BANDS),
        ask_when: AskWhen::AnswerIs(QuestionId::Household, &["children", "partner_children"]),
    },
    Question {
        id: QuestionId::Expecting,
        kind: Kind::One(&["yes", "no"]),
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::Age,
        kind: Kind::Number { min: 15, max: 110 },
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::Gender,
        kind: Kind::One(&["woman", "man"]),
        ask_when: AskWhen::Targeted,
    },
    Question {
        id: QuestionId::Residence,
        // `ukraine`: a residence permit under the special act for people displaced from Ukraine
        // (særloven). Its holders know it is not refugee status and would not pick "refugee";
        // the integration act treats them as refugees, see [`COUNTS_AS`].
        kind: Kind::One(&["refugee", "ukraine", "family", "work_study", "eu"]),
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::Education,
        kind: Kind::One(&["little", "school", "vocational", "higher"]),
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::EducationPlace,
        kind: Kind::One(&["abroad", "denmark"]),
        ask_when: AskWhen::AnswerIs(QuestionId::Education, &["school", "vocational", "higher"]),
    },
    Question {
        id: QuestionId::Work,
        kind: Kind::One(&["job_seeker", "employed", "student", "unable", "retired"]),
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::Danish,
        kind: Kind::One(&["none", "basic", "good"]),
        ask_when: AskWhen::Always,
    },
    Question {
        id: QuestionId::Health,
        kind: Kind::Many(&["trauma", "illness", "interpreter"]),
        ask_when: AskWhen::Always,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_has_exactly_one_row_and_round_trips() {
        for q in QUESTIONS {
            assert_eq!(QUESTIONS.iter().filter(|r| r.id == q.id).count(), 1, "{:?}", q.id);
            assert_eq!(QuestionId::parse(q.id.as_str()), Some(q.id));
        }
        assert_eq!(QuestionId::parse("shoe_size"), None);
    }

    #[test]
    fn what_an_option_counts_as_is_an_option_of_the_same_question() {
        for (q, option, as_) in COUNTS_AS {
            assert!(q.question().kind.option(option).is_some(), "{option}");
            assert!(q.question().kind.option(as_).is_some(), "{as_}");
        }
        assert_eq!(QuestionId::Residence.counts_as("ukraine"), Some("refugee"));
        assert_eq!(QuestionId::Residence.counts_as("eu"), None);
    }

    #[test]
    fn a_dependent_question_comes_after_what_it_depends_on() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            if let AskWhen::AnswerIs(dep, opts) = q.ask_when {
                let j = QUESTIONS.iter().position(|r| r.id == dep).unwrap();
                assert!(j < i, "{:?} is asked before {:?}", q.id, dep);
                for o in opts {
                    assert!(dep.question().kind.option(o).is_some(), "{:?}: {o}", q.id);
                }
            }
        }
    }
}
