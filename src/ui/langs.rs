//! Languages in the browser: Danish is embedded; every other language is fetched as one file
//! (`locales/<code>.ftl`) the first time it is chosen and kept for the rest of the visit. While
//! it loads, or if it cannot be fetched, the page stays readable in Danish and says so.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::Ctx;
use crate::flow::Action;
use crate::i18n::{Bundle, Lang, Messages, LANGS};

/// The languages loaded so far, and those that failed.
#[derive(Clone, Default, PartialEq)]
pub struct LangCache {
    pub loaded: Vec<Rc<Messages>>,
    pub failed: Vec<Lang>,
}

pub enum CacheAction {
    Loaded(Rc<Messages>),
    Failed(Lang),
    Retry(Lang),
}

impl Reducible for LangCache {
    type Action = CacheAction;
    fn reduce(self: Rc<Self>, action: CacheAction) -> Rc<Self> {
        let mut c = (*self).clone();
        match action {
            CacheAction::Loaded(m) => {
                c.failed.retain(|l| *l != m.lang);
                c.loaded.retain(|x| x.lang != m.lang);
                c.loaded.push(m);
            }
            CacheAction::Failed(l) => c.failed.push(l),
            CacheAction::Retry(l) => c.failed.retain(|x| *x != l),
        }
        Rc::new(c)
    }
}

impl LangCache {
    pub fn get(&self, lang: Lang) -> Option<Rc<Messages>> {
        self.loaded.iter().find(|m| m.lang == lang).cloned()
    }
}

/// Fetches a text file relative to the page (as Trunk's own files are).
pub(super) async fn fetch_text(url: &str) -> Result<String, String> {
    let window = gloo::utils::window();
    let resp = JsFuture::from(window.fetch_with_str(url)).await.map_err(js_error)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(js_error)?).await.map_err(js_error)?;
    text.as_string().ok_or_else(|| "not text".to_owned())
}

/// A JavaScript error's message (a failed fetch is a `TypeError`), without `Debug` formatting.
fn js_error(e: wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_else(|| "a JavaScript error".to_owned())
}

/// Fetches and reads `lang`'s interface texts (`locales/<code>.ftl`), with `source` (Danish)
/// behind them. `base` is the guide's folder (from the loader), which may differ from the host
/// page's; without it the file is fetched relative to the page.
pub async fn fetch_messages(lang: Lang, source: Rc<Bundle>, base: Option<AttrValue>) -> Result<Messages, String> {
    let path = format!("locales/{}.ftl", lang.code);
    let url = format!("{}{path}?v={}", base.as_deref().unwrap_or(""), crate::embedded::LOCALE_VERSION);
    let text = fetch_text(&url).await?;
    Messages::parse(lang, &[(path.as_str(), text.as_str())], Some(source))
        .map_err(|e| e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))
}

/// Loads `lang` into the cache (in the background).
pub fn load(lang: Lang, source: Rc<Bundle>, base: Option<AttrValue>, cache: UseReducerDispatcher<LangCache>) {
    wasm_bindgen_futures::spawn_local(async move {
        match fetch_messages(lang, source, base).await {
            Ok(m) => cache.dispatch(CacheAction::Loaded(Rc::new(m))),
            Err(e) => {
                gloo::console::warn!(format!("velkommen: language {} could not be loaded: {e}", lang.code));
                cache.dispatch(CacheAction::Failed(lang));
            }
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct SwitchProps {
    pub ctx: Ctx,
    /// The language chosen (it may still be loading).
    pub chosen: Lang,
    pub dispatch: Callback<Action>,
}

/// The language switcher on every screen (DKFDS): each language named in itself; switching
/// keeps the answers and the screen.
#[function_component(LangSwitch)]
pub fn lang_switch(props: &SwitchProps) -> Html {
    let m = &props.ctx.messages;
    html! {
        <nav class="vk-langs vk-noprint" aria-label={m.t("lang-switch-label")}>
            // Keyed by the language: after a choice the list closes again.
            <details class="vk-langs__details" key={props.chosen.code}>
                <summary class="vk-langs__summary">
                    <svg class="vk-langs__icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
                        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
                        <path d="M2 12h20M12 2c3 3 4.5 6.5 4.5 10S15 19 12 22c-3-3-4.5-6.5-4.5-10S9 5 12 2z" fill="none" stroke="currentColor" stroke-width="2" />
                    </svg>
                    // One text, so that on a narrow screen it wraps as words do, beside the icon.
                    <span>
                        { m.t("lang-switch-label") }{ ": " }
                        <span class="vk-langs__name" lang={props.chosen.code} dir={props.chosen.dir()}>{ props.chosen.name }</span>
                    </span>
                </summary>
                <ul class="vk-langs__list">
                    { for LANGS.iter().map(|l| {
                        let lang = *l;
                        let onclick = props.dispatch.reform(move |_: MouseEvent| Action::SetLang(lang));
                        let current = lang == props.chosen;
                        html! {
                            <li>
                                <button type="button" class="vk-langs__button" lang={l.code} dir={l.dir()}
                                    aria-current={current.then_some("true")} {onclick}>{ l.name }</button>
                            </li>
                        }
                    }) }
                </ul>
            </details>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub chosen: Lang,
    pub failed: bool,
    pub retry: Callback<MouseEvent>,
    /// The messages the status is said in: Danish while the language itself is missing (that
    /// is what the page shows meanwhile), the language once its own file is here and only its
    /// packs' texts are missing.
    pub messages: Rc<Messages>,
}

/// While a language loads, or when it could not be fetched, in the language the page is shown
/// in, naming the chosen language in itself.
#[function_component(LangStatus)]
pub fn lang_status(props: &StatusProps) -> Html {
    let d = &props.messages;
    let args = [("language", props.chosen.name.into())];
    html! {
        <div class={classes!("vk-status", props.failed.then_some("vk-status--error"))} role="status" lang={d.lang.code} dir={d.lang.dir()}>
            if props.failed {
                <p>{ d.t_with("lang-failed", &args) }{ " " }
                    <button type="button" class="vk-link-button" onclick={props.retry.clone()}>{ d.t("lang-retry") }</button></p>
            } else {
                <p>{ d.t_with("lang-loading", &args) }</p>
            }
        </div>
    }
}
