//! What one person answered. Nothing here knows about content or the browser; an [`Answers`]
//! value lives in memory (and, later, in the link fragment) and is never sent anywhere.

use std::collections::BTreeMap;

use crate::questions::{AskWhen, Kind, QuestionId};

/// One answer. A question with no entry in [`Answers`] has not been asked yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// "Don't know / prefer not to say". Never hides a general item; items that depend on it
    /// come back as "may apply — ask".
    DontKnow,
    /// The chosen options of a [`Kind::One`] (exactly one) or [`Kind::Many`] (any number) question,
    /// as the question table's own strings, in table order.
    Options(Vec<&'static str>),
    /// A [`Kind::Number`] answer.
    Number(u8),
}

/// Why a reply does not fit its question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplyError {
    UnknownOption { question: QuestionId, option: String },
    NotOneOption { question: QuestionId },
    OutOfRange { question: QuestionId, value: i64, min: u8, max: u8 },
    WrongKind { question: QuestionId },
}

impl std::fmt::Display for ReplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReplyError::UnknownOption { question, option } => {
                write!(f, "'{option}' is not an option of question '{}'", question.as_str())
            }
            ReplyError::NotOneOption { question } => {
                write!(f, "question '{}' takes exactly one option", question.as_str())
            }
            ReplyError::OutOfRange { question, value, min, max } => write!(
                f,
                "{value} is outside {min}–{max} for question '{}'",
                question.as_str()
            ),
            ReplyError::WrongKind { question } => {
                write!(f, "wrong kind of answer for question '{}'", question.as_str())
            }
        }
    }
}

impl Reply {
    /// Builds a checked reply from option strings (as they come from a form or a link).
    pub fn options<S: AsRef<str>>(question: QuestionId, chosen: &[S]) -> Result<Reply, ReplyError> {
        let kind = question.question().kind;
        let (Kind::One(all) | Kind::Many(all)) = kind else {
            return Err(ReplyError::WrongKind { question });
        };
        for c in chosen {
            if kind.option(c.as_ref()).is_none() {
                return Err(ReplyError::UnknownOption { question, option: c.as_ref().to_owned() });
            }
        }
        if matches!(kind, Kind::One(_)) && chosen.len() != 1 {
            return Err(ReplyError::NotOneOption { question });
        }
        // Table order, no repeats: the same choice always has the same representation.
        let picked = all
            .iter()
            .copied()
            .filter(|o| chosen.iter().any(|c| c.as_ref() == *o))
            .collect();
        Ok(Reply::Options(picked))
    }

    /// Builds a checked number reply.
    pub fn number(question: QuestionId, value: i64) -> Result<Reply, ReplyError> {
        match question.question().kind {
            Kind::Number { min, max } if (min as i64..=max as i64).contains(&value) => {
                Ok(Reply::Number(value as u8))
            }
            Kind::Number { min, max } => Err(ReplyError::OutOfRange { question, value, min, max }),
            _ => Err(ReplyError::WrongKind { question }),
        }
    }
}

/// Everything one person has answered, keyed by question. The municipality is kept beside the
/// answers because it decides which content (and which targeted questions) apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub municipality: Option<String>,
    replies: BTreeMap<QuestionId, Reply>,
}

/// What an answer tells the rules, once the questionnaire's structure is taken into account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Known<'a> {
    /// Unanswered, or "don't know / prefer not to say".
    Unknown,
    /// Not asked because another answer rules it out (no children → no child ages): known empty.
    None,
    Reply(&'a Reply),
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, q: QuestionId) -> Option<&Reply> {
        self.replies.get(&q)
    }

    pub fn set(&mut self, q: QuestionId, reply: Reply) {
        self.replies.insert(q, reply);
    }

    pub fn clear(&mut self, q: QuestionId) {
        self.replies.remove(&q);
    }

    /// All replies, in questionnaire order.
    pub fn replies(&self) -> impl Iterator<Item = (QuestionId, &Reply)> {
        self.replies.iter().map(|(q, r)| (*q, r))
    }

    /// Whether `q` is asked, given the other answers. `targeted` says whether the chosen
    /// municipality's content targets this question (see [`AskWhen::Targeted`]).
    pub fn is_asked(&self, q: QuestionId, targeted: bool) -> bool {
        match q.question().ask_when {
            AskWhen::Always => true,
            AskWhen::Targeted => targeted,
            AskWhen::AnswerIs(dep, opts) => match self.get(dep) {
                Some(Reply::Options(chosen)) => chosen.iter().any(|c| opts.contains(c)),
                // Unknown or unanswered: ask, so nothing is hidden for lack of a question.
                _ => true,
            },
        }
    }

    /// What the rules may rely on for `q`.
    pub fn known(&self, q: QuestionId) -> Known<'_> {
        if let AskWhen::AnswerIs(dep, opts) = q.question().ask_when {
            if let Some(Reply::Options(chosen)) = self.get(dep) {
                if !chosen.iter().any(|c| opts.contains(c)) {
                    return Known::None;
                }
            }
        }
        match self.get(q) {
            None | Some(Reply::DontKnow) => Known::Unknown,
            Some(r) => Known::Reply(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuestionId::*;

    #[test]
    fn options_are_checked_and_kept_in_table_order() {
        assert_eq!(
            Reply::options(Children, &["6-13", "0", "6-13"]).unwrap(),
            Reply::Options(vec!["0", "6-13"])
        );
        assert_eq!(
            Reply::options(Residence, &["refugee", "eu"]),
            Err(ReplyError::NotOneOption { question: Residence })
        );
        assert!(matches!(
            Reply::options(Residence, &["tourist"]),
            Err(ReplyError::UnknownOption { .. })
        ));
        assert_eq!(Reply::options(Health, &[] as &[&str]).unwrap(), Reply::Options(vec![]));
        assert!(Reply::options(Age, &["18"]).is_err());
    }

    #[test]
    fn numbers_are_checked_against_the_range() {
        assert_eq!(Reply::number(Age, 30), Ok(Reply::Number(30)));
        assert!(Reply::number(Age, 14).is_err());
        assert!(Reply::number(Age, 111).is_err());
        assert!(Reply::number(Residence, 3).is_err());
    }

    #[test]
    fn child_ages_are_asked_only_with_children_and_known_empty_without() {
        let mut a = Answers::new();
        assert!(a.is_asked(Children, false), "unanswered household: ask");
        assert_eq!(a.known(Children), Known::Unknown);
        a.set(Household, Reply::options(Household, &["alone"]).unwrap());
        assert!(!a.is_asked(Children, false));
        assert_eq!(a.known(Children), Known::None);
        a.set(Household, Reply::options(Household, &["partner_children"]).unwrap());
        assert!(a.is_asked(Children, false));
        assert_eq!(a.known(Children), Known::Unknown);
        a.set(Household, Reply::DontKnow);
        assert!(a.is_asked(Children, false));
    }

    #[test]
    fn gender_is_asked_only_where_targeted() {
        let a = Answers::new();
        assert!(!a.is_asked(Gender, false));
        assert!(a.is_asked(Gender, true));
    }
}
