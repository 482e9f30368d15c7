//! `zhulao lesson preview FILE`: a lesson author's live view of a lesson file. It shows
//! the lesson as the player, the class present screen or the kiosk draws it, at the
//! window's size or in a framed box of a fixed size (40×15, 80×24, 120×40), and draws it
//! again whenever the file is saved, at the same step. A save with problems shows them
//! (file:line:column, as `zhulao lesson check` prints them) over the last good view.
//!
//! - [`state`]: the [`Preview`] state and its pure update;
//! - [`view`]: drawing it;
//! - [`screens`]: each mode's own view, at the step previewed;
//! - [`edge`]: the file, the folder watch and the terminal.

pub mod edge;
pub mod screens;
pub mod state;
pub mod view;

pub use state::{Effect, Key, Mode, Msg, Preview, Size};

use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;
use crate::lesson::sanitize::escape_controls;
use crate::ui::theme::ThemeName;

/// What the preview starts with.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The step to open at, from 0.
    pub step: usize,
    /// The size to draw at.
    pub size: Size,
    /// The interface language.
    pub lang: Lang,
    /// The colours.
    pub theme: ThemeName,
}

/// Runs the preview of `path` on the terminal until the author leaves.
pub fn run(path: &Path, options: Options) -> ExitCode {
    let shown = path.display().to_string();
    let mut preview = Preview::new(options.lang, &shown, options.step, options.size);
    preview.theme = options.theme;
    let edge = edge::FileEdge::new(path);
    let first = edge.read();
    let mut driver = edge::Driver::new(preview, edge);
    driver.send(first);
    let ui = &options.lang.text().ui;
    match crate::runtime::run(&mut driver, ui.no_terminal) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}{}", ui.error_prefix, escape_controls(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}
