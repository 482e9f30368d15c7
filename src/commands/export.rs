//! `zhulao export progress|learner` and `zhulao report activity`.

use std::io::{self, Write};
use std::path::Path;

use chrono::{Local, NaiveDate, Utc};

use crate::cli::{ExportCommand, PeriodArgs, ReportCommand};
use crate::export::activity::{Period, activity, activity_sheet, activity_text};
use crate::export::learner::{certificate, record, record_sheet};
use crate::export::progress::progress_sheets_for;
use crate::export::{Format, Sheet, write, write_atomically};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::{Lesson, Library};
use crate::progress::{Store, StoreError};

fn open_store(data_dir: &Path, lang: Lang, out: &mut dyn Write) -> io::Result<Option<Store>> {
    match Store::open(data_dir, Utc::now()) {
        Ok(store) => Ok(Some(store)),
        Err(e) => {
            writeln!(out, "{}{}", lang.text().ui.error_prefix, e.message(lang))?;
            Ok(None)
        }
    }
}

/// Reads `--from/--to/--site`; a date that cannot be read is said plainly.
fn period(args: &PeriodArgs, lang: Lang, out: &mut dyn Write) -> io::Result<Option<Period>> {
    let mut dates = [None, None];
    for (slot, text) in dates.iter_mut().zip([&args.from, &args.to]) {
        if let Some(text) = text {
            match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
                Ok(d) => *slot = Some(d),
                Err(_) => {
                    let shown = escape_controls(text);
                    writeln!(
                        out,
                        "{}",
                        fill(lang.text().export.bad_date, &[("date", &shown)])
                    )?;
                    return Ok(None);
                }
            }
        }
    }
    Ok(Some(Period {
        from: dates[0],
        to: dates[1],
        site: args.site.clone(),
    }))
}

/// Writes sheets or bytes, then says where (`done` words it for the shown path), or why
/// not, keeping the old file.
fn finish(
    result: io::Result<()>,
    output: &Path,
    done: &dyn Fn(&str) -> String,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let shown = escape_controls(&output.display().to_string());
    match result {
        Ok(()) => {
            writeln!(out, "{}", done(&shown))?;
            Ok(true)
        }
        Err(e) => {
            let detail = if e.kind() == io::ErrorKind::StorageFull {
                StoreError::DiskFull {
                    path: output.to_path_buf(),
                }
                .message(lang)
            } else {
                format!("{shown}: {}", escape_controls(&e.to_string()))
            };
            let s = &lang.text().ui;
            writeln!(out, "{}", fill(s.export_failed, &[("detail", &detail)]))?;
            Ok(false)
        }
    }
}

fn lessons<'a>(library: &'a Library, only: &[String]) -> Vec<&'a Lesson> {
    library
        .lessons
        .iter()
        .map(|l| &l.lesson)
        .filter(|l| only.is_empty() || only.iter().any(|id| id == l.id.as_str()))
        .collect()
}

/// Runs an export command.
pub fn export(
    cmd: &ExportCommand,
    data_dir: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let s = &lang.text().ui;
    let Some(store) = open_store(data_dir, lang, out)? else {
        return Ok(false);
    };
    let failed = |e: StoreError, out: &mut dyn Write| -> io::Result<bool> {
        writeln!(out, "{}{}", s.error_prefix, e.message(lang))?;
        Ok(false)
    };
    match cmd {
        ExportCommand::Progress {
            format,
            output,
            lessons: only,
            period: args,
        } => {
            let Some(p) = period(args, lang, out)? else {
                return Ok(false);
            };
            let filtered = p.from.is_some() || p.to.is_some() || p.site.is_some();
            let active = if filtered {
                let from = p.from.unwrap_or(NaiveDate::MIN);
                let to = p.to.unwrap_or(NaiveDate::MAX);
                match store.active_learners(from, to, p.site.as_deref()) {
                    Ok(a) => Some(a),
                    Err(e) => return failed(e, out),
                }
            } else {
                None
            };
            let chosen = lessons(library, only);
            let sheets = match progress_sheets_for(
                &store,
                &chosen,
                lang,
                *format == Format::Xlsx,
                active.as_ref(),
            ) {
                Ok(sheets) => sheets,
                Err(e) => return failed(e, out),
            };
            let rows = sheets.first().map_or(0, |s| s.rows.len());
            let done = |path: &str| fill(s.export_written, &[("path", &path), ("rows", &rows)]);
            finish(write(&sheets, *format, output), output, &done, lang, out)
        }
        ExportCommand::Learner {
            code,
            output,
            format,
            certificate: as_certificate,
        } => {
            let learner = match store.learner_by_code(code) {
                Ok(l) => l,
                Err(_) => {
                    let shown = escape_controls(code);
                    writeln!(
                        out,
                        "{}",
                        fill(lang.text().export.unknown_learner, &[("code", &shown)])
                    )?;
                    return Ok(false);
                }
            };
            let all = lessons(library, &[]);
            let lines = match record(&store, &learner, &all) {
                Ok(lines) => lines,
                Err(e) => return failed(e, out),
            };
            let done = |path: &str| fill(s.written, &[("path", &path)]);
            let result = if *as_certificate {
                let page = certificate(&learner, &lines, Local::now().date_naive(), lang);
                write_atomically(output, page.as_bytes())
            } else {
                write(&[record_sheet(&lines, lang)], *format, output)
            };
            finish(result, output, &done, lang, out)
        }
    }
}

/// Runs a report command.
pub fn report(
    cmd: &ReportCommand,
    data_dir: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let ReportCommand::Activity {
        period: args,
        format,
        output,
    } = cmd;
    let Some(p) = period(args, lang, out)? else {
        return Ok(false);
    };
    let Some(store) = open_store(data_dir, lang, out)? else {
        return Ok(false);
    };
    let all = lessons(library, &[]);
    let table = match activity(&store, &all, &p) {
        Ok(t) => t,
        Err(e) => {
            writeln!(out, "{}{}", lang.text().ui.error_prefix, e.message(lang))?;
            return Ok(false);
        }
    };
    let w = &lang.text().export;
    let show =
        |d: Option<NaiveDate>| d.map_or("…".to_string(), |d| d.format("%Y-%m-%d").to_string());
    writeln!(
        out,
        "{}",
        fill(
            w.activity_title,
            &[("from", &show(p.from)), ("to", &show(p.to))]
        )
    )?;
    if table.rows.is_empty() {
        writeln!(out, "{}", w.no_sessions)?;
    }
    write!(out, "{}", activity_text(&table, lang))?;
    match output {
        Some(path) => {
            let csv = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let format = format.unwrap_or(if csv { Format::Csv } else { Format::Xlsx });
            let sheet: Sheet = activity_sheet(&table, lang);
            let done = |shown: &str| fill(lang.text().ui.written, &[("path", &shown)]);
            finish(write(&[sheet], format, path), path, &done, lang, out)
        }
        None => Ok(true),
    }
}
