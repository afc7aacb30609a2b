//! Search speed in the browse view: `cargo bench --bench search`. For every municipality and
//! language, the index is built once (as the view does when the page opens); then every prefix
//! of a few real queries is searched, as a person typing would, many times. Prints the median
//! time per keystroke. No pass/fail: the README records the figure (target: under 5 ms).

use std::hint::black_box;
use std::time::Instant;

use velkommen::browse::{entries, SearchIndex};
use velkommen::content::Content;
use velkommen::i18n::{Messages, LANGS, SOURCE};

fn main() {
    let content = Content::embedded().expect("content loads");
    let danish = Messages::embedded(SOURCE).unwrap();
    let queries = ["dagpleje", "sundhedspleje", "Danskuddannelse", "aeldre", "job og uddannelse"];
    let mut per_key = Vec::new();
    let mut build = Vec::new();
    for lang in LANGS {
        let reader = Messages::embedded(*lang).unwrap();
        for m in &content.municipalities {
            let e = entries(&content, m);
            let start = Instant::now();
            let index = SearchIndex::new(&e, &reader, &danish);
            build.push(start.elapsed().as_nanos() as f64);
            for q in queries {
                for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
                    let start = Instant::now();
                    for _ in 0..50 {
                        black_box(index.search(black_box(&q[..end])));
                    }
                    per_key.push(start.elapsed().as_nanos() as f64 / 50.0);
                }
            }
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[v.len() - 1])
    };
    let (k, kmax) = median(&mut per_key);
    let (b, bmax) = median(&mut build);
    println!(
        "search: {} languages × {} municipalities: median {:.1} µs per keystroke (max {:.1} µs; target under 5 ms); building the index {:.2} ms (max {:.2} ms)",
        LANGS.len(),
        content.municipalities.len(),
        k / 1000.0,
        kmax / 1000.0,
        b / 1e6,
        bmax / 1e6
    );
}
