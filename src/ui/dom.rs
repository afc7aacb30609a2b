//! Where the guide lives in the page. The loader (`src/loader.js`) gives the host element
//! `<div id="velkommen">` a shadow root holding the stylesheet and a `.vk-mount` element, and the
//! guide renders into that mount: `document.querySelector` cannot see inside, so every lookup of
//! the guide's own elements goes through here. Without a loader (the component tests) the guide
//! renders into the host element itself.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::embed::HOST_ID;

/// The host element, made at the end of the body if the page forgot it.
pub fn host() -> Element {
    let document = gloo::utils::document();
    document.get_element_by_id(HOST_ID).unwrap_or_else(|| {
        // (Not `expect`: it would format the JsValue with `Debug`, and carry that code in the
        // wasm for a message no one reads; the same in the few other browser calls that cannot fail.)
        let div = document.create_element("div").unwrap_or_else(|_| panic!("a document can create a div"));
        div.set_id(HOST_ID);
        gloo::utils::body().append_child(&div).unwrap_or_else(|_| panic!("the body takes a child"));
        div
    })
}

/// The element the guide renders into: the loader's `.vk-mount`, or the host itself.
pub fn mount() -> Element {
    let host = host();
    host.shadow_root()
        .and_then(|root| root.query_selector(".vk-mount").ok().flatten())
        .unwrap_or(host)
}

/// The first of the guide's own elements that matches `css`.
pub fn find(css: &str) -> Option<Element> {
    mount().query_selector(css).ok().flatten()
}

/// Every one of the guide's own elements that matches `css`.
pub fn find_all(css: &str) -> Vec<Element> {
    let Ok(list) = mount().query_selector_all(css) else { return vec![] };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Tells the loader that the guide stopped (a panic): it replaces the guide with a short message
/// in the person's language, the municipality's phone number and "start again". Called from the
/// panic hook, so it must not panic itself.
pub fn report_crash() {
    if let Ok(event) = web_sys::Event::new("velkommen-crash") {
        let _ = mount().dispatch_event(&event);
    }
}
