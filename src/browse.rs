//! Browsing every offer of a municipality without answering anything: what a clerk needs to look
//! up "what does Jammerbugt offer families?", and a newcomer who wants to see it all. Pure, so the
//! view, the benchmark and the tests share it.
//!
//! - [`entries`]: every item shown in a municipality (its own, then the national layer), with its
//!   focus area, in the policy's order;
//! - [`who_for`]: whom an item is for, in words, from its conditions ("Børnenes alder: Under 1 år
//!   eller 1–2 år · eller: Venter et barn: Ja");
//! - [`SearchIndex`]: finds items by words in the reader's language *and* in Danish, whatever the
//!   case, with æ/ae, ø/oe and å/aa taken as the same (a clerk types "dagpleje" while the page
//!   shows Tigrinya; "aeldre" finds "ældre").

use crate::content::{Area, Condition, Content, Item, Municipality};
use crate::eligibility::Layer;
use crate::i18n::{answer_text, question_label, Messages};
use crate::answers::Reply;

/// One item as the browse view lists it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry<'c> {
    pub item: &'c Item,
    pub area: &'c Area,
    pub layer: Layer,
}

/// Every item shown in `municipality`: its focus areas in the policy's order, then the national
/// layer (national items limited to other municipalities left out).
pub fn entries<'c>(content: &'c Content, municipality: &'c Municipality) -> Vec<Entry<'c>> {
    let municipal = municipality.areas.iter().map(|a| (a, Layer::Municipal));
    let national = content.national.areas.iter().map(|a| (a, Layer::National));
    municipal
        .chain(national)
        .flat_map(|(area, layer)| {
            area.items
                .iter()
                .filter(|i| i.applies_in(&municipality.id))
                .map(move |item| Entry { item, area, layer })
        })
        .collect()
}

/// One condition in words: "Børnenes alder: Under 1 år eller 1–2 år", "Alder: 18–50".
fn condition_text(m: &Messages, c: &Condition) -> String {
    let q = c.question();
    let value = match c {
        Condition::Options { allowed, .. } => allowed
            .iter()
            .map(|o| answer_text(m, q, Some(&Reply::Options(vec![o]))))
            .collect::<Vec<_>>()
            .join(&format!(" {} ", m.t("q-or"))),
        Condition::Range { min, max, .. } => {
            let crate::questions::Kind::Number { min: lo, max: hi } = q.question().kind else { unreachable!("a range is on a number question") };
            match (*min == lo, *max == hi) {
                (true, false) => format!("≤ {max}"),
                (false, true) => format!("≥ {min}"),
                _ => format!("{min}–{max}"),
            }
        }
    };
    format!("{}: {value}", question_label(m, q))
}

/// Whom an item is for, in words; `None` when it is for everyone. Conditions of one alternative
/// are joined as the reasons on a card are ("; ", Arabic "؛ "), alternatives by " · or: ".
pub fn who_for(m: &Messages, item: &Item) -> Option<String> {
    if item.is_for_everyone() {
        return None;
    }
    let separator = m.t("results-reason-separator");
    let alternatives: Vec<String> = item
        .when
        .iter()
        .map(|alt| alt.iter().map(|c| condition_text(m, c)).collect::<Vec<_>>().join(&separator))
        .collect();
    Some(alternatives.join(&format!(" · {}: ", m.t("q-or"))))
}

/// Text folded for search: lower case, æ/ø/å written as ae/oe/aa (as a keyboard without them
/// writes them), white space single.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The texts of every entry, folded once, in the reader's language and in Danish.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchIndex {
    docs: Vec<String>,
}

impl SearchIndex {
    /// Indexes `entries` (in their order) with the reader's texts and the Danish ones: title,
    /// summary, full text, whom to ask, and the focus area's title.
    pub fn new(entries: &[Entry], reader: &Messages, danish: &Messages) -> SearchIndex {
        let docs = entries
            .iter()
            .map(|e| {
                let ids = [&e.item.title, &e.item.summary, &e.item.body, &e.item.ask, &e.area.title];
                let mut text = String::new();
                for m in [reader, danish] {
                    for id in ids {
                        text.push_str(&m.t(id));
                        text.push(' ');
                    }
                    if reader.lang == danish.lang {
                        break;
                    }
                }
                fold(&text)
            })
            .collect();
        SearchIndex { docs }
    }

    /// The positions (in the indexed entries) of every entry that contains every word of
    /// `query`, in order. An empty query finds everything.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let query = fold(query);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        self.docs
            .iter()
            .enumerate()
            .filter(|(_, d)| words.iter().all(|w| d.contains(w)))
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{lang, SOURCE};

    fn setup() -> (Content, Messages, Messages) {
        (Content::embedded().unwrap(), Messages::embedded(lang("ti").unwrap()).unwrap(), Messages::embedded(SOURCE).unwrap())
    }

    #[test]
    fn every_item_of_the_municipality_and_the_nation_is_listed_once_in_order() {
        let (c, _, _) = setup();
        let m = c.municipality("jammerbugt").unwrap();
        let e = entries(&c, m);
        assert_eq!(e[0].item.id, m.areas[0].items[0].id);
        assert!(e.iter().any(|e| e.item.id == "national-trauma-nordjylland"));
        let e = entries(&c, c.municipality("holstebro").unwrap());
        assert!(!e.iter().any(|e| e.item.id == "national-trauma-nordjylland"), "another region's clinic");
        assert!(!e.iter().any(|e| e.item.id.starts_with("jammerbugt-")));
    }

    #[test]
    fn whom_an_item_is_for_reads_from_its_conditions() {
        let (c, _, da) = setup();
        let daycare = c.national.areas.iter().flat_map(|a| &a.items).find(|i| i.id == "national-daycare").unwrap();
        assert_eq!(
            who_for(&da, daycare).unwrap(),
            "Børnenes alder: Under 1 år eller 1–2 år eller 3–5 år · eller: Venter et barn: Ja"
        );
        let igu = c.national.areas.iter().flat_map(|a| &a.items).find(|i| i.id == "national-igu-job").unwrap();
        assert_eq!(who_for(&da, igu).unwrap(), "Alder: 18–50; Opholdsgrundlag: Jeg er flygtning eller Jeg er familiesammenført");
        // In Arabic with the Arabic semicolon, as the reasons on a card.
        let ar = Messages::embedded(crate::i18n::lang("ar").unwrap()).unwrap();
        let who = who_for(&ar, igu).unwrap();
        assert!(who.contains("\u{061B} ") && !who.contains(';'), "{who}");
        let card = c.national.areas.iter().flat_map(|a| &a.items).find(|i| i.id == "national-health-card").unwrap();
        assert_eq!(who_for(&da, card), None);
    }

    #[test]
    fn search_finds_danish_words_while_the_page_is_in_tigrinya_whatever_the_case_and_letters() {
        let (c, ti, da) = setup();
        let m = c.municipality("jammerbugt").unwrap();
        let e = entries(&c, m);
        let index = SearchIndex::new(&e, &ti, &da);
        let ids = |q: &str| index.search(q).into_iter().map(|i| e[i].item.id.as_str()).collect::<Vec<_>>();
        assert!(ids("dagpleje").contains(&"jammerbugt-dagpleje"));
        assert!(ids("DAGPLEJE").contains(&"jammerbugt-dagpleje"));
        assert_eq!(ids("sundhedspleje"), ids("Sundhedspleje"));
        assert!(!ids("sundhedspleje").is_empty());
        // æ, ø, å typed as ae, oe, aa (and the other way round).
        assert_eq!(ids("boernehave"), ids("børnehave"));
        assert!(!ids("boernehave").is_empty());
        // Every word must be found; nothing found is an empty list, not everything.
        assert!(ids("dagpleje zzzz").is_empty());
        assert_eq!(index.search("").len(), e.len());
    }

    #[test]
    fn folding_writes_danish_letters_as_a_keyboard_without_them_would() {
        assert_eq!(fold("Ældre  Børn på Åen"), "aeldre boern paa aaen");
    }
}
