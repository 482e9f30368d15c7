//! The interactive start without clap.
//!
//! Most starts are `zhulao` or `zhulao class` with a few of the global options. Building
//! clap's whole command tree for them took about 0.4 ms, a fifth of the time a bare
//! ratatui program needs to show its first frame, so [`parse`] reads just that shape by
//! hand. Anything else — another command, `--help`, a repeated or unknown option, a value
//! clap might read differently — gives `None`, and clap parses the line as always, with
//! its own messages. The two must agree: `tests/cli.rs` checks every line this accepts
//! against clap's reading of it.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::ValueEnum;

use super::{Cli, Command};
use crate::i18n::Lang;
use crate::ui::theme::ThemeName;

/// The command line (without the program name) when it only starts the interactive
/// program: at most one `class`, and `--lessons`, `--data-dir`, `--lang`, `--theme` and
/// `--config`, each as `--name value` or `--name=value`. `None` for anything else.
pub fn parse<I: IntoIterator<Item = OsString>>(args: I) -> Option<Cli> {
    let mut cli = Cli {
        lessons: Vec::new(),
        data_dir: None,
        lang: None,
        theme: None,
        config: None,
        command: None,
    };
    let mut lessons_after_class = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let arg = arg.into_string().ok()?;
        if arg == "class" {
            return_if(cli.command.is_some())?;
            cli.command = Some(Command::Class);
            continue;
        }
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name.to_string(), value.to_string()),
            None => (arg, args.next()?.into_string().ok()?),
        };
        // clap takes neither an empty value here nor, after a space, one that starts
        // with a dash; leave both (and their messages) to it.
        return_if(value.is_empty() || value.starts_with('-'))?;
        match name.as_str() {
            "--lessons" => {
                // Given both before and after `class`, clap keeps only the later ones.
                let after_class = cli.command.is_some();
                return_if(lessons_after_class.replace(after_class) == Some(!after_class))?;
                cli.lessons.push(PathBuf::from(value));
            }
            "--data-dir" => once(&mut cli.data_dir, PathBuf::from(value))?,
            "--config" => once(&mut cli.config, PathBuf::from(value))?,
            "--lang" => once(&mut cli.lang, Lang::from_str(&value, false).ok()?)?,
            "--theme" => once(&mut cli.theme, ThemeName::from_str(&value, false).ok()?)?,
            _ => return None,
        }
    }
    Some(cli)
}

/// `None` when `cond` holds, for `?`.
fn return_if(cond: bool) -> Option<()> {
    (!cond).then_some(())
}

/// Fills an option given once; `None` (clap's "cannot be used multiple times") if it
/// was given before.
fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    return_if(slot.is_some())?;
    *slot = Some(value);
    Some(())
}
