//! The home app: a folder per screen with its state, update, keys and view (`home`,
//! `picker`, `settings_screen`), the program over them (`run` for the state and update,
//! `view` for drawing and reading events), and its edge (store, speech, settings file).

pub mod edge;
mod exports;
pub mod home;
pub mod picker;
pub mod run;
pub mod settings_screen;
pub mod start;
pub mod view;

pub use home::{Home, Msg};
