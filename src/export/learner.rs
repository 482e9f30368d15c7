//! One learner's record (学习档案): each lesson begun with its status, steps done of the
//! lesson's steps, the day it was completed, time spent and check questions right, under
//! a heading that names the learner.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Cell;
use super::book::{Context, Covers, Dates, Table, heading};
use crate::i18n::{Lang, fill};
use crate::lesson::Lesson;
use crate::progress::facts::StepFacts;
use crate::progress::state::apply;
use crate::progress::{
    Learner, LessonProgress, LessonStatus, Outcome, StepStatus, Store, StoreError,
};

/// One lesson in a learner's record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordLine {
    /// The lesson's id.
    pub lesson_id: String,
    /// The lesson's title.
    pub title: String,
    /// The learner's progress on the lesson.
    pub progress: LessonProgress,
    /// The local day the lesson was completed: when its last step not done was done
    /// (the latest such day, if it was later undone and done again). None until completed.
    pub finished_on: Option<NaiveDate>,
    /// Questions whose latest answer was right, of the lesson's questions.
    pub quiz_right: usize,
    /// How many check questions the lesson has.
    pub quiz_total: usize,
    /// The lesson's estimated minutes: what completing it counts for as 学时.
    pub minutes: u32,
}

/// The learner's latest answer per lesson and question: right or not.
fn latest_answers(
    store: &Store,
    learner: &Learner,
) -> Result<HashMap<(String, String), bool>, StoreError> {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT lesson_id, question_id, correct FROM quiz_answer
             WHERE learner = ?1 ORDER BY at, id",
        )
        .map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map([learner.id.0], |r| {
            Ok(((r.get(0)?, r.get(1)?), r.get::<_, bool>(2)?))
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| store.err(e))?;
    Ok(rows.into_iter().collect())
}

fn outcome(word: &str) -> Option<Outcome> {
    [
        Outcome::Done,
        Outcome::NeedsHelp,
        Outcome::Skipped,
        Outcome::WrongTry,
    ]
    .into_iter()
    .find(|o| o.as_str() == word)
}

/// When each lesson became complete, replaying the learner's log in order with the same
/// rules as progress: the time of the event after which every current step was done, the
/// latest such time if the lesson was undone (marked as needing help) and done again.
fn completed_at(
    store: &Store,
    learner: &Learner,
    lessons: &[&Lesson],
) -> Result<HashMap<String, String>, StoreError> {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT lesson_id, step_id, outcome, at, seconds FROM step_event_counted
             WHERE learner = ?1 ORDER BY at, id",
        )
        .map_err(|e| store.err(e))?;
    let mut rows = stmt.query([learner.id.0]).map_err(|e| store.err(e))?;
    let by_id: HashMap<&str, &Lesson> = lessons.iter().map(|l| (l.id.as_str(), *l)).collect();
    let mut facts: HashMap<String, HashMap<String, StepFacts>> = HashMap::new();
    let mut done: HashMap<String, String> = HashMap::new();
    while let Some(r) = rows.next().map_err(|e| store.err(e))? {
        let read = || -> rusqlite::Result<(String, String, String, String, u32)> {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        };
        let (lesson, step, word, at, seconds) = read().map_err(|e| store.err(e))?;
        let (Some(l), Some(o)) = (by_id.get(lesson.as_str()), outcome(&word)) else {
            continue;
        };
        let mine = facts.entry(lesson.clone()).or_default();
        apply(mine.entry(step).or_default(), o, &at, seconds);
        let complete = !l.steps.is_empty()
            && l.steps.iter().all(|st| {
                mine.get(st.id.as_str())
                    .is_some_and(|f| f.status() == StepStatus::Done)
            });
        match (complete, done.contains_key(&lesson)) {
            (true, false) => {
                done.insert(lesson, at);
            }
            (false, true) => {
                done.remove(&lesson);
            }
            _ => {}
        }
    }
    Ok(done)
}

/// The learner's record on `lessons`, lessons never started left out.
pub fn record(
    store: &Store,
    learner: &Learner,
    lessons: &[&Lesson],
    zone: super::dates::Zone,
) -> Result<Vec<RecordLine>, StoreError> {
    let progress = store.progress(learner.id, lessons)?;
    let answers = latest_answers(store, learner)?;
    let completed = completed_at(store, learner, lessons)?;
    Ok(lessons
        .iter()
        .zip(progress)
        .filter(|(_, p)| p.status != LessonStatus::NotStarted)
        .map(|(l, p)| {
            let quiz_right = l
                .quiz
                .iter()
                .filter(|q| {
                    answers
                        .get(&(l.id.to_string(), q.id.to_string()))
                        .copied()
                        .unwrap_or(false)
                })
                .count();
            let finished_on = (p.status == LessonStatus::Completed)
                .then(|| {
                    completed
                        .get(l.id.as_str())
                        .or(p.last_at.as_ref())
                        .and_then(|at| zone.day_of(at))
                })
                .flatten();
            RecordLine {
                lesson_id: l.id.to_string(),
                title: l.title.clone(),
                progress: p,
                finished_on,
                quiz_right,
                quiz_total: l.quiz.len(),
                minutes: l.estimated_minutes,
            }
        })
        .collect())
}

fn status_word(status: LessonStatus, lang: Lang) -> &'static str {
    let s = &lang.text().ui;
    match status {
        LessonStatus::NotStarted => s.status_not_started,
        LessonStatus::InProgress => s.status_in_progress,
        LessonStatus::Completed => s.status_completed,
    }
}

/// The record as a table with its rows: a heading naming the learner, then a lesson a
/// row. Counts are numbers in columns of their own (4 of 6 steps is 4 and 6), never
/// "4/6", which a spreadsheet would take for a date.
pub fn record_table(
    learner: &Learner,
    lines: &[RecordLine],
    cx: &Context,
) -> (Table, Vec<Vec<Cell>>) {
    let lang = cx.lang;
    let w = &lang.text().export;
    let who = fill(
        w.record_learner,
        &[("name", &learner.display_name), ("code", &learner.code)],
    );
    let header: Vec<String> = [
        lang.text().ui.lesson,
        w.status,
        w.steps_done,
        w.steps_total,
        w.finished_on,
        w.minutes_spent,
        w.quiz_right,
        w.quiz_total,
    ]
    .map(str::to_string)
    .to_vec();
    let rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|l| {
            vec![
                Cell::Text(l.title.clone()),
                Cell::Text(status_word(l.progress.status, lang).to_string()),
                Cell::Number(l.progress.steps_done as f64),
                Cell::Number(l.progress.steps_total as f64),
                l.finished_on.map_or(Cell::Empty, Cell::Date),
                Cell::Number((l.progress.seconds as f64 / 60.0).round()),
                Cell::Number(l.quiz_right as f64),
                Cell::Number(l.quiz_total as f64),
            ]
        })
        .collect();
    let mut table = Table::plain(w.record_sheet, header).fit_rows(&rows);
    table.heading = heading(w.record_title, Some(&Covers::default()), &[who], cx);
    table.dates = Dates::Long;
    if let Some(first) = table.widths.first_mut() {
        *first = first.min(30.0);
    }
    (table, rows)
}
