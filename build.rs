//! Embeds the Fluent files (`locales/<lang>/*.ftl`) and, natively, every content file
//! (`content/*.toml`) into the binary, so an editor adds a file without touching Rust. Files are
//! listed in sorted order so builds are reproducible.
//!
//! The browser build embeds the checked glossary as Rust values, Danish's interface texts (the
//! source and fallback) and each language's tiny `lang.ftl`: every other language's interface
//! texts are a file fetched when chosen (`tools/bundle-locales`, run by Trunk), and the
//! municipalities' and the national content with their texts are packs fetched when a
//! municipality is chosen (`src/content/packs.rs`), so the first load grows neither with the
//! languages nor with the municipalities. Native builds (tests, tools) embed every file.
use std::{env, fs, path::Path};

// The real glossary loader, so that the browser build carries the checked glossary as Rust
// values and no TOML parser. (The municipalities' and the national content are not in the
// browser build at all: they are packs fetched on demand, see `src/content/packs.rs`.)
#[allow(dead_code)]
#[path = "src/glossary.rs"]
mod glossary;
/// What `glossary.rs` needs of the content module.
mod content {
    pub const GLOSSARY_FILE: &str = "content/glossary.toml";
    #[derive(Debug)]
    pub struct ContentError {
        pub file: String,
        pub item: Option<String>,
        pub field: String,
        pub message: String,
    }
    impl std::fmt::Display for ContentError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{}: {}: {}: {}", self.file, self.item.as_deref().unwrap_or("-"), self.field, self.message)
        }
    }
}
#[allow(dead_code)]
mod embedded {
    pub const CONTENT: &[(&str, &str)] = &[];
}

/// Rust source that rebuilds a glossary term (terms are few: built in place).
fn term_code(t: &glossary::Term) -> String {
    let patterns: Vec<String> = t.patterns.iter().map(|p| format!("{p:?}.to_string()")).collect();
    format!(
        "crate::glossary::Term {{ term: {:?}.to_string(), patterns: vec![{}], explain: {:?}.to_string() }}",
        t.term,
        patterns.join(","),
        t.explain
    )
}

/// The checked glossary as a Rust function, or the problem, naming file, item and field.
fn glossary_code(files: &[(String, String)]) -> Result<String, String> {
    let g = match files.iter().find(|(p, _)| p == content::GLOSSARY_FILE) {
        Some((_, t)) => glossary::Glossary::parse(t).map_err(|e| e.to_string())?,
        None => glossary::Glossary::default(),
    };
    Ok(format!(
        "/// The glossary, built from `content/glossary.toml` at compile time.\n\
         pub fn glossary() -> crate::glossary::Glossary {{\n    crate::glossary::Glossary {{ terms: vec![{}] }}\n}}\n",
        g.terms.iter().map(term_code).collect::<Vec<_>>().join(",")
    ))
}

fn sorted_files(dir: &Path, ext: &str) -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// The Fluent files of the guide itself, as opposed to a content file's texts (`<content file
/// stem>.ftl`, which go into that file's pack). Also in `tools/bundle-locales`.
const ENGINE_FTL: &[&str] = &["ui.ftl", "glossary.ftl"];

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap();
    let root = Path::new(&root);
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
    let mut code = String::new();

    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let mut content_files = Vec::new();
    for f in sorted_files(&root.join("content"), "toml") {
        let full = root.join("content").join(&f);
        println!("cargo:rerun-if-changed={}", full.display());
        content_files.push((format!("content/{f}"), fs::read_to_string(&full).unwrap()));
    }
    match glossary_code(&content_files) {
        Ok(rust) => code.push_str(&rust),
        // The browser build cannot ship a broken glossary: fail, naming file, item and field.
        Err(e) if wasm => panic!("\n{e}"),
        // Natively the content tests report the same problem.
        Err(_) => code.push_str("pub fn glossary() -> crate::glossary::Glossary { panic!(\"the glossary does not load\") }\n"),
    }
    if !wasm {
        // Natively the files themselves are embedded, for the loader and its tests.
        code.push_str("/// `(path, text)` of every content file, e.g. `(\"content/holstebro.toml\", …)`.\n");
        code.push_str("pub const CONTENT: &[(&str, &str)] = &[\n");
        for (path, _) in &content_files {
            let full = root.join(path);
            code.push_str(&format!("    ({path:?}, include_str!({:?})),\n", full.display().to_string()));
        }
        code.push_str("];\n\n");
    }

    code.push_str("/// `(lang, path, text)` of every Fluent file, e.g. `(\"da\", \"locales/da/ui.ftl\", …)`.\n");
    code.push_str("pub const LOCALES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<String> = fs::read_dir(root.join("locales"))
        .expect("cannot read locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    // A version of all locale files, so a browser never mixes a cached old language file with
    // a new build.
    let mut hash: u64 = 0xcbf29ce484222325;
    for lang in &langs {
        let dir = root.join("locales").join(lang);
        for f in sorted_files(&dir, "ftl") {
            for b in f.bytes().chain(fs::read(dir.join(&f)).unwrap()) {
                hash = (hash ^ b as u64).wrapping_mul(0x100000001b3);
            }
        }
    }
    for lang in &langs {
        let dir = root.join("locales").join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        // The browser build embeds Danish's interface texts (`ui.ftl`, `glossary.ftl`) and each
        // language's `lang.ftl` (the offer to read in that language). A municipality's or the
        // national layer's texts travel in its pack; `crash.ftl` is for the loader
        // (tools/make-loader).
        for f in sorted_files(&dir, "ftl").into_iter().filter(|f| !wasm || f == "lang.ftl" || (lang == "da" && ENGINE_FTL.contains(&f.as_str()))) {
            let full = dir.join(&f);
            println!("cargo:rerun-if-changed={}", full.display());
            code.push_str(&format!(
                "    (\"{lang}\", \"locales/{lang}/{f}\", include_str!({:?})),\n",
                full.display().to_string()
            ));
        }
    }
    code.push_str("];\n\n");
    code.push_str("/// A hash of every locale file: the query string that keeps fetched languages fresh.\n");
    code.push_str(&format!("pub const LOCALE_VERSION: &str = \"{hash:016x}\";\n"));
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"), code).unwrap();
}
