//! Velkommen: a private guide to the offers and rights that apply to a newcomer in a Danish
//! municipality.
//!
//! The crate is split so that everything that decides *what a person is shown* is plain Rust with
//! no browser in it, tested natively with `cargo test`:
//!
//! - [`questions`]: the questionnaire as a table (id, kind, options, when it is asked);
//! - [`answers`]: what one person answered, and nothing else;
//! - [`content`]: the municipalities' and the national offers, read from `content/*.toml`;
//! - [`eligibility`]: answers + content → results grouped by focus area, each with its reasons;
//! - [`browse`]: every offer of a municipality with whom it is for, and search in two languages;
//! - [`results`]: those results as the page shows them: first steps, for you, for everyone;
//! - [`glossary`]: Danish official words explained in the reader's language;
//! - [`i18n`]: every text, from the Fluent files in `locales/<lang>/`;
//! - [`flow`]: which screen is shown and what each action does (a pure reducer);
//! - [`fragment`]: the screen in the URL fragment, and the results link that carries answers (never sent to a server), read defensively;
//! - [`qr`]: the results link as a QR code, drawn as SVG;
//! - [`embed`]: what the host page asked for (municipality, language) and how to read it.
//!
//! Data flows one way: answers → eligibility → results page → view. The view (`ui`, wasm only) holds no rules.

pub mod answers;
pub mod browse;
pub mod content;
pub mod eligibility;
pub mod embed;
pub mod flow;
pub mod fragment;
pub mod glossary;
pub mod i18n;
pub mod qr;
pub mod questions;
pub mod results;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;

/// Files embedded at build time by `build.rs`: every `content/*.toml` and `locales/*/*.ftl`.
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
