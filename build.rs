//! Embeds every content file (`content/*.toml`) and every Fluent file (`locales/<lang>/*.ftl`)
//! into the binary, so an editor adds a file without touching Rust. Files are listed in sorted
//! order so builds are reproducible.
use std::{env, fs, path::Path};

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

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap();
    let root = Path::new(&root);
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
    let mut code = String::new();

    code.push_str("/// `(path, text)` of every content file, e.g. `(\"content/holstebro.toml\", …)`.\n");
    code.push_str("pub const CONTENT: &[(&str, &str)] = &[\n");
    for f in sorted_files(&root.join("content"), "toml") {
        let full = root.join("content").join(&f);
        println!("cargo:rerun-if-changed={}", full.display());
        code.push_str(&format!("    (\"content/{f}\", include_str!({:?})),\n", full.display().to_string()));
    }
    code.push_str("];\n\n");

    code.push_str("/// `(lang, path, text)` of every Fluent file, e.g. `(\"da\", \"locales/da/ui.ftl\", …)`.\n");
    code.push_str("pub const LOCALES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<String> = fs::read_dir(root.join("locales"))
        .expect("cannot read locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    for lang in langs {
        let dir = root.join("locales").join(&lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        for f in sorted_files(&dir, "ftl") {
            let full = dir.join(&f);
            println!("cargo:rerun-if-changed={}", full.display());
            code.push_str(&format!(
                "    (\"{lang}\", \"locales/{lang}/{f}\", include_str!({:?})),\n",
                full.display().to_string()
            ));
        }
    }
    code.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"), code).unwrap();
}
