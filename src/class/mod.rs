//! Trainer mode: run a class session from attendance to summary. `state` holds the pure
//! update, `view` draws it, `edge` saves every mark the moment it is made.

pub mod edge;
mod keys;
mod msg;
pub mod reads;
pub mod search;
pub mod sheet;
mod signin;
pub mod state;
pub mod times;
pub mod view;

pub use msg::Figures;
pub use state::{Class, Effect, Mark, Msg, Stage};
