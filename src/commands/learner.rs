//! `zhulao learner add | list | show | rename | merge` and `zhulao data path | backup | check`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::cli::{DataCommand, LearnerCommand};
use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;
use crate::progress::store::{backup_path, db_path};
use crate::progress::{LessonStatus, Store, StoreError};

/// The name of a lesson status in the UI language.
pub fn status_name(status: LessonStatus, lang: Lang) -> &'static str {
    let s = &lang.text().ui;
    match status {
        LessonStatus::NotStarted => s.status_not_started,
        LessonStatus::InProgress => s.status_in_progress,
        LessonStatus::Completed => s.status_completed,
    }
}

/// Tells the error on the standard error, where scripts and logs look for it (`out` is
/// for what the command produced).
fn fail(e: StoreError, lang: Lang, _out: &mut dyn Write) -> io::Result<bool> {
    eprintln!("{}{}", lang.text().ui.error_prefix, e.message(lang));
    Ok(false)
}

/// The warning that learners of the same name exist already: each by code and note.
fn same_name_warning(twins: &[crate::progress::Learner], lang: Lang) -> String {
    let list: Vec<String> = twins
        .iter()
        .map(|t| {
            let mut who = format!("{} {}", escape_controls(&t.display_name), t.code);
            if !t.notes.is_empty() {
                who.push_str(&format!(" ({})", escape_controls(&t.notes)));
            }
            who
        })
        .collect();
    fill(
        lang.text().week.cli_same_name,
        &[("list", &list.join("、"))],
    )
}

/// Runs a learner command against the database in `data_dir`.
pub fn learner(
    cmd: &LearnerCommand,
    data_dir: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let s = &lang.text().ui;
    if let LearnerCommand::Import(args) = cmd {
        let stdin = io::stdin();
        let answer = super::import::Answer {
            can_ask: io::IsTerminal::is_terminal(&stdin),
            input: &mut stdin.lock(),
        };
        return super::import::run(args, data_dir, lang, answer, out);
    }
    // Listing and showing only read: the database is opened read-only, unchecked, and
    // never created; the commands that change it open it fully.
    let reads = matches!(cmd, LearnerCommand::List | LearnerCommand::Show { .. });
    let opened = if reads {
        Store::open_read_only(data_dir)
    } else {
        Store::open(data_dir, Utc::now())
    };
    let mut store = match opened {
        Ok(store) => store,
        Err(e) => return fail(e, lang, out),
    };
    let result = match cmd {
        LearnerCommand::Add { name, code, notes } => store
            .learners_named(name)
            .and_then(|twins| {
                let l = store.add_learner(name, code.as_deref(), Utc::now())?;
                let l = match notes {
                    Some(n) => store.set_notes(&l.code, n)?,
                    None => l,
                };
                Ok((l, twins))
            })
            .map(|(l, twins)| {
                // Grouped as on the learner card ("482 7193"), to read aloud and copy;
                // typed either way, the code finds the learner.
                let code = crate::progress::code::code_groups(&l.code).join(" ");
                let mut lines = vec![fill(
                    s.learner_added,
                    &[("name", &escape_controls(&l.display_name)), ("code", &code)],
                )];
                if !twins.is_empty() {
                    lines.push(same_name_warning(&twins, lang));
                }
                lines
            }),
        LearnerCommand::List => store.learners().map(|learners| {
            if learners.is_empty() {
                return vec![s.learner_none.to_string()];
            }
            let mut lines = vec![s.learner_header.to_string()];
            lines.extend(
                learners
                    .iter()
                    .map(|l| format!("{:<9} {}", l.code, escape_controls(&l.display_name))),
            );
            lines
        }),
        LearnerCommand::Show { code } => store.learner_by_code(code).and_then(|l| {
            let lessons: Vec<_> = library.lessons.iter().map(|l| &l.lesson).collect();
            let progress = store.progress(l.id, &lessons)?;
            let mut lines = vec![format!("{}  {}", l.code, escape_controls(&l.display_name))];
            if !l.notes.is_empty() {
                lines.push(format!("  {}{}", s.notes_label, escape_controls(&l.notes)));
            }
            for (lesson, p) in lessons.iter().zip(progress) {
                lines.push(format!(
                    "  {}  {}  {}/{} {}",
                    lesson.title,
                    status_name(p.status, lang),
                    p.steps_done,
                    p.steps_total,
                    s.steps_unit
                ));
            }
            Ok(lines)
        }),
        LearnerCommand::Rename { code, name } => store.rename_learner(code, name).map(|l| {
            vec![fill(
                s.learner_renamed,
                &[
                    ("code", &l.code),
                    ("name", &escape_controls(&l.display_name)),
                ],
            )]
        }),
        LearnerCommand::Import(_) => unreachable!("handled above"),
        LearnerCommand::Merge { keep, other } => store.merge_learners(keep, other).map(|l| {
            let name = escape_controls(&l.display_name);
            vec![fill(
                s.learner_merged,
                &[
                    ("other", &escape_controls(other)),
                    ("keep", &l.code),
                    ("name", &name),
                ],
            )]
        }),
        LearnerCommand::Delete { code } => store.erase_learner(code).map(|l| {
            vec![fill(
                s.learner_deleted,
                &[
                    ("code", &l.code),
                    ("name", &escape_controls(&l.display_name)),
                ],
            )]
        }),
    };
    match result {
        Ok(lines) => {
            for line in lines {
                writeln!(out, "{line}")?;
            }
            Ok(true)
        }
        Err(e) => fail(e, lang, out),
    }
}

/// Runs a data command.
pub fn data(
    cmd: &DataCommand,
    data_dir: &Path,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let s = &lang.text().ui;
    if let DataCommand::Path = cmd {
        writeln!(
            out,
            "{}{}",
            s.data_dir_label,
            escape_controls(&data_dir.display().to_string())
        )?;
        writeln!(
            out,
            "{}{}",
            s.db_label,
            escape_controls(&db_path(data_dir).display().to_string())
        )?;
        return Ok(true);
    }
    // A backup and a check only read (the check reads every page itself).
    let store = match Store::open_read_only(data_dir) {
        Ok(store) => store,
        Err(e) => return fail(e, lang, out),
    };
    let result = match cmd {
        DataCommand::Backup { output } => {
            let dest: PathBuf = output.clone().unwrap_or_else(|| {
                backup_path(data_dir, Utc::now(), store.schema_version().unwrap_or(0))
            });
            store.backup(&dest).map(|()| {
                fill(
                    s.backup_written,
                    &[("path", &escape_controls(&dest.display().to_string()))],
                )
            })
        }
        DataCommand::Check => store
            .check_integrity(false)
            .and_then(|()| store.learners())
            .map(|l| fill(s.data_check_ok, &[("learners", &l.len())])),
        DataCommand::Path => unreachable!("handled above"),
        DataCommand::Pack { .. } | DataCommand::Import { .. } => {
            unreachable!("commands::district::data")
        }
    };
    match result {
        Ok(line) => writeln!(out, "{line}").map(|()| true),
        Err(e) => fail(e, lang, out),
    }
}
