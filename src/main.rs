//! The browser entry point. Trunk builds this for wasm32; natively it only explains itself, so
//! that `cargo build` and `cargo test` on the workspace work without a browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    velkommen::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Velkommen runs in the browser: serve it with `tools/serve` (see README.md).");
}
