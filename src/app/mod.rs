//! Application state and pure updates, one module per screen, plus the terminal loop
//! (the only place that touches the terminal).

pub mod effect;
mod exports;
pub mod home;
pub mod keys;
pub mod picker;
pub mod player;
pub mod quiz;
pub mod run;
pub mod settings_screen;
pub mod start;
pub mod terminal;
mod typed;

pub use effect::{Effect, Outcome};
pub use home::{Home, Msg};
