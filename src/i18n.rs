//! Every text the guide shows comes from Fluent messages in `locales/<lang>/*.ftl`. Danish is the
//! source language: a message missing in another language falls back to Danish, and the caller is
//! told so ([`Text::fallback`]) so the page can mark it, never silently and never as a raw id.

use std::fmt;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::answers::Reply;
use crate::questions::QuestionId;
use unic_langid::LanguageIdentifier;

/// A language the guide ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang {
    /// BCP 47 code, as in `locales/<code>/` and `<html lang>`.
    pub code: &'static str,
    /// The language's name in itself, as a language switcher shows it.
    pub name: &'static str,
    pub rtl: bool,
}

impl Lang {
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// The source language: every message exists here first.
pub const SOURCE: Lang = Lang { code: "da", name: "Dansk", rtl: false };

/// The languages shipped, in the order a switcher lists them.
pub const LANGS: &[Lang] = &[
    SOURCE,
    Lang { code: "en", name: "English", rtl: false },
    Lang { code: "uk", name: "Українська", rtl: false },
    Lang { code: "ar", name: "العربية", rtl: true },
    Lang { code: "fa", name: "فارسی / دری", rtl: true },
    Lang { code: "so", name: "Soomaali", rtl: false },
    Lang { code: "ti", name: "ትግርኛ", rtl: false },
];

/// The shipped language with this code (case-insensitive, `en-GB` finds `en`).
pub fn lang(code: &str) -> Option<Lang> {
    let code = code.trim();
    let base = code.split(['-', '_']).next().unwrap_or("");
    LANGS.iter().copied().find(|l| l.code.eq_ignore_ascii_case(base))
}

/// The best shipped language for a browser's preferred languages, if any fits. Used only to
/// pre-select a choice, never to decide for the person.
pub fn negotiate(preferred: &[String]) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> = preferred.iter().filter_map(|p| p.parse().ok()).collect();
    let available: Vec<LanguageIdentifier> = LANGS.iter().filter_map(|l| l.code.parse().ok()).collect();
    let found = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    found.first().and_then(|id| lang(&id.to_string()))
}

/// A problem in a Fluent file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct I18nError {
    pub file: String,
    pub message: String,
}

impl fmt::Display for I18nError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Errors as one line for a log or a status, by `Display`: the browser build formats no error
/// with `Debug`, whose machinery (string escaping, its Unicode tables) it need not carry.
pub fn describe(errors: &[I18nError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// A text ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    /// The message is missing in the chosen language and this is the Danish text.
    pub fallback: bool,
}

/// One language's parsed messages.
pub type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, with Danish behind them.
pub struct Messages {
    pub lang: Lang,
    bundle: Rc<Bundle>,
    /// Danish, behind every other language (shared, parsed once).
    source: Option<Rc<Bundle>>,
    /// The texts of the content packs at hand (see [`crate::content::packs`]), in this language
    /// and in Danish behind them, looked up after the guide's own texts.
    packs: Vec<Rc<Bundle>>,
    packs_source: Vec<Rc<Bundle>>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl PartialEq for Messages {
    /// The same language with the same packs' texts behind it (a pack's texts arriving must
    /// re-render what shows them).
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &[Rc<Bundle>], b: &[Rc<Bundle>]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| Rc::ptr_eq(x, y));
        self.lang == other.lang && same(&self.packs, &other.packs) && same(&self.packs_source, &other.packs_source)
    }
}

/// Builds one language's bundle from `(path, text)` files.
pub fn bundle(lang: Lang, files: &[(&str, &str)]) -> Result<Bundle, Vec<I18nError>> {
    // (Not `expect`, which would format the parse error with `Debug`: see `describe`.)
    let id: LanguageIdentifier = lang.code.parse().unwrap_or_else(|_| panic!("shipped codes are valid"));
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks keep Latin names and numbers readable inside right-to-left text; in
    // left-to-right text they only get in the way of copying.
    bundle.set_use_isolating(lang.rtl);
    let mut errors = Vec::new();
    for (path, text) in files {
        let res = match FluentResource::try_new((*text).to_owned()) {
            Ok(res) => res,
            Err((res, errs)) => {
                for e in errs {
                    errors.push(I18nError { file: (*path).to_owned(), message: format!("does not parse: {e}") });
                }
                res
            }
        };
        if let Err(errs) = bundle.add_resource(res) {
            for e in errs {
                errors.push(I18nError { file: (*path).to_owned(), message: format!("{e}") });
            }
        }
    }
    if errors.is_empty() {
        Ok(bundle)
    } else {
        Err(errors)
    }
}

/// The embedded files of one language.
pub fn embedded_files(code: &str) -> Vec<(&'static str, &'static str)> {
    crate::embedded::LOCALES
        .iter()
        .filter(|(l, _, _)| *l == code)
        .map(|(_, path, text)| (*path, *text))
        .collect()
}

impl Messages {
    /// The messages of `lang` from the embedded locales (natively every language is embedded;
    /// the browser build embeds only Danish and fetches the others, see [`Messages::parse`]).
    pub fn embedded(lang: Lang) -> Result<Messages, Vec<I18nError>> {
        let source = Messages::source_bundle()?;
        if lang == SOURCE {
            return Ok(Messages::danish(source));
        }
        Messages::parse(lang, &embedded_files(lang.code), Some(source))
    }

    /// The Danish messages, from the shared Danish bundle.
    pub fn danish(source: Rc<Bundle>) -> Messages {
        Messages { lang: SOURCE, bundle: source, source: None, packs: vec![], packs_source: vec![] }
    }

    /// The messages of `lang` from Fluent files, with Danish (`source`) behind them.
    pub fn parse(lang: Lang, files: &[(&str, &str)], source: Option<Rc<Bundle>>) -> Result<Messages, Vec<I18nError>> {
        Ok(Messages { lang, bundle: Rc::new(bundle(lang, files)?), source: source.filter(|_| lang != SOURCE), packs: vec![], packs_source: vec![] })
    }

    /// Danish messages as a shareable bundle, for [`Messages::parse`].
    pub fn source_bundle() -> Result<Rc<Bundle>, Vec<I18nError>> {
        Ok(Rc::new(bundle(SOURCE, &embedded_files(SOURCE.code))?))
    }

    /// These messages with the texts of content packs behind them: `own` in this language,
    /// `danish` in Danish (for Danish itself, `own` and `danish` are the same and one is enough).
    pub fn with_packs(&self, own: Vec<Rc<Bundle>>, danish: Vec<Rc<Bundle>>) -> Messages {
        Messages { lang: self.lang, bundle: self.bundle.clone(), source: self.source.clone(), packs: own, packs_source: danish }
    }

    /// The Danish bundle behind these messages (none for Danish itself).
    pub fn source(&self) -> Option<Rc<Bundle>> {
        self.source.clone()
    }

    /// Whether the chosen language itself has this message.
    pub fn has(&self, id: &str) -> bool {
        std::iter::once(&self.bundle).chain(&self.packs).any(|b| b.get_message(id).and_then(|m| m.value()).is_some())
    }

    fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| value.into_owned())
    }

    /// The message `id`, formatted with `args`.
    pub fn text_with(&self, id: &str, args: &[(&str, FluentValue)]) -> Text {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let fargs = (!args.is_empty()).then_some(&fargs);
        let own = std::iter::once(&self.bundle).chain(&self.packs);
        if let Some(value) = own.clone().find_map(|b| Self::format_in(b, id, fargs)) {
            return Text { value, fallback: false };
        }
        let danish = match &self.source {
            Some(source) => std::iter::once(source).chain(&self.packs_source).find_map(|b| Self::format_in(b, id, fargs)),
            None => own.chain(&self.packs_source).find_map(|b| Self::format_in(b, id, fargs)),
        };
        match danish {
            Some(value) => Text { value, fallback: self.source.is_some() },
            // Only reachable if a content file names a message no locale has, which the content
            // tests forbid, or while a pack is still loading; say so plainly rather than show an id.
            None => Text { value: "(tekst mangler / text missing)".to_owned(), fallback: true },
        }
    }

    /// The message `id` with no arguments.
    pub fn text(&self, id: &str) -> Text {
        self.text_with(id, &[])
    }

    /// The message's text alone, for places where a fallback needs no marker of its own.
    pub fn t(&self, id: &str) -> String {
        self.text(id).value
    }

    /// The message with arguments, text alone.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.text_with(id, args).value
    }
}

/// The message id of an option's label, e.g. `q-household-alone`.
pub fn option_id(q: QuestionId, option: &str) -> String {
    format!("q-{}-{option}", q.as_str())
}

/// A question's short label, as in "Age: 34" on the check page and in the results' reasons.
pub fn question_label(m: &Messages, q: QuestionId) -> String {
    m.t(&format!("q-{}-short", q.as_str()))
}

/// An answer as the person reads it ("With a partner", "34", "Don't know / prefer not to say");
/// the check page, the results' reasons and the walk-through document all say it this way.
pub fn answer_text(m: &Messages, q: QuestionId, reply: Option<&Reply>) -> String {
    match reply {
        None => m.t("check-unanswered"),
        Some(Reply::DontKnow) => m.t("q-dont-know"),
        Some(Reply::Number(n)) => n.to_string(),
        Some(Reply::Options(o)) if o.is_empty() => m.t("check-none"),
        Some(Reply::Options(o)) => o.iter().map(|o| m.t(&option_id(q, o))).collect::<Vec<_>>().join(&m.t("list-separator")),
    }
}

/// Why a card is shown, as it says it: "Shown because you answered: Age: 34; Residence: I am a
/// refugee" (only the part of each answer that matched). The page and the length benchmark both
/// say it this way.
pub fn because_text(m: &Messages, reasons: &[crate::eligibility::Reason]) -> String {
    let reasons = reasons
        .iter()
        .map(|r| format!("{}: {}", question_label(m, r.question), answer_text(m, r.question, Some(&r.reply))))
        .collect::<Vec<_>>()
        .join(&m.t("results-reason-separator"));
    m.t_with("results-because", &[("reasons", reasons.into())])
}

/// What a "may apply" card waits for: "It depends on: Age, Work".
pub fn depends_text(m: &Messages, unknown: &[QuestionId]) -> String {
    let questions = unknown.iter().map(|q| question_label(m, *q)).collect::<Vec<_>>().join(&m.t("list-separator"));
    m.t_with("results-depends", &[("questions", questions.into())])
}

/// Where a municipal item comes from, as the results page cites it: the policy's title, its
/// year(s) when it has any (a 2013 aim reads differently from a current one), and the section.
pub fn policy_source(m: &Messages, policy_title: &str, period: Option<&str>, section: &str) -> String {
    let policy = m.t(policy_title);
    match period {
        Some(p) => m.t_with("results-source-policy", &[("policy", policy.into()), ("period", p.into()), ("section", section.into())]),
        None => m.t_with("results-source-policy-undated", &[("policy", policy.into()), ("section", section.into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_found_by_code_and_region() {
        assert_eq!(lang("en-GB").map(|l| l.code), Some("en"));
        assert_eq!(lang(" DA ").map(|l| l.code), Some("da"));
        assert_eq!(lang("xx"), None);
        assert_eq!(lang(""), None);
    }

    #[test]
    fn negotiation_pre_selects_the_first_shipped_preference() {
        let prefs = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(negotiate(&prefs(&["de-DE", "en-US", "da"])).map(|l| l.code), Some("en"));
        assert_eq!(negotiate(&prefs(&["de-DE"])), None);
    }

    #[test]
    fn a_missing_message_falls_back_to_danish_and_says_so() {
        let da = bundle(SOURCE, &[("da.ftl", "hello = Hej { $name }\nonly-da = Kun dansk\n")]).unwrap();
        let en = bundle(LANGS[1], &[("en.ftl", "hello = Hello { $name }\n")]).unwrap();
        let m = Messages { lang: LANGS[1], bundle: Rc::new(en), source: Some(Rc::new(da)), packs: vec![], packs_source: vec![] };
        assert_eq!(
            m.text_with("hello", &[("name", "Ana".into())]),
            Text { value: "Hello Ana".into(), fallback: false }
        );
        assert_eq!(m.text("only-da"), Text { value: "Kun dansk".into(), fallback: true });
        let missing = m.text("nowhere");
        assert!(missing.fallback);
        assert!(!missing.value.contains("nowhere"), "never a raw id");
    }

    #[test]
    fn a_pack_s_texts_come_after_the_guide_s_own_and_fall_back_to_its_danish() {
        let da = Rc::new(bundle(SOURCE, &[("ui.ftl", "hello = Hej\n")]).unwrap());
        let en = Messages::parse(LANGS[1], &[("ui.ftl", "hello = Hello\n")], Some(da.clone())).unwrap();
        let pack_da = Rc::new(bundle(SOURCE, &[("p.da", "p-title = Sprogskole\np-only = Kun dansk\n")]).unwrap());
        let pack_en = Rc::new(bundle(LANGS[1], &[("p.en", "p-title = Language school\n")]).unwrap());
        let m = en.with_packs(vec![pack_en], vec![pack_da.clone()]);
        assert_eq!(m.text("hello").value, "Hello");
        assert_eq!(m.text("p-title"), Text { value: "Language school".into(), fallback: false });
        assert_eq!(m.text("p-only"), Text { value: "Kun dansk".into(), fallback: true });
        assert!(m.has("p-title") && !m.has("p-only"));
        let d = Messages::danish(da).with_packs(vec![pack_da], vec![]);
        assert_eq!(d.text("p-only"), Text { value: "Kun dansk".into(), fallback: false });
    }

    #[test]
    fn answers_read_as_the_person_chose_them() {
        let m = Messages::embedded(lang("en").unwrap()).unwrap();
        let q = QuestionId::Children;
        assert_eq!(answer_text(&m, q, Some(&Reply::Options(vec!["0", "6-13"]))), "Under 1 year, 6–13 years");
        assert_eq!(answer_text(&m, QuestionId::Health, Some(&Reply::Options(vec![]))), "None of these");
        assert_eq!(answer_text(&m, QuestionId::Age, Some(&Reply::Number(34))), "34");
        assert_eq!(answer_text(&m, q, Some(&Reply::DontKnow)), "Don't know / prefer not to say");
        assert_eq!(answer_text(&m, q, None), "Not answered");
    }

    #[test]
    fn the_items_of_a_list_are_separated_by_each_script_s_own_comma() {
        let children = |code: &str| {
            let m = Messages::embedded(lang(code).unwrap()).unwrap();
            answer_text(&m, QuestionId::Children, Some(&Reply::Options(vec!["0", "6-13"])))
        };
        assert!(children("da").contains(", "), "{}", children("da"));
        for code in ["ar", "fa"] {
            assert!(children(code).contains("\u{060C} ") && !children(code).contains(','), "{code}: {}", children(code));
        }
        assert!(children("ti").contains("\u{1363} ") && !children("ti").contains(','), "{}", children("ti"));
        let m = Messages::embedded(lang("ar").unwrap()).unwrap();
        let depends = depends_text(&m, &[QuestionId::Age, QuestionId::Work]);
        assert!(depends.contains("\u{060C} ") && !depends.contains(','), "{depends}");
    }

    #[test]
    fn answers_in_a_reason_are_separated_in_each_script_s_own_way() {
        let sep = |code: &str| Messages::embedded(lang(code).unwrap()).unwrap().t("results-reason-separator");
        assert_eq!(sep("da"), "; ");
        assert_eq!(sep("ar"), "\u{061B} ");
        assert_eq!(sep("fa"), "\u{061B} ");
        assert_eq!(sep("ti"), "\u{1364} ");
    }

    #[test]
    fn a_broken_file_is_named() {
        let errs = bundle(SOURCE, &[("locales/da/x.ftl", "ok = fint\nbroken = { \n")]).err().unwrap();
        assert_eq!(errs[0].file, "locales/da/x.ftl");
        let errs = bundle(SOURCE, &[("a.ftl", "x = 1\n"), ("b.ftl", "x = 2\n")]).err().unwrap();
        assert_eq!(errs[0].file, "b.ftl");
    }
}
