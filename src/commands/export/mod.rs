//! `zhulao export progress|learner|certificates`, and what the report commands share.

mod progress;

use std::io::{self, Write};
use std::path::Path;

use chrono::{NaiveDate, Utc};

use crate::cli::{ExportCommand, PeriodArgs};
use crate::commands::store_failed;
use crate::district::DistrictError;
use crate::export::activity::Period;
use crate::export::book::Context;
use crate::export::certificate::{certificates, completed};
use crate::export::dates::{Zone, long_date};
use crate::export::learner::{RecordLine, record, record_table};
use crate::export::{Format, Target, write_sheets};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::{Lesson, Library};
use crate::progress::{Learner, SessionId, Store, StoreError};
use crate::settings::Settings;

/// What every export says about itself, from the settings and the computer's calendar.
pub(super) fn context(settings: &Settings, lang: Lang) -> Context {
    let zone = Zone::Local;
    Context {
        lang,
        zone,
        today: zone.day(Utc::now()),
        unit: settings.reporting_unit().to_string(),
    }
}

/// Opens the database for reading only: exports and reports never change it.
pub(super) fn open_store(
    data_dir: &Path,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<Option<Store>> {
    match Store::open_read_only(data_dir) {
        Ok(store) => Ok(Some(store)),
        Err(e) => {
            // On the standard error: `-o -` sends the sheet itself to the standard output.
            let _ = out;
            eprintln!("{}{}", lang.text().ui.error_prefix, e.message(lang));
            Ok(None)
        }
    }
}

/// Reads `--from/--to/--site`; a date that cannot be read is said plainly.
pub(super) fn period(
    args: &PeriodArgs,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<Option<Period>> {
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

/// Says where the export went (`done` words it for the shown path), or why it failed,
/// keeping the old file.
pub(super) fn finish(
    result: io::Result<()>,
    target: &Target,
    done: &dyn Fn(&str) -> String,
    lang: Lang,
    note: &mut dyn Write,
) -> io::Result<bool> {
    let shown = match target {
        Target::File(path) => escape_controls(&path.display().to_string()),
        Target::Stdout => "-".to_string(),
    };
    let e = match result {
        Ok(()) => {
            writeln!(note, "{}", done(&shown))?;
            return Ok(true);
        }
        // A closed pipe (`| head`) is the reader's choice, not a failure to report.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Err(e),
        Err(e) => e,
    };
    if let Some(store) = e.get_ref().and_then(|i| i.downcast_ref::<StoreError>()) {
        writeln!(
            note,
            "{}{}",
            lang.text().ui.error_prefix,
            store.message(lang)
        )?;
        return Ok(false);
    }
    if let Some(server) = e.get_ref().and_then(|i| i.downcast_ref::<DistrictError>()) {
        writeln!(
            note,
            "{}{}",
            lang.text().ui.error_prefix,
            server.message(lang)
        )?;
        return Ok(false);
    }
    let detail = match target {
        Target::File(path) if e.kind() == io::ErrorKind::StorageFull => {
            StoreError::DiskFull { path: path.clone() }.message(lang)
        }
        _ => format!("{shown}: {}", escape_controls(&e.to_string())),
    };
    let s = &lang.text().ui;
    writeln!(note, "{}", fill(s.export_failed, &[("detail", &detail)]))?;
    Ok(false)
}

/// The format for `target`, or None (said plainly) when `--format` and the file name
/// disagree.
pub(super) fn format_for(
    target: &Target,
    asked: Option<Format>,
    lang: Lang,
    note: &mut dyn Write,
) -> io::Result<Option<Format>> {
    match target.format(asked) {
        Ok(f) => Ok(Some(f)),
        Err(named) => {
            let path = match target {
                Target::File(p) => escape_controls(&p.display().to_string()),
                Target::Stdout => "-".into(),
            };
            let asked = asked.map_or("", Format::name);
            let w = &lang.text().export;
            let args: [(&str, &dyn std::fmt::Display); 3] =
                [("asked", &asked), ("path", &path), ("named", &named.name())];
            writeln!(note, "{}", fill(w.format_mismatch, &args))?;
            Ok(None)
        }
    }
}

/// The lessons `only` names (all when empty), in the library's order; Err with an id
/// no lesson has.
pub(super) fn lessons<'a>(
    library: &'a Library,
    only: &[String],
) -> Result<Vec<&'a Lesson>, String> {
    if let Some(id) = only.iter().find(|id| library.get(id).is_none()) {
        return Err(id.clone());
    }
    Ok(library
        .lessons
        .iter()
        .map(|l| &l.lesson)
        .filter(|l| only.is_empty() || only.iter().any(|id| id == l.id.as_str()))
        .collect())
}

/// Runs an export command. With `-o -` the file goes to `out` and every message to
/// standard error, so a pipe receives only the file.
pub fn export(
    cmd: &ExportCommand,
    data_dir: &Path,
    (library, settings): (&Library, &Settings),
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let output = match cmd {
        ExportCommand::Progress { output, .. }
        | ExportCommand::Learner { output, .. }
        | ExportCommand::Certificates { output, .. }
        | ExportCommand::Cards { output, .. } => output,
    };
    let target = Target::new(output);
    let mut stderr = io::stderr();
    let (note, out): (&mut dyn Write, &mut dyn Write) = match target {
        Target::Stdout => (&mut stderr, out),
        Target::File(_) => (out, &mut stderr),
    };
    if let ExportCommand::Progress {
        format,
        lessons: only,
        period: args,
        district,
        ..
    } = cmd
    {
        let job = progress::Job {
            format: *format,
            only,
            period: args,
            district: district.as_deref(),
        };
        return job.run(data_dir, (library, settings), lang, (note, out), &target);
    }
    let s = &lang.text().ui;
    let Some(store) = open_store(data_dir, lang, note)? else {
        return Ok(false);
    };
    match cmd {
        ExportCommand::Learner {
            code,
            format,
            certificate: as_certificate,
            ..
        } => {
            let format = if *as_certificate {
                None
            } else {
                let Some(format) = format_for(&target, *format, lang, note)? else {
                    return Ok(false);
                };
                Some(format)
            };
            let learner = match store.learner_by_code(code) {
                Ok(l) => l,
                Err(_) => {
                    let shown = escape_controls(code);
                    writeln!(
                        note,
                        "{}",
                        fill(lang.text().export.unknown_learner, &[("code", &shown)])
                    )?;
                    return Ok(false);
                }
            };
            let cx = context(settings, lang);
            let all: Vec<&Lesson> = library.lessons.iter().map(|l| &l.lesson).collect();
            let lines = match record(&store, &learner, &all, cx.zone) {
                Ok(lines) => lines,
                Err(e) => return store_failed(&e, lang, note),
            };
            let done = |path: &str| fill(s.written, &[("path", &path)]);
            let result = match format {
                None => match certificates(&[(&learner, &lines)], &cx) {
                    Some(page) => target.write_bytes(page.as_bytes(), out),
                    None => {
                        writeln!(note, "{}", nothing_completed(&learner, lang))?;
                        return Ok(false);
                    }
                },
                Some(format) => {
                    let table = record_table(&learner, &lines, &cx);
                    write_sheets(&[table], format, &target, out, lang)
                }
            };
            finish(result, &target, &done, lang, note)
        }
        ExportCommand::Cards {
            learners, session, ..
        } => learner_cards(
            &store,
            (learners, *session),
            settings,
            lang,
            (note, out),
            &target,
        ),
        ExportCommand::Progress { .. } => unreachable!("written above"),
        ExportCommand::Certificates { session, .. } => class_certificates(
            &store,
            SessionId(*session),
            library,
            settings,
            lang,
            (note, out),
            &target,
        ),
    }
}

/// `export cards`: the cards of the learners named, of a class, or of everyone.
fn learner_cards(
    store: &Store,
    (codes, session): (&[String], Option<i64>),
    settings: &Settings,
    lang: Lang,
    (note, out): (&mut dyn Write, &mut dyn Write),
    target: &Target,
) -> io::Result<bool> {
    let w = &lang.text().export;
    let mut site = if settings.default_site.trim().is_empty() {
        settings.organisation.clone()
    } else {
        settings.default_site.clone()
    };
    let mut chosen: Vec<Learner> = Vec::new();
    if let Some(id) = session {
        match store.session(SessionId(id)) {
            Ok(Some(s)) => {
                if !s.site.trim().is_empty() {
                    site = s.site.clone();
                }
                match store.attendees(s.id) {
                    Ok(a) => chosen.extend(a.into_iter().map(|a| a.learner)),
                    Err(e) => return store_failed(&e, lang, note),
                }
            }
            Ok(None) => {
                writeln!(note, "{}", fill(w.unknown_session, &[("id", &id)]))?;
                return Ok(false);
            }
            Err(e) => return store_failed(&e, lang, note),
        }
    }
    for code in codes {
        match store.learner_by_code(code) {
            Ok(l) if !chosen.iter().any(|c| c.id == l.id) => chosen.push(l),
            Ok(_) => {}
            Err(_) => {
                let shown = escape_controls(code);
                writeln!(note, "{}", fill(w.unknown_learner, &[("code", &shown)]))?;
                return Ok(false);
            }
        }
    }
    if codes.is_empty() && session.is_none() {
        match store.learners() {
            Ok(all) => chosen = all,
            Err(e) => return store_failed(&e, lang, note),
        }
    }
    let Some(page) = crate::export::cards::cards(&chosen, &site, lang) else {
        writeln!(note, "{}", lang.text().signup.cards_none)?;
        return Ok(false);
    };
    let count = chosen.len();
    let done = |path: &str| {
        fill(
            lang.text().signup.cards_written,
            &[("count", &count), ("path", &path)],
        )
    };
    finish(
        target.write_bytes(page.as_bytes(), out),
        target,
        &done,
        lang,
        note,
    )
}

/// No certificate for `learner`: nothing completed.
fn nothing_completed(learner: &Learner, lang: Lang) -> String {
    fill(
        lang.text().export.certificate_nothing,
        &[
            ("name", &escape_controls(&learner.display_name)),
            ("code", &escape_controls(&learner.code)),
        ],
    )
}

/// `export certificates --session ID`: one file, a certificate per learner of the class
/// who completed a lesson; the others are named on the terminal.
fn class_certificates(
    store: &Store,
    id: SessionId,
    library: &Library,
    settings: &Settings,
    lang: Lang,
    (note, out): (&mut dyn Write, &mut dyn Write),
    target: &Target,
) -> io::Result<bool> {
    let w = &lang.text().export;
    let session = match store.session(id) {
        Ok(Some(session)) => session,
        Ok(None) => {
            writeln!(note, "{}", fill(w.unknown_session, &[("id", &id.0)]))?;
            let recent = match store.sessions_between(NaiveDate::MIN, NaiveDate::MAX) {
                Ok(all) => all,
                Err(e) => return store_failed(&e, lang, note),
            };
            for s in recent.iter().rev().take(10) {
                let lesson = library
                    .get(&s.lesson_id)
                    .map_or(s.lesson_id.clone(), |l| l.lesson.title.clone());
                let line = fill(
                    w.session_line,
                    &[
                        ("id", &s.id.0),
                        ("date", &long_date(s.date, lang)),
                        ("site", &escape_controls(&s.site)),
                        ("lesson", &escape_controls(&lesson)),
                    ],
                );
                writeln!(note, "{line}")?;
            }
            return Ok(false);
        }
        Err(e) => return store_failed(&e, lang, note),
    };
    let cx = context(settings, lang);
    let all: Vec<&Lesson> = library.lessons.iter().map(|l| &l.lesson).collect();
    let attendees = match store.attendees(session.id) {
        Ok(a) => a,
        Err(e) => return store_failed(&e, lang, note),
    };
    let mut records = Vec::with_capacity(attendees.len());
    for a in &attendees {
        match record(store, &a.learner, &all, cx.zone) {
            Ok(lines) => records.push((&a.learner, lines)),
            Err(e) => return store_failed(&e, lang, note),
        }
    }
    let with: Vec<(&Learner, &[RecordLine])> = records
        .iter()
        .map(|(l, lines)| (*l, lines.as_slice()))
        .collect();
    let Some(file) = certificates(&with, &cx) else {
        writeln!(note, "{}", fill(w.certificates_none, &[("id", &id.0)]))?;
        return Ok(false);
    };
    let mut count = 0;
    for (learner, lines) in &with {
        if completed(lines).is_empty() {
            let skipped = fill(
                w.certificate_skipped,
                &[
                    ("name", &escape_controls(&learner.display_name)),
                    ("code", &escape_controls(&learner.code)),
                ],
            );
            writeln!(note, "{skipped}")?;
        } else {
            count += 1;
        }
    }
    let done = |path: &str| {
        fill(
            w.certificates_written,
            &[("count", &count), ("path", &path)],
        )
    };
    finish(
        target.write_bytes(file.as_bytes(), out),
        target,
        &done,
        lang,
        note,
    )
}
