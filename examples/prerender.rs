//! The guide's first screen as HTML, rendered natively by yew's server-side renderer from the same
//! components the browser runs, so the first question paints before the wasm has arrived; the wasm
//! then renders the same screen in its place.
//!
//!     cargo run --features prerender --example prerender -- <index file> <dist dir>
//!
//! Prints the Danish first screen of the guide's own page (`tools/make-loader` puts it into
//! `index.html`) and writes every other opening the loader can show at once to
//! `<dist dir>/first/`: `<lang>.html` (the guide's own page in another language),
//! `<lang>-embedded.html` (on a host page, the municipality to choose) and
//! `<lang>-embedded-fixed.html` (on a host page that names the municipality: rendered with the
//! index's first one, whose name the loader replaces), and each of these in counter mode
//! (`-counter` before `-fixed`: `da-counter.html`, `ar-embedded-counter-fixed.html`…), where
//! the clerk's bar is part of the first screen. The index of municipalities is the one
//! `examples/packs.rs` wrote for the same build.
use std::rc::Rc;

use velkommen::content::packs::Index;
use velkommen::i18n::{Lang, Messages, LANGS, SOURCE};
use velkommen::ui::{App, AppProps, PackSource};
use yew::AttrValue;

fn render(index: &Index, lang: Lang, standalone: bool, counter: bool, fixed: bool) -> String {
    let packs = Some(Rc::new(PackSource { index: index.clone(), base: None, preloaded: vec![] }));
    // The language at hand, as the wasm has it before its first render (it fetches it first).
    let messages = Messages::embedded(lang).unwrap_or_else(|e| panic!("locales/{}: {e:?}", lang.code));
    let props = AppProps {
        standalone,
        lang: Some(AttrValue::from(lang.code)),
        municipality: fixed.then(|| AttrValue::from(index.municipalities[0].id.clone())),
        mode: counter.then(|| AttrValue::from("counter")),
        // The offer to read in the browser's language can come only where neither a link nor the
        // host page names a language, which is where the guide opens in Danish, and never in
        // counter mode: those screens keep its room (a build cannot know the browser's
        // languages), the others do not.
        suggestion_room: lang == SOURCE && !counter,
        packs,
        preloaded: Rc::new(vec![Rc::new(messages)]),
        ..AppProps::default()
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    futures_executor::block_on(renderer.render())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index, dist] = &args[..] else { panic!("usage: prerender <index file> <dist dir>") };
    let index = Index::parse(&std::fs::read_to_string(index).unwrap_or_else(|e| panic!("{index}: {e}"))).unwrap_or_else(|e| panic!("{e}"));
    let out = std::path::Path::new(dist).join("first");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    for lang in LANGS {
        for standalone in [true, false] {
            for counter in [false, true] {
                for fixed in [false, true] {
                    // The guide's own page names no municipality (a link's `m=` only preselects
                    // one), and its Danish first screen is in index.html itself.
                    if (standalone && fixed) || (fixed && index.municipalities.is_empty()) || (standalone && !counter && *lang == SOURCE) {
                        continue;
                    }
                    let name = format!(
                        "{}{}{}{}.html",
                        lang.code,
                        if standalone { "" } else { "-embedded" },
                        if counter { "-counter" } else { "" },
                        if fixed { "-fixed" } else { "" }
                    );
                    let html = render(&index, *lang, standalone, counter, fixed);
                    std::fs::write(out.join(&name), html).unwrap_or_else(|e| panic!("{name}: {e}"));
                }
            }
        }
    }
    print!("{}", render(&index, SOURCE, true, false, false));
}
