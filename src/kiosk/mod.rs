//! Kiosk mode (`zhulao kiosk`): self-paced, locked practice on a shared library terminal.
//! A welcome screen; sign-in by learner code on a number pad, a new learner, or a guest;
//! the learner's lessons with "继续上次"; an idle timeout that saves and returns to the
//! welcome screen with nothing of the learner left on it; and no way out without the
//! staff PIN.
//!
//! `state` is the pure update (with `signin`, `register` and `practice`; `draft` holds what
//! a new learner entered), `view` draws, `input` maps terminal events, `edge` carries out
//! effects (store, speech), `run` owns the terminal.

pub mod draft;
pub mod edge;
pub mod input;
pub mod limits;
pub mod pad;
pub mod pin;
mod practice;
mod register;
pub mod run;
mod signin;
pub mod state;
pub mod view;

pub use edge::{Driver, KioskEdge};
pub use input::to_msg;
pub use state::{Button, Effect, Kiosk, Msg, Note, Reply, Screen};
