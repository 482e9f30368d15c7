//! The progress sheet (学员进度表): one row per learner with a column group per lesson,
//! then (XLSX) a sheet per lesson at step level and a notes sheet.

use chrono::{DateTime, Local, NaiveDate};

use super::{Cell, Sheet};
use crate::i18n::{Lang, fill};
use crate::lesson::Lesson;
use crate::progress::{
    LessonProgress, LessonStatus, StepStatus, Store, StoreError, lesson_progress,
};

/// The local calendar date of a stored UTC timestamp.
fn local_date(at: &str) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.with_timezone(&Local).date_naive())
}

fn lesson_status(status: LessonStatus, lang: Lang) -> &'static str {
    let s = &lang.text().ui;
    match status {
        LessonStatus::NotStarted => s.status_not_started,
        LessonStatus::InProgress => s.status_in_progress,
        LessonStatus::Completed => s.status_completed,
    }
}

fn step_status(status: StepStatus, lang: Lang) -> &'static str {
    let s = &lang.text().ui;
    match status {
        StepStatus::NotStarted => s.status_not_started,
        StepStatus::Skipped => s.status_skipped,
        StepStatus::NeedsHelp => s.status_needs_help,
        StepStatus::Done => s.status_done,
    }
}

/// The header of a step-level sheet: learner code, name, then "1. title" per step.
pub fn step_header(lesson: &Lesson, lang: Lang) -> Vec<String> {
    let s = &lang.text().ui;
    let mut header = vec![s.export_code.to_string(), s.export_name.to_string()];
    header.extend(
        lesson
            .steps
            .iter()
            .enumerate()
            .map(|(i, st)| format!("{}. {}", i + 1, st.title)),
    );
    header
}

/// The heading of a notes column: the notes label without its colon.
pub fn notes_header(lang: Lang) -> String {
    lang.text()
        .ui
        .notes_label
        .trim_end_matches(['：', ':', ' '])
        .to_string()
}

/// Builds the sheets. `step_sheets` adds one sheet per lesson at step level (XLSX).
pub fn progress_sheets(
    store: &Store,
    lessons: &[&Lesson],
    lang: Lang,
    step_sheets: bool,
) -> Result<Vec<Sheet>, StoreError> {
    progress_sheets_for(store, lessons, lang, step_sheets, None)
}

/// The sheets for the learners in `only` (all learners when None).
pub fn progress_sheets_for(
    store: &Store,
    lessons: &[&Lesson],
    lang: Lang,
    step_sheets: bool,
    only: Option<&std::collections::HashSet<crate::progress::LearnerId>>,
) -> Result<Vec<Sheet>, StoreError> {
    let s = &lang.text().ui;
    let mut learners = store.learners()?;
    if let Some(only) = only {
        learners.retain(|l| only.contains(&l.id));
    }
    let table = store.progress_table(lessons)?;
    let mut header = vec![s.export_code.to_string(), s.export_name.to_string()];
    for l in lessons {
        header.push(format!("{}·{}", l.title, s.export_status));
        header.push(format!(
            "{}·{}",
            l.title,
            fill(s.export_done, &[("total", &l.steps.len())])
        ));
        header.push(format!("{}·{}", l.title, s.export_last));
    }
    let not_started: Vec<LessonProgress> = lessons
        .iter()
        .map(|l| lesson_progress(l, &Default::default()))
        .collect();
    let rows = learners
        .iter()
        .map(|learner| {
            let progress = table.get(&learner.id).unwrap_or(&not_started);
            let mut row = vec![
                Cell::Text(learner.code.clone()),
                Cell::Text(learner.display_name.clone()),
            ];
            for p in progress {
                row.push(Cell::Text(lesson_status(p.status, lang).to_string()));
                row.push(Cell::Number(p.steps_done as f64));
                row.push(
                    p.last_at
                        .as_deref()
                        .and_then(local_date)
                        .map_or(Cell::Empty, Cell::Date),
                );
            }
            row
        })
        .collect();
    let mut sheets = vec![Sheet {
        name: s.export_progress_sheet.to_string(),
        header,
        rows,
    }];
    if step_sheets {
        let facts = store.facts(None)?;
        for lesson in lessons {
            let header = step_header(lesson, lang);
            let rows = learners
                .iter()
                .map(|learner| {
                    let mine = facts
                        .get(&learner.id)
                        .and_then(|m| m.get(lesson.id.as_str()));
                    let mut row = vec![
                        Cell::Text(learner.code.clone()),
                        Cell::Text(learner.display_name.clone()),
                    ];
                    row.extend(lesson.steps.iter().map(|st| {
                        let status = mine
                            .and_then(|m| m.get(st.id.as_str()))
                            .map_or(StepStatus::NotStarted, |f| f.status());
                        Cell::Text(step_status(status, lang).to_string())
                    }));
                    row
                })
                .collect();
            sheets.push(Sheet {
                name: lesson.title.clone(),
                header,
                rows,
            });
        }
        let header = vec![
            s.export_code.to_string(),
            s.export_name.to_string(),
            s.export_registered.to_string(),
            notes_header(lang),
        ];
        let rows = learners
            .iter()
            .map(|l| {
                vec![
                    Cell::Text(l.code.clone()),
                    Cell::Text(l.display_name.clone()),
                    local_date(&l.created).map_or(Cell::Empty, Cell::Date),
                    Cell::Text(l.notes.clone()),
                ]
            })
            .collect();
        sheets.push(Sheet {
            name: s.export_notes_sheet.to_string(),
            header,
            rows,
        });
    }
    Ok(sheets)
}
