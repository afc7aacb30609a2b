//! Browser effects as custom hooks, the way yew's own examples keep them out of the components:
//! a component says *that* it needs an effect, the hook says *how* the browser does it.

mod history;
mod idle;
mod packs;
mod print;

pub use history::{current_fragment, use_address_history};
pub use idle::use_idle_reset;
pub use packs::{use_packs, PackSource};
pub use print::use_print_opens_details;
