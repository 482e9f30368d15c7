//! The preview `zhulao learner import` shows before it writes anything: the sheet, what
//! each column is used for, the people to import with what is worth a look, and every
//! row not imported with why.

use super::columns::{Columns, Role, letter};
use super::plan::{Flag, Line, Problem};
use super::sheet::Grid;
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::progress::learners::MAX_NAME_CHARS;

/// How many rows (or codes) a flag lists before "…".
const LIST_MAX: usize = 8;

/// Numbers or codes joined for a message, cut after [`LIST_MAX`].
pub fn joined<T: ToString>(items: &[T], lang: Lang) -> String {
    let mut parts: Vec<String> = items.iter().take(LIST_MAX).map(T::to_string).collect();
    if items.len() > LIST_MAX {
        parts.push("…".into());
    }
    parts.join(lang.text().signup.list_joiner)
}

/// The words for what a column is used for.
fn role_words(role: Role, lang: Lang) -> &'static str {
    let w = &lang.text().signup;
    match role {
        Role::Name => w.role_name,
        Role::Phone => w.role_phone,
        Role::Notes => w.role_notes,
        Role::Community => w.role_community,
    }
}

/// One flag's line.
fn flag_line(flag: &Flag, lang: Lang) -> String {
    let w = &lang.text().signup;
    match flag {
        Flag::Cleaned => w.flag_cleaned.to_string(),
        Flag::SameNameInSheet(rows) => fill(w.flag_same_in_sheet, &[("rows", &joined(rows, lang))]),
        Flag::SameNameInStore(codes) => {
            fill(w.flag_same_in_store, &[("codes", &joined(codes, lang))])
        }
        Flag::OddPhone(phone) => fill(w.flag_odd_phone, &[("phone", &escape_controls(phone))]),
    }
}

/// One skipped row's line.
fn problem_line(row: usize, name: &str, problem: &Problem, lang: Lang) -> String {
    let w = &lang.text().signup;
    let name = escape_controls(name);
    match problem {
        Problem::NoName => fill(w.problem_no_name, &[("row", &row)]),
        Problem::NameTooLong(count) => fill(
            w.problem_too_long,
            &[("row", &row), ("count", count), ("max", &MAX_NAME_CHARS)],
        ),
        Problem::NameHasDigits(_) => fill(w.problem_digits, &[("row", &row), ("name", &name)]),
        Problem::NotAName(_) => fill(w.problem_not_a_name, &[("row", &row), ("name", &name)]),
        Problem::SameAs(first) => fill(
            w.problem_same_as,
            &[("row", &row), ("name", &name), ("first", first)],
        ),
        Problem::AlreadyIn(code) => fill(
            w.problem_already_in,
            &[
                ("row", &row),
                ("name", &name),
                ("code", &escape_controls(code)),
            ],
        ),
    }
}

/// The preview's lines for `file` (as shown) read through `columns` into `lines`.
pub fn preview(
    file: &str,
    grid: &Grid,
    columns: &Columns,
    lines: &[Line],
    lang: Lang,
) -> Vec<String> {
    let w = &lang.text().signup;
    let file = escape_controls(file);
    let mut out = vec![match &grid.sheet {
        Some(sheet) => fill(
            w.preview_sheet,
            &[("file", &file), ("sheet", &escape_controls(sheet))],
        ),
        None => fill(w.preview_file, &[("file", &file)]),
    }];
    out.push(match columns.header {
        Some(h) => fill(w.header_row, &[("row", &grid.rows[h].number)]),
        None => w.no_header_row.to_string(),
    });
    out.push(w.columns_heading.to_string());
    let mut roles = columns.roles.clone();
    roles.sort_by_key(|(_, col, _)| *col);
    for (role, col, header) in &roles {
        out.push(fill(
            w.column_line,
            &[
                ("column", &letter(*col)),
                ("header", &escape_controls(header.trim())),
                ("role", &role_words(*role, lang)),
            ],
        ));
    }
    if !columns.ignored.is_empty() {
        let names: Vec<String> = columns
            .ignored
            .iter()
            .map(|(col, header)| format!("{} {}", letter(*col), escape_controls(header.trim())))
            .collect();
        out.push(fill(
            w.ignored_line,
            &[("columns", &names.join(w.list_joiner))],
        ));
    }
    let adds = lines
        .iter()
        .filter(|l| matches!(l, Line::Add { .. }))
        .count();
    if adds > 0 {
        out.push(String::new());
        out.push(fill(w.adding_heading, &[("count", &adds)]));
    }
    for line in lines {
        if let Line::Add {
            row,
            name,
            notes,
            flags,
        } = line
        {
            let name = escape_controls(name);
            out.push(if notes.is_empty() {
                fill(w.add_line_bare, &[("row", row), ("name", &name)])
            } else {
                let notes = escape_controls(notes);
                fill(
                    w.add_line,
                    &[("row", row), ("name", &name), ("notes", &notes)],
                )
            });
            out.extend(flags.iter().map(|f| flag_line(f, lang)));
        }
    }
    let skips = lines.len() - adds;
    if skips > 0 {
        out.push(String::new());
        out.push(fill(w.skipping_heading, &[("count", &skips)]));
    }
    for line in lines {
        if let Line::Skip { row, name, problem } = line {
            out.push(problem_line(*row, name, problem, lang));
        }
    }
    out
}
