//! Writes the content packs and the index of municipalities (see `src/content/packs.rs`) for a
//! build: `tools/make-loader` runs it after each Trunk build, and the scale test runs it on 98
//! generated municipalities.
//!
//!     cargo run --example packs -- <content dir> <locales dir> <dist dir> <index file>
//!
//! Reads `<content dir>/*.toml` and `<locales dir>/<lang>/*.ftl` with the same loader and checks
//! as the tests, writes every pack to `<dist dir>/packs/` (after removing the old ones) and the
//! index to `<index file>`. A broken file stops it, naming file, item and field.
use std::path::Path;
use std::{env, fs, process};

fn sorted(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", dir.display())))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    out
}

fn fail(message: &str) -> ! {
    eprintln!("packs: {message}");
    process::exit(1)
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [content_dir, locales_dir, dist, index_file] = &args[..] else {
        fail("usage: packs <content dir> <locales dir> <dist dir> <index file>")
    };
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())));
    // Named as the loader and the tests name them (`content/holstebro.toml`, `locales/da/…`).
    let content: Vec<(String, String)> = sorted(Path::new(content_dir), "toml")
        .iter()
        .map(|p| (format!("content/{}", p.file_name().unwrap().to_string_lossy()), read(p)))
        .collect();
    let mut locales: Vec<(String, String, String)> = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(locales_dir)
        .unwrap_or_else(|e| fail(&format!("cannot read {locales_dir}: {e}")))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for dir in langs {
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        for p in sorted(&dir, "ftl") {
            locales.push((lang.clone(), format!("locales/{lang}/{}", p.file_name().unwrap().to_string_lossy()), read(&p)));
        }
    }
    let content: Vec<(&str, &str)> = content.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let locales: Vec<(&str, &str, &str)> = locales.iter().map(|(l, p, t)| (l.as_str(), p.as_str(), t.as_str())).collect();
    let built = velkommen::content::packs::build(&content, &locales).unwrap_or_else(|e| fail(&format!("\n{e}")));
    let out = Path::new(dist).join("packs");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
    for (path, text) in &built.files {
        let p = Path::new(dist).join(path);
        fs::write(&p, text).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())));
    }
    let index = nanoserde::SerJson::serialize_json(&built.index);
    fs::write(index_file, index).unwrap_or_else(|e| fail(&format!("{index_file}: {e}")));
}
