//! Danish official words a newcomer meets in letters and offices ("danskuddannelse",
//! "Borgerservice", "jobcenter" …), from `content/glossary.toml`. Wherever one appears in the
//! Danish text of a result, the page shows the Danish word with a short explanation in the
//! reader's language, so the word on the letter and the word in the guide meet.

use serde::Deserialize;

use crate::content::{ContentError, GLOSSARY_FILE};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word as written in Danish.
    pub term: String,
    /// Lowercase word beginnings or phrases that find it in Danish text.
    #[serde(rename = "match")]
    pub patterns: Vec<String>,
    /// Message id of the explanation.
    pub explain: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    terms: Vec<Term>,
}

/// The glossary, in file order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

fn error(item: Option<&str>, field: &str, message: String) -> ContentError {
    ContentError { file: GLOSSARY_FILE.to_owned(), item: item.map(str::to_owned), field: field.to_owned(), message }
}

impl Glossary {
    /// The glossary embedded in this build.
    pub fn embedded() -> Result<Glossary, ContentError> {
        #[cfg(target_arch = "wasm32")]
        return Ok(crate::embedded::glossary());
        #[cfg(not(target_arch = "wasm32"))]
        let text = crate::embedded::CONTENT
            .iter()
            .find(|(p, _)| *p == GLOSSARY_FILE)
            .map(|(_, t)| *t)
            .ok_or_else(|| error(None, "(file)", "is missing".into()))?;
        #[cfg(not(target_arch = "wasm32"))]
        Glossary::parse(text)
    }

    pub fn parse(text: &str) -> Result<Glossary, ContentError> {
        let raw: RawGlossary =
            toml::from_str(text).map_err(|e| error(None, "(file)", format!("does not parse: {}", e.to_string().trim())))?;
        for t in &raw.terms {
            if t.patterns.is_empty() || t.patterns.iter().any(|p| p.is_empty() || p.to_lowercase() != *p) {
                return Err(error(Some(&t.term), "match", "needs lowercase, non-empty patterns".into()));
            }
        }
        Ok(Glossary { terms: raw.terms })
    }

    /// The terms found in a Danish text, in glossary order. A pattern matches the beginning of a
    /// word ("jobcent" finds "jobcentret"), or a phrase of several words anywhere.
    pub fn found_in(&self, danish: &str) -> Vec<&Term> {
        let lower = danish.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        self.terms
            .iter()
            .filter(|t| {
                t.patterns.iter().any(|p| {
                    if p.contains(' ') {
                        lower.contains(p.as_str())
                    } else {
                        words.iter().any(|w| w.starts_with(p.as_str()))
                    }
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_found_by_word_beginning_and_phrase() {
        let g = Glossary::embedded().unwrap();
        let found = |t: &str| g.found_in(t).iter().map(|t| t.term.clone()).collect::<Vec<_>>();
        assert_eq!(found("Spørg jobcentret eller Borgerservice."), ["Borgerservice", "jobcenter"]);
        assert_eq!(found("Breve kommer i Digital Post."), ["Digital Post"]);
        assert_eq!(found("En tydelig figur"), Vec::<String>::new(), "'igu' inside a word is not IGU");
        assert_eq!(found("IGU er en uddannelse"), ["IGU"]);
    }

    #[test]
    fn a_broken_glossary_is_named() {
        let e = Glossary::parse("[[terms]]\nterm = \"X\"\nmatch = [\"Big\"]\nexplain = \"x\"\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.field.as_str()), (GLOSSARY_FILE, "match"));
        assert!(Glossary::parse("terms = 3").is_err());
    }
}
