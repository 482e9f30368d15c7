//! The home app: its screens' state and pure updates (one module per screen), how they
//! are drawn and read (`view`), and its edge (store, speech, settings file).

pub mod edge;
pub mod effect;
mod exports;
pub mod home;
pub mod keys;
pub mod picker;
pub mod player;
pub mod quiz;
pub mod run;
pub mod settings_screen;
pub mod sitting;
pub mod start;
pub mod view;

mod typed;

pub use effect::{Effect, Outcome};
pub use home::{Home, Msg};
