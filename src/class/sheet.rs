//! The class as a spreadsheet, from the summary screen: the roster with every mark, each
//! learner's questions right and the trainer's note, and the summary lines.

use super::state::quiz::score;
use super::state::{Class, Mark};
use super::view::summary_lines;
use crate::export::progress::{notes_header, step_header};
use crate::export::{Cell, Sheet};
use crate::lesson::sanitize::escape_controls;

/// The sheets of one class session.
pub fn class_sheets(class: &Class) -> Vec<Sheet> {
    let s = &class.lang.text().class;
    let ui = &class.lang.text().ui;
    let Some(lesson) = class.current_lesson() else {
        return Vec::new();
    };
    let mut header = step_header(lesson, class.lang);
    header.push(s.summary_quiz.trim_end_matches(['：', ':']).to_string());
    header.push(notes_header(class.lang));
    let rows = class
        .attendees
        .iter()
        .enumerate()
        .map(|(row, a)| {
            let mut cells = vec![
                Cell::Text(a.learner.code.clone()),
                Cell::Text(a.learner.display_name.clone()),
            ];
            cells.extend((0..lesson.steps.len()).map(|st| match class.mark(row, st) {
                Some(Mark::Done) => Cell::Text(ui.status_done.to_string()),
                Some(Mark::NeedsHelp) => Cell::Text(ui.status_needs_help.to_string()),
                Some(Mark::Absent) => Cell::Text(ui.status_skipped.to_string()),
                None => Cell::Empty,
            }));
            let (right, total) = score(class, row);
            cells.push(Cell::Text(format!("{right}/{total}")));
            cells.push(Cell::Text(a.note.clone()));
            cells
        })
        .collect();
    // The session's own date (corrected, or typed when the laptop's clock was wrong), its
    // site and trainer, above the summary.
    let session = class.session.as_ref().map(|s| {
        format!(
            "{} · {} · {}",
            s.date.format("%Y-%m-%d"),
            escape_controls(&s.site),
            escape_controls(&s.trainer)
        )
    });
    let summary = session
        .into_iter()
        .chain(summary_lines(class).into_iter().map(|(line, _)| line))
        .map(|line| vec![Cell::Text(line)])
        .collect();
    vec![
        Sheet {
            name: s.roster_sheet.to_string(),
            header,
            rows,
        },
        Sheet {
            name: s.summary_title.to_string(),
            header: vec![lesson.title.clone()],
            rows: summary,
        },
    ]
}
