//! `zhulao export progress`: from this machine's database, or with `--district URL` from
//! the district's (`district::progress`), every site's learners with their site.

use std::io::{self, Write};
use std::path::Path;

use super::{context, finish, format_for, lessons, open_store, period};
use crate::cli::PeriodArgs;
use crate::commands::district::checked_server;
use crate::district::DistrictError;
use crate::district::progress::District;
use crate::district::report::{read_only, sites};
use crate::export::progress::{Local, Query, Source, export_from};
use crate::export::{Format, Target, write_tables};
use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;
use crate::settings::Settings;

/// What `export progress` was asked for.
pub(super) struct Job<'a> {
    pub format: Option<Format>,
    pub only: &'a [String],
    pub period: &'a PeriodArgs,
    pub district: Option<&'a str>,
}

impl Job<'_> {
    /// Writes the progress export to `target`; true when it was written.
    pub fn run(
        &self,
        data_dir: &Path,
        (library, settings): (&Library, &Settings),
        lang: Lang,
        (note, out): (&mut dyn Write, &mut dyn Write),
        target: &Target,
    ) -> io::Result<bool> {
        // This machine's database is opened first, as it always was; the district's only
        // once the arguments are known good.
        let store = match self.district {
            Some(_) => None,
            None => match open_store(data_dir, lang, note)? {
                Some(store) => Some(store),
                None => return Ok(false),
            },
        };
        let Some(format) = format_for(target, self.format, lang, note)? else {
            return Ok(false);
        };
        let Some(p) = period(self.period, lang, note)? else {
            return Ok(false);
        };
        let chosen = match lessons(library, self.only) {
            Ok(chosen) => chosen,
            Err(id) => {
                let id = escape_controls(&id);
                let w = &lang.text().export;
                writeln!(note, "{}", fill(w.unknown_lesson, &[("id", &id)]))?;
                return Ok(false);
            }
        };
        let q = Query {
            lessons: &chosen,
            covers: p,
            step_sheets: format == Format::Xlsx,
        };
        let job = (settings, lang, (target, format));
        let Some(url) = self.district else {
            return match store {
                Some(store) => write(&mut Local(&store), &q, job, (note, out)),
                None => Ok(false),
            };
        };
        let (mut client, shown) = match checked_server(url) {
            Ok(found) => found,
            Err(e) => return unreachable_server(&e, lang),
        };
        let opened = read_only(&mut client).and_then(|mut tx| {
            let sites = sites(&mut tx)?;
            Ok((tx, sites))
        });
        let (mut tx, sites) = match opened {
            Ok(opened) => opened,
            Err(e) => return unreachable_server(&DistrictError::from(e), lang),
        };
        let from = lang.text().district.report_from;
        writeln!(
            note,
            "{}",
            fill(from, &[("url", &shown), ("sites", &sites)])
        )?;
        // Read only: nothing to commit; dropping the transaction ends it.
        write(&mut District::new(&mut tx), &q, job, (note, out))
    }
}

/// Says the district database cannot be used, on the standard error as a database that
/// cannot be opened (the reports' words).
fn unreachable_server(e: &DistrictError, lang: Lang) -> io::Result<bool> {
    eprintln!("{}{}", lang.text().ui.error_prefix, e.message(lang));
    Ok(false)
}

/// Writes the export from `source`, then says where it went (or why not).
fn write(
    source: &mut dyn Source,
    q: &Query,
    (settings, lang, (target, format)): (&Settings, Lang, (&Target, Format)),
    (note, out): (&mut dyn Write, &mut dyn Write),
) -> io::Result<bool> {
    let cx = context(settings, lang);
    let result = export_from(source, q, &cx, |tables, rows| {
        write_tables(tables, format, target, out, lang, |sink| rows(sink))
    });
    let rows = result.as_ref().map_or(0, |n| *n);
    let s = &lang.text().ui;
    let done = |path: &str| fill(s.export_written, &[("path", &path), ("rows", &rows)]);
    finish(result.map(drop), target, &done, lang, note)
}
