//! The guide's first screen as HTML, rendered natively by yew's server-side renderer from the same
//! components the browser runs: `tools/make-loader` puts it in the page (inside a declarative
//! shadow root), so the first question paints before the wasm has arrived; the wasm then renders
//! the same screen in its place.
//!
//!     cargo run --features prerender --example prerender -- da <index file>
//!
//! The index of municipalities is the one `examples/packs.rs` wrote for the same build.
use std::rc::Rc;

use velkommen::content::packs::Index;
use velkommen::ui::{App, AppProps, PackSource};
use yew::AttrValue;

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "da".to_owned());
    let index = args.next().expect("usage: prerender <lang> <index file>");
    let index = Index::parse(&std::fs::read_to_string(&index).unwrap_or_else(|e| panic!("{index}: {e}"))).unwrap_or_else(|e| panic!("{e}"));
    let packs = Some(Rc::new(PackSource { index, base: None, preloaded: vec![] }));
    let props = AppProps { standalone: true, lang: Some(AttrValue::from(lang)), packs, ..AppProps::default() };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    print!("{}", futures_executor::block_on(renderer.render()));
}
