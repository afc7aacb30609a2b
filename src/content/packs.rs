//! The content as the browser gets it. The wasm holds the engine and no municipality: each
//! municipality is a **pack** (its places, focus areas and Danish texts in one JSON file, and its
//! texts in each other language as one Fluent file), the national layer is a pack too, and a small
//! [`Index`] (who each municipality is, how to reach it, which questions its items ask about, and
//! its pack's file name) is all the start page needs.
//!
//! [`build`] makes the index and the packs from the content and locale files with the same loader
//! and checks as the tests (a broken file fails naming file, item and field), and names each pack
//! by a hash of everything in it, so a browser may cache a pack forever and a corrected text is a
//! new file. `tools/make-packs` runs it for a build; the loader carries the index.
//!
//! Files, relative to the guide's folder:
//! - `packs/<id>-<hash>.json`: a [`Pack`] (Danish texts included: Danish is every language's
//!   fallback, so it is always needed);
//! - `packs/<id>-<hash>.<lang>.ftl`: the same pack's texts in `lang`.

use nanoserde::{DeJson, SerJson};

use super::{Area, Content, Layer, Municipality, Place, NATIONAL_FILE};
use crate::i18n::{self, LANGS, SOURCE};
use crate::questions::QuestionId;

/// The pack id of the national layer (a municipality's pack id is its own id).
pub const NATIONAL: &str = "national";

/// What the start page needs of every municipality, and where each pack is. It grows with every
/// municipality (the scale test holds it to a few bytes each), so it holds only what is needed
/// before a pack is here.
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Index {
    /// The national layer with no areas; its pack is `national_pack`.
    pub national: Layer,
    pub national_pack: String,
    pub municipalities: Vec<Entry>,
}

/// One municipality of the [`Index`]: the rest of it is in its pack.
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Entry {
    pub id: String,
    /// Its name in Danish, for the start page (each pack brings the name in its own language).
    pub name: String,
    /// The phone number, for the "not working" message that may come before the pack does.
    pub phone: Option<String>,
    /// See [`Municipality::targets`]: the questions are asked before the pack is here.
    pub targets: Vec<QuestionId>,
    /// The pack's file stem, `<id>-<hash>`.
    pub pack: String,
}

/// One municipality's or the national layer's content.
#[derive(Clone, Debug, PartialEq, SerJson, DeJson)]
pub struct Pack {
    /// A municipality's pack: the municipality itself (policy, contact, places, areas).
    pub municipality: Option<Municipality>,
    /// The national pack: its areas.
    pub areas: Vec<Area>,
    /// The Danish texts (Fluent).
    pub da: String,
}

/// The JSON file of a pack, relative to the guide's folder.
pub fn pack_file(stem: &str) -> String {
    format!("packs/{stem}.json")
}

/// The Fluent file of a pack's texts in a language other than Danish.
pub fn text_file(stem: &str, lang: &str) -> String {
    format!("packs/{stem}.{lang}.ftl")
}

impl Index {
    pub fn parse(text: &str) -> Result<Index, String> {
        Index::deserialize_json(text).map_err(|e| format!("the index of municipalities does not read: {e}"))
    }

    /// The content as far as the index knows it: every municipality (its id, its name as
    /// [`name_id`], its phone number and which questions it asks about) and the national layer,
    /// without areas until their packs are added ([`Content::add_pack`]).
    pub fn content(&self) -> Content {
        let municipalities = self
            .municipalities
            .iter()
            .map(|e| Municipality {
                id: e.id.clone(),
                file: String::new(),
                name: name_id(&e.id),
                policy_title: String::new(),
                policy_file: String::new(),
                period: None,
                contact: Place { id: "contact".into(), phone: e.phone.clone(), ..Place::default() },
                targets: e.targets.clone(),
                places: vec![],
                areas: vec![],
            })
            .collect();
        Content { municipalities, national: self.national.clone() }
    }

    /// The file stem of pack `id` (a municipality's id or [`NATIONAL`]).
    pub fn pack(&self, id: &str) -> Option<&str> {
        if id == NATIONAL {
            return Some(&self.national_pack);
        }
        self.municipalities.iter().find(|e| e.id == id).map(|e| e.pack.as_str())
    }

    /// The municipalities' names as Danish Fluent messages, so the start page can name them
    /// before any pack is here (each pack brings the names in its own language).
    pub fn names_ftl(&self) -> String {
        self.municipalities.iter().map(|e| format!("{} = {}\n", name_id(&e.id), e.name)).collect()
    }
}

/// The message id of a municipality's name before its pack is here (see [`Index::names_ftl`]);
/// the pack brings its own.
fn name_id(id: &str) -> String {
    format!("index-name-{id}")
}

impl Pack {
    pub fn parse(text: &str) -> Result<Pack, String> {
        Pack::deserialize_json(text).map_err(|e| format!("does not read: {e}"))
    }
}

impl Content {
    /// Adds a pack's content: a municipality's pack replaces that municipality's entry (the
    /// index's stub) with the whole of it, a municipality the index does not know is ignored;
    /// the national pack (no municipality) brings the national areas.
    pub fn add_pack(&mut self, pack: &Pack) {
        match &pack.municipality {
            Some(full) => {
                if let Some(m) = self.municipalities.iter_mut().find(|m| m.id == full.id) {
                    *m = full.clone();
                }
            }
            None => self.national.areas = pack.areas.clone(),
        }
    }
}

/// The index and every pack file, `(path relative to the guide's folder, text)`.
#[derive(Debug)]
pub struct Built {
    pub index: Index,
    pub files: Vec<(String, String)>,
}

/// A content file's stem: `content/holstebro.toml` → `holstebro`; its texts are in
/// `locales/<lang>/<stem>.ftl`.
fn stem(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// FNV-1a, folded to 32 bits: enough to tell two versions of one municipality's pack apart (not
/// a security measure). Short, because the index names every pack and hex digits do not compress.
fn hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for b in p.bytes().chain([0]) {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    format!("{:08x}", (h ^ (h >> 32)) as u32)
}

/// Makes the index and the packs from `content` (`(path, text)` of every content file, as
/// [`Content::load`] takes them) and `locales` (`(lang, path, text)` of every Fluent file).
///
/// Fails, naming file, item and field, when the content does not load, when a content file's
/// Danish texts (`locales/da/<stem>.ftl`) are missing or do not parse, or when a message the
/// content names is not in them: a pack must carry every text it needs.
pub fn build(content: &[(&str, &str)], locales: &[(&str, &str, &str)]) -> Result<Built, String> {
    let c = Content::load(content).map_err(|e| format!("the content does not load:\n{e}"))?;
    let mut problems = Vec::new();
    let mut files = Vec::new();
    let ids = c.message_ids();
    // (pack id, content file) for each municipality, then the national layer.
    let mut packs: Vec<(&str, &str)> = c.municipalities.iter().map(|m| (m.id.as_str(), m.file.as_str())).collect();
    packs.push((NATIONAL, NATIONAL_FILE));
    let mut stems = Vec::new();
    let mut names = Vec::new();
    for (id, file) in packs {
        let texts_of = |lang: &str| {
            let path = format!("locales/{lang}/{}.ftl", stem(file));
            locales.iter().find(|(l, p, _)| *l == lang && *p == path).map(|(_, _, t)| *t)
        };
        let da_path = format!("locales/da/{}.ftl", stem(file));
        let Some(da) = texts_of(SOURCE.code) else {
            problems.push(format!("{file}: its Danish texts, {da_path}, are missing"));
            continue;
        };
        let bundle = match i18n::bundle(SOURCE, &[(da_path.as_str(), da)]) {
            Ok(b) => b,
            Err(e) => {
                problems.extend(e.iter().map(|e| e.to_string()));
                continue;
            }
        };
        for (f, item, field, msg) in ids.iter().filter(|(f, ..)| *f == file) {
            if !bundle.has_message(msg) {
                problems.push(format!("{f}: {item}: {field}: the message '{msg}' is not in {da_path}"));
            }
        }
        if id != NATIONAL {
            let m = c.municipality(id).expect("listed above");
            let name = bundle
                .get_message(&m.name)
                .and_then(|msg| msg.value())
                .map(|p| bundle.format_pattern(p, None, &mut vec![]).into_owned())
                .unwrap_or_default();
            if name.contains(['{', '}', '\n']) || name.trim().is_empty() {
                problems.push(format!("{file}: {id}: name: the name '{name}' must be one line of plain text"));
            }
            names.push(name);
        }
        let pack = match c.municipality(id) {
            Some(m) => Pack { municipality: Some(m.clone()), areas: vec![], da: da.to_owned() },
            None => Pack { municipality: None, areas: c.national.areas.clone(), da: da.to_owned() },
        };
        let json = pack.serialize_json();
        // Every language the build has: the guide fetches a pack's texts in the language read.
        let mut others: Vec<(&str, &str)> = Vec::new();
        for l in LANGS.iter().filter(|l| **l != SOURCE && locales.iter().any(|(code, ..)| *code == l.code)) {
            match texts_of(l.code) {
                Some(t) => others.push((l.code, t)),
                None => problems.push(format!("{file}: its texts in {}, locales/{}/{}.ftl, are missing", l.name, l.code, stem(file))),
            }
        }
        let mut parts = vec![json.as_str()];
        parts.extend(others.iter().flat_map(|(l, t)| [*l, *t]));
        let stem = format!("{id}-{}", hash(&parts));
        files.push((pack_file(&stem), json));
        files.extend(others.iter().map(|(l, t)| (text_file(&stem, l), (*t).to_owned())));
        stems.push(stem);
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let national_pack = stems.pop().expect("the national pack is last");
    let municipalities = c
        .municipalities
        .iter()
        .zip(stems)
        .zip(names)
        .map(|((m, pack), name)| Entry { id: m.id.clone(), name, phone: m.contact.phone.clone(), targets: m.targets.clone(), pack })
        .collect();
    let index = Index { national: Layer { areas: vec![], ..c.national.clone() }, national_pack, municipalities };
    if let Err(e) = i18n::bundle(SOURCE, &[("the index of municipalities", index.names_ftl().as_str())]) {
        return Err(e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
    }
    Ok(Built { index, files })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built() -> Built {
        build(crate::embedded::CONTENT, crate::embedded::LOCALES).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_index_and_the_packs_give_back_the_content() {
        let b = built();
        let mut c = b.index.content();
        assert!(c.municipalities.iter().all(|m| m.areas.is_empty()) && c.national.areas.is_empty());
        assert_eq!(c.municipalities[0].contact.phone.as_deref(), Some("96 11 70 00"), "the phone before the pack");
        assert_eq!(c.municipalities.iter().map(|m| &m.targets).collect::<Vec<_>>(),
            Content::embedded().unwrap().municipalities.iter().map(|m| &m.targets).collect::<Vec<_>>());
        for id in c.municipalities.iter().map(|m| m.id.clone()).chain([NATIONAL.to_owned()]).collect::<Vec<_>>() {
            let stem = b.index.pack(&id).unwrap();
            let (_, json) = b.files.iter().find(|(p, _)| *p == pack_file(stem)).unwrap();
            c.add_pack(&Pack::parse(json).unwrap());
        }
        assert_eq!(c, Content::embedded().unwrap());
    }

    #[test]
    fn each_pack_has_its_texts_in_every_language_and_a_name_that_changes_with_them() {
        let b = built();
        for e in &b.index.municipalities {
            for l in LANGS.iter().filter(|l| **l != SOURCE) {
                assert!(b.files.iter().any(|(p, _)| *p == text_file(&e.pack, l.code)), "{} {}", e.pack, l.code);
            }
        }
        let mut locales = crate::embedded::LOCALES.to_vec();
        let i = locales.iter().position(|(l, p, _)| *l == "ar" && p.ends_with("/holstebro.ftl")).unwrap();
        let changed = format!("{}\n# rettet\n", locales[i].2);
        locales[i].2 = &changed;
        let again = build(crate::embedded::CONTENT, &locales).unwrap();
        let holstebro = |b: &Built| b.index.pack("holstebro").unwrap().to_owned();
        assert_ne!(holstebro(&b), holstebro(&again));
        assert_eq!(b.index.pack("jammerbugt"), again.index.pack("jammerbugt"));
        assert_eq!(b.index.municipalities[0].name, "Holstebro Kommune");
        assert!(b.index.names_ftl().contains("index-name-holstebro = Holstebro Kommune\n"));
    }

    #[test]
    fn a_message_missing_from_its_pack_is_named_with_file_item_and_field() {
        let locales: Vec<(&str, &str, &str)> = crate::embedded::LOCALES
            .iter()
            .map(|(l, p, t)| (*l, *p, if *p == "locales/da/jammerbugt.ftl" { "jammerbugt-name = Jammerbugt Kommune\n" } else { *t }))
            .collect();
        let e = build(crate::embedded::CONTENT, &locales).unwrap_err();
        assert!(e.contains("content/jammerbugt.toml: jammerbugt: policy_title: the message 'jammerbugt-policy-title' is not in locales/da/jammerbugt.ftl"), "{e}");
        let without: Vec<_> = crate::embedded::LOCALES.iter().copied().filter(|(_, p, _)| *p != "locales/da/national.ftl").collect();
        assert!(build(crate::embedded::CONTENT, &without).unwrap_err().contains("content/national.toml: its Danish texts, locales/da/national.ftl, are missing"));
        let without: Vec<_> = crate::embedded::LOCALES.iter().copied().filter(|(_, p, _)| *p != "locales/ti/skanderborg.ftl").collect();
        let e = build(crate::embedded::CONTENT, &without).unwrap_err();
        assert!(e.contains("content/skanderborg.toml: its texts in ትግርኛ, locales/ti/skanderborg.ftl, are missing"), "{e}");
    }

    #[test]
    fn a_pack_from_another_release_with_an_unknown_option_is_refused() {
        let b = built();
        let (_, json) = b.files.iter().find(|(p, _)| p.starts_with("packs/national-") && p.ends_with(".json")).unwrap();
        let any = json.find("\"any\":[\"").expect("some condition lists options") + "\"any\":[\"".len();
        let broken = format!("{}nonsense-{}", &json[..any], &json[any..]);
        assert!(Pack::parse(&broken).unwrap_err().contains("is not an option"));
    }
}
