//! The guide's first screen as HTML, rendered natively by yew's server-side renderer from the same
//! components the browser runs: `tools/make-loader` puts it in the page (inside a declarative
//! shadow root), so the first question paints before the wasm has arrived; the wasm then renders
//! the same screen in its place.
//!
//!     cargo run --features prerender --example prerender -- da
use velkommen::ui::{App, AppProps};
use yew::AttrValue;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "da".to_owned());
    let props = AppProps { standalone: true, lang: Some(AttrValue::from(lang)), ..AppProps::default() };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    print!("{}", futures_executor::block_on(renderer.render()));
}
