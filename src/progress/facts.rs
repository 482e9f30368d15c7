//! What the event log says about each step of each learner: the facts kept in the
//! per-lesson summary and derived again from the log, and the status they give.

/// What the log says about one step for one learner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepFacts {
    /// Time of the latest `done`.
    pub last_done: Option<String>,
    /// Time of the latest `needs_help`.
    pub last_help: Option<String>,
    /// True when the step was ever skipped (or marked absent).
    pub skipped: bool,
    /// How many wrong tries the log holds for the step.
    pub wrong_tries: u32,
    /// Time of the latest event of any kind.
    pub last_at: Option<String>,
    /// Total seconds the step was shown, over all its events.
    pub seconds: u64,
}

/// Where a learner stands on one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    /// No event for the step yet.
    NotStarted,
    /// Skipped (or marked absent), and never done or marked as needing help.
    Skipped,
    /// Marked as needing help, and not done since.
    NeedsHelp,
    /// Done, and not marked as needing help since.
    Done,
}

/// What progress needs of one step: its status, its latest event and time spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepSummary<'a> {
    /// Where the learner stands on the step.
    pub status: StepStatus,
    /// Time of the latest event of any kind (ISO 8601, UTC).
    pub last_at: Option<&'a str>,
    /// Total seconds the step was shown, over all its events.
    pub seconds: u64,
}

impl StepFacts {
    /// The latest of done / needs help decides; a skip only counts when neither happened.
    pub fn status(&self) -> StepStatus {
        match (&self.last_done, &self.last_help) {
            (Some(d), Some(h)) if h > d => StepStatus::NeedsHelp,
            (Some(_), _) => StepStatus::Done,
            (None, Some(_)) => StepStatus::NeedsHelp,
            (None, None) if self.skipped => StepStatus::Skipped,
            (None, None) => StepStatus::NotStarted,
        }
    }

    /// The parts of the facts that progress needs.
    pub fn summary(&self) -> StepSummary<'_> {
        StepSummary {
            status: self.status(),
            last_at: self.last_at.as_deref(),
            seconds: self.seconds,
        }
    }
}

/// The aggregate of the event log per learner, lesson and step. It reads the events
/// progress counts (`step_event_counted`: a mark taken back in class is left out), which
/// the index `step_event_by_learner_counted` covers; callers add `WHERE` and `GROUP BY`.
pub(super) const FACTS_SQL: &str = "
    SELECT learner, lesson_id, step_id,
           max(CASE WHEN outcome = 'done' THEN at END),
           max(CASE WHEN outcome = 'needs_help' THEN at END),
           max(outcome = 'skipped'),
           sum(outcome = 'wrong_try'),
           max(at),
           sum(seconds)
    FROM step_event_counted";

/// Reads columns 3–8 of a [`FACTS_SQL`] row.
pub(super) fn facts_from_row(r: &rusqlite::Row) -> rusqlite::Result<StepFacts> {
    Ok(StepFacts {
        last_done: r.get(3)?,
        last_help: r.get(4)?,
        skipped: r.get::<_, i64>(5)? != 0,
        wrong_tries: r.get::<_, i64>(6)? as u32,
        last_at: r.get(7)?,
        seconds: r.get::<_, i64>(8)?.max(0) as u64,
    })
}
