//! The address bar and the browser's history follow the screens, and never hold an answer.
//!
//! A new screen is a new history entry, so the browser's back and forward buttons move between
//! screens; other changes (the language) replace the entry. Every entry's address comes from
//! [`crate::fragment::location`]: municipality, language and screen only. The answers stay in
//! memory, so back and forward still show them, but nobody who later opens this browser's
//! history — at a library, at the counter, on a family phone — can read them there, and a
//! browser that syncs its history sends none of them anywhere.

use yew::prelude::*;

use crate::flow::Screen;

/// The fragment of the current address, without `#`.
pub fn current_fragment() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new(); // the build-time prerender (examples/prerender.rs) has no address
    }
    gloo::utils::window().location().hash().unwrap_or_default().trim_start_matches('#').to_owned()
}

/// Writes `location` (an answer-free fragment) into the address for each new state, pushing a
/// history entry when `screen` changed; calls `on_pop` with the fragment when the person goes
/// back or forward (or edits the address).
#[hook]
pub fn use_address_history(location: String, screen: Screen, on_pop: Callback<String>) {
    let last_screen = use_mut_ref(|| None::<Screen>);
    use_effect_with(location, move |location| {
        if current_fragment() != *location {
            let url = format!("#{location}");
            let history = gloo::utils::window().history().unwrap_or_else(|_| panic!("a window has a history"));
            // The first write replaces the entry: a results link opened from a QR code leaves no
            // entry with answers behind it.
            let new_screen = last_screen.borrow().is_some_and(|s| s != screen);
            let _ = if new_screen {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
        }
        *last_screen.borrow_mut() = Some(screen);
    });
    use_effect_with((), move |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            on_pop.emit(current_fragment());
        });
        move || drop(listener)
    });
}
