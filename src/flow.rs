//! Where the person is in the guide and what each of their actions does: a pure reducer, so the
//! whole flow is tested natively and the view only renders [`State`] and sends [`Action`]s.
//!
//! The flow follows GOV.UK's question pages: one question per page, a back link, a step count
//! that follows the answers (child ages are asked only with children), a check-your-answers page
//! whose "change" links return straight to it, then the results.

use crate::answers::{Answers, Reply};
use crate::content::Content;
use crate::embed::{HostRequest, Problem};
use crate::i18n::{Lang, SOURCE};
use crate::questions::{QuestionId, QUESTIONS};

/// The screen being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Choose municipality (unless the host page set it) and language.
    Start,
    /// One question. `returning`: opened from "check your answers", which it returns to.
    Question { q: QuestionId, returning: bool },
    /// Check your answers.
    Check,
    Results,
    /// Every offer of the municipality, with a search (no answers needed).
    Browse,
    /// Every question on one page, for a clerk who asks and types.
    Quick,
}

/// A notice shown on the start page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The link (fragment) could not be read; the guide started afresh.
    BadLink,
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
    pub notice: Option<Notice>,
    /// The person pressed Start without choosing a municipality.
    pub missing_municipality: bool,
    /// A language the browser prefers, offered as a one-tap switch (never switched to silently).
    /// Never in counter mode: there the browser is the clerk's, not the newcomer's, and the
    /// clerk sets the person's language with the switcher.
    pub suggested: Option<Lang>,
    /// The start page keeps the room of that offer, shown or not: once there, the room stays
    /// (taking the offer, or Next citizen, must not move the page under the person's finger).
    pub suggestion_room: bool,
    /// Counter mode: a clerk and a newcomer together (host `data-mode="counter"` or a
    /// `mode=counter` link); "Next citizen" is always at hand.
    pub counter: bool,
    /// Larger text for the person across the desk (both modes).
    pub large_text: bool,
    /// Counter mode: seconds without input before the reset dialog.
    pub idle_seconds: u32,
}

/// Counter mode's idle time before the reset dialog, unless the host sets `data-idle-minutes`.
pub const IDLE_SECONDS: u32 = 5 * 60;

/// What the person (or the page) does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    ChooseMunicipality(String),
    Start,
    /// Answer the question on screen and go on.
    Answer(QuestionId, Reply),
    Back,
    /// Open a question from "check your answers".
    Change(QuestionId),
    ShowResults,
    /// Back to the start page, answers kept (to choose another municipality or language).
    ToStart,
    /// Clear every answer at once and go to the start page.
    StartAgain,
    /// Go to what the address says (back, forward, reload, a deep link): the answers in memory are
    /// kept. A results link carries answers of its own: they replace those in memory.
    Restore(Restored),
    /// From the "your answers are gone" notice: on to the first question without an answer.
    Resume,
    /// The link could not be read.
    BadLink,
    /// Leave (or enter) counter mode.
    SetCounter(bool),
    /// Counter mode: wipe everything of the person who was here — answers, language, screen —
    /// and start again with the municipality kept.
    NextCitizen,
    ToggleLargeText,
    /// Every offer of the municipality.
    Browse,
    /// Every question on one page.
    Quick,
    /// The quick form sent: these answers (the municipality kept), then the results.
    SubmitQuick(Answers),
}

/// A state read from a link: see [`crate::fragment`].
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub answers: Answers,
    pub lang: Option<Lang>,
    pub screen: Screen,
    /// The link says `mode=counter`.
    pub counter: bool,
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
            suggested: preferred.filter(|p| *p != lang && host.lang.is_none() && !host.counter),
            suggestion_room: false,
            municipality_fixed: host.municipality.is_some(),
            screen: Screen::Start,
            problems: host.problems,
            notice: None,
            missing_municipality: false,
            counter: host.counter,
            large_text: false,
            idle_seconds: host.idle_seconds.unwrap_or(IDLE_SECONDS),
        }
    }

    /// The questions this person is asked, in order, given the answers so far.
    pub fn steps(&self, content: &Content) -> Vec<QuestionId> {
        let municipality = self.answers.municipality.as_deref().and_then(|m| content.municipality(m));
        QUESTIONS
            .iter()
            .map(|q| q.id)
            .filter(|q| {
                let targeted = municipality.is_some_and(|m| content.targets(m, *q));
                self.answers.is_asked(*q, targeted)
            })
            .collect()
    }

    /// The check page or the results, but no answer in memory: after a reload (answers are kept
    /// in memory only, so a reload forgets them), or Back after "Start again". The page says so
    /// and offers to start or to go on from the first unanswered question.
    pub fn answers_missing(&self) -> bool {
        matches!(self.screen, Screen::Check | Screen::Results) && self.answers.replies().next().is_none()
    }

    /// "Question n of m" for the screen shown, if it is a question.
    pub fn step(&self, content: &Content) -> Option<(usize, usize)> {
        let Screen::Question { q, .. } = self.screen else { return None };
        let steps = self.steps(content);
        steps.iter().position(|s| *s == q).map(|i| (i + 1, steps.len()))
    }

    /// The state after `action`.
    pub fn reduce(mut self, action: Action, content: &Content) -> State {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.suggested = None;
            }
            Action::ChooseMunicipality(m) => {
                if !self.municipality_fixed && content.municipality(&m).is_some() {
                    self.answers.municipality = Some(m);
                    self.missing_municipality = false;
                }
            }
            Action::Start => {
                if self.answers.municipality.is_some() {
                    self.screen = self.first_question(content);
                    self.problems.clear();
                    self.notice = None;
                } else {
                    self.missing_municipality = true;
                }
            }
            Action::Answer(q, reply) => {
                let returning = matches!(self.screen, Screen::Question { returning: true, .. });
                self.answers.set(q, reply);
                self.screen = self.after(q, returning, content);
            }
            Action::Back => self.screen = self.before(content),
            Action::Change(q) => {
                if self.steps(content).contains(&q) {
                    self.screen = Screen::Question { q, returning: true };
                }
            }
            Action::ShowResults => {
                if self.answers.municipality.is_some() {
                    self.screen = Screen::Results;
                }
            }
            Action::ToStart => self.screen = Screen::Start,
            Action::StartAgain => {
                let municipality = self.answers.municipality.take().filter(|_| self.municipality_fixed);
                self.answers = Answers::new();
                self.answers.municipality = municipality;
                self.screen = Screen::Start;
                self.notice = None;
                self.missing_municipality = false;
            }
            Action::Restore(r) => {
                let results_link = r.answers.replies().next().is_some();
                let same_place = r.answers.municipality.is_none() || r.answers.municipality == self.answers.municipality;
                // The host page's municipality wins over a link's.
                let municipality = if self.municipality_fixed {
                    self.answers.municipality.clone()
                } else {
                    r.answers.municipality.clone().or_else(|| self.answers.municipality.clone())
                };
                // An address (back, forward, reload) keeps the answers in memory; a results link
                // brings its own; an address for another municipality starts afresh.
                if results_link || !same_place {
                    self.answers = r.answers;
                }
                self.answers.municipality = municipality;
                self.counter |= r.counter;
                if self.counter {
                    self.suggested = None;
                }
                if let Some(l) = r.lang {
                    self.lang = l;
                    self.suggested = None;
                }
                self.screen = match r.screen {
                    Screen::Question { q, .. } if !self.steps(content).contains(&q) => Screen::Check,
                    s if s != Screen::Start && self.answers.municipality.is_none() => Screen::Start,
                    s => s,
                };
            }
            Action::SetCounter(on) => self.counter = on,
            Action::ToggleLargeText => self.large_text = !self.large_text,
            Action::Browse => {
                if self.answers.municipality.is_some() {
                    self.screen = Screen::Browse;
                } else {
                    self.missing_municipality = true;
                }
            }
            Action::Quick => {
                if self.answers.municipality.is_some() {
                    self.screen = Screen::Quick;
                } else {
                    self.missing_municipality = true;
                }
            }
            Action::SubmitQuick(answers) => {
                let municipality = self.answers.municipality.take();
                self.answers = answers;
                self.answers.municipality = municipality;
                if self.answers.municipality.is_some() {
                    self.screen = Screen::Results;
                }
            }
            Action::NextCitizen => {
                let municipality = self.answers.municipality.take();
                self.answers = Answers::new();
                self.answers.municipality = municipality;
                self.lang = SOURCE;
                self.suggested = None;
                self.screen = Screen::Start;
                self.notice = None;
                self.missing_municipality = false;
                self.large_text = false;
            }
            Action::Resume => {
                let steps = self.steps(content);
                self.screen = match steps.iter().find(|q| self.answers.get(**q).is_none()) {
                    Some(q) => Screen::Question { q: *q, returning: false },
                    None => Screen::Check,
                };
            }
            Action::BadLink => {
                let lang = self.lang;
                let fixed = self.municipality_fixed.then(|| self.answers.municipality.clone()).flatten();
                self.answers = Answers::new();
                self.answers.municipality = fixed;
                self.lang = lang;
                self.screen = Screen::Start;
                self.notice = Some(Notice::BadLink);
            }
        }
        self
    }

    fn first_question(&self, content: &Content) -> Screen {
        match self.steps(content).first() {
            Some(q) => Screen::Question { q: *q, returning: false },
            None => Screen::Check,
        }
    }

    /// Where to go after answering `q`: the next question asked, or — when changing an answer
    /// from "check your answers" — straight back there, unless the new answer opened a question
    /// that has no answer yet (choosing "with children" asks the children's ages).
    fn after(&self, q: QuestionId, returning: bool, content: &Content) -> Screen {
        let steps = self.steps(content);
        if returning {
            return match steps.iter().find(|s| self.answers.get(**s).is_none()) {
                Some(open) => Screen::Question { q: *open, returning: true },
                None => Screen::Check,
            };
        }
        let here = steps.iter().position(|s| *s == q);
        match here.and_then(|i| steps.get(i + 1)) {
            Some(next) => Screen::Question { q: *next, returning: false },
            None => Screen::Check,
        }
    }

    /// Where the back link leads.
    fn before(&self, content: &Content) -> Screen {
        let steps = self.steps(content);
        match self.screen {
            Screen::Start => Screen::Start,
            Screen::Question { returning: true, .. } => Screen::Check,
            Screen::Question { q, .. } => match steps.iter().position(|s| *s == q) {
                Some(i) if i > 0 => Screen::Question { q: steps[i - 1], returning: false },
                _ => Screen::Start,
            },
            Screen::Check => match steps.last() {
                Some(q) => Screen::Question { q: *q, returning: false },
                None => Screen::Start,
            },
            Screen::Results => Screen::Check,
            Screen::Browse | Screen::Quick => Screen::Start,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::lang;
    use QuestionId::*;

    fn content() -> Content {
        Content::embedded().unwrap()
    }

    fn one(q: QuestionId, o: &str) -> Action {
        Action::Answer(q, Reply::options(q, &[o]).unwrap())
    }

    fn started(m: &str, c: &Content) -> State {
        State::new(HostRequest::default(), None)
            .reduce(Action::ChooseMunicipality(m.into()), c)
            .reduce(Action::Start, c)
    }

    fn at(s: &State) -> Screen {
        s.screen
    }

    #[test]
    fn the_host_page_can_fix_municipality_and_language() {
        let c = content();
        let host = HostRequest { municipality: Some("skanderborg".into()), lang: lang("en"), ..HostRequest::default() };
        let s = State::new(host, lang("da"));
        assert!(s.municipality_fixed);
        assert_eq!(s.lang.code, "en", "the host's language wins over the browser's");
        assert_eq!(s.suggested, None);
        let s = s.reduce(Action::ChooseMunicipality("holstebro".into()), &c);
        assert_eq!(s.answers.municipality.as_deref(), Some("skanderborg"), "fixed by the host");
        let s = s.reduce(Action::Start, &c);
        assert_eq!(at(&s), Screen::Question { q: Household, returning: false });
    }

    #[test]
    fn the_browser_language_is_suggested_never_chosen() {
        let c = content();
        let s = State::new(HostRequest::default(), lang("en"));
        assert_eq!((s.lang.code, s.suggested.map(|l| l.code)), ("da", Some("en")));
        let s = s.reduce(Action::SetLang(lang("en").unwrap()), &c);
        assert_eq!((s.lang.code, s.suggested), ("en", None));
        let s = State::new(HostRequest::default(), lang("da"));
        assert_eq!(s.suggested, None, "nothing to suggest when it is already Danish");
        // At the counter the browser is the clerk's: its language is no hint of the person's.
        let s = State::new(HostRequest { counter: true, ..HostRequest::default() }, lang("en"));
        assert_eq!(s.suggested, None, "counter mode from the host page");
        let s = State::new(HostRequest::default(), lang("en"));
        let link = Restored { answers: Answers::new(), lang: None, screen: Screen::Start, counter: true };
        assert_eq!(s.reduce(Action::Restore(link), &c).suggested, None, "counter mode from a link");
    }

    #[test]
    fn start_without_a_municipality_asks_for_one() {
        let c = content();
        let s = State::new(HostRequest::default(), None).reduce(Action::Start, &c);
        assert_eq!(at(&s), Screen::Start);
        assert!(s.missing_municipality);
        let s = s.reduce(Action::ChooseMunicipality("atlantis".into()), &c).reduce(Action::Start, &c);
        assert_eq!(at(&s), Screen::Start, "an unknown municipality is not taken");
        let s = s.reduce(Action::ChooseMunicipality("holstebro".into()), &c).reduce(Action::Start, &c);
        assert!(!s.missing_municipality);
        assert_eq!(at(&s), Screen::Question { q: Household, returning: false });
    }

    #[test]
    fn the_steps_follow_the_answers() {
        let c = content();
        let s = started("holstebro", &c);
        let n = s.steps(&c).len();
        assert!(!s.steps(&c).contains(&Gender), "Holstebro targets no gender");
        assert_eq!(s.step(&c), Some((1, n)));
        let s = s.reduce(one(Household, "alone"), &c);
        assert_eq!(s.steps(&c).len(), n - 1, "no children: no child ages");
        assert_eq!(at(&s), Screen::Question { q: Expecting, returning: false });
        assert_eq!(s.step(&c), Some((2, n - 1)));
        let s = started("skanderborg", &c);
        assert!(s.steps(&c).contains(&Gender), "Skanderborg targets women and young men");
    }

    #[test]
    fn the_whole_flow_back_and_forth() {
        let c = content();
        let mut s = started("jammerbugt", &c).reduce(one(Household, "partner_children"), &c);
        assert_eq!(at(&s), Screen::Question { q: Children, returning: false });
        s = s.reduce(Action::Back, &c);
        assert_eq!(at(&s), Screen::Question { q: Household, returning: false });
        s = s.reduce(Action::Back, &c);
        assert_eq!(at(&s), Screen::Start);
        s = s.reduce(Action::Start, &c);
        // Answer everything with "don't know".
        while let Screen::Question { q, .. } = s.screen {
            s = s.reduce(Action::Answer(q, Reply::DontKnow), &c);
        }
        assert_eq!(at(&s), Screen::Check);
        s = s.reduce(Action::Back, &c);
        assert_eq!(at(&s), Screen::Question { q: Health, returning: false });
        s = s.reduce(Action::Answer(Health, Reply::DontKnow), &c).reduce(Action::ShowResults, &c);
        assert_eq!(at(&s), Screen::Results);
        assert_eq!(at(&s.clone().reduce(Action::Back, &c)), Screen::Check);
    }

    #[test]
    fn changing_an_answer_returns_to_check_your_answers() {
        let c = content();
        let mut s = started("vesthimmerland", &c);
        s = s.reduce(one(Household, "alone"), &c);
        while let Screen::Question { q, .. } = s.screen {
            s = s.reduce(Action::Answer(q, Reply::DontKnow), &c);
        }
        s = s.reduce(Action::Change(Residence), &c);
        assert_eq!(at(&s), Screen::Question { q: Residence, returning: true });
        s = s.reduce(one(Residence, "refugee"), &c);
        assert_eq!(at(&s), Screen::Check, "straight back");
        // A change that opens a new question asks it, then returns.
        s = s.reduce(Action::Change(Household), &c).reduce(one(Household, "children"), &c);
        assert_eq!(at(&s), Screen::Question { q: Children, returning: true });
        s = s.reduce(Action::Answer(Children, Reply::options(Children, &["3-5"]).unwrap()), &c);
        assert_eq!(at(&s), Screen::Check);
        // Back from a change goes back to the check page.
        s = s.reduce(Action::Change(Age), &c).reduce(Action::Back, &c);
        assert_eq!(at(&s), Screen::Check);
        // A question that is not asked cannot be opened.
        let s2 = s.clone().reduce(Action::Change(Gender), &c);
        assert_eq!(at(&s2), Screen::Check);
    }

    #[test]
    fn start_again_clears_every_answer_at_once() {
        let c = content();
        let s = started("holstebro", &c).reduce(one(Household, "alone"), &c).reduce(Action::StartAgain, &c);
        assert_eq!(s.answers, Answers::new());
        assert_eq!(at(&s), Screen::Start);
        let host = HostRequest { municipality: Some("skanderborg".into()), ..Default::default() };
        let s = State::new(host, None).reduce(Action::Start, &c).reduce(one(Household, "alone"), &c);
        let s = s.reduce(Action::StartAgain, &c);
        assert_eq!(s.answers.municipality.as_deref(), Some("skanderborg"), "the host's municipality stays");
        assert_eq!(s.answers.get(Household), None);
    }

    #[test]
    fn a_bad_link_lands_on_the_start_page_with_a_notice() {
        let c = content();
        let s = started("holstebro", &c).reduce(one(Household, "alone"), &c).reduce(Action::BadLink, &c);
        assert_eq!(at(&s), Screen::Start);
        assert_eq!(s.notice, Some(Notice::BadLink));
        assert_eq!(s.answers, Answers::new());
        let s = s.reduce(Action::ChooseMunicipality("holstebro".into()), &c).reduce(Action::Start, &c);
        assert_eq!(s.notice, None);
    }

    #[test]
    fn a_restored_link_cannot_open_a_question_that_is_not_asked() {
        let c = content();
        let mut answers = Answers::new();
        answers.municipality = Some("holstebro".into());
        answers.set(Household, Reply::options(Household, &["alone"]).unwrap());
        let r = Restored { answers, lang: lang("en"), screen: Screen::Question { q: Children, returning: false }, counter: false };
        let s = State::new(HostRequest::default(), None).reduce(Action::Restore(r), &c);
        assert_eq!(at(&s), Screen::Check);
        assert_eq!(s.lang.code, "en");
        let r = Restored { answers: Answers::new(), lang: None, screen: Screen::Results, counter: false };
        let s = State::new(HostRequest::default(), None).reduce(Action::Restore(r), &c);
        assert_eq!(at(&s), Screen::Start, "no municipality: start");
    }

    #[test]
    fn back_forward_and_reload_keep_the_answers_in_memory_and_a_results_link_brings_its_own() {
        let c = content();
        let s = started("holstebro", &c).reduce(one(Household, "alone"), &c);
        // Back to the first question: the address names the screen only; the answer stays.
        let address = |screen| Restored { answers: { let mut a = Answers::new(); a.municipality = Some("holstebro".into()); a }, lang: None, screen, counter: false };
        let back = s.clone().reduce(Action::Restore(address(Screen::Question { q: Household, returning: false })), &c);
        assert_eq!(back.answers.get(Household), s.answers.get(Household));
        assert_eq!(at(&back), Screen::Question { q: Household, returning: false });
        // A results link replaces the answers in memory with its own.
        let mut linked = Answers::new();
        linked.municipality = Some("holstebro".into());
        linked.set(Household, Reply::options(Household, &["partner"]).unwrap());
        let r = Restored { answers: linked, lang: lang("ar"), screen: Screen::Results, counter: false };
        let opened = s.clone().reduce(Action::Restore(r), &c);
        assert_eq!(opened.answers.get(Household), Some(&Reply::Options(vec!["partner"])));
        assert_eq!((at(&opened), opened.lang.code), (Screen::Results, "ar"));
        // The address of another municipality starts afresh.
        let mut other = Answers::new();
        other.municipality = Some("jammerbugt".into());
        let moved = s.reduce(Action::Restore(Restored { answers: other, lang: None, screen: Screen::Check, counter: false }), &c);
        assert_eq!(moved.answers.replies().count(), 0);
        assert!(moved.answers_missing());
    }

    #[test]
    fn with_the_answers_gone_the_person_can_go_on_from_the_first_unanswered_question() {
        let c = content();
        // A reload on the results: the address, and nothing in memory.
        let mut a = Answers::new();
        a.municipality = Some("skanderborg".into());
        let s = State::new(HostRequest::default(), None).reduce(Action::Restore(Restored { answers: a, lang: None, screen: Screen::Results, counter: false }), &c);
        assert!(s.answers_missing());
        let s = s.reduce(Action::Resume, &c);
        assert_eq!(at(&s), Screen::Question { q: Household, returning: false });
        assert!(!s.answers_missing());
        // With some answers, on from the first one missing.
        let s = started("skanderborg", &c).reduce(one(Household, "alone"), &c).reduce(one(Expecting, "no"), &c).reduce(Action::ShowResults, &c);
        assert!(!s.answers_missing());
        assert_eq!(at(&s.reduce(Action::Resume, &c)), Screen::Question { q: Age, returning: false });
    }

    #[test]
    fn next_citizen_wipes_the_person_and_keeps_the_municipality_and_the_mode() {
        let c = content();
        let host = HostRequest { counter: true, ..HostRequest::default() };
        let s = State::new(host, None)
            .reduce(Action::ChooseMunicipality("jammerbugt".into()), &c)
            .reduce(Action::SetLang(lang("ar").unwrap()), &c)
            .reduce(Action::Start, &c)
            .reduce(one(Household, "alone"), &c)
            .reduce(Action::ToggleLargeText, &c);
        assert!(s.counter && s.large_text);
        let s = s.reduce(Action::NextCitizen, &c);
        assert_eq!(s.answers.replies().count(), 0);
        assert_eq!(s.answers.municipality.as_deref(), Some("jammerbugt"));
        assert_eq!((s.lang.code, at(&s), s.counter, s.large_text), ("da", Screen::Start, true, false));
        assert!(!s.reduce(Action::SetCounter(false), &c).counter);
    }

    #[test]
    fn browsing_needs_a_municipality_and_back_leads_to_the_start() {
        let c = content();
        let s = State::new(HostRequest::default(), None).reduce(Action::Browse, &c);
        assert!(s.missing_municipality);
        let s = s.reduce(Action::ChooseMunicipality("holstebro".into()), &c).reduce(Action::Browse, &c);
        assert_eq!(at(&s), Screen::Browse);
        assert_eq!(at(&s.reduce(Action::Back, &c)), Screen::Start);
    }

    #[test]
    fn the_quick_form_sends_every_answer_at_once_and_shows_the_results() {
        let c = content();
        let s = started("skanderborg", &c).reduce(Action::Quick, &c);
        assert_eq!(at(&s), Screen::Quick);
        let mut a = Answers::new();
        a.municipality = Some("elsewhere".into());
        a.set(Household, Reply::options(Household, &["alone"]).unwrap());
        a.set(Age, Reply::Number(40));
        let s = s.reduce(Action::SubmitQuick(a), &c);
        assert_eq!(at(&s), Screen::Results);
        assert_eq!(s.answers.municipality.as_deref(), Some("skanderborg"), "the quick form cannot change the municipality");
        assert_eq!(s.answers.get(Age), Some(&Reply::Number(40)));
    }
}
