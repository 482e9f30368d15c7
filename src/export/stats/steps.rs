//! What seniors find hard: per lesson and step, how many reached it, the wrong tries and
//! needs-help marks, the median time, and how many of those who reached it never finished
//! the lesson; as a sheet with a chart per lesson.

use std::collections::{HashMap, HashSet};

use super::super::Cell;
use super::super::book::{Context, Table, heading};
use super::chart::{Area, ChartSpec, Kind};
use super::sheet::Filled;
use crate::i18n::fill;
use crate::lesson::Lesson;
use crate::progress::step_log::LoggedStep;
use crate::progress::{LearnerId, Outcome};

/// One step's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLine {
    /// The step's number in the lesson, from 1.
    pub number: usize,
    /// The step's title.
    pub title: String,
    /// Learners with any record on the step.
    pub reached: usize,
    /// Wrong tries recorded.
    pub wrong: usize,
    /// Needs-help marks.
    pub help: usize,
    /// The median of the seconds recorded when the step was done; None when none were.
    pub median_seconds: Option<f64>,
    /// Of those who reached the step, how many never finished the lesson.
    pub dropped: usize,
}

/// One lesson's steps.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonSteps {
    /// The lesson's title.
    pub title: String,
    /// Its steps, in order.
    pub steps: Vec<StepLine>,
}

/// The median of `values` (sorted here); None for none.
pub fn median(mut values: Vec<i64>) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2] as f64),
        _ => Some((values[n / 2 - 1] + values[n / 2]) as f64 / 2.0),
    }
}

/// The figures of each lesson in `lessons` that has a record, from the step log.
pub fn difficulty(log: &[LoggedStep], lessons: &[&Lesson]) -> Vec<LessonSteps> {
    let mut out = Vec::new();
    for lesson in lessons {
        let events: Vec<&LoggedStep> = log
            .iter()
            .filter(|e| e.lesson_id == lesson.id.as_str())
            .collect();
        if events.is_empty() {
            continue;
        }
        let mut done: HashMap<LearnerId, HashSet<&str>> = HashMap::new();
        for e in events.iter().filter(|e| e.outcome == Outcome::Done) {
            done.entry(e.learner)
                .or_default()
                .insert(e.step_id.as_str());
        }
        let finished: HashSet<LearnerId> = done
            .iter()
            .filter(|(_, steps)| lesson.steps.iter().all(|s| steps.contains(s.id.as_str())))
            .map(|(l, _)| *l)
            .collect();
        let steps = lesson
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let on: Vec<&&LoggedStep> = events
                    .iter()
                    .filter(|e| e.step_id == step.id.as_str())
                    .collect();
                let reached: HashSet<LearnerId> = on.iter().map(|e| e.learner).collect();
                let count = |o: Outcome| on.iter().filter(|e| e.outcome == o).count();
                StepLine {
                    number: i + 1,
                    title: step.title.clone(),
                    reached: reached.len(),
                    wrong: count(Outcome::WrongTry),
                    help: count(Outcome::NeedsHelp),
                    median_seconds: median(
                        on.iter()
                            .filter(|e| e.outcome == Outcome::Done && e.seconds > 0)
                            .map(|e| e.seconds)
                            .collect(),
                    ),
                    dropped: reached.iter().filter(|l| !finished.contains(l)).count(),
                }
            })
            .collect();
        out.push(LessonSteps {
            title: lesson.title.clone(),
            steps,
        });
    }
    out
}

/// The sheet: a row per lesson and step; and a sheet of charts, one per lesson, of wrong
/// tries and needs-help marks per step, two to a printed page.
pub fn steps_table(all: &[LessonSteps], cx: &Context) -> (Vec<Filled>, Vec<ChartSpec>) {
    let t = &cx.lang.text().reports;
    let header = [
        t.lesson,
        t.step_no,
        t.step,
        t.reached,
        t.wrong,
        t.help,
        t.median,
        t.dropped,
        t.drop_rate,
    ]
    .map(str::to_string)
    .to_vec();
    let mut rows = Vec::new();
    let mut charts: Vec<ChartSpec> = Vec::new();
    for lesson in all {
        let first = rows.len() as i64;
        for s in &lesson.steps {
            rows.push(vec![
                Cell::Text(lesson.title.clone()),
                Cell::Number(s.number as f64),
                Cell::Text(s.title.clone()),
                Cell::Number(s.reached as f64),
                Cell::Number(s.wrong as f64),
                Cell::Number(s.help as f64),
                s.median_seconds.map_or(Cell::Empty, Cell::Number),
                Cell::Number(s.dropped as f64),
                if s.reached == 0 {
                    Cell::Empty
                } else {
                    Cell::Number((s.dropped as f64 * 1000.0 / s.reached as f64).round() / 10.0)
                },
            ]);
        }
        let last = rows.len() as i64 - 1;
        if last >= first {
            charts.push(ChartSpec {
                table: 0,
                kind: Kind::Column,
                title: fill(t.chart_steps, &[("title", &lesson.title)]),
                categories: Area::column(1, first, last),
                series: vec![
                    (t.wrong.to_string(), Area::column(4, first, last)),
                    (t.help.to_string(), Area::column(5, first, last)),
                ],
                // On the chart sheet, 18 rows apart (a chart is 16 rows high), two to a
                // page: beside the table they fell across its page breaks.
                on: 1,
                at: (charts.len() as u32 * 18, 0),
                new_page: charts.len() % 2 == 0 && !charts.is_empty(),
            });
        }
    }
    let mut table = Table::plain(t.steps_title, header).fit_rows(&rows);
    table.widths[0] = table.widths[0].min(20.0);
    table.widths[2] = table.widths[2].min(28.0);
    table.heading = heading(t.steps_title, None, &[], cx);
    table.footer = vec![t.steps_note.to_string()];
    table.freeze = 3;
    let mut sheet = Table::plain(t.steps_charts, Vec::new());
    sheet.heading = heading(t.steps_charts, None, &[], cx);
    (vec![(table, rows), (sheet, Vec::new())], charts)
}
