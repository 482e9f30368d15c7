//! The step log as the step-difficulty report reads it: every step event that was not
//! taken back, of one lesson or of all.

use super::model::{LearnerId, Outcome};
use super::{Store, StoreError};

/// One step event: who, which lesson and step, the outcome and the seconds recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedStep {
    /// The learner.
    pub learner: LearnerId,
    /// The lesson's id.
    pub lesson_id: String,
    /// The step's id.
    pub step_id: String,
    /// What happened.
    pub outcome: Outcome,
    /// The seconds recorded with it.
    pub seconds: i64,
}

fn outcome(word: &str) -> Outcome {
    match word {
        "done" => Outcome::Done,
        "needs_help" => Outcome::NeedsHelp,
        "skipped" => Outcome::Skipped,
        _ => Outcome::WrongTry,
    }
}

impl Store {
    /// Every step event not taken back, of `lesson` (all lessons when None), in order.
    pub fn step_log(&self, lesson: Option<&str>) -> Result<Vec<LoggedStep>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT learner, lesson_id, step_id, outcome, seconds FROM step_event
                 WHERE (?1 IS NULL OR lesson_id = ?1)
                   AND uuid NOT IN (SELECT event FROM mark_cleared)
                 ORDER BY at, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([lesson], |r| {
                Ok(LoggedStep {
                    learner: LearnerId(r.get(0)?),
                    lesson_id: r.get(1)?,
                    step_id: r.get(2)?,
                    outcome: outcome(&r.get::<_, String>(3)?),
                    seconds: r.get(4)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }
}
