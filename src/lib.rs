//! zhulao (助老): a terminal program for 智慧助老 smartphone training.
//!
//! Lessons (`lesson`) are TOML files compiled in or loaded from folders; the interface
//! (`app` for state and pure updates, `ui` for drawing) follows state → update → view.

pub mod app;
pub mod class;
pub mod cli;
pub mod commands;
pub mod data_dir;
pub mod export;
pub mod fsio;
pub mod i18n;
pub mod kiosk;
pub mod lesson;
pub mod player;
pub mod progress;
pub mod runtime;
pub mod settings;
pub mod speech;
pub mod ui;
