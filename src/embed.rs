//! What the host page asks for. A municipality embeds the guide as
//! `<div id="velkommen" data-municipality="skanderborg" data-lang="en"></div>`; both attributes
//! are optional (without them the guide asks). Reading them is pure so it can be tested natively;
//! an unknown value becomes a [`Problem`] the page explains, never a blank page.

use crate::content::Content;
use crate::i18n::{self, Lang};

/// The id of the element the guide mounts into.
pub const HOST_ID: &str = "velkommen";

/// A value in the host element the guide could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownMunicipality(String),
    UnknownLanguage(String),
    /// `data-mode` other than `counter`.
    UnknownMode(String),
    /// `data-idle-minutes` that is not a positive number.
    BadIdleMinutes(String),
}

/// What the host asked for, checked.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct HostRequest {
    pub municipality: Option<String>,
    pub lang: Option<Lang>,
    /// `data-mode="counter"`: a clerk and a newcomer use the guide together.
    pub counter: bool,
    /// `data-idle-minutes` in seconds: counter mode's idle time before the reset dialog (the
    /// default is 5 minutes; a fraction of a minute is allowed, e.g. for a test).
    pub idle_seconds: Option<u32>,
    pub problems: Vec<Problem>,
}

/// Checks the host element's `data-municipality` and `data-lang` (absent or blank: not set).
pub fn resolve(content: &Content, municipality: Option<&str>, lang: Option<&str>) -> HostRequest {
    let mut req = HostRequest::default();
    if let Some(m) = municipality.map(str::trim).filter(|m| !m.is_empty()) {
        match content.municipalities.iter().find(|x| x.id.eq_ignore_ascii_case(m)) {
            Some(found) => req.municipality = Some(found.id.clone()),
            None => req.problems.push(Problem::UnknownMunicipality(m.to_owned())),
        }
    }
    if let Some(l) = lang.map(str::trim).filter(|l| !l.is_empty()) {
        match i18n::lang(l) {
            Some(found) => req.lang = Some(found),
            None => req.problems.push(Problem::UnknownLanguage(l.to_owned())),
        }
    }
    req
}

/// Adds the host element's `data-mode` to `req`: `counter`, or absent/blank for the ordinary
/// guide; anything else is a problem the start page explains.
pub fn resolve_mode(mut req: HostRequest, mode: Option<&str>, idle_minutes: Option<&str>) -> HostRequest {
    match mode.map(str::trim).filter(|m| !m.is_empty()) {
        None => {}
        Some(m) if m.eq_ignore_ascii_case("counter") => req.counter = true,
        Some(m) => req.problems.push(Problem::UnknownMode(m.to_owned())),
    }
    if let Some(v) = idle_minutes.map(str::trim).filter(|v| !v.is_empty()) {
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() && n > 0.0 && n <= 24.0 * 60.0 => req.idle_seconds = Some(((n * 60.0).round() as u32).max(1)),
            _ => req.problems.push(Problem::BadIdleMinutes(v.to_owned())),
        }
    }
    req
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        Content::embedded().expect("embedded content loads")
    }

    #[test]
    fn known_values_are_taken_whatever_their_case() {
        let r = resolve(&content(), Some(" Skanderborg "), Some("en"));
        assert_eq!(r.municipality.as_deref(), Some("skanderborg"));
        assert_eq!(r.lang.map(|l| l.code), Some("en"));
        assert!(r.problems.is_empty());
    }

    #[test]
    fn absent_or_blank_values_mean_ask() {
        assert_eq!(resolve(&content(), None, Some("  ")), HostRequest::default());
    }

    #[test]
    fn unknown_values_are_problems_not_choices() {
        let r = resolve(&content(), Some("gotham"), Some("tlh"));
        assert_eq!(r.municipality, None);
        assert_eq!(r.lang, None);
        assert_eq!(
            r.problems,
            vec![Problem::UnknownMunicipality("gotham".into()), Problem::UnknownLanguage("tlh".into())]
        );
    }

    #[test]
    fn counter_mode_is_asked_for_by_the_host_element() {
        assert!(resolve_mode(HostRequest::default(), Some(" Counter "), None).counter);
        assert_eq!(resolve_mode(HostRequest::default(), None, None), HostRequest::default());
        let r = resolve_mode(HostRequest::default(), Some("kiosk"), Some("soon"));
        assert!(!r.counter);
        assert_eq!(r.problems, vec![Problem::UnknownMode("kiosk".into()), Problem::BadIdleMinutes("soon".into())]);
        assert_eq!(resolve_mode(HostRequest::default(), Some("counter"), Some("0.05")).idle_seconds, Some(3));
        assert_eq!(resolve_mode(HostRequest::default(), Some("counter"), Some("-1")).problems.len(), 1);
    }
}
