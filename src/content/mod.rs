//! The guide's content: the four municipalities' focus areas and the national layer, read from
//! `content/*.toml` (embedded at build time, see `build.rs`).
//!
//! Structure lives here; words live in Fluent (`locales/<lang>/*.ftl`): each title and text in a
//! content file is a message id.
//!
//! - [`model`]: the checked values the rest of the guide uses;
//! - [`load`]: the file format and every check, with located errors;
//! - [`stat`]: the static form `build.rs` writes for the browser build.

mod load;
mod model;
#[doc(hidden)]
pub mod stat;

pub use load::{ContentError, ContentErrors, GLOSSARY_FILE, NATIONAL_FILE};
pub use model::{Area, Condition, Content, Item, Layer, Municipality, Place, Source, Step};

impl Content {
    /// The content embedded in this build. Natively it is read from the embedded files; the
    /// browser build gets it as Rust values checked at compile time by this same loader
    /// (`build.rs`), so it carries no TOML parser.
    pub fn embedded() -> Result<Content, ContentErrors> {
        #[cfg(target_arch = "wasm32")]
        return Ok(crate::embedded::content());
        #[cfg(not(target_arch = "wasm32"))]
        Content::load(crate::embedded::CONTENT)
    }
}
