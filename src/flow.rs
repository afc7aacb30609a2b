//! Where the person is in the guide and what each of their actions does: a pure reducer, so the
//! whole flow is tested natively and the view only renders [`State`] and sends [`Action`]s.

use crate::answers::Answers;
use crate::embed::{HostRequest, Problem};
use crate::i18n::{Lang, SOURCE};
use crate::questions::{QuestionId, QUESTIONS};

/// The screen being shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Choose municipality (unless the host page set it) and language.
    Start,
    Question(QuestionId),
}

/// Everything the view needs, and nothing it could derive.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    pub lang: Lang,
    /// The host page fixed the municipality: the start page does not offer a choice.
    pub municipality_fixed: bool,
    pub screen: Screen,
    /// What the host page asked for that the guide could not use.
    pub problems: Vec<Problem>,
    /// The person pressed Start without choosing a municipality.
    pub missing_municipality: bool,
    /// A language the browser prefers, offered as a one-tap switch (never switched to silently:
    /// a counter clerk's browser is not the newcomer's language).
    pub suggested: Option<Lang>,
}

/// What the person (or the page) does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    ChooseMunicipality(String),
    Start,
}

impl State {
    /// The first state, from what the host page asked for and the browser's preferred language.
    pub fn new(host: HostRequest, preferred: Option<Lang>) -> State {
        let mut answers = Answers::new();
        answers.municipality = host.municipality.clone();
        let lang = host.lang.unwrap_or(SOURCE);
        State {
            answers,
            lang,
            suggested: preferred.filter(|p| *p != lang && host.lang.is_none()),
            municipality_fixed: host.municipality.is_some(),
            screen: Screen::Start,
            problems: host.problems,
            missing_municipality: false,
        }
    }

    /// The state after `action`.
    pub fn reduce(mut self, action: Action) -> State {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.suggested = None;
            }
            Action::ChooseMunicipality(m) => {
                self.answers.municipality = Some(m);
                self.missing_municipality = false;
            }
            Action::Start => {
                if self.answers.municipality.is_some() {
                    self.screen = Screen::Question(QUESTIONS[0].id);
                    self.problems.clear();
                } else {
                    self.missing_municipality = true;
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::lang;

    #[test]
    fn the_host_page_can_fix_municipality_and_language() {
        let host = HostRequest {
            municipality: Some("skanderborg".into()),
            lang: lang("en"),
            problems: vec![],
        };
        let s = State::new(host, lang("da"));
        assert!(s.municipality_fixed);
        assert_eq!(s.lang.code, "en", "the host's language wins over the browser's");
        assert_eq!(s.suggested, None);
        let s = s.reduce(Action::Start);
        assert_eq!(s.screen, Screen::Question(QuestionId::Household));
    }

    #[test]
    fn the_browser_language_is_suggested_never_chosen() {
        let s = State::new(HostRequest::default(), lang("en"));
        assert_eq!((s.lang.code, s.suggested.map(|l| l.code)), ("da", Some("en")));
        let s = s.reduce(Action::SetLang(lang("en").unwrap()));
        assert_eq!((s.lang.code, s.suggested), ("en", None));
        let s = State::new(HostRequest::default(), lang("da"));
        assert_eq!(s.suggested, None, "nothing to suggest when it is already Danish");
    }

    #[test]
    fn start_without_a_municipality_asks_for_one() {
        let s = State::new(HostRequest::default(), None);
        assert_eq!(s.lang.code, "da");
        let s = s.reduce(Action::Start);
        assert_eq!(s.screen, Screen::Start);
        assert!(s.missing_municipality);
        let s = s.reduce(Action::ChooseMunicipality("holstebro".into())).reduce(Action::Start);
        assert!(!s.missing_municipality);
        assert_eq!(s.screen, Screen::Question(QuestionId::Household));
    }

    #[test]
    fn problems_from_the_host_stay_until_the_person_starts() {
        let host = HostRequest { problems: vec![Problem::UnknownMunicipality("gotham".into())], ..Default::default() };
        let s = State::new(host, None).reduce(Action::SetLang(lang("en").unwrap()));
        assert_eq!(s.problems.len(), 1);
        assert_eq!(s.lang.code, "en");
        let s = s.reduce(Action::ChooseMunicipality("jammerbugt".into())).reduce(Action::Start);
        assert!(s.problems.is_empty());
    }
}
