//! zhulao (助老): a terminal program for 智慧助老 smartphone training.
//!
//! Lessons (`lesson`) are TOML files compiled in or loaded from folders; progress
//! (`progress`) is kept in SQLite. Each interactive mode, the home app (`app`), class mode
//! (`class`) and the kiosk (`kiosk`), is a program of one runtime (`runtime`): state, a pure
//! update that answers with effects, a view that only reads, and an edge for disk and
//! speech. The lesson player (`player`) serves the home app and the kiosk; `ui` holds the
//! widgets every screen shares; `i18n` every text a user sees.

#![warn(missing_docs)]

pub mod app;
pub mod class;
pub mod cli;
pub mod commands;
pub mod data_dir;
pub mod district;
pub mod export;
pub mod fsio;
pub mod i18n;
pub mod kiosk;
pub mod lesson;
pub mod player;
pub mod preview;
pub mod progress;
pub mod reading;
pub mod runtime;
pub mod settings;
pub mod speech;
pub mod ui;
