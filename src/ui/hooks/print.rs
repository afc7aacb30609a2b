//! Printing opens every disclosure, so the paper holds every text.
//!
//! The stylesheet does this by itself where the browser has `::details-content` (Chromium 131+);
//! this hook covers the others, and a print from the browser's own menu as much as from the
//! guide's button: on `beforeprint` it opens each closed `<details>` of the guide, and on
//! `afterprint` it closes exactly those again, so the page is as the person left it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Opens the guide's closed `<details>` while the page prints.
#[hook]
pub fn use_print_opens_details() {
    use_effect_with((), |_| {
        let opened: Rc<RefCell<Vec<web_sys::Element>>> = Rc::default();
        let window = gloo::utils::window();
        let before = {
            let opened = opened.clone();
            EventListener::new(&window, "beforeprint", move |_| {
                let Ok(closed) = gloo::utils::document().query_selector_all(".vk-main details:not([open])") else { return };
                let mut opened = opened.borrow_mut();
                for i in 0..closed.length() {
                    if let Some(el) = closed.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                        let _ = el.set_attribute("open", "");
                        opened.push(el);
                    }
                }
            })
        };
        let after = EventListener::new(&window, "afterprint", move |_| {
            for el in opened.borrow_mut().drain(..) {
                let _ = el.remove_attribute("open");
            }
        });
        move || drop((before, after))
    });
}
