//! The browser view: thin Yew function components over the pure core. They render [`State`] and
//! dispatch [`Action`]s; every rule lives in the core.

mod start;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::Content;
use crate::embed::{self, HostRequest, HOST_ID};
use crate::flow::{Action, Screen, State};
use crate::i18n::{self, Lang, Messages, LANGS};

/// Mounts the guide into `<div id="velkommen">`, reading its `data-municipality` and `data-lang`.
/// Without such an element (a host page that forgot it) the guide makes one at the end of the body,
/// so the person still gets the guide rather than nothing.
pub fn start() {
    let document = gloo::utils::document();
    let host = document.get_element_by_id(HOST_ID).unwrap_or_else(|| {
        let div = document.create_element("div").expect("a document can create a div");
        div.set_id(HOST_ID);
        gloo::utils::body().append_child(&div).expect("the body takes a child");
        div
    });
    let props = AppProps {
        municipality: host.get_attribute("data-municipality").map(AttrValue::from),
        lang: host.get_attribute("data-lang").map(AttrValue::from),
        preferred: preferred_languages(),
    };
    // The host holds a "loading" text for slow connections; the guide replaces it.
    host.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(host, props).render();
}

/// The browser's preferred languages: used only to pre-select the language choice.
fn preferred_languages() -> Rc<Vec<String>> {
    let langs = gloo::utils::window().navigator().languages();
    Rc::new(langs.iter().filter_map(|v| v.as_string()).collect())
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// `data-municipality` of the host element, as written there.
    #[prop_or_default]
    pub municipality: Option<AttrValue>,
    /// `data-lang` of the host element, as written there.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The browser's preferred languages.
    #[prop_or_default]
    pub preferred: Rc<Vec<String>>,
}

/// The state as Yew holds it: the pure reducer behind Yew's `Reducible`.
#[derive(PartialEq)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(self.0.clone().reduce(action)))
    }
}

/// Everything a screen needs to render: the messages of the chosen language and the content.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub messages: Rc<Messages>,
    /// Every shipped language's messages, for texts shown in a language other than the chosen one
    /// (the "read in English" offer is written in English).
    pub all: Rc<Vec<Rc<Messages>>>,
    pub content: Rc<Content>,
}

impl Ctx {
    pub fn messages_for(&self, lang: Lang) -> Rc<Messages> {
        self.all.iter().find(|m| m.lang == lang).cloned().unwrap_or_else(|| self.messages.clone())
    }
}

/// The messages of every shipped language, built once.
fn all_messages() -> Vec<Rc<Messages>> {
    LANGS
        .iter()
        .map(|l| Rc::new(Messages::embedded(*l).unwrap_or_else(|e| panic!("shipped locales are tested: {e:?}"))))
        .collect()
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let content = use_memo((), |_| Content::embedded().map(Rc::new));
    let all = use_memo((), |_| Rc::new(all_messages()));
    let state = {
        let content = content.clone();
        let props = props.clone();
        use_reducer(move || {
            let host = match &*content {
                Ok(c) => embed::resolve(c, props.municipality.as_deref(), props.lang.as_deref()),
                Err(_) => HostRequest::default(),
            };
            Model(State::new(host, i18n::negotiate(&props.preferred)))
        })
    };
    let lang: Lang = state.0.lang;
    use_effect_with(lang, |lang| set_document_language(*lang));
    let messages = all.iter().find(|m| m.lang == lang).cloned().unwrap_or_else(|| all[0].clone());

    let Ok(content) = &*content else {
        // A broken content file never reaches a release (the tests forbid it), but if it did the
        // person is told plainly instead of seeing a blank page.
        return html! {
            <div class="vk" lang={lang.code} dir={lang.dir()}>
                <main class="vk-main">
                    <div class="vk-alert vk-alert--error" role="alert">
                        <h1 class="vk-h1">{ messages.t("problem-heading") }</h1>
                        <p>{ messages.t("problem-content") }</p>
                    </div>
                </main>
            </div>
        };
    };
    let ctx = Ctx { messages, all: (*all).clone(), content: content.clone() };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let body = match &state.0.screen {
        Screen::Start => html! { <start::StartPage ctx={ctx.clone()} state={state.0.clone()} {dispatch} /> },
        Screen::Question(q) => html! {
            <main class="vk-main">
                <h1 class="vk-h1" tabindex="-1">{ ctx.messages.t(&format!("q-{}", q.as_str())) }</h1>
            </main>
        },
    };
    html! {
        <div class="vk" lang={lang.code} dir={lang.dir()}>
            { body }
        </div>
    }
}

/// `<html lang dir>` follows the chosen language, so screen readers pronounce it right and
/// right-to-left languages lay out right.
fn set_document_language(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code);
        let _ = root.set_attribute("dir", lang.dir());
    }
}
