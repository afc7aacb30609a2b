//! Component tests in a real browser (headless Chromium via wasm-bindgen-test): the guide is
//! rendered into a div and reacts to clicks. Run by `tools/test` with
//! `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use velkommen::i18n::{lang, Messages};
use velkommen::ui::{App, AppProps, PackSource};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

/// English, as if already fetched: the browser build embeds only Danish, and the test runner
/// serves no language files.
fn english() -> Rc<Messages> {
    let files = [
        ("locales/en/ui.ftl", include_str!("../locales/en/ui.ftl")),
        ("locales/en/lang.ftl", include_str!("../locales/en/lang.ftl")),
        ("locales/en/glossary.ftl", include_str!("../locales/en/glossary.ftl")),
    ];
    let source = Messages::source_bundle().unwrap();
    Rc::new(Messages::parse(lang("en").unwrap(), &files, Some(source)).unwrap())
}

/// The index and every pack in Danish and English, made by the same builder as a release
/// (`content::packs::build`) and handed over as already fetched: the test runner serves no packs.
fn packs() -> Rc<PackSource> {
    macro_rules! files {
        ($($stem:literal),*) => {{
            let content = vec![$((concat!("content/", $stem, ".toml"), include_str!(concat!("../content/", $stem, ".toml")))),*];
            let locales = vec![
                $(("da", concat!("locales/da/", $stem, ".ftl"), include_str!(concat!("../locales/da/", $stem, ".ftl"))),)*
                $(("en", concat!("locales/en/", $stem, ".ftl"), include_str!(concat!("../locales/en/", $stem, ".ftl"))),)*
            ];
            (content, locales)
        }};
    }
    let (content, locales) = files!("holstebro", "jammerbugt", "national", "skanderborg", "vesthimmerland");
    let built = velkommen::content::packs::build(&content, &locales).unwrap();
    Rc::new(PackSource { index: built.index, base: None, preloaded: built.files })
}

/// Renders the app into a fresh div with these host attributes and returns the div, once Yew's
/// scheduler has finished rendering (in a browser it renders on the microtask queue).
async fn render(municipality: Option<&str>, lang: Option<&str>) -> Element {
    render_with(municipality, lang, &[]).await
}

async fn render_with(municipality: Option<&str>, lang: Option<&str>, preferred: &[&str]) -> Element {
    render_mode(municipality, lang, preferred, None).await
}

async fn render_mode(municipality: Option<&str>, lang: Option<&str>, preferred: &[&str], mode: Option<&str>) -> Element {
    mount(props(municipality, lang, preferred, mode)).await
}

fn props(municipality: Option<&str>, lang: Option<&str>, preferred: &[&str], mode: Option<&str>) -> AppProps {
    AppProps {
        packs: Some(packs()),
        municipality: municipality.map(|s| AttrValue::from(s.to_owned())),
        lang: lang.map(|s| AttrValue::from(s.to_owned())),
        mode: mode.map(|s| AttrValue::from(s.to_owned())),
        idle_minutes: None,
        standalone: true,
        base: None,
        early_municipality: None,
        early_lang: None,
        early_start: false,
        suggestion_room: false,
        preferred: Rc::new(preferred.iter().map(|s| s.to_string()).collect()),
        preloaded: Rc::new(vec![english()]),
    }
}

async fn mount(props: AppProps) -> Element {
    let document = gloo::utils::document();
    // One guide on the page at a time, as on a real host page: labels find inputs by id.
    while let Some(old) = document.query_selector(".vk-test-root").unwrap() {
        old.remove();
    }
    // The guide keeps its state in the URL fragment: each test starts from a clean URL.
    let location = gloo::utils::window().location();
    let clean = format!("{}{}", location.pathname().unwrap(), location.search().unwrap());
    gloo::utils::window().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean)).unwrap();
    let div = document.create_element("div").unwrap();
    div.set_class_name("vk-test-root");
    gloo::utils::body().append_child(&div).unwrap();
    yew::Renderer::<App>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    div
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_first_screen_is_danish_and_switches_to_english_on_a_click() {
    let root = render(None, None).await;
    assert_eq!(text(&root, "h1"), "Hvor bor du, og hvilket sprog vil du læse på?");
    assert_eq!(root.query_selector_all("input[name=vk-municipality]").unwrap().length(), 4);
    click(&root, "label[for=vk-lang-en]").await;
    assert_eq!(text(&root, "h1"), "Where do you live, and which language do you want to read?");
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
async fn start_without_a_municipality_says_what_is_missing_then_moves_on() {
    let root = render(None, Some("en")).await;
    click(&root, "button[type=submit]").await;
    assert!(text(&root, "[role=alert]").contains("Choose a municipality to continue."));
    click(&root, "label[for=vk-m-jammerbugt]").await;
    click(&root, "button[type=submit]").await;
    assert_eq!(text(&root, "h1"), "Who do you live with?");
}

#[wasm_bindgen_test]
async fn a_municipality_chosen_before_keeps_its_name_once_its_pack_is_here() {
    let root = render(None, Some("en")).await;
    let labels = |root: &Element| {
        let all = root.query_selector_all(".vk-choice__label[for^=vk-m-]").unwrap();
        (0..all.length()).map(|i| all.item(i).unwrap().text_content().unwrap_or_default()).collect::<Vec<_>>()
    };
    let before = labels(&root);
    assert_eq!(before, ["Holstebro Kommune", "Jammerbugt Kommune", "Skanderborg Kommune", "Vesthimmerlands Kommune"]);
    // Choosing one brings its pack (here at once: the packs are at hand); choosing another
    // must not leave the first without its name.
    click(&root, "label[for=vk-m-holstebro]").await;
    yew::scheduler::flush().await;
    click(&root, "label[for=vk-m-jammerbugt]").await;
    yew::scheduler::flush().await;
    assert_eq!(labels(&root), before);
}

#[wasm_bindgen_test]
async fn host_attributes_fix_the_municipality_and_language() {
    let root = render(Some("skanderborg"), Some("en")).await;
    assert_eq!(root.query_selector_all("input[name=vk-municipality]").unwrap().length(), 0);
    assert!(text(&root, ".vk-fixed").contains("Skanderborg Kommune"));
    assert_eq!(text(&root, "h1"), "Where do you live, and which language do you want to read?");
}

#[wasm_bindgen_test]
async fn unknown_host_attributes_explain_themselves_and_still_offer_the_choice() {
    let root = render(Some("gotham"), Some("tlh")).await;
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("„gotham“"), "{alert}");
    assert!(alert.contains("„tlh“"), "{alert}");
    assert_eq!(root.query_selector_all("input[name=vk-municipality]").unwrap().length(), 4);
}

#[wasm_bindgen_test]
async fn the_browser_language_is_offered_and_taken_only_on_a_click() {
    let root = render_with(None, None, &["en-US", "da"]).await;
    assert_eq!(text(&root, "h1"), "Hvor bor du, og hvilket sprog vil du læse på?");
    assert_eq!(text(&root, ".vk-suggest button"), "Read in English");
    click(&root, ".vk-suggest button").await;
    assert_eq!(text(&root, "h1"), "Where do you live, and which language do you want to read?");
    // The offer is gone; only its invisible placeholder keeps the page from moving.
    assert!(root.query_selector(".vk-suggest button").unwrap().is_none());
    assert!(root.query_selector(".vk-suggest .vk-suggest__space").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_start_page_keeps_room_for_the_language_offer_only_where_it_had_it() {
    // The host page names the language: no offer can come, and no empty band tops the page.
    let root = render_with(None, Some("en"), &["ar"]).await;
    assert!(root.query_selector(".vk-suggest").unwrap().is_none());
    // Nothing to offer (the browser reads Danish), and no prerendered screen kept the room.
    let root = render_with(None, None, &["da"]).await;
    assert!(root.query_selector(".vk-suggest").unwrap().is_none());
    // The prerendered screen it replaces had the room: it stays, invisible, so nothing moves.
    let root = mount(AppProps { suggestion_room: true, ..props(None, Some("da"), &[], None) }).await;
    assert!(root.query_selector(".vk-suggest .vk-suggest__space").unwrap().is_some());
    assert!(root.query_selector(".vk-suggest button").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_question_needs_an_answer_then_moves_on_and_back() {
    let root = render(Some("holstebro"), Some("en")).await;
    click(&root, "button[type=submit]").await;
    assert_eq!(text(&root, "h1"), "Who do you live with?");
    assert!(text(&root, ".vk-step").starts_with("Question 1 of "));
    click(&root, "button[type=submit]").await;
    assert!(text(&root, ".vk-error-message").contains("Choose an answer."));
    click(&root, "input[value=alone] + label").await;
    click(&root, "button[type=submit]").await;
    assert_eq!(text(&root, "h1"), "Are you or your partner expecting a baby?", "no children: no child ages");
    click(&root, ".vk-back").await;
    assert_eq!(text(&root, "h1"), "Who do you live with?");
    let alone = root.query_selector("input[value=alone]").unwrap().unwrap();
    assert!(alone.dyn_into::<web_sys::HtmlInputElement>().unwrap().checked(), "the answer is kept");
}

#[wasm_bindgen_test]
async fn a_language_that_cannot_be_fetched_leaves_the_page_readable_in_danish() {
    let root = render(Some("holstebro"), None).await;
    click(&root, "button[type=submit]").await;
    assert_eq!(text(&root, "h1"), "Hvem bor du sammen med?");
    // The test server has no locales/uk.ftl: the switch is tried, reported, and nothing is lost.
    click(&root, ".vk-langs__button[lang=uk]").await;
    for _ in 0..50 {
        if root.query_selector(".vk-status--error").unwrap().is_some() {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
        yew::scheduler::flush().await;
    }
    assert!(text(&root, ".vk-status--error").contains("Українська kunne ikke hentes"));
    assert_eq!(text(&root, "h1"), "Hvem bor du sammen med?", "same screen, in Danish");
    assert_eq!(gloo::utils::document().document_element().unwrap().get_attribute("lang").as_deref(), Some("da"));
    // Switching to a language at hand keeps the screen.
    click(&root, ".vk-langs__button[lang=en]").await;
    assert_eq!(text(&root, "h1"), "Who do you live with?");
    assert!(root.query_selector(".vk-status").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn counter_mode_from_the_host_element_shows_its_bar_and_next_citizen_wipes() {
    let root = render_mode(Some("jammerbugt"), None, &[], Some("counter")).await;
    assert_eq!(text(&root, ".vk-counter__badge"), "Skrankemode");
    // Start, answer the first question, then "Next citizen": back on the start page.
    click(&root, "form button[type=submit]").await;
    assert_eq!(text(&root, "h1"), "Hvem bor du sammen med?");
    click(&root, ".vk-next-citizen").await;
    assert_eq!(text(&root, "h1"), "Hvor bor du, og hvilket sprog vil du læse på?");
    assert!(root.query_selector(".vk-counter").unwrap().is_some(), "still in counter mode");
    // An unknown mode is explained, not obeyed.
    let root = render_mode(Some("jammerbugt"), None, &[], Some("kiosk")).await;
    assert!(root.query_selector(".vk-counter").unwrap().is_none());
    assert!(text(&root, "[role=alert]").contains("kiosk"), "{}", text(&root, "[role=alert]"));
}
