//! Current progress, derived from the event log and keyed by stable step ids, so it
//! survives lesson edits: a removed step is ignored, a new one shows as not done.

use std::collections::HashMap;

use super::error::StoreError;
use super::facts::{FACTS_SQL, StepFacts, StepStatus, StepSummary, facts_from_row};
use super::model::LearnerId;
use super::state::{StateMap, decode, summaries};
use super::store::Store;
use crate::lesson::{Entry, Lesson};

/// Where a learner stands on a lesson as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    /// No event on any of the lesson's current steps yet.
    NotStarted,
    /// Some step has an event, but not every step is done.
    InProgress,
    /// Every step of the lesson is done.
    Completed,
}

/// One learner's progress on one lesson, against the lesson as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonProgress {
    /// Where the learner stands on the lesson as a whole.
    pub status: LessonStatus,
    /// How many of the lesson's current steps are done.
    pub steps_done: usize,
    /// How many steps the lesson has now.
    pub steps_total: usize,
    /// Which of the lesson's current steps are done, by step index.
    pub done: Vec<bool>,
    /// Index of the first step not done: where "continue where I stopped" opens.
    pub resume_at: usize,
    /// Indexes of the steps marked as needing help and not done since.
    pub needs_help: Vec<usize>,
    /// Time of the latest event on any current step (ISO 8601, UTC).
    pub last_at: Option<String>,
    /// Total seconds the current steps were shown (and, from `Store::progress`, the time
    /// in class on the lesson).
    pub seconds: u64,
}

/// Derives a lesson's progress from the facts of its steps (by step id).
pub fn lesson_progress(lesson: &Lesson, facts: &HashMap<String, StepFacts>) -> LessonProgress {
    lesson_progress_with(lesson, |id| facts.get(id).map(StepFacts::summary))
}

/// Derives a lesson's progress from a lookup of step summaries by step id. Steps the
/// lookup does not know are not started; ids the lesson no longer has are never asked.
pub fn lesson_progress_with<'a>(
    lesson: &Lesson,
    facts: impl Fn(&str) -> Option<StepSummary<'a>>,
) -> LessonProgress {
    let mut steps_done = 0;
    let mut done = vec![false; lesson.steps.len()];
    let mut resume_at = None;
    let mut needs_help = Vec::new();
    let mut any = false;
    let mut last_at: Option<&str> = None;
    let mut seconds = 0;
    for (i, step) in lesson.steps.iter().enumerate() {
        let summary = facts(step.id.as_str());
        let status = summary.map_or(StepStatus::NotStarted, |s| s.status);
        if let Some(s) = summary {
            any = true;
            seconds += s.seconds;
            if s.last_at > last_at {
                last_at = s.last_at;
            }
        }
        match status {
            StepStatus::Done => {
                steps_done += 1;
                done[i] = true;
            }
            StepStatus::NeedsHelp => needs_help.push(i),
            _ => {}
        }
        if status != StepStatus::Done && resume_at.is_none() {
            resume_at = Some(i);
        }
    }
    let status = if !lesson.steps.is_empty() && steps_done == lesson.steps.len() {
        LessonStatus::Completed
    } else if any {
        LessonStatus::InProgress
    } else {
        LessonStatus::NotStarted
    };
    LessonProgress {
        status,
        steps_done,
        steps_total: lesson.steps.len(),
        done,
        resume_at: resume_at.unwrap_or(0),
        needs_help,
        last_at: last_at.map(str::to_string),
        seconds,
    }
}

/// Facts per learner, then lesson id, then step id.
pub type FactTable = HashMap<LearnerId, HashMap<String, HashMap<String, StepFacts>>>;

/// Progress of every learner on every lesson: `table[learner][lesson index]`. Learners with
/// no events are absent (they have not started anything).
pub type ProgressTable = HashMap<LearnerId, Vec<LessonProgress>>;

impl Store {
    /// The progress of every learner on each of `lessons`, from the per-lesson summary
    /// (one row per learner and lesson) and the time in class: what exports and reports use.
    pub fn progress_table(&self, lessons: &[&Lesson]) -> Result<ProgressTable, StoreError> {
        let by_id: HashMap<&str, usize> = lessons
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        let mut table = ProgressTable::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT learner, lesson_id, steps FROM lesson_state")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let read = || -> rusqlite::Result<Option<(i64, usize, &str)>> {
                let Some(&i) = by_id.get(r.get_ref(1)?.as_str().unwrap_or("")) else {
                    return Ok(None);
                };
                Ok(Some((r.get(0)?, i, r.get_ref(2)?.as_str().unwrap_or(""))))
            };
            let Some((learner, i, text)) = read().map_err(|e| self.err(e))? else {
                continue;
            };
            let summaries = summaries(text);
            let progress = lesson_progress_with(lessons[i], |id| {
                summaries.iter().find(|(s, _)| *s == id).map(|(_, f)| *f)
            });
            let row = table.entry(LearnerId(learner)).or_insert_with(|| {
                lessons
                    .iter()
                    .map(|l| lesson_progress(l, &HashMap::new()))
                    .collect()
            });
            row[i] = progress;
        }
        for (learner, lesson, seconds) in self.class_seconds(None)? {
            let Some(&i) = by_id.get(lesson.as_str()) else {
                continue;
            };
            let row = table.entry(learner).or_insert_with(|| {
                lessons
                    .iter()
                    .map(|l| lesson_progress(l, &HashMap::new()))
                    .collect()
            });
            row[i].seconds += seconds;
        }
        Ok(table)
    }

    /// The step facts of one learner (or everyone), from the per-lesson summary.
    pub fn facts(&self, learner: Option<LearnerId>) -> Result<FactTable, StoreError> {
        let mut table = FactTable::new();
        self.each_state(learner, |l, lesson, facts| {
            table
                .entry(l)
                .or_default()
                .insert(lesson.to_string(), facts.into_iter().collect());
        })?;
        Ok(table)
    }

    /// Calls `f` with each summary row: learner, lesson id, step facts.
    fn each_state(
        &self,
        learner: Option<LearnerId>,
        mut f: impl FnMut(LearnerId, &str, StateMap),
    ) -> Result<(), StoreError> {
        let sql = match learner {
            Some(_) => "SELECT learner, lesson_id, steps FROM lesson_state WHERE learner = ?1",
            None => "SELECT learner, lesson_id, steps FROM lesson_state",
        };
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let mut rows = match learner {
            Some(l) => stmt.query([l.0]),
            None => stmt.query([]),
        }
        .map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let read = || -> rusqlite::Result<(i64, String, StateMap)> {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    decode(r.get_ref(2)?.as_str().unwrap_or("")),
                ))
            };
            let (l, lesson, facts) = read().map_err(|e| self.err(e))?;
            f(LearnerId(l), &lesson, facts);
        }
        Ok(())
    }

    /// The step facts computed directly from the event log, the source of truth; the
    /// summary must always agree with it.
    pub fn facts_from_events(&self, learner: Option<LearnerId>) -> Result<FactTable, StoreError> {
        let sql = match learner {
            Some(_) => {
                format!("{FACTS_SQL} WHERE learner = ?1 GROUP BY learner, lesson_id, step_id")
            }
            None => format!("{FACTS_SQL} GROUP BY learner, lesson_id, step_id"),
        };
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = match learner {
            Some(l) => stmt.query([l.0]),
            None => stmt.query([]),
        }
        .map_err(|e| self.err(e))?;
        let mut table = FactTable::new();
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let read = || -> rusqlite::Result<(i64, String, String, StepFacts)> {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, facts_from_row(r)?))
            };
            let (l, lesson, step, facts) = read().map_err(|e| self.err(e))?;
            table
                .entry(LearnerId(l))
                .or_default()
                .entry(lesson)
                .or_default()
                .insert(step, facts);
        }
        Ok(table)
    }

    /// Recomputes the per-lesson summary from the event log.
    pub fn rebuild_state(&mut self, learner: Option<LearnerId>) -> Result<(), StoreError> {
        self.write(|tx| super::state::rebuild(tx, learner))
    }

    /// Like [`Store::progress`], by lesson id and only for the lessons the learner has
    /// begun: the rest are not started, which the lists show from their headers, so
    /// their bodies are not read for this.
    pub fn begun_progress(
        &self,
        learner: LearnerId,
        lessons: &[Entry],
    ) -> Result<HashMap<String, LessonProgress>, StoreError> {
        let facts = self.facts(Some(learner))?;
        let Some(mine) = facts.get(&learner) else {
            return Ok(HashMap::new());
        };
        Ok(lessons
            .iter()
            .filter_map(|entry| {
                let facts = mine.get(entry.id.as_str())?;
                let lesson = entry.lesson().ok()?;
                Some((entry.id.to_string(), lesson_progress(lesson, facts)))
            })
            .collect())
    }

    /// One learner's progress on each of `lessons`, in the same order; its seconds are the
    /// time the steps were shown plus the time in class (from presence, see `sessions`).
    pub fn progress(
        &self,
        learner: LearnerId,
        lessons: &[&Lesson],
    ) -> Result<Vec<LessonProgress>, StoreError> {
        let facts = self.facts(Some(learner))?;
        let empty = HashMap::new();
        let mine = facts.get(&learner);
        let class: HashMap<String, u64> = self
            .class_seconds(Some(learner))?
            .into_iter()
            .map(|(_, lesson, seconds)| (lesson, seconds))
            .collect();
        Ok(lessons
            .iter()
            .map(|l| {
                let mut p =
                    lesson_progress(l, mine.and_then(|m| m.get(l.id.as_str())).unwrap_or(&empty));
                p.seconds += class.get(l.id.as_str()).copied().unwrap_or(0);
                p
            })
            .collect())
    }
}
