//! The content packs in the browser (see [`crate::content::packs`]). As soon as a municipality is
//! chosen (on the start page, by the host page or by a link), its pack and the national pack are
//! fetched, with their texts in the language chosen, while the person answers the questions, so
//! the results do not wait for them. The results need the packs' content; their texts in another
//! language may come a moment later (Danish stands in, said so), as a language's own file does. Each file is fetched once per visit; a failed one is fetched
//! again only when the person asks ("Try again"), and the answers are kept meanwhile.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::packs::{pack_file, text_file, Index, Pack};
use crate::content::Content;
use crate::i18n::{self, Bundle, Lang, SOURCE};

/// Where the packs come from: the index (from the loader), the guide's folder, and files already
/// at hand (tests; nothing in a browser).
#[derive(Debug)]
pub struct PackSource {
    pub index: Index,
    pub base: Option<AttrValue>,
    pub preloaded: Vec<(String, String)>,
}

impl PartialEq for PackSource {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.base == other.base
    }
}

/// What arrived, what is on its way and what failed, by file path.
#[derive(Clone, Default)]
struct Cache {
    packs: Vec<(String, Rc<Pack>, Rc<Bundle>)>,
    texts: Vec<(String, Rc<Bundle>)>,
    pending: Vec<String>,
    failed: Vec<String>,
    /// Counts the person's "Try again", so the fetching effect runs again.
    tries: u32,
}

enum Arrived {
    Pack(String, Rc<Pack>, Rc<Bundle>),
    Text(String, Rc<Bundle>),
}

enum CacheAction {
    Fetching(String),
    Arrived(Arrived),
    Failed(String),
    Retry,
}

impl Reducible for Cache {
    type Action = CacheAction;
    fn reduce(self: Rc<Self>, action: CacheAction) -> Rc<Self> {
        let mut c = (*self).clone();
        match action {
            CacheAction::Fetching(f) => c.pending.push(f),
            CacheAction::Arrived(a) => {
                let file = match &a {
                    Arrived::Pack(f, ..) | Arrived::Text(f, _) => f.clone(),
                };
                c.pending.retain(|p| *p != file);
                match a {
                    Arrived::Pack(f, p, b) => c.packs.push((f, p, b)),
                    Arrived::Text(f, b) => c.texts.push((f, b)),
                }
            }
            CacheAction::Failed(f) => {
                c.pending.retain(|p| *p != f);
                c.failed.push(f);
            }
            CacheAction::Retry => {
                c.failed.clear();
                c.tries += 1;
            }
        }
        Rc::new(c)
    }
}

impl Cache {
    fn has(&self, file: &str) -> bool {
        self.packs.iter().any(|(f, ..)| f == file) || self.texts.iter().any(|(f, _)| f == file)
    }
}

/// The packs as the screens use them.
pub struct Packs {
    /// The index's content with every pack that has arrived added.
    pub content: Rc<Content>,
    /// The packs' texts in the chosen language, and in Danish (with the municipalities' names).
    pub own: Vec<Rc<Bundle>>,
    pub danish: Vec<Rc<Bundle>>,
    /// The content of every pack the chosen municipality needs is here (with its Danish texts).
    pub ready: bool,
    /// Some of it could not be fetched.
    pub failed: bool,
    /// The packs' texts in the chosen language are still on their way (the page shows them in
    /// Danish meanwhile, as it does while a language loads), or could not be fetched.
    pub texts_missing: bool,
    pub texts_failed: bool,
    pub retry: Callback<MouseEvent>,
}

/// The files the pack `stem` needs in `lang`: its JSON (with the Danish texts), and its texts in
/// `lang` unless that is Danish.
fn files(stem: &str, lang: Lang) -> Vec<String> {
    let mut out = vec![pack_file(stem)];
    if lang != SOURCE {
        out.push(text_file(stem, lang.code));
    }
    out
}

/// Reads a fetched file: a pack with its Danish texts, or a pack's texts in `lang`.
fn read(path: &str, text: &str, lang: Lang) -> Result<Arrived, String> {
    if path.ends_with(".json") {
        let pack = Pack::parse(text)?;
        let da = i18n::bundle(SOURCE, &[(path, pack.da.as_str())]).map_err(|e| i18n::describe(&e))?;
        Ok(Arrived::Pack(path.to_owned(), Rc::new(pack), Rc::new(da)))
    } else {
        let b = i18n::bundle(lang, &[(path, text)]).map_err(|e| i18n::describe(&e))?;
        Ok(Arrived::Text(path.to_owned(), Rc::new(b)))
    }
}

#[hook]
pub fn use_packs(source: Rc<PackSource>, municipality: Option<String>, lang: Lang) -> Packs {
    let cache = use_reducer(Cache::default);
    // The chosen municipality's pack, then the national one (their file stems).
    let wanted: Vec<String> = municipality
        .iter()
        .filter_map(|m| source.index.pack(m))
        .flat_map(|stem| [stem.to_owned(), source.index.national_pack.clone()])
        .collect();
    let needed: Vec<String> = wanted.iter().flat_map(|stem| files(stem, lang)).collect();
    {
        let cache = cache.clone();
        let source = source.clone();
        use_effect_with((needed.clone(), cache.tries), move |(needed, _)| {
            for file in needed.iter().filter(|f| !cache.has(f) && !cache.pending.contains(f) && !cache.failed.contains(f)) {
                cache.dispatch(CacheAction::Fetching(file.clone()));
                let dispatcher = cache.dispatcher();
                let file = file.clone();
                if let Some((_, text)) = source.preloaded.iter().find(|(p, _)| *p == file) {
                    match read(&file, text, lang) {
                        Ok(a) => dispatcher.dispatch(CacheAction::Arrived(a)),
                        Err(_) => dispatcher.dispatch(CacheAction::Failed(file)),
                    }
                    continue;
                }
                let url = format!("{}{file}", source.base.as_deref().unwrap_or(""));
                wasm_bindgen_futures::spawn_local(async move {
                    match super::super::langs::fetch_text(&url).await.and_then(|t| read(&file, &t, lang)) {
                        Ok(a) => dispatcher.dispatch(CacheAction::Arrived(a)),
                        Err(e) => {
                            gloo::console::warn!(format!("velkommen: {file} could not be loaded: {e}"));
                            dispatcher.dispatch(CacheAction::Failed(file));
                        }
                    }
                });
            }
        });
    }
    let arrived: Vec<String> = cache.packs.iter().map(|(f, ..)| f.clone()).collect();
    let content = {
        let cache = cache.clone();
        let source = source.clone();
        use_memo(arrived, move |_| {
            let mut c = source.index.content();
            for (_, pack, _) in &cache.packs {
                c.add_pack(pack);
            }
            Rc::new(c)
        })
    };
    let names = {
        let source = source.clone();
        use_memo((), move |_| {
            Rc::new(i18n::bundle(SOURCE, &[("index", source.index.names_ftl().as_str())]).unwrap_or_else(|_| i18n::bundle(SOURCE, &[]).unwrap_or_else(|_| unreachable!("no files, no errors"))))
        })
    };
    // The texts of every pack that has arrived (a municipality chosen before keeps its name on
    // the start page: its content came with its pack); their message ids never clash.
    let danish: Vec<Rc<Bundle>> = cache.packs.iter().map(|(_, _, b)| b.clone()).chain([(*names).clone()]).collect();
    let own: Vec<Rc<Bundle>> = if lang == SOURCE {
        danish.clone()
    } else {
        let suffix = format!(".{}.ftl", lang.code);
        cache.texts.iter().filter(|(f, _)| f.ends_with(&suffix)).map(|(_, b)| b.clone()).collect()
    };
    let (content_files, text_files): (Vec<&String>, Vec<&String>) = needed.iter().partition(|f| f.ends_with(".json"));
    let ready = content_files.iter().all(|f| cache.has(f));
    let failed = content_files.iter().any(|f| cache.failed.contains(f));
    let texts_missing = text_files.iter().any(|f| !cache.has(f));
    let texts_failed = text_files.iter().any(|f| cache.failed.contains(f));
    let retry = {
        let cache = cache.clone();
        Callback::from(move |_: MouseEvent| cache.dispatch(CacheAction::Retry))
    };
    Packs { content: (*content).clone(), own, danish, ready, failed, texts_missing, texts_failed, retry }
}
