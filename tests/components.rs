//! Component tests in a real browser (headless Chromium via wasm-bindgen-test): the guide is
//! rendered into a div and reacts to clicks. Run by `tools/test` with
//! `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use velkommen::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app into a fresh div with these host attributes and returns the div.
fn render(municipality: Option<&str>, lang: Option<&str>) -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&div).unwrap();
    let props = AppProps {
        municipality: municipality.map(|s| AttrValue::from(s.to_owned())),
        lang: lang.map(|s| AttrValue::from(s.to_owned())),
        preferred: Rc::new(vec![]),
    };
    yew::Renderer::<App>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush();
    div
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush();
}

#[wasm_bindgen_test]
fn the_first_screen_is_danish_and_switches_to_english_on_a_click() {
    let root = render(None, None);
    assert_eq!(text(&root, "h1"), "Hvor bor du, og hvilket sprog vil du læse på?");
    assert_eq!(root.query_selector_all("input[name=vk-municipality]").unwrap().length(), 4);
    click(&root, "label[for=vk-lang-en]");
    assert_eq!(text(&root, "h1"), "Where do you live, and which language do you want to read?");
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
fn start_without_a_municipality_says_what_is_missing_then_moves_on() {
    let root = render(None, Some("en"));
    click(&root, "button[type=submit]");
    assert!(text(&root, "[role=alert]").contains("Choose a municipality to continue."));
    click(&root, "label[for=vk-m-jammerbugt]");
    click(&root, "button[type=submit]");
    assert_eq!(text(&root, "h1"), "Who do you live with?");
}

#[wasm_bindgen_test]
fn host_attributes_fix_the_municipality_and_language() {
    let root = render(Some("skanderborg"), Some("en"));
    assert_eq!(root.query_selector_all("input[name=vk-municipality]").unwrap().length(), 0);
    assert!(text(&root, ".vk-fixed").contains("Skanderborg Kommune"));
    assert_eq!(text(&root, "h1"), "Where do you live, and which language do you want to read?");
}

#[wasm_bindgen_test]
fn unknown_host_attributes_explain_themselves_and_still_offer_the_choice() {
    let root = render(Some("gotham"), Some("tlh"));
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("„gotham“"), "{alert}");
    assert!(alert.contains("„tlh“"), "{alert}");
    assert_eq!(root.query_selector_all("input[name=vk-municipality]").unwrap().length(), 4);
}
