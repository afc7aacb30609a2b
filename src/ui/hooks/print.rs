//! Printing opens every disclosure, so the paper holds every text.
//!
//! The stylesheet does this by itself where the browser has `::details-content` (Chromium 131+);
//! this hook covers the others, and a print from the browser's own menu as much as from the
//! guide's button: on `beforeprint` it opens each closed `<details>` of the guide, and on
//! `afterprint` it closes exactly those again, so the page is as the person left it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
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
                let mut opened = opened.borrow_mut();
                for el in super::super::dom::find_all(".vk-main details:not([open])") {
                    let _ = el.set_attribute("open", "");
                    opened.push(el);
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
