//! The URL fragment (the part after `#`, which browsers never send to a server) in its two uses:
//!
//! - **the address**: municipality, language and screen, and **never an answer** — so back,
//!   forward and reload keep their place, a municipal page can deep-link to a screen, and
//!   neither the address bar nor the browser's history holds what a person answered;
//! - **a results link**: the same keys plus every answer, made only when the person asks for it
//!   ("take your results with you": a QR code, copy, share). Opening one shows the results and
//!   at once puts the answer-free address in its place.
//!
//! ```text
//! #m=skanderborg&l=en                                           the guide for Skanderborg, in English
//! #m=holstebro&l=da&s=check                                     the address on the check page
//! #m=holstebro&l=da&s=results&household=alone&age=67&residence=eu   a results link
//! ```
//!
//! Keys: `m` municipality id, `l` language code, `s` screen (`start`, `check`, `results`, a
//! question id, or `change-<question id>`), then one key per answered question. Values: option
//! ids joined by `,` (a question with several answers), a number (age), `?` for "don't know /
//! prefer not to say", or nothing (none of the options). Anything else is rejected as a whole:
//! [`decode`] never guesses, and the view lands on the start page with a notice.

use std::fmt;

use crate::answers::{Answers, Reply};
use crate::content::Content;
use crate::flow::{Restored, Screen, State};
use crate::i18n::{self, Lang};
use crate::questions::{Kind, QuestionId};

/// Longer than any real state (about 300 characters at most): a longer fragment is not ours.
pub const MAX_LEN: usize = 2000;

/// Why a fragment was rejected (for the developer console; the person sees a plain notice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FragmentError {
    TooLong,
    UnknownKey(String),
    Repeated(String),
    UnknownMunicipality(String),
    UnknownLanguage(String),
    UnknownScreen(String),
    BadAnswer { question: QuestionId, value: String },
}

impl fmt::Display for FragmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FragmentError::TooLong => write!(f, "the link is longer than {MAX_LEN} characters"),
            FragmentError::UnknownKey(k) => write!(f, "unknown key '{k}'"),
            FragmentError::Repeated(k) => write!(f, "key '{k}' appears twice"),
            FragmentError::UnknownMunicipality(m) => write!(f, "unknown municipality '{m}'"),
            FragmentError::UnknownLanguage(l) => write!(f, "unknown language '{l}'"),
            FragmentError::UnknownScreen(s) => write!(f, "unknown screen '{s}'"),
            FragmentError::BadAnswer { question, value } => {
                write!(f, "'{value}' is not an answer to '{}'", question.as_str())
            }
        }
    }
}

fn screen_name(screen: Screen) -> String {
    match screen {
        Screen::Start => "start".into(),
        Screen::Check => "check".into(),
        Screen::Results => "results".into(),
        Screen::Browse => "browse".into(),
        Screen::Quick => "quick".into(),
        Screen::Question { q, returning: false } => q.as_str().into(),
        Screen::Question { q, returning: true } => format!("change-{}", q.as_str()),
    }
}

fn parse_screen(s: &str) -> Option<Screen> {
    Some(match s {
        "start" => Screen::Start,
        "check" => Screen::Check,
        "results" => Screen::Results,
        "browse" => Screen::Browse,
        "quick" => Screen::Quick,
        _ => match s.strip_prefix("change-") {
            Some(q) => Screen::Question { q: QuestionId::parse(q)?, returning: true },
            None => Screen::Question { q: QuestionId::parse(s)?, returning: false },
        },
    })
}

fn reply_value(reply: &Reply) -> String {
    match reply {
        Reply::DontKnow => "?".into(),
        Reply::Number(n) => n.to_string(),
        Reply::Options(o) => o.join(","),
    }
}

fn parse_reply(q: QuestionId, v: &str) -> Option<Reply> {
    if v == "?" {
        return Some(Reply::DontKnow);
    }
    match q.question().kind {
        Kind::Number { .. } => {
            // Digits only: no signs, spaces or leading "+" sneaking through `parse`.
            if v.is_empty() || v.len() > 3 || !v.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Reply::number(q, v.parse().ok()?).ok()
        }
        Kind::One(_) => Reply::options(q, &[v]).ok(),
        Kind::Many(_) => {
            let chosen: Vec<&str> = if v.is_empty() { vec![] } else { v.split(',').collect() };
            let mut seen = std::collections::BTreeSet::new();
            if !chosen.iter().all(|c| seen.insert(*c)) {
                return None;
            }
            Reply::options(q, &chosen).ok()
        }
    }
}

fn place(state: &State, screen: Screen) -> form_urlencoded::Serializer<'static, String> {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Some(m) = &state.answers.municipality {
        out.append_pair("m", m);
    }
    out.append_pair("l", state.lang.code);
    out.append_pair("s", &screen_name(screen));
    if state.counter {
        out.append_pair("mode", "counter");
    }
    out
}

/// The address for `state`, without the leading `#`: where the person is, never what they
/// answered.
pub fn location(state: &State) -> String {
    place(state, state.screen).finish()
}

/// The results link for `state`'s answers, without the leading `#`: the results screen and
/// every answer. Only made when the person asks to take their results with them.
pub fn results_link(state: &State) -> String {
    let mut out = place(state, Screen::Results);
    for (q, reply) in state.answers.replies() {
        out.append_pair(q.as_str(), &reply_value(reply));
    }
    out.finish()
}

/// Reads a fragment (with or without the leading `#`). `Ok(None)`: there is none, or it is a
/// plain anchor of the host page (no `key=value` in it).
pub fn decode(fragment: &str, content: &Content) -> Result<Option<Restored>, FragmentError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LEN {
        return Err(FragmentError::TooLong);
    }
    // Empty, or a plain anchor of the host page (`#velkommen`, `#top`): not ours, nothing to read.
    if fragment.is_empty() || !fragment.contains('=') {
        return Ok(None);
    }
    let mut answers = Answers::new();
    let mut lang: Option<Lang> = None;
    let mut screen: Option<Screen> = None;
    let mut counter = false;
    let mut seen = std::collections::BTreeSet::new();
    for (k, v) in form_urlencoded::parse(fragment.as_bytes()) {
        if !seen.insert(k.to_string()) {
            return Err(FragmentError::Repeated(k.into_owned()));
        }
        match k.as_ref() {
            "m" => match content.municipality(&v) {
                Some(m) => answers.municipality = Some(m.id.clone()),
                None => return Err(FragmentError::UnknownMunicipality(v.into_owned())),
            },
            "l" => match i18n::LANGS.iter().find(|l| l.code == v) {
                Some(l) => lang = Some(*l),
                None => return Err(FragmentError::UnknownLanguage(v.into_owned())),
            },
            "mode" if v == "counter" => counter = true,
            "mode" => return Err(FragmentError::UnknownKey(format!("mode={v}"))),
            "s" => match parse_screen(&v) {
                Some(s) => screen = Some(s),
                None => return Err(FragmentError::UnknownScreen(v.into_owned())),
            },
            key => {
                let q = QuestionId::parse(key).ok_or_else(|| FragmentError::UnknownKey(key.to_owned()))?;
                let reply = parse_reply(q, &v)
                    .ok_or_else(|| FragmentError::BadAnswer { question: q, value: v.clone().into_owned() })?;
                answers.set(q, reply);
            }
        }
    }
    Ok(Some(Restored { answers, lang, screen: screen.unwrap_or(Screen::Start), counter }))
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::embed::HostRequest;
    use crate::flow::Action;
    use crate::questions::QUESTIONS;
    use proptest::prelude::*;

    fn content() -> &'static Content {
        static C: std::sync::OnceLock<Content> = std::sync::OnceLock::new();
        C.get_or_init(|| Content::embedded().unwrap())
    }

    #[test]
    fn a_deep_link_written_by_hand_is_read() {
        let r = decode("#m=skanderborg&l=en", content()).unwrap().unwrap();
        assert_eq!(r.answers.municipality.as_deref(), Some("skanderborg"));
        assert_eq!(r.lang.map(|l| l.code), Some("en"));
        assert_eq!(r.screen, Screen::Start);
        let r = decode("m=holstebro&s=results&household=alone&age=67&residence=eu&children=&health=trauma,interpreter&work=%3F", content())
            .unwrap()
            .unwrap();
        assert_eq!(r.screen, Screen::Results);
        assert_eq!(r.answers.get(QuestionId::Age), Some(&Reply::Number(67)));
        assert_eq!(r.answers.get(QuestionId::Children), Some(&Reply::Options(vec![])));
        assert_eq!(r.answers.get(QuestionId::Health), Some(&Reply::Options(vec!["trauma", "interpreter"])));
        assert_eq!(r.answers.get(QuestionId::Work), Some(&Reply::DontKnow));
        assert_eq!(decode("", content()), Ok(None));
        assert_eq!(decode("#", content()), Ok(None));
        // A host page's own anchor is left alone rather than reported as a bad link.
        assert_eq!(decode("#velkommen", content()), Ok(None));
    }

    #[test]
    fn links_made_before_the_new_answers_still_open_and_the_new_answers_read() {
        // A link from before "with family", "displaced from Ukraine" and "retired" were added:
        // every option it uses is still an option.
        let old = "m=vesthimmerland&l=ar&s=results&household=partner_children&children=0,3-5&expecting=no&age=34\
                   &residence=refugee&education=school&education_place=abroad&work=unable&danish=none&health=trauma";
        let r = decode(old, content()).unwrap().unwrap();
        assert_eq!(r.screen, Screen::Results);
        assert_eq!(r.answers.get(QuestionId::Work), Some(&Reply::Options(vec!["unable"])));
        let new = "m=jammerbugt&s=results&household=family&residence=ukraine&work=retired";
        let r = decode(new, content()).unwrap().unwrap();
        assert_eq!(r.answers.get(QuestionId::Household), Some(&Reply::Options(vec!["family"])));
        assert_eq!(r.answers.get(QuestionId::Residence), Some(&Reply::Options(vec!["ukraine"])));
        assert_eq!(r.answers.get(QuestionId::Work), Some(&Reply::Options(vec!["retired"])));
    }

    #[test]
    fn tampered_links_are_rejected_whole() {
        for bad in [
            "m=gotham",
            "l=tlh",
            "s=elsewhere",
            "s=change-shoe",
            "shoe=42",
            "age=14",
            "age=+30",
            "age= 30",
            "age=0030",
            "age=",
            "residence=tourist",
            "residence=refugee,eu",
            "residence=",
            "children=0,0",
            "children=0,,3-5",
            "m=holstebro&m=holstebro",
            // Hostile or damaged results links.
            "m=holstebro&s=results&household=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "m=holstebro&s=results&age=<script>",
            "m=holstebro&s=resul",
            "m=holstebro&s=results&household=partner_chi",
            "m=holstebro&s=results&work=astronaut",
        ] {
            assert!(decode(bad, content()).is_err(), "{bad} was accepted");
        }
        assert_eq!(decode(&"x".repeat(MAX_LEN + 1), content()), Err(FragmentError::TooLong));
        let ten_kb = format!("m=holstebro&s=results&{}", "household=alone&".repeat(640));
        assert_eq!(decode(&ten_kb, content()), Err(FragmentError::TooLong));
    }

    fn state_with(answers: Answers, lang: Lang, screen: Screen) -> State {
        let mut s = State::new(HostRequest::default(), None);
        s.answers = answers;
        s.lang = lang;
        s.screen = screen;
        s
    }

    /// Any answers the questionnaire can produce, in any municipality, language and screen.
    fn any_state() -> impl Strategy<Value = State> {
        let replies = proptest::collection::vec((0u8..4, any::<u64>()), QUESTIONS.len());
        let screens = (0usize..QUESTIONS.len() + 3, any::<bool>());
        (replies, screens, 0usize..4, 0usize..i18n::LANGS.len()).prop_map(|(replies, (screen, returning), m, l)| {
            let mut a = Answers::new();
            a.municipality = Some(content().municipalities[m].id.clone());
            for (q, (pick, seed)) in QUESTIONS.iter().zip(replies) {
                let reply = match (pick, q.kind) {
                    (0, _) => continue,
                    (1, _) => Reply::DontKnow,
                    (_, Kind::Number { min, max }) => Reply::Number(min + (seed % (max - min + 1) as u64) as u8),
                    (_, Kind::One(opts)) => Reply::Options(vec![opts[seed as usize % opts.len()]]),
                    (_, Kind::Many(opts)) => {
                        Reply::Options(opts.iter().enumerate().filter(|(i, _)| seed >> i & 1 == 1).map(|(_, o)| *o).collect())
                    }
                };
                a.set(q.id, reply);
            }
            let screen = match screen {
                0 => Screen::Start,
                1 => Screen::Check,
                2 => Screen::Results,
                i => Screen::Question { q: QUESTIONS[i - 3].id, returning },
            };
            state_with(a, i18n::LANGS[l], screen)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn every_answer_survives_the_results_link(state in any_state()) {
            let f = results_link(&state);
            let r = decode(&f, content()).unwrap().unwrap();
            prop_assert_eq!(&r.answers, &state.answers);
            prop_assert_eq!(r.lang, Some(state.lang));
            prop_assert_eq!(r.screen, Screen::Results);
        }

        #[test]
        fn the_address_keeps_the_place_and_never_an_answer(state in any_state()) {
            let f = location(&state);
            let r = decode(&f, content()).unwrap().unwrap();
            prop_assert_eq!(r.screen, state.screen);
            prop_assert_eq!(r.lang, Some(state.lang));
            prop_assert_eq!(&r.answers.municipality, &state.answers.municipality);
            prop_assert_eq!(r.answers.replies().count(), 0);
            for q in QUESTIONS {
                let key = format!("{}=", q.id.as_str());
                prop_assert!(!f.contains(&key), "{} in {}", key, f);
            }
        }

        #[test]
        fn any_string_is_read_or_rejected_never_a_panic(s in ".{0,300}") {
            let _ = decode(&s, content());
        }

        #[test]
        fn a_damaged_link_is_rejected_or_read_consistently(
            state in any_state(),
            cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0u8..3), 1..6),
        ) {
            let mut f: Vec<char> = results_link(&state).chars().collect();
            for (at, ch, how) in cuts {
                let i = at.index(f.len() + 1);
                match how {
                    0 => f.insert(i, ch),
                    1 if i < f.len() => { f.remove(i); }
                    _ if i < f.len() => f[i] = ch,
                    _ => {}
                }
            }
            let f: String = f.into_iter().collect();
            if let Ok(Some(r)) = decode(&f, content()) {
                // Whatever was read is a state the guide can show, and it reads back the same.
                let s = State::new(HostRequest::default(), None).reduce(Action::Restore(r.clone()), content());
                let again = decode(&results_link(&s), content()).unwrap().unwrap();
                prop_assert_eq!(again.answers, s.answers);
            }
        }
    }
}
