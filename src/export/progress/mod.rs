//! The progress sheet (学员进度表): a row per learner (by learner code) with a column
//! group per lesson (状态, 步数, 最近学习) under a two-row header; with XLSX a sheet per
//! lesson at step level and a notes sheet. Rows are made one learner at a time and go
//! straight to the file, so ten thousand learners need no more memory than one.
//!
//! With a period or a site, the rows are the learners active then (signed in to a class,
//! or with a recorded step) and every cell counts only the steps recorded in those local
//! days — and, with a site, in that site's classes.
//!
//! The learners and their step facts come from a [`Source`]: this machine's database
//! ([`Local`]) or the district's (`district::progress`), whose rows also say the site each
//! learner registered at (a 地点 column after the name).

mod local;

use std::collections::HashMap;
use std::io;

pub use local::{Local, days, store_io};

use super::book::{Context, Covers, Dates, Group, Sink, Table, fit, heading};
use super::{Cell, Sheet};
use crate::i18n::{Lang, fill};
use crate::lesson::Lesson;
use crate::progress::store::LearnerFacts;
use crate::progress::{Learner, LessonStatus, StepStatus, Store, StoreError, lesson_progress};

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

/// What a progress export covers.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// The lessons, in column order.
    pub lessons: &'a [&'a Lesson],
    /// The days and site; all None for everything.
    pub covers: Covers,
    /// Adds a sheet per lesson at step level and a notes sheet (XLSX).
    pub step_sheets: bool,
}

impl Query<'_> {
    /// True when a period or a site picks the rows and the cells.
    pub fn filtered(&self) -> bool {
        let c = &self.covers;
        c.from.is_some() || c.to.is_some() || c.site.is_some()
    }
}

fn widest(words: &[&str]) -> usize {
    use unicode_width::UnicodeWidthStr;
    words.iter().map(|w| w.width()).max().unwrap_or(0)
}

/// The tables of the export, without rows: the progress sheet first; `sites` adds a
/// column of each learner's site after the name (the district's export).
pub fn tables(q: &Query, cx: &Context, widths: (usize, usize, usize), sites: bool) -> Vec<Table> {
    let s = &cx.lang.text().ui;
    let w = &cx.lang.text().export;
    let extra: Vec<String> = if q.filtered() {
        vec![w.filtered_note.to_string()]
    } else {
        Vec::new()
    };
    let head = |title: &str| heading(title, Some(&q.covers), &extra, cx);
    let (code_w, name_w) = (fit(widths.0.max(6)), fit(widths.1.clamp(4, 16)));
    let statuses = [
        s.status_not_started,
        s.status_in_progress,
        s.status_completed,
        s.export_status,
    ];
    let status_w = fit(widest(&statuses)).min(10.0) - 1.0;
    let mut groups = vec![
        Group {
            title: String::new(),
            span: 1
        };
        2
    ];
    let mut header = vec![s.export_code.to_string(), s.export_name.to_string()];
    let mut col_widths = vec![code_w, name_w];
    if sites {
        groups.push(Group {
            title: String::new(),
            span: 1,
        });
        header.push(s.site.to_string());
        col_widths.push(fit(widths.2.clamp(4, 16)));
    }
    let frozen = header.len() as u16;
    for l in q.lessons {
        let title = fill(
            w.lesson_steps,
            &[("title", &l.title), ("total", &l.steps.len())],
        );
        groups.push(Group { title, span: 3 });
        header.extend([
            s.export_status.to_string(),
            w.steps_short.to_string(),
            s.export_last.to_string(),
        ]);
        col_widths.extend([status_w, 6.0, 11.0]);
    }
    let mut out = vec![Table {
        name: s.export_progress_sheet.to_string(),
        heading: head(w.progress_title),
        groups,
        header,
        footer: Vec::new(),
        widths: col_widths,
        freeze: frozen,
        dates: Dates::Short,
    }];
    if !q.step_sheets {
        return out;
    }
    let step_words = [
        s.status_not_started,
        s.status_skipped,
        s.status_needs_help,
        s.status_done,
    ];
    for lesson in q.lessons {
        let header = step_header(lesson, cx.lang);
        let mut widths = vec![code_w, name_w];
        widths.extend(
            header[2..]
                .iter()
                .map(|_| fit(widest(&step_words)).max(10.0)),
        );
        out.push(Table {
            name: lesson.title.clone(),
            heading: head(&fill(w.steps_title, &[("title", &lesson.title)])),
            groups: Vec::new(),
            header,
            footer: Vec::new(),
            widths,
            freeze: 2,
            dates: Dates::Long,
        });
    }
    out.push(Table {
        name: s.export_notes_sheet.to_string(),
        heading: head(s.export_notes_sheet),
        groups: Vec::new(),
        header: vec![
            s.export_code.to_string(),
            s.export_name.to_string(),
            s.export_registered.to_string(),
            notes_header(cx.lang),
        ],
        footer: Vec::new(),
        widths: vec![code_w, name_w, 18.0, 40.0],
        freeze: 2,
        dates: Dates::Long,
    });
    out
}

/// One row's learner: who, and (from the district) the site they registered at.
#[derive(Debug, Clone)]
pub struct Person {
    /// The learner (its id means something only to the source that made it).
    pub learner: Learner,
    /// The site the learner registered at; empty when the source has no sites.
    pub site: String,
}

/// Where a progress export's learners and their step facts come from. Errors travel as
/// `io::Error`s carrying the source's own error.
pub trait Source {
    /// True when the rows say each learner's site.
    fn sites(&self) -> bool;
    /// The learners the export has a row for, in row order (by learner code).
    fn people(&mut self, q: &Query, cx: &Context) -> io::Result<Vec<Person>>;
    /// Calls `each` with every one of `people`, in order, and their step facts (all of
    /// them, or of the query's period and site), one learner at a time.
    fn facts(
        &mut self,
        people: &[Person],
        q: &Query,
        cx: &Context,
        each: &mut dyn FnMut(&Person, &LearnerFacts) -> io::Result<()>,
    ) -> io::Result<()>;
}

/// Learner codes are digits: in number order (999 before 1001), the shorter first when
/// the numbers are equal (12, 012, 0012), as the local query orders them: for sources that
/// sort in Rust.
pub fn code_order(code: &str) -> (i64, usize, &str) {
    // As SQLite's CAST(code AS INTEGER): the leading digits, capped at i64::MAX.
    let digits = code.bytes().take_while(u8::is_ascii_digit);
    let number = digits.fold(0i64, |n, d| {
        n.saturating_mul(10).saturating_add(i64::from(d - b'0'))
    });
    (number, code.len(), code)
}

/// The widest learner code, name and site, in display columns (for the column widths).
fn widths_of(people: &[Person]) -> (usize, usize, usize) {
    use unicode_width::UnicodeWidthStr;
    let widest = |f: &dyn Fn(&Person) -> &str| people.iter().map(|p| f(p).width()).max();
    (
        widest(&|p| &p.learner.code).unwrap_or(0),
        widest(&|p| &p.learner.display_name).unwrap_or(0),
        widest(&|p| &p.site).unwrap_or(0),
    )
}

/// Picks the learners of this machine's database, then writes the export's tables, one
/// learner's rows at a time; returns the tables and the number of learners. `write` gets
/// the tables and a function that feeds the rows to a sink.
pub fn export<T>(
    store: &Store,
    q: &Query,
    cx: &Context,
    write: impl FnOnce(&[Table], &mut dyn FnMut(&mut dyn Sink) -> io::Result<usize>) -> io::Result<T>,
) -> io::Result<T> {
    export_from(&mut Local(store), q, cx, write)
}

/// [`export`] from any [`Source`].
pub fn export_from<T>(
    source: &mut dyn Source,
    q: &Query,
    cx: &Context,
    write: impl FnOnce(&[Table], &mut dyn FnMut(&mut dyn Sink) -> io::Result<usize>) -> io::Result<T>,
) -> io::Result<T> {
    let people = source.people(q, cx)?;
    let sites = source.sites();
    let tables = tables(q, cx, widths_of(&people), sites);
    let mut rows = |sink: &mut dyn Sink| {
        let mut each =
            |person: &Person, facts: &LearnerFacts| write_rows(q, cx, person, facts, sites, sink);
        source.facts(&people, q, cx, &mut each)?;
        Ok(people.len())
    };
    write(&tables, &mut rows)
}

/// Writes one learner's rows: the progress sheet's and (XLSX) the step and notes sheets'.
fn write_rows(
    q: &Query,
    cx: &Context,
    person: &Person,
    facts: &LearnerFacts,
    sites: bool,
    sink: &mut dyn Sink,
) -> io::Result<()> {
    let lang = cx.lang;
    let learner = &person.learner;
    let empty = HashMap::new();
    let who = || {
        vec![
            Cell::Text(learner.code.clone()),
            Cell::Text(learner.display_name.clone()),
        ]
    };
    let mut row = who();
    if sites {
        row.push(Cell::Text(person.site.clone()));
    }
    for lesson in q.lessons {
        let mine = facts.get(lesson.id.as_str()).unwrap_or(&empty);
        let p = lesson_progress(lesson, mine);
        row.push(Cell::Text(lesson_status(p.status, lang).to_string()));
        row.push(Cell::Number(p.steps_done as f64));
        row.push(
            p.last_at
                .as_deref()
                .and_then(|at| cx.zone.day_of(at))
                .map_or(Cell::Empty, Cell::Date),
        );
    }
    sink.row(0, &row)?;
    if !q.step_sheets {
        return Ok(());
    }
    for (i, lesson) in q.lessons.iter().enumerate() {
        let mine = facts.get(lesson.id.as_str());
        let mut row = who();
        row.extend(lesson.steps.iter().map(|st| {
            let status = mine
                .and_then(|m| m.get(st.id.as_str()))
                .map_or(StepStatus::NotStarted, |f| f.status());
            Cell::Text(step_status(status, lang).to_string())
        }));
        sink.row(i + 1, &row)?;
    }
    let mut row = who();
    row.push(
        cx.zone
            .day_of(&learner.created)
            .map_or(Cell::Empty, Cell::Date),
    );
    row.push(Cell::Text(learner.notes.clone()));
    sink.row(q.lessons.len() + 1, &row)
}

/// Keeps the rows in memory, for callers that want sheets.
struct Collect(Vec<Vec<Vec<Cell>>>);

impl Sink for Collect {
    fn row(&mut self, table: usize, cells: &[Cell]) -> io::Result<()> {
        if let Some(rows) = self.0.get_mut(table) {
            rows.push(cells.to_vec());
        }
        Ok(())
    }
}

/// Builds the sheets in memory, every learner and all their progress, with a one-row
/// header (for the home screen's export). `step_sheets` adds one sheet per lesson at step
/// level and a notes sheet.
pub fn progress_sheets(
    store: &Store,
    lessons: &[&Lesson],
    lang: Lang,
    step_sheets: bool,
) -> Result<Vec<Sheet>, StoreError> {
    let q = Query {
        lessons,
        covers: Covers::default(),
        step_sheets,
    };
    let cx = Context {
        lang,
        zone: super::dates::Zone::Local,
        today: chrono::Local::now().date_naive(),
        unit: String::new(),
    };
    let result = export(store, &q, &cx, |tables, rows| {
        let mut collect = Collect(vec![Vec::new(); tables.len()]);
        rows(&mut collect)?;
        Ok(tables
            .iter()
            .zip(collect.0)
            .map(|(t, rows)| Sheet {
                name: t.name.clone(),
                header: t.flat_header(),
                rows,
            })
            .collect())
    });
    result.map_err(|e| match e.downcast::<StoreError>() {
        Ok(e) => e,
        Err(e) => StoreError::Other {
            detail: e.to_string(),
        },
    })
}
