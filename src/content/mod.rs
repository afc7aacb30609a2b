//! The guide's content: the four municipalities' focus areas and the national layer, read from
//! `content/*.toml` (embedded at build time, see `build.rs`).
//!
//! Structure lives here; words live in Fluent (`locales/<lang>/*.ftl`): each title and text in a
//! content file is a message id.
//!
//! - [`model`]: the checked values the rest of the guide uses;
//! - [`load`]: the file format and every check, with located errors;
//! - [`packs`]: the content as the browser gets it: an index of municipalities, and one pack
//!   per municipality and one for the national layer, fetched when needed.

mod load;
mod model;
pub mod packs;

pub use load::{ContentError, ContentErrors, GLOSSARY_FILE, NATIONAL_FILE};
pub use model::{Area, Condition, Content, Item, Layer, Municipality, Place, Source, Step};

#[cfg(not(target_arch = "wasm32"))]
impl Content {
    /// The content files embedded in a native build (tests, tools), read and checked. The
    /// browser build embeds none: it reads packs (see [`packs`]).
    pub fn embedded() -> Result<Content, ContentErrors> {
        Content::load(crate::embedded::CONTENT)
    }
}
