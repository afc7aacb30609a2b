//! How the guide starts in the page: what the host element, the loader and a prerendered first
//! screen say (the props of [`App`]), and the language it opens in, fetched before the first
//! render so the guide never shows Danish first to someone who asked for another language.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{dom, hooks, langs, App, AppProps, PackSource};
use crate::content::packs::Index;
use crate::i18n::{self, Lang, Messages, SOURCE};

/// Mounts the guide into the host element `<div id="velkommen">` (inside the shadow root the
/// loader gave it), reading its `data-municipality`, `data-lang`, `data-mode`,
/// `data-idle-minutes` and `data-standalone`.
pub fn start() {
    // A panic shows the loader's message with the municipality's phone number, not a frozen box.
    // (Through yew: a plain `std::panic::set_hook` is overwritten by yew's own when it renders.)
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("velkommen: {info}"));
        dom::report_crash();
    }));
    // A guide that opens in another language than Danish (a link, the host page, a choice made
    // before the wasm) fetches that language before its first render: it opens in the reader's
    // language, never in Danish first. Meanwhile the mount keeps what the loader put there (the
    // prerendered screen stays usable: the loader keeps a "Start" pressed on it).
    let Some(lang) = opening_language().filter(|l| *l != SOURCE) else {
        return render(Rc::default());
    };
    // Rendered once: with the language, or without it when it fails or takes more than a few
    // seconds (a stalled line: the guide then opens in Danish and says the language is coming).
    let rendered = Rc::new(std::cell::Cell::new(false));
    let once = {
        let rendered = rendered.clone();
        move |preloaded: Rc<Vec<Rc<Messages>>>| {
            if !rendered.replace(true) {
                render(preloaded);
            }
        }
    };
    let late = once.clone();
    gloo::timers::callback::Timeout::new(OPENING_LANGUAGE_WAIT_MS, move || late(Rc::default())).forget();
    wasm_bindgen_futures::spawn_local(async move {
        let base = dom::mount().get_attribute("data-base").map(AttrValue::from);
        let fetched = match Messages::source_bundle() {
            Ok(source) => langs::fetch_messages(lang, source, base).await,
            Err(e) => Err(i18n::describe(&e)),
        };
        match fetched {
            Ok(m) => once(Rc::new(vec![Rc::new(m)])),
            // The guide opens in Danish and says the language could not be fetched.
            Err(e) => {
                gloo::console::warn!(format!("velkommen: language {} could not be loaded: {e}", lang.code));
                once(Rc::default())
            }
        }
    });
}

/// How long the first render waits for the opening language (see [`start`]).
const OPENING_LANGUAGE_WAIT_MS: u32 = 5000;

/// Renders the guide into the mount with what the page says now, and `preloaded` languages.
fn render(preloaded: Rc<Vec<Rc<Messages>>>) {
    let props = AppProps { preloaded, ..props_from_page() };
    let mount = dom::mount();
    // From here on the guide handles "Start" itself (the loader stops keeping it).
    let _ = mount.set_attribute("data-rendered", "");
    // The mount holds a "loading" text or the prerendered first screen; the guide replaces it.
    mount.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(mount, props).render();
}

/// The host element's attributes, the loader's index and folder, and what the person chose on a
/// prerendered first screen before the wasm took over.
fn props_from_page() -> AppProps {
    let host = dom::host();
    let mount = dom::mount();
    let attr = |name: &str| host.get_attribute(name).map(AttrValue::from);
    // The index of municipalities and their packs, from the loader (examples/packs.rs writes it).
    let base = mount.get_attribute("data-base").map(AttrValue::from);
    let packs = match Index::parse(&mount.get_attribute("data-index").unwrap_or_default()) {
        Ok(index) => Some(Rc::new(PackSource { index, base: base.clone(), preloaded: vec![] })),
        Err(e) => {
            gloo::console::error!(format!("velkommen: {e}"));
            None
        }
    };
    AppProps {
        packs,
        municipality: attr("data-municipality"),
        lang: attr("data-lang"),
        mode: attr("data-mode"),
        idle_minutes: attr("data-idle-minutes"),
        standalone: host.has_attribute("data-standalone"),
        base,
        early_municipality: chosen_on_page("vk-municipality"),
        early_lang: chosen_on_page("vk-lang"),
        early_start: mount.has_attribute("data-early-start"),
        // (The prerendered first screen is still in the mount: `render` empties it after this.)
        suggestion_room: dom::find(".vk-suggest").is_some(),
        preferred: preferred_languages(),
        preloaded: Rc::default(),
    }
}

/// What is chosen on the prerendered first screen in the field `name` (a radio or the list).
fn chosen_on_page(name: &str) -> Option<AttrValue> {
    let radio = dom::find(&format!("input[name={name}]:checked"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|e| e.value());
    let listed = || {
        dom::find(&format!("select[name={name}]"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|e| e.value())
            .filter(|v| !v.is_empty())
    };
    radio.or_else(listed).map(AttrValue::from)
}

/// The language the guide opens in, as [`App`] will work it out: the address's, else one chosen
/// on the prerendered screen, else the host page's.
fn opening_language() -> Option<Lang> {
    let fragment = hooks::current_fragment();
    // (A link's `l=` exactly, as `fragment::decode` reads it; the host page's as a language tag.)
    let from_address = form_urlencoded::parse(fragment.as_bytes())
        .find(|(k, _)| k == "l")
        .and_then(|(_, v)| i18n::LANGS.iter().copied().find(|l| l.code == v));
    let chosen = || chosen_on_page("vk-lang").as_deref().and_then(i18n::lang);
    let host = || dom::host().get_attribute("data-lang").as_deref().and_then(i18n::lang);
    from_address.or_else(chosen).or_else(host)
}

/// The browser's preferred languages: used only to pre-select the language choice.
fn preferred_languages() -> Rc<Vec<String>> {
    let langs = gloo::utils::window().navigator().languages();
    Rc::new(langs.iter().filter_map(|v| v.as_string()).collect())
}

