//! `zhulao learner import FILE`: learners from the sign-up sheet a site already keeps
//! (XLSX, XLS, ODS or CSV). It reads the sheet (`sheet`), works out which column is the
//! name, the phone, the notes and the community (`columns`, with `--name-column` and its
//! kin to override), checks every row (`plan`), shows what it would do (`preview`), and
//! writes only when confirmed: `--yes`, or "y" typed at the prompt when standard input is
//! a terminal. Each learner gets the code the store gives it.

pub mod columns;
pub mod plan;
pub mod preview;
pub mod sheet;

use std::io::{self, BufRead, Write};
use std::path::Path;

use chrono::Utc;

use crate::cli::ImportArgs;
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::progress::store::db_path;
use crate::progress::{Learner, Store};
use columns::{ColumnProblem, Overrides, Pick};
use plan::{Line, NoteWords};
use sheet::ReadProblem;

/// How the command is answered: whether standard input is a terminal, and where the
/// answer is read from.
pub struct Answer<'a> {
    /// True when a person can be asked (standard input is a terminal).
    pub can_ask: bool,
    /// Where the answer is read.
    pub input: &'a mut dyn BufRead,
}

/// The message for a sheet that could not be read.
fn read_message(problem: &ReadProblem, lang: Lang) -> String {
    let w = &lang.text().signup;
    let shown = |p: &Path| escape_controls(&p.display().to_string());
    match problem {
        ReadProblem::Open(path, detail) => fill(
            w.open_failed,
            &[("path", &shown(path)), ("detail", &escape_controls(detail))],
        ),
        ReadProblem::NotASheet(path, detail) => fill(
            w.not_a_sheet,
            &[("path", &shown(path)), ("detail", &escape_controls(detail))],
        ),
        ReadProblem::NoSuchSheet(sheet, names) => {
            let names: Vec<String> = names.iter().map(|n| escape_controls(n)).collect();
            fill(
                w.no_such_sheet,
                &[
                    ("sheet", &escape_controls(sheet)),
                    ("names", &names.join(w.list_joiner)),
                ],
            )
        }
        ReadProblem::Empty => w.empty_sheet.to_string(),
    }
}

/// The learners already in the store, without creating or changing it: none when there
/// is no database yet.
fn existing(data_dir: &Path) -> Result<Vec<Learner>, crate::progress::StoreError> {
    if !db_path(data_dir).exists() {
        return Ok(Vec::new());
    }
    Store::open_read_only(data_dir)?.learners()
}

/// True for an answer that means yes.
fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "是" | "好" | "对"
    )
}

/// Runs `zhulao learner import`; true when it did what was asked (a preview declined at
/// the prompt included), false when nothing could be read or `--yes` is needed.
pub fn run(
    args: &ImportArgs,
    data_dir: &Path,
    lang: Lang,
    answer: Answer,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let w = &lang.text().signup;
    let error_prefix = lang.text().ui.error_prefix;
    let grid = match sheet::read(&args.file, args.sheet.as_deref()) {
        Ok(grid) => grid,
        Err(problem) => {
            writeln!(out, "{error_prefix}{}", read_message(&problem, lang))?;
            return Ok(false);
        }
    };
    let over = Overrides {
        name: args.name_column.as_deref().map(Pick::parse),
        phone: args.phone_column.as_deref().map(Pick::parse),
        notes: args.notes_column.as_deref().map(Pick::parse),
        community: args.community_column.as_deref().map(Pick::parse),
    };
    let columns = match columns::guess(&grid, &over) {
        Ok(columns) => columns,
        Err(ColumnProblem::NoNameColumn) => {
            writeln!(out, "{error_prefix}{}", w.no_name_column)?;
            return Ok(false);
        }
        Err(ColumnProblem::NoSuchHeader(option, header)) => {
            let header = escape_controls(&header);
            let args: [(&str, &dyn std::fmt::Display); 2] =
                [("option", &option), ("header", &header)];
            writeln!(out, "{error_prefix}{}", fill(w.no_such_header, &args))?;
            return Ok(false);
        }
    };
    let known = match existing(data_dir) {
        Ok(known) => known,
        Err(e) => {
            writeln!(out, "{error_prefix}{}", e.message(lang))?;
            return Ok(false);
        }
    };
    let community = |c: &str| fill(w.note_community, &[("community", &c)]);
    let phone = |d: &str| fill(w.note_phone, &[("digits", &d)]);
    let words = NoteWords {
        community: &community,
        phone: &phone,
        joiner: w.note_joiner,
    };
    let lines = plan::plan(&grid, &columns, &known, &words);
    let shown = args.file.display().to_string();
    for line in preview::preview(&shown, &grid, &columns, &lines, lang) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    let adds: Vec<(usize, &str, &str)> = lines
        .iter()
        .filter_map(|l| match l {
            Line::Add {
                row, name, notes, ..
            } => Some((*row, name.as_str(), notes.as_str())),
            Line::Skip { .. } => None,
        })
        .collect();
    if adds.is_empty() {
        writeln!(out, "{}", w.nothing_to_add)?;
        return Ok(true);
    }
    if !args.yes {
        if !answer.can_ask {
            writeln!(out, "{}", w.needs_yes)?;
            return Ok(false);
        }
        write!(out, "{}", fill(w.confirm, &[("count", &adds.len())]))?;
        out.flush()?;
        let mut reply = String::new();
        answer.input.read_line(&mut reply)?;
        if !is_yes(&reply) {
            writeln!(out, "{}", w.not_confirmed)?;
            return Ok(true);
        }
    }
    write(&adds, data_dir, lang, out)
}

/// Writes the learners in one transaction (all of them or, when one cannot be written,
/// none), each with the code the store gives it, and says which.
fn write(
    adds: &[(usize, &str, &str)],
    data_dir: &Path,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let w = &lang.text().signup;
    let error_prefix = lang.text().ui.error_prefix;
    let mut store = match Store::open(data_dir, Utc::now()) {
        Ok(store) => store,
        Err(e) => {
            writeln!(out, "{error_prefix}{}", e.message(lang))?;
            return Ok(false);
        }
    };
    let people: Vec<(&str, &str)> = adds
        .iter()
        .map(|(_, name, notes)| (*name, *notes))
        .collect();
    let added = match store.add_learners(&people, Utc::now()) {
        Ok(added) => added,
        Err((at, e)) => {
            let detail = e.message(lang);
            let said = match at.and_then(|i| adds.get(i)) {
                Some((row, name, _)) => fill(
                    w.add_failed,
                    &[
                        ("row", row),
                        ("name", &escape_controls(name)),
                        ("detail", &detail),
                    ],
                ),
                None => fill(w.write_failed, &[("detail", &detail)]),
            };
            writeln!(out, "{error_prefix}{said}")?;
            return Ok(false);
        }
    };
    writeln!(out, "{}", fill(w.added_heading, &[("count", &added.len())]))?;
    for l in &added {
        let name = escape_controls(&l.display_name);
        writeln!(
            out,
            "{}",
            fill(w.added_line, &[("code", &l.code), ("name", &name)])
        )?;
    }
    let codes: Vec<&str> = added.iter().map(|l| l.code.as_str()).collect();
    writeln!(
        out,
        "{}",
        fill(w.cards_hint, &[("codes", &codes.join(" "))])
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_in_both_languages() {
        for a in ["y\n", "Y", " yes ", "是\n"] {
            assert!(is_yes(a), "{a:?}");
        }
        for a in ["", "\n", "n", "no", "不"] {
            assert!(!is_yes(a), "{a:?}");
        }
    }
}
