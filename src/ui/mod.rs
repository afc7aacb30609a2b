//! The browser view: thin Yew function components over the pure core. They render [`State`] and
//! dispatch [`Action`]s; every rule lives in the core.

mod boot;
mod browse;
mod check;
mod contact;
mod counter;
mod dom;
mod gone;
mod hooks;
mod langs;
mod pack_status;
mod question;
mod quick;
mod results;
mod start;
mod take_home;
mod text;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::packs::Index;
use crate::content::{Content, Layer};
use crate::embed::{self, HostRequest};
use crate::flow::{Action, Screen, State};
use crate::fragment;
use crate::glossary::Glossary;
use crate::i18n::{self, Bundle, Lang, Messages, LANGS, SOURCE};
pub use boot::start;
pub use hooks::PackSource;
use langs::{CacheAction, LangCache};
use pack_status::PackStatus;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The index of municipalities and where their content packs are. `None`: the loader gave
    /// none that reads, and the guide says it cannot work rather than show an empty page.
    #[prop_or_default]
    pub packs: Option<Rc<PackSource>>,
    /// `data-municipality` of the host element, as written there.
    #[prop_or_default]
    pub municipality: Option<AttrValue>,
    /// `data-lang` of the host element, as written there.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// `data-mode` of the host element (`counter`), as written there.
    #[prop_or_default]
    pub mode: Option<AttrValue>,
    /// `data-idle-minutes` of the host element, as written there.
    #[prop_or_default]
    pub idle_minutes: Option<AttrValue>,
    /// The guide is the page (our own index.html): it names the page and sets `<html lang dir>`.
    /// Embedded it touches neither: they belong to the host page.
    #[prop_or_default]
    pub standalone: bool,
    /// The folder the guide's files are in (from the loader): language files are fetched from
    /// there, which may be another path or origin than the host page's.
    #[prop_or_default]
    pub base: Option<AttrValue>,
    /// The municipality and language chosen on the prerendered first screen before the wasm
    /// took over (`value` of the checked radio), if any.
    #[prop_or_default]
    pub early_municipality: Option<AttrValue>,
    #[prop_or_default]
    pub early_lang: Option<AttrValue>,
    /// "Start" was pressed there too (the loader remembers it).
    #[prop_or_default]
    pub early_start: bool,
    /// Keep the room of the offer to read in the browser's language on the start page, even
    /// with no offer to make: the screen this render replaces had that room. A screen
    /// prerendered at build time cannot know the browser's languages, so it keeps the room
    /// wherever an offer could come (neither a link nor the host page names a language), and
    /// the page must not move when the wasm takes over.
    #[prop_or_default]
    pub suggestion_room: bool,
    /// The browser's preferred languages.
    #[prop_or_default]
    pub preferred: Rc<Vec<String>>,
    /// Languages already at hand (tests; a host that bundles them), besides the fetched ones.
    #[prop_or_default]
    pub preloaded: Rc<Vec<Rc<Messages>>>,
}

/// The state as Yew holds it: the pure reducer behind Yew's `Reducible`.
struct Model {
    state: State,
    content: Option<Rc<Content>>,
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let Some(content) = &self.content else { return self };
        let state = self.state.clone().reduce(action, content);
        Rc::new(Model { state, content: self.content.clone() })
    }
}

/// The action a fragment asks for: restore it, or start afresh with a notice if it is not ours.
fn fragment_action(content: &Content, frag: &str) -> Option<Action> {
    match fragment::decode(frag, content) {
        Ok(Some(r)) => Some(Action::Restore(r)),
        Ok(None) => None,
        Err(e) => {
            gloo::console::warn!(format!("velkommen: ignoring the link fragment: {e}"));
            Some(Action::BadLink)
        }
    }
}

/// Everything a screen needs to render: the messages of the language shown and the content.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub messages: Rc<Messages>,
    /// The embedded messages of every language (for other languages only their `lang.ftl`: the
    /// "read in English" offer is written in English before English is loaded).
    pub all: Rc<Vec<Rc<Messages>>>,
    /// Danish, for the glossary (it finds Danish words in the Danish text).
    pub danish: Rc<Messages>,
    pub content: Rc<Content>,
    pub glossary: Rc<Glossary>,
    /// Counter mode with a reader of another language than Danish: the screens show each text
    /// in both, side by side.
    pub bilingual: bool,
    /// The guide is the page (see [`AppProps::standalone`]).
    pub standalone: bool,
}

impl Ctx {
    /// The element a screen's content is in: `<main>` on the guide's own page; embedded a plain
    /// `<div>`, since the host page has its own `<main>` (one per page) and the guide sits in it.
    pub fn main_tag(&self) -> &'static str {
        main_tag(self.standalone)
    }

    pub fn messages_for(&self, lang: Lang) -> Rc<Messages> {
        self.all.iter().find(|m| m.lang == lang).cloned().unwrap_or_else(|| self.messages.clone())
    }
}

/// The embedded messages of every shipped language, built once on the one Danish bundle (in the
/// browser, other languages embed only their `lang.ftl`). A language whose file does not parse
/// (the tests forbid it) still works: its texts fall back to Danish, marked as such.
fn all_messages(source: &Rc<Bundle>) -> Vec<Rc<Messages>> {
    LANGS
        .iter()
        .map(|l| {
            if *l == SOURCE {
                return Rc::new(Messages::danish(source.clone()));
            }
            let m = Messages::parse(*l, &i18n::embedded_files(l.code), Some(source.clone())).unwrap_or_else(|e| {
                gloo::console::warn!(format!("velkommen: locales/{}: {}", l.code, i18n::describe(&e)));
                Messages::parse(*l, &[], Some(source.clone())).unwrap_or_else(|_| unreachable!("no files, no errors"))
            });
            Rc::new(m)
        })
        .collect()
}

/// A source with no municipality, for a guide whose loader gave no index (it shows an error).
fn no_packs() -> Rc<PackSource> {
    let national = Layer { id: String::new(), file: String::new(), name: String::new(), areas: vec![] };
    Rc::new(PackSource { index: Index { national, national_pack: String::new(), municipalities: vec![] }, base: None, preloaded: vec![] })
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let pack_source = {
        let packs = props.packs.clone();
        use_memo((), move |_| packs.unwrap_or_else(no_packs))
    };
    // What the questions need of the content (who the municipalities are, which questions their
    // items ask about) is in the index; the offers themselves come in packs, below.
    let content: Rc<Result<Rc<Content>, ()>> = {
        let known = props.packs.is_some();
        let pack_source = pack_source.clone();
        use_memo((), move |_| if known { Ok(Rc::new(pack_source.index.content())) } else { Err(()) })
    };
    // Danish is parsed once; every other language's messages lean on this one bundle.
    // (A language fetched before the first render, `ui/boot.rs`, brings the one it was read with.)
    let source = {
        let preloaded = props.preloaded.clone();
        use_memo((), move |_| {
            preloaded.iter().find_map(|m| m.source()).unwrap_or_else(|| {
                Messages::source_bundle().unwrap_or_else(|e| panic!("the Danish locale is tested and embedded: {}", i18n::describe(&e)))
            })
        })
    };
    let all = {
        let source = source.clone();
        use_memo((), move |_| Rc::new(all_messages(&source)))
    };
    let glossary = use_memo((), |_| Rc::new(Glossary::embedded().unwrap_or_default()));
    let cache = {
        let preloaded = props.preloaded.clone();
        use_reducer(move || LangCache { loaded: (*preloaded).clone(), failed: vec![] })
    };
    let model = {
        let content = content.clone();
        let props = props.clone();
        use_reducer(move || {
            let Ok(c) = &*content else {
                return Model { state: State::new(HostRequest::default(), None), content: None };
            };
            let host = embed::resolve(c, props.municipality.as_deref(), props.lang.as_deref());
            let host = embed::resolve_mode(host, props.mode.as_deref(), props.idle_minutes.as_deref());
            let mut state = State::new(host, i18n::negotiate(&props.preferred));
            // Choices made on the prerendered first screen, as if made now.
            if let Some(l) = props.early_lang.as_deref().and_then(i18n::lang) {
                if l != state.lang {
                    state = state.reduce(Action::SetLang(l), c);
                }
            }
            if let Some(m) = props.early_municipality.as_deref() {
                state = state.reduce(Action::ChooseMunicipality(m.to_owned()), c);
            }
            if props.early_start && state.screen == Screen::Start {
                state = state.reduce(Action::Start, c);
            }
            // A reload, a deep link or a results link: start where the fragment says.
            if let Some(action) = fragment_action(c, &hooks::current_fragment()) {
                state = state.reduce(action, c);
            }
            state.suggestion_room = props.suggestion_room || state.suggested.is_some();
            Model { state, content: Some(c.clone()) }
        })
    };
    let state = &model.state;
    let chosen: Lang = state.lang;
    let packs = hooks::use_packs((*pack_source).clone(), state.answers.municipality.clone(), chosen);
    // Danish is always at hand; another language is fetched the first time it is chosen.
    let danish = all[0].clone();
    let loaded = if chosen == SOURCE { Some(danish.clone()) } else { cache.get(chosen) };
    let failed = cache.failed.contains(&chosen);
    {
        let dispatcher = cache.dispatcher();
        let source = source.clone();
        let base = props.base.clone();
        use_effect_with((chosen, loaded.is_some(), failed), move |(chosen, loaded, failed)| {
            if !*loaded && !*failed {
                langs::load(*chosen, (*source).clone(), base, dispatcher);
            }
        });
    }
    // What the page shows: the chosen language once it is here, Danish until then.
    let (lang, messages) = match &loaded {
        Some(m) => (chosen, m.with_packs(packs.own.clone(), packs.danish.clone())),
        None => (SOURCE, danish.with_packs(packs.danish.clone(), vec![])),
    };
    let danish = Rc::new(danish.with_packs(packs.danish.clone(), vec![]));
    // Only the guide's own page: embedded, `<html lang dir>` are the host's (the guide's root
    // carries its own `lang` and `dir`).
    use_effect_with((lang, props.standalone), |(lang, standalone)| {
        if *standalone {
            set_document_language(*lang)
        }
    });

    // The address follows the screens and never holds an answer (see `hooks::history`); back,
    // forward or an edited address go where the fragment says, answers kept in memory.
    {
        let model = model.clone();
        let content = content.clone();
        let on_pop = Callback::from(move |frag: String| {
            if let Ok(c) = &*content {
                if let Some(action) = fragment_action(c, &frag) {
                    model.dispatch(action);
                }
            }
        });
        hooks::use_address_history(fragment::location(state), state.screen, on_pop);
    }
    // Counter mode: after a while without input, a countdown, then as "Next citizen".
    let idle_left = {
        let model = model.clone();
        hooks::use_idle_reset(state.counter, state.idle_seconds, Callback::from(move |_| model.dispatch(Action::NextCitizen)))
    };
    // Each new screen moves focus to its heading, so a screen reader announces it (not on the
    // first render: an embedded guide must not pull focus when the host page loads). The results
    // arriving in place of "Loading the offers …" count as a new screen.
    let waiting = matches!(state.screen, Screen::Results | Screen::Browse) && !packs.ready;
    {
        let first = use_mut_ref(|| true);
        let standalone = props.standalone;
        use_effect_with((state.screen, waiting), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_heading(standalone);
            }
        });
    }

    let Ok(_) = &*content else {
        // A broken content file never reaches a release (the tests forbid it), but if it did the
        // person is told plainly instead of seeing a blank page.
        return html! {
            <div class="vk" lang={lang.code} dir={lang.dir()}>
                <@{main_tag(props.standalone)} class="vk-main">
                    <div class="vk-alert vk-alert--error" role="alert">
                        <h1 class="vk-h1">{ messages.t("problem-heading") }</h1>
                        <p>{ messages.t("problem-content") }</p>
                    </div>
                </@>
            </div>
        };
    };
    let bilingual = state.counter && lang != SOURCE;
    let messages = Rc::new(messages);
    let content = &packs.content;
    let ctx = Ctx { messages, all: (*all).clone(), danish: danish.clone(), content: content.clone(), glossary: (*glossary).clone(), bilingual, standalone: props.standalone };
    let dispatch = {
        let model = model.clone();
        Callback::from(move |a: Action| model.dispatch(a))
    };
    let body = match state.screen {
        _ if state.answers_missing() => html! { <gone::AnswersGone ctx={ctx.clone()} municipality={state.answers.municipality.clone()} dispatch={dispatch.clone()} /> },
        Screen::Start => html! { <start::StartPage ctx={ctx.clone()} state={state.clone()} dispatch={dispatch.clone()} /> },
        Screen::Question { q, .. } => html! {
            <question::QuestionPage key={q.as_str()} ctx={ctx.clone()} {q} reply={state.answers.get(q).cloned()}
                step={state.step(content)} dispatch={dispatch.clone()} />
        },
        Screen::Check => html! { <check::CheckPage ctx={ctx.clone()} state={state.clone()} dispatch={dispatch.clone()} /> },
        // The offers wait for the municipality's pack (normally here long before).
        Screen::Results | Screen::Browse if waiting => html! {
            <PackStatus ctx={ctx.clone()} failed={packs.failed} retry={packs.retry.clone()} />
        },
        Screen::Results if forced_panic("results") => unreachable!(),
        Screen::Results => html! { <results::ResultsPage ctx={ctx.clone()} state={state.clone()} dispatch={dispatch.clone()} /> },
        Screen::Browse => html! { <browse::BrowsePage ctx={ctx.clone()} state={state.clone()} dispatch={dispatch.clone()} /> },
        Screen::Quick => html! { <quick::QuickForm ctx={ctx.clone()} state={state.clone()} dispatch={dispatch.clone()} /> },
    };
    let start_again = dispatch.reform(|_: MouseEvent| Action::StartAgain);
    // A language's own file and the packs' texts in it load, fail and are retried as one.
    let retry = {
        let cache = cache.dispatcher();
        let packs = packs.retry.clone();
        Callback::from(move |e: MouseEvent| {
            cache.dispatch(CacheAction::Retry(chosen));
            packs.emit(e);
        })
    };
    // The packs' texts matter where the offers are shown.
    let offers_shown = matches!(state.screen, Screen::Results | Screen::Browse);
    let pack_texts_missing = offers_shown && packs.texts_missing;
    let pack_texts_failed = offers_shown && packs.texts_failed;
    let large = dispatch.reform(|_: MouseEvent| Action::ToggleLargeText);
    html! {
        // data-municipality: whose phone number the loader's crash message gives; data-chosen:
        // the language it is written in (the one chosen, even while it is still loading).
        <div class={classes!("vk", state.large_text.then_some("vk--large"))} lang={lang.code} dir={lang.dir()}
            data-municipality={state.answers.municipality.clone()} data-chosen={chosen.code}>
            if state.counter {
                <counter::CounterBar ctx={ctx.clone()} dispatch={dispatch.clone()} />
            }
            if let Some(seconds) = idle_left {
                <counter::IdleDialog ctx={ctx.clone()} {seconds} />
            }
            <div class="vk-topbar">
                <button type="button" class="vk-link-button vk-large-toggle vk-noprint" aria-pressed={state.large_text.to_string()} onclick={large}>
                    { ctx.messages.t("large-text") }
                </button>
                <langs::LangSwitch ctx={ctx.clone()} {chosen} dispatch={dispatch.clone()} />
            </div>
            if loaded.is_none() || pack_texts_missing {
                <langs::LangStatus {chosen} failed={failed || pack_texts_failed} {retry}
                    messages={if loaded.is_some() { ctx.messages.clone() } else { danish.clone() }} />
            }
            { body }
            if !matches!(state.screen, Screen::Start | Screen::Results) {
                <footer class="vk-footer vk-noprint">
                    <button type="button" class="vk-link-button" onclick={start_again}>{ ctx.messages.t("start-again") }</button>
                </footer>
            }
        </div>
    }
}

/// Moves focus to the screen's heading; on the guide's own page also names the page after it
/// (embedded, `document.title` is the host's).
fn focus_heading(standalone: bool) {
    if let Some(h1) = dom::find(".vk h1") {
        if standalone {
            gloo::utils::document().set_title(&format!("{} – Velkommen", h1.text_content().unwrap_or_default().trim()));
        }
        if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
            let _ = h1.focus();
        }
    }
}

/// See [`Ctx::main_tag`] (also for the page shown before a `Ctx` exists).
fn main_tag(standalone: bool) -> &'static str {
    if standalone {
        "main"
    } else {
        "div"
    }
}

/// A test build (`--features test-hooks`) panics on the screen named by the host element's
/// `data-test-panic`, so the end-to-end test can see the crash message. A release build has no
/// such attribute check: a person cannot reach it.
#[cfg(feature = "test-hooks")]
fn forced_panic(screen: &str) -> bool {
    if dom::host().get_attribute("data-test-panic").as_deref() == Some(screen) {
        panic!("test-hooks: a forced panic on the {screen} screen");
    }
    false
}

#[cfg(not(feature = "test-hooks"))]
fn forced_panic(_: &str) -> bool {
    false
}

/// `<html lang dir>` follows the chosen language, so screen readers pronounce it right and
/// right-to-left languages lay out right.
fn set_document_language(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code);
        let _ = root.set_attribute("dir", lang.dir());
    }
}
