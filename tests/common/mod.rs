//! Shared by the household tests: build answers the way the questionnaire does, and list what a
//! municipality shows for them.
#![allow(dead_code)]

use velkommen::answers::Answers;
use velkommen::content::Content;
use velkommen::eligibility::{evaluate, Fit};

#[path = "../../examples/shared/households.rs"]
mod households;

/// Answers as the questionnaire records them (shared with the representative households).
pub use households::answers;

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
