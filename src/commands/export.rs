//! `zhulao export progress`.

use std::io::{self, Write};
use std::path::Path;

use chrono::Utc;

use crate::cli::ExportCommand;
use crate::export::{Format, progress::progress_sheets, write};
use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;
use crate::progress::Store;

/// Runs an export command.
pub fn export(
    cmd: &ExportCommand,
    data_dir: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let s = lang.strings();
    let ExportCommand::Progress {
        format,
        output,
        lessons: only,
    } = cmd;
    let store = match Store::open(data_dir, Utc::now()) {
        Ok(store) => store,
        Err(e) => {
            writeln!(out, "{}{}", s.error_prefix, e.message(lang))?;
            return Ok(false);
        }
    };
    let lessons: Vec<_> = library
        .lessons
        .iter()
        .map(|l| &l.lesson)
        .filter(|l| only.is_empty() || only.iter().any(|id| id == l.id.as_str()))
        .collect();
    let sheets = match progress_sheets(&store, &lessons, lang, *format == Format::Xlsx) {
        Ok(sheets) => sheets,
        Err(e) => {
            writeln!(out, "{}{}", s.error_prefix, e.message(lang))?;
            return Ok(false);
        }
    };
    let rows = sheets.first().map_or(0, |s| s.rows.len());
    let shown = escape_controls(&output.display().to_string());
    match write(&sheets, *format, output) {
        Ok(()) => {
            writeln!(
                out,
                "{}",
                fill(s.export_written, &[("path", &shown), ("rows", &rows)])
            )?;
            Ok(true)
        }
        Err(e) => {
            let detail = if e.kind() == io::ErrorKind::StorageFull {
                crate::progress::StoreError::DiskFull {
                    path: output.clone(),
                }
                .message(lang)
            } else {
                format!("{shown}: {}", escape_controls(&e.to_string()))
            };
            writeln!(out, "{}", fill(s.export_failed, &[("detail", &detail)]))?;
            Ok(false)
        }
    }
}
