//! Reading `content/*.toml`: the file format as an editor writes it, and every check that can be
//! made without the locales. Every problem names the file, the item and the field, so that an
//! editor who breaks a file is told where. See `content/README.md` for the format.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use super::model::{Area, Condition, Content, Item, Layer, Municipality, Place, Source, Step};
use crate::questions::AskWhen;
use crate::questions::{Kind, QuestionId, QUESTIONS};

/// The file that holds the national layer; every other file is one municipality, but for the
/// glossary.
pub const NATIONAL_FILE: &str = "content/national.toml";

/// The Danish official words explained on the results page (see [`crate::glossary`]).
pub const GLOSSARY_FILE: &str = "content/glossary.toml";

// ---------------------------------------------------------------------------------------------
// The file format, as an editor writes it.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    id: String,
    /// Message id of the municipality's (or the layer's) name.
    name: String,
    policy_title: Option<String>,
    policy_file: Option<String>,
    period: Option<String>,
    contact: Option<RawPlace>,
    #[serde(default)]
    places: Vec<RawPlace>,
    #[serde(default)]
    areas: Vec<RawArea>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    #[serde(default)]
    id: Option<String>,
    /// Message id of the place's name (not needed for the municipality's own contact).
    name: Option<String>,
    address: Option<String>,
    phone: Option<String>,
    web: Option<String>,
    mail: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: String,
    title: String,
    /// The heading in the policy this focus area comes from (municipal files).
    section: Option<String>,
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    title: String,
    summary: String,
    body: String,
    ask: String,
    place: Option<String>,
    section: Option<String>,
    source_url: Option<String>,
    source_name: Option<String>,
    reviewed: Option<String>,
    confidence: Option<String>,
    municipalities: Option<Vec<String>>,
    #[serde(default)]
    when: RawWhen,
    step: Option<RawStep>,
}

/// `when = { … }` (all must hold) or `when = [{ … }, { … }]` (any one of these must hold).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawWhen {
    All(BTreeMap<String, RawCondition>),
    Any(Vec<BTreeMap<String, RawCondition>>),
}

impl Default for RawWhen {
    fn default() -> RawWhen {
        RawWhen::All(BTreeMap::new())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    order: u16,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawCondition {
    Options(Vec<String>),
    Range(RawRange),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    min: Option<i64>,
    max: Option<i64>,
}


/// A problem in a content file, naming where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// The item (or area, or place) id, where the problem is inside one.
    pub item: Option<String>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(item) = &self.item {
            write!(f, ": item '{item}'")?;
        }
        write!(f, ": field '{}': {}", self.field, self.message)
    }
}

/// All problems found, one per line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

/// Collects problems with their location.
struct Checker<'a> {
    file: &'a str,
    errors: Vec<ContentError>,
}

impl Checker<'_> {
    fn err(&mut self, item: Option<&str>, field: &str, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.to_owned(),
            item: item.map(str::to_owned),
            field: field.to_owned(),
            message: message.into(),
        });
    }

    fn required(&mut self, item: Option<&str>, field: &str, value: &Option<String>) -> String {
        match value.as_deref().map(str::trim) {
            Some(v) if !v.is_empty() => v.to_owned(),
            _ => {
                self.err(item, field, "is missing");
                String::new()
            }
        }
    }

    fn id(&mut self, item: Option<&str>, field: &str, id: &str) {
        let ok = !id.is_empty()
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && id.starts_with(|c: char| c.is_ascii_lowercase());
        if !ok {
            self.err(item, field, format!("'{id}' must be lowercase letters, digits and '-', starting with a letter"));
        }
    }
}

impl Content {
    /// Reads and checks content files given as `(path, text)`. Exactly one must be
    /// [`NATIONAL_FILE`]; every other file is a municipality.
    pub fn load(files: &[(&str, &str)]) -> Result<Content, ContentErrors> {
        let mut errors = Vec::new();
        let mut municipalities = Vec::new();
        let mut national = None;
        for (path, text) in files.iter().filter(|(p, _)| *p != GLOSSARY_FILE) {
            let raw: RawFile = match toml::from_str(text) {
                Ok(raw) => raw,
                Err(e) => {
                    errors.push(ContentError {
                        file: (*path).to_owned(),
                        item: None,
                        field: "(file)".to_owned(),
                        message: format!("does not parse: {}", e.to_string().trim()),
                    });
                    continue;
                }
            };
            let mut c = Checker { file: path, errors: Vec::new() };
            if *path == NATIONAL_FILE {
                national = Some(check_national(&mut c, raw));
            } else {
                municipalities.push(check_municipality(&mut c, raw));
            }
            errors.extend(c.errors);
        }
        let national = match national {
            Some(n) => n,
            None => {
                errors.push(ContentError {
                    file: NATIONAL_FILE.to_owned(),
                    item: None,
                    field: "(file)".to_owned(),
                    message: "is missing".to_owned(),
                });
                Layer { id: String::new(), file: String::new(), name: String::new(), areas: vec![] }
            }
        };
        let mut content = Content { municipalities, national };
        errors.extend(content.cross_checks());
        content.find_targets();
        if errors.is_empty() {
            Ok(content)
        } else {
            Err(ContentErrors(errors))
        }
    }

    /// Checks that need all files at once: unique ids, known municipalities.
    fn cross_checks(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        // (file, id, field) of everything that must have a unique id, in file order.
        let mut ids: Vec<(&str, &str, &str)> = Vec::new();
        for m in &self.municipalities {
            ids.push((&m.file, &m.id, "id"));
        }
        ids.push((&self.national.file, &self.national.id, "id"));
        for (file, area) in self.all_areas() {
            ids.push((file, &area.id, "areas.id"));
            ids.extend(area.items.iter().map(|i| (file, i.id.as_str(), "items.id")));
        }
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for (file, id, field) in ids {
            if let Some(first) = seen.insert(id, file) {
                errors.push(ContentError {
                    file: file.to_owned(),
                    item: Some(id.to_owned()),
                    field: field.to_owned(),
                    message: format!("id '{id}' is used twice (also in {first})"),
                });
            }
        }
        for area in &self.national.areas {
            for item in &area.items {
                for m in item.municipalities.iter().flatten() {
                    if self.municipality(m).is_none() {
                        errors.push(ContentError {
                            file: self.national.file.clone(),
                            item: Some(item.id.clone()),
                            field: "municipalities".to_owned(),
                            message: format!("no municipality has the id '{m}'"),
                        });
                    }
                }
            }
        }
        errors
    }
}

fn check_place(c: &mut Checker, raw: RawPlace, field: &str, needs_id: bool) -> Place {
    let id = if needs_id {
        let id = c.required(None, &format!("{field}.id"), &raw.id);
        c.id(Some(&id), &format!("{field}.id"), &id);
        id
    } else {
        raw.id.clone().unwrap_or_else(|| "contact".to_owned())
    };
    let who = Some(id.as_str());
    if needs_id && raw.name.is_none() {
        c.err(who, &format!("{field}.name"), "is missing (a message id)");
    }
    if raw.address.is_none() && raw.phone.is_none() && raw.web.is_none() && raw.mail.is_none() {
        c.err(who, field, "has no address, phone, web or mail: a newcomer could not find it");
    }
    if let Some(web) = &raw.web {
        if !web.starts_with("https://") {
            c.err(who, &format!("{field}.web"), format!("'{web}' must start with https://"));
        }
    }
    if let Some(mail) = &raw.mail {
        if !mail.contains('@') || mail.contains(' ') {
            c.err(who, &format!("{field}.mail"), format!("'{mail}' is not a mail address"));
        }
    }
    if let Some(phone) = &raw.phone {
        if !phone.chars().all(|ch| ch.is_ascii_digit() || ch == ' ' || ch == '+') {
            c.err(who, &format!("{field}.phone"), format!("'{phone}' may hold only digits, spaces and +"));
        }
    }
    Place { id, name: raw.name, address: raw.address, phone: raw.phone, web: raw.web, mail: raw.mail }
}

fn check_municipality(c: &mut Checker, raw: RawFile) -> Municipality {
    c.id(None, "id", &raw.id);
    let policy_title = c.required(None, "policy_title", &raw.policy_title);
    let policy_file = c.required(None, "policy_file", &raw.policy_file);
    let period = raw.period.map(|p| p.trim().to_owned()).filter(|p| !p.is_empty());
    if let Some(p) = &period {
        if !p.starts_with(|ch: char| ch.is_ascii_digit()) {
            c.err(None, "period", format!("'{p}' must be a year or years, like 2013 or 2019–2022 (leave it out if the policy has none)"));
        }
    }
    let contact = match raw.contact {
        Some(p) => check_place(c, p, "contact", false),
        None => {
            c.err(None, "contact", "is missing");
            Place::default()
        }
    };
    let places: Vec<Place> = raw.places.into_iter().map(|p| check_place(c, p, "places", true)).collect();
    let place_ids: BTreeSet<&str> = places.iter().map(|p| p.id.as_str()).collect();
    let mut areas = Vec::new();
    for a in raw.areas {
        if a.section.as_deref().is_none_or(|s| s.trim().is_empty()) {
            c.err(Some(&a.id), "areas.section", "is missing: the policy heading this focus area comes from");
        }
        areas.push(check_area(c, a, |c, item| {
            if item.source_url.is_some() || item.reviewed.is_some() || item.source_name.is_some() {
                c.err(Some(&item.id), "source_url", "belongs in content/national.toml; a municipal item's source is its policy section");
            }
            if item.municipalities.is_some() {
                c.err(Some(&item.id), "municipalities", "is only for national items");
            }
            if let Some(p) = &item.place {
                if !place_ids.contains(p.as_str()) {
                    c.err(Some(&item.id), "place", format!("no place with id '{p}' in this file"));
                }
            }
            let section = c.required(Some(&item.id), "section", &item.section);
            Source::Policy { file: policy_file.clone(), section }
        }));
    }
    if areas.is_empty() {
        c.err(None, "areas", "a municipality needs at least one focus area");
    }
    Municipality {
        id: raw.id,
        file: c.file.to_owned(),
        name: raw.name,
        policy_title,
        policy_file,
        period,
        contact,
        targets: vec![],
        places,
        areas,
    }
}

fn check_national(c: &mut Checker, raw: RawFile) -> Layer {
    c.id(None, "id", &raw.id);
    for (field, present) in [
        ("policy_title", raw.policy_title.is_some()),
        ("policy_file", raw.policy_file.is_some()),
        ("contact", raw.contact.is_some()),
        ("places", !raw.places.is_empty()),
    ] {
        if present {
            c.err(None, field, "is only for municipal files");
        }
    }
    let areas: Vec<Area> = raw
        .areas
        .into_iter()
        .map(|a| {
            check_area(c, a, |c, item| {
                if item.place.is_some() {
                    c.err(Some(&item.id), "place", "national items say where to go in 'ask'");
                }
                if item.section.is_some() {
                    c.err(Some(&item.id), "section", "national items cite source_url, not a policy section");
                }
                let url = c.required(Some(&item.id), "source_url", &item.source_url);
                if !url.is_empty() && !url.starts_with("https://") {
                    c.err(Some(&item.id), "source_url", format!("'{url}' must start with https://"));
                }
                let name = c.required(Some(&item.id), "source_name", &item.source_name);
                let reviewed = c.required(Some(&item.id), "reviewed", &item.reviewed);
                if !reviewed.is_empty() && !is_iso_date(&reviewed) {
                    c.err(Some(&item.id), "reviewed", format!("'{reviewed}' must be a date like 2026-11-23"));
                }
                let confidence = c.required(Some(&item.id), "confidence", &item.confidence);
                if !confidence.is_empty() && !["H", "M", "H/M", "M/H"].contains(&confidence.as_str()) {
                    c.err(Some(&item.id), "confidence", format!("'{confidence}' must be H, M, H/M or M/H as in national-facts.md"));
                }
                Source::Public { url, name, reviewed, confidence }
            })
        })
        .collect();
    if areas.is_empty() {
        c.err(None, "areas", "the national layer needs at least one area");
    }
    Layer { id: raw.id, file: c.file.to_owned(), name: raw.name, areas }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.char_indices().all(|(i, ch)| i == 4 || i == 7 || ch.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

fn check_area(
    c: &mut Checker,
    raw: RawArea,
    mut source: impl FnMut(&mut Checker, &RawItem) -> Source,
) -> Area {
    c.id(Some(&raw.id), "areas.id", &raw.id);
    if raw.items.is_empty() {
        c.err(Some(&raw.id), "areas.items", "a focus area needs at least one item");
    }
    let items = raw
        .items
        .into_iter()
        .map(|item| {
            c.id(Some(&item.id), "id", &item.id);
            let source = source(c, &item);
            let when = check_when(c, &item);
            Item {
                id: item.id,
                title: item.title,
                summary: item.summary,
                body: item.body,
                ask: item.ask,
                place: item.place,
                source,
                when,
                municipalities: item.municipalities,
                step: item.step.map(|s| Step { order: s.order, text: s.text }),
            }
        })
        .collect();
    Area { id: raw.id, title: raw.title, section: raw.section, items }
}

/// The item's alternatives. A single table is one alternative (or none, if empty: for everyone);
/// a list's alternatives are named `when[1]`, `when[2]` … in messages, as an editor counts them.
fn check_when(c: &mut Checker, item: &RawItem) -> Vec<Vec<Condition>> {
    match &item.when {
        RawWhen::All(table) if table.is_empty() => vec![],
        RawWhen::All(table) => vec![check_conditions(c, &item.id, "when", table)],
        RawWhen::Any(list) => {
            if list.len() < 2 {
                c.err(Some(&item.id), "when", "a list of alternatives needs at least two; for one, write when = { … }");
            }
            let alternatives: Vec<Vec<Condition>> = list
                .iter()
                .enumerate()
                .map(|(i, table)| {
                    let prefix = format!("when[{}]", i + 1);
                    if table.is_empty() {
                        c.err(Some(&item.id), &prefix, "an empty alternative would make the item for everyone: leave out when instead");
                    }
                    check_conditions(c, &item.id, &prefix, table)
                })
                .collect();
            for (i, alt) in alternatives.iter().enumerate() {
                if !alt.is_empty() && alternatives[..i].contains(alt) {
                    c.err(Some(&item.id), &format!("when[{}]", i + 1), "repeats an earlier alternative");
                }
            }
            alternatives
        }
    }
}

/// One alternative: every condition must hold. `prefix` is `when` or `when[n]`.
fn check_conditions(c: &mut Checker, item: &str, prefix: &str, table: &BTreeMap<String, RawCondition>) -> Vec<Condition> {
    let who = Some(item);
    let mut out = Vec::new();
    for (key, raw) in table {
        let field = format!("{prefix}.{key}");
        let Some(question) = QuestionId::parse(key) else {
            let known: Vec<&str> = QUESTIONS.iter().map(|q| q.id.as_str()).collect();
            c.err(who, &field, format!("no question is called '{key}' (questions: {})", known.join(", ")));
            continue;
        };
        let kind = question.question().kind;
        match (raw, kind) {
            (RawCondition::Options(opts), Kind::One(all) | Kind::Many(all)) => {
                if opts.is_empty() {
                    c.err(who, &field, "an empty list matches no answer");
                    continue;
                }
                let mut allowed = Vec::new();
                for o in opts {
                    match kind.option(o) {
                        Some(s) => allowed.push(s),
                        None => c.err(who, &field, format!("'{o}' is not an option (options: {})", all.join(", "))),
                    }
                }
                out.push(Condition::Options { question, allowed });
            }
            (RawCondition::Range(r), Kind::Number { min, max }) => {
                let lo = r.min.unwrap_or(min as i64);
                let hi = r.max.unwrap_or(max as i64);
                if r.min.is_none() && r.max.is_none() {
                    c.err(who, &field, "a range needs min, max or both");
                } else if r.min.is_some() && r.max.is_some() && lo > hi {
                    c.err(who, &field, format!("min {lo} is greater than max {hi}: no age fits"));
                } else if hi < min as i64 || lo > max as i64 || lo > hi {
                    c.err(who, &field, format!("{lo}–{hi} lies outside the answers the question takes ({min}–{max})"));
                } else {
                    out.push(Condition::Range {
                        question,
                        min: lo.max(min as i64) as u8,
                        max: hi.min(max as i64) as u8,
                    });
                }
            }
            (RawCondition::Options(_), Kind::Number { .. }) => {
                c.err(who, &field, "this question takes a number: write { min = …, max = … }");
            }
            (RawCondition::Range(_), _) => {
                c.err(who, &field, format!("this question takes a list of options: {:?}", kind.options()));
            }
        }
    }
    // A condition on a question that is asked only after certain answers to another question
    // can be met only if the condition on that other question (if any) allows those answers.
    for cond in &out {
        if let AskWhen::AnswerIs(dep, needed) = cond.question().question().ask_when {
            if let Some(Condition::Options { allowed, .. }) = out.iter().find(|d| d.question() == dep) {
                if !allowed.iter().any(|a| needed.contains(a)) {
                    c.err(
                        who,
                        &format!("{prefix}.{}", cond.question().as_str()),
                        format!(
                            "can never be met: it is asked only when '{}' is one of {:?}, but {prefix}.{} allows only {:?}",
                            dep.as_str(), needed, dep.as_str(), allowed
                        ),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NATIONAL: &str = r#"
id = "national"
name = "national-name"
[[areas]]
id = "national-health"
title = "national-health"
[[areas.items]]
id = "national-gp"
title = "t"
summary = "s"
body = "b"
ask = "a"
source_url = "https://www.borger.dk"
source_name = "borger.dk"
reviewed = "2026-11-23"
confidence = "H"
"#;

    fn town(items: &str) -> String {
        format!(
            r#"
id = "town"
name = "town-name"
policy_title = "town-policy"
policy_file = "town.txt"
period = "2020"
[contact]
phone = "11 22 33 44"
[[areas]]
id = "town-area"
title = "town-area"
section = "Heading"
{items}
"#
        )
    }

    fn load_town(items: &str) -> Result<Content, ContentErrors> {
        let t = town(items);
        Content::load(&[("content/town.toml", &t), (NATIONAL_FILE, NATIONAL)])
    }

    fn only_error(items: &str) -> ContentError {
        let errs = load_town(items).unwrap_err().0;
        assert_eq!(errs.len(), 1, "{errs:#?}");
        errs.into_iter().next().unwrap()
    }

    const ITEM: &str = r#"
[[areas.items]]
id = "town-item"
title = "t"
summary = "s"
body = "b"
ask = "a"
section = "Heading"
"#;

    #[test]
    fn a_good_file_loads() {
        let c = load_town(ITEM).unwrap();
        assert_eq!(c.municipalities[0].areas[0].items[0].id, "town-item");
        assert_eq!(
            c.municipalities[0].areas[0].items[0].source,
            Source::Policy { file: "town.txt".into(), section: "Heading".into() }
        );
    }

    #[test]
    fn a_file_that_does_not_parse_is_named() {
        let e = only_error("[[areas.items]\nid = ");
        assert_eq!(e.file, "content/town.toml");
        assert!(e.message.starts_with("does not parse"), "{e}");
    }

    #[test]
    fn an_unknown_field_is_named() {
        let e = only_error(&format!("{ITEM}colour = \"red\"\n"));
        assert!(e.to_string().contains("colour"), "{e}");
    }

    #[test]
    fn a_duplicated_id_is_named() {
        let e = only_error(&format!("{ITEM}{ITEM}"));
        assert_eq!(e.item.as_deref(), Some("town-item"));
        assert_eq!(e.field, "items.id");
        assert!(e.message.contains("used twice"));
    }

    #[test]
    fn an_impossible_age_range_is_named() {
        let e = only_error(&format!("{ITEM}when = {{ age = {{ min = 60, max = 18 }} }}\n"));
        assert_eq!(
            e.to_string(),
            "content/town.toml: item 'town-item': field 'when.age': min 60 is greater than max 18: no age fits"
        );
        let e = only_error(&format!("{ITEM}when = {{ age = {{ max = 10 }} }}\n"));
        assert!(e.message.contains("outside"), "{e}");
    }

    #[test]
    fn unknown_questions_and_options_are_named() {
        let e = only_error(&format!("{ITEM}when = {{ shoe = [\"42\"] }}\n"));
        assert_eq!(e.field, "when.shoe");
        let e = only_error(&format!("{ITEM}when = {{ residence = [\"tourist\"] }}\n"));
        assert_eq!(e.field, "when.residence");
        assert!(e.message.contains("'tourist' is not an option"));
        let e = only_error(&format!("{ITEM}when = {{ residence = [] }}\n"));
        assert!(e.message.contains("empty"));
    }

    #[test]
    fn a_condition_that_can_never_be_met_is_named() {
        let e = only_error(&format!(
            "{ITEM}when = {{ household = [\"alone\"], children = [\"0\"] }}\n"
        ));
        assert_eq!(e.field, "when.children");
        assert!(e.message.contains("can never be met"), "{e}");
    }

    #[test]
    fn alternatives_load_and_their_errors_name_the_alternative() {
        let c = load_town(&format!(
            "{ITEM}when = [{{ children = [\"0\", \"1-2\"] }}, {{ expecting = [\"yes\"] }}]\n"
        ))
        .unwrap();
        let when = &c.municipalities[0].areas[0].items[0].when;
        assert_eq!(when.len(), 2);
        assert_eq!(when[1], vec![Condition::Options { question: QuestionId::Expecting, allowed: vec!["yes"] }]);
        // Each alternative is checked like a single `when`, and named by its place in the list.
        let e = only_error(&format!("{ITEM}when = [{{ children = [\"0\"] }}, {{ age = {{ min = 60, max = 18 }} }}]\n"));
        assert_eq!(e.to_string(), "content/town.toml: item 'town-item': field 'when[2].age': min 60 is greater than max 18: no age fits");
        let e = only_error(&format!("{ITEM}when = [{{ household = [\"alone\"], children = [\"0\"] }}, {{ age = {{ max = 17 }} }}]\n"));
        assert_eq!(e.field, "when[1].children");
        assert!(e.message.contains("can never be met"), "{e}");
        let e = only_error(&format!("{ITEM}when = [{{ age = {{ max = 17 }} }}]\n"));
        assert_eq!(e.field, "when");
        let e = only_error(&format!("{ITEM}when = [{{ age = {{ max = 17 }} }}, {{}}]\n"));
        assert_eq!(e.field, "when[2]");
        let e = only_error(&format!("{ITEM}when = [{{ age = {{ max = 17 }} }}, {{ age = {{ max = 17 }} }}]\n"));
        assert!(e.message.contains("repeats"), "{e}");
    }

    #[test]
    fn a_step_loads_and_a_bad_one_is_named() {
        let c = load_town(&format!("{ITEM}step = {{ order = 10, text = \"town-item-step\" }}\n")).unwrap();
        assert_eq!(c.municipalities[0].areas[0].items[0].step, Some(Step { order: 10, text: "town-item-step".into() }));
        let e = only_error(&format!("{ITEM}step = {{ order = 10 }}\n"));
        assert!(e.message.contains("text"), "{e}");
    }

    #[test]
    fn an_item_without_a_summary_is_named() {
        let e = only_error(&ITEM.replace("summary = \"s\"\n", ""));
        assert!(e.message.contains("summary"), "{e}");
    }

    #[test]
    fn an_item_without_a_source_is_named() {
        let e = only_error("[[areas.items]]\nid = \"town-item\"\ntitle = \"t\"\nsummary = \"s\"\nbody = \"b\"\nask = \"a\"\n");
        assert_eq!((e.item.as_deref(), e.field.as_str()), (Some("town-item"), "section"));
        let national = NATIONAL.replace("source_url = \"https://www.borger.dk\"\n", "");
        let t = town(ITEM);
        let errs = Content::load(&[("content/town.toml", &t), (NATIONAL_FILE, &national)]).unwrap_err().0;
        assert_eq!(errs.len(), 1);
        assert_eq!((errs[0].file.as_str(), errs[0].field.as_str()), (NATIONAL_FILE, "source_url"));
    }

    #[test]
    fn a_reference_to_a_missing_place_or_municipality_is_named() {
        let e = only_error(&format!("{ITEM}place = \"library\"\n"));
        assert_eq!(e.field, "place");
        let national = format!("{NATIONAL}municipalities = [\"atlantis\"]\n");
        let t = town(ITEM);
        let errs = Content::load(&[("content/town.toml", &t), (NATIONAL_FILE, &national)]).unwrap_err().0;
        assert_eq!(errs[0].field, "municipalities");
        assert!(errs[0].message.contains("atlantis"));
    }
}
