//! Counter mode's idle reset: after a while without input (default 5 minutes, the host's
//! `data-idle-minutes`), a dialog counts down, and then the guide wipes as "Next citizen" does,
//! so the next person at the counter never sees the previous one's answers. Any input — a tap, a
//! key, a scroll — cancels it.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

/// The countdown: a minute, or the idle time itself when that is shorter (a test's few seconds).
pub fn countdown_seconds(idle_seconds: u32) -> u32 {
    idle_seconds.min(60)
}

/// While `enabled`, watches for input; returns the seconds left in the countdown when the
/// dialog should show (`None`: no dialog), and calls `on_reset` when it runs out.
#[hook]
pub fn use_idle_reset(enabled: bool, idle_seconds: u32, on_reset: Callback<()>) -> Option<u32> {
    let left = use_state(|| None::<u32>);
    // (0 until the effect runs: it sets the time before it watches, and the build-time
    // prerender, which has no clock of the browser's, never runs effects.)
    let last_input = use_mut_ref(|| Rc::new(Cell::new(0.0)));
    {
        let left = left.clone();
        let last_input = last_input.borrow().clone();
        use_effect_with((enabled, idle_seconds), move |(enabled, idle_seconds)| {
            let mut keep: Vec<EventListener> = Vec::new();
            let mut timer = None;
            // What the dialog shows, shared with the listeners (a state handle read inside a
            // closure would be the value of the render that made it).
            let shown: Rc<Cell<Option<u32>>> = Rc::default();
            if *enabled {
                last_input.set(js_sys::Date::now());
                let window = gloo::utils::window();
                for event in ["pointerdown", "keydown", "input", "scroll", "touchstart", "wheel"] {
                    let (last_input, left, shown) = (last_input.clone(), left.clone(), shown.clone());
                    keep.push(EventListener::new(&window, event, move |_| {
                        last_input.set(js_sys::Date::now());
                        if shown.take().is_some() {
                            left.set(None);
                        }
                    }));
                }
                let (idle, countdown) = (*idle_seconds as f64, countdown_seconds(*idle_seconds) as f64);
                timer = Some(Interval::new(250, move || {
                    let quiet = (js_sys::Date::now() - last_input.get()) / 1000.0;
                    if quiet < idle {
                        return;
                    }
                    let remaining = countdown - (quiet - idle);
                    if remaining <= 0.0 {
                        last_input.set(js_sys::Date::now());
                        shown.set(None);
                        left.set(None);
                        on_reset.emit(());
                    } else if shown.get() != Some(remaining.ceil() as u32) {
                        shown.set(Some(remaining.ceil() as u32));
                        left.set(shown.get());
                    }
                }));
            }
            move || drop((keep, timer))
        });
    }
    *left
}
