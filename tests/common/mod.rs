//! Shared by the household tests: build answers the way the questionnaire does, and list what a
//! municipality shows for them.
#![allow(dead_code)]

use velkommen::answers::{Answers, Reply};
use velkommen::content::Content;
use velkommen::eligibility::{evaluate, Fit};
use velkommen::questions::{Kind, QuestionId};

/// Answers from `(question, options)` pairs; an age is given as its number, e.g. `("age", &["67"])`,
/// and `&["?"]` means "don't know / prefer not to say".
pub fn answers(municipality: &str, pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    a.municipality = Some(municipality.to_owned());
    for (q, opts) in pairs {
        let id = QuestionId::parse(q).unwrap_or_else(|| panic!("no question '{q}'"));
        let reply = if opts == &["?"] {
            Reply::DontKnow
        } else if let Kind::Number { .. } = id.question().kind {
            Reply::number(id, opts[0].parse().unwrap()).unwrap()
        } else {
            Reply::options(id, opts).unwrap_or_else(|e| panic!("{e}"))
        };
        a.set(id, reply);
    }
    a
}

/// `(item id, fit)` of everything shown, municipal areas first, then national.
pub fn shown(answers: &Answers) -> Vec<(String, Fit)> {
    let content = Content::embedded().unwrap_or_else(|e| panic!("{e}"));
    let m = content
        .municipality(answers.municipality.as_deref().unwrap())
        .expect("known municipality");
    evaluate(&content, m, answers)
        .into_iter()
        .flat_map(|a| a.items.into_iter().map(|i| (i.item.id.clone(), i.fit)))
        .collect()
}

/// Asserts `id` is shown with `fit`.
#[track_caller]
pub fn assert_shown(shown: &[(String, Fit)], id: &str, fit: Fit) {
    match shown.iter().find(|(i, _)| i == id) {
        Some((_, f)) => assert_eq!(*f, fit, "'{id}' is shown, but as {f:?}"),
        None => panic!("'{id}' is not shown; shown: {:?}", shown.iter().map(|s| &s.0).collect::<Vec<_>>()),
    }
}

/// Asserts `id` is not shown at all.
#[track_caller]
pub fn assert_hidden(shown: &[(String, Fit)], id: &str) {
    assert!(!shown.iter().any(|(i, _)| i == id), "'{id}' is shown but must not be");
}
