//! Checks of the shipped content against the locales, the policies and the questionnaire. Each
//! failure names the file, the item and the field, so an editor knows where to look.

use std::path::PathBuf;

use velkommen::answers::{Answers, Reply};
use velkommen::content::{Condition, Content, Source};
use velkommen::eligibility::{evaluate_item, Fit};
use velkommen::i18n::{self, Messages, LANGS};
use velkommen::questions::{AskWhen, Kind};

fn content() -> Content {
    Content::embedded().unwrap_or_else(|e| panic!("the content does not load:\n{e}"))
}

/// `shared/policies/` beside the project (as on every developer machine and in CI).
fn policies_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/policies");
    assert!(dir.is_dir(), "{} is missing: the content is checked against the policies", dir.display());
    dir
}

/// The policy's lines as headings could stand: white space folded, bullets and bold markers gone.
fn heading_lines(policy: &str) -> Vec<String> {
    policy
        .lines()
        .map(|l| {
            let l = l.trim().trim_start_matches(['•', '-', '*', ' ']).replace("**", "");
            l.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_content_loads_with_four_municipalities_and_a_national_layer() {
    let c = content();
    let ids: Vec<&str> = c.municipalities.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["holstebro", "jammerbugt", "skanderborg", "vesthimmerland"]);
    assert!(!c.national.areas.is_empty());
}

#[test]
fn every_message_the_content_names_exists_in_every_locale() {
    let c = content();
    let mut missing = Vec::new();
    for lang in LANGS {
        let m = Messages::embedded(*lang).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
        for (file, item, field, id) in c.message_ids() {
            if !m.has(id) {
                missing.push(format!("{file}: item '{item}': field '{field}': message '{id}' is missing in locales/{}/", lang.code));
            }
        }
    }
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn every_shipped_locale_parses() {
    for lang in LANGS {
        if let Err(errs) = i18n::bundle(*lang, &i18n::embedded_files(lang.code)) {
            panic!("{}", errs.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        }
    }
}

#[test]
fn every_municipal_source_is_a_heading_in_its_policy() {
    let c = content();
    let dir = policies_dir();
    let mut wrong = Vec::new();
    for m in &c.municipalities {
        let path = dir.join(&m.policy_file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: field 'policy_file': cannot read {}: {e}", m.file, path.display()));
        // A section must be a whole line of the policy (a heading or a listed focus area), not
        // just a phrase somewhere in its text.
        let lines = heading_lines(&text);
        // Headings wrapped over two lines in the extracted text count too.
        let pairs: Vec<String> = lines.windows(2).map(|w| format!("{} {}", w[0], w[1])).collect();
        let is_heading = |s: &str| lines.iter().chain(&pairs).any(|l| l == s);
        for a in &m.areas {
            let section = a.section.as_deref().unwrap_or_default();
            if !is_heading(section) {
                wrong.push(format!("{}: item '{}': field 'section': '{section}' is not a heading line in {}", m.file, a.id, m.policy_file));
            }
            for i in &a.items {
                let Source::Policy { section, .. } = &i.source else {
                    wrong.push(format!("{}: item '{}': field 'section': a municipal item cites its policy", m.file, i.id));
                    continue;
                };
                if !is_heading(section) {
                    wrong.push(format!("{}: item '{}': field 'section': '{section}' is not a heading line in {}", m.file, i.id, m.policy_file));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_national_item_has_a_public_source_and_a_review_date() {
    let c = content();
    for a in &c.national.areas {
        for i in &a.items {
            match &i.source {
                Source::Public { url, reviewed, .. } => {
                    assert!(url.starts_with("https://"), "{}: item '{}': field 'source_url'", c.national.file, i.id);
                    assert!(reviewed.as_str() <= "2026-12-31", "{}: item '{}': field 'reviewed'", c.national.file, i.id);
                }
                Source::Policy { .. } => panic!("{}: item '{}': national items cite a public source", c.national.file, i.id),
            }
        }
    }
}

/// The simplest answers that meet every condition of one alternative: the first allowed option
/// or the lowest age, and whatever a dependent question needs to be asked at all.
fn witness(alternative: &[Condition]) -> Answers {
    let mut a = Answers::new();
    for cond in alternative {
        let q = cond.question();
        if let AskWhen::AnswerIs(dep, needed) = q.question().ask_when {
            if !alternative.iter().any(|c| c.question() == dep) {
                a.set(dep, Reply::options(dep, &[needed[0]]).unwrap());
            }
        }
        let reply = match cond {
            Condition::Options { allowed, .. } => Reply::options(q, &[allowed[0]]).unwrap(),
            Condition::Range { min, .. } => Reply::Number(*min),
        };
        a.set(q, reply);
    }
    a
}

#[test]
fn every_alternative_of_every_item_can_be_reached_by_some_answers() {
    let c = content();
    let mut unreachable = Vec::new();
    for (file, area) in c.all_areas() {
        for item in &area.items {
            let alternatives: Vec<&[Condition]> = if item.when.is_empty() { vec![&[]] } else { item.when.iter().map(Vec::as_slice).collect() };
            for (n, alt) in alternatives.into_iter().enumerate() {
                let a = witness(alt);
                match evaluate_item(item, &a) {
                    // Met through this alternative: its conditions are the reasons.
                    Some(r) if r.fit == Fit::Applies && r.reasons.len() == alt.len() => {}
                    other => unreachable.push(format!(
                        "{file}: item '{}': field 'when[{}]': no answers make it apply ({other:?})",
                        item.id,
                        n + 1
                    )),
                }
                for cond in alt {
                    if let (Condition::Options { allowed, .. }, Kind::One(_) | Kind::Many(_)) = (cond, cond.question().question().kind) {
                        assert!(!allowed.is_empty(), "{file}: item '{}'", item.id);
                    }
                }
            }
        }
    }
    assert!(unreachable.is_empty(), "\n{}", unreachable.join("\n"));
}

#[test]
fn every_glossary_term_is_explained_in_every_locale_and_used_somewhere() {
    let g = velkommen::glossary::Glossary::embedded().unwrap_or_else(|e| panic!("{e}"));
    let da = Messages::embedded(i18n::SOURCE).unwrap();
    let c = content();
    let all_danish: String = c.message_ids().iter().map(|(_, _, _, id)| da.t(id) + "\n").collect();
    for t in &g.terms {
        for lang in LANGS {
            let m = Messages::embedded(*lang).unwrap();
            assert!(m.has(&t.explain), "content/glossary.toml: item '{}': field 'explain': '{}' is missing in locales/{}/", t.term, t.explain, lang.code);
        }
        assert!(
            g.found_in(&all_danish).contains(&t),
            "content/glossary.toml: item '{}': field 'match': the word appears in no Danish content text",
            t.term
        );
    }
}

#[test]
fn the_browser_build_gets_exactly_the_checked_glossary() {
    // build.rs turns the glossary into Rust values for the browser (no TOML parser there); the
    // content itself reaches the browser as packs (src/content/packs.rs, tested there).
    assert_eq!(velkommen::embedded::glossary(), velkommen::glossary::Glossary::embedded().unwrap());
}

/// National items whose source `national-facts.md` names in words rather than by its site: the
/// only exceptions, each with its reason.
const OWN_SITE_SOURCES: &[(&str, &str)] = &[
    ("national-health-card", "a municipality's own page; national-facts.md names \"municipal pages (Odense, Aarhus)\""),
    ("national-venner-viser-vej", "Red Cross's own site for its Venner Viser Vej; national-facts.md names the offer, not a source"),
    ("national-frivillig-ven", "Dansk Flygtningehjælp's own site for its volunteer friends; national-facts.md names the offer, not a source"),
];

/// Every national item cites a source that `national-facts.md` names (its site), so a reviewer
/// can trace each right to the line it comes from.
#[test]
fn every_national_source_is_named_in_national_facts() {
    let facts_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/national-facts.md");
    let facts = std::fs::read_to_string(&facts_path).unwrap_or_else(|e| panic!("{}: {e}", facts_path.display()));
    let c = content();
    let mut wrong = Vec::new();
    for a in &c.national.areas {
        for i in &a.items {
            let Source::Public { url, .. } = &i.source else { continue };
            let site = url.trim_start_matches("https://").trim_start_matches("www.").split('/').next().unwrap_or_default();
            if !facts.contains(site) && !OWN_SITE_SOURCES.iter().any(|(id, _)| *id == i.id) {
                wrong.push(format!("{}: item '{}': field 'source_url': {site} is not named in national-facts.md", c.national.file, i.id));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
