//! What class mode reads from the store for its screens: the session's times (again after
//! a learner left early or came back), and the lesson's step figures, computed by the
//! same function as the step-difficulty sheet.

use chrono::{DateTime, NaiveDateTime, Utc};

use super::msg::Figures;
use super::state::{Present, Times};
use crate::export::stats::steps::difficulty;
use crate::lesson::Lesson;
use crate::progress::{SessionId, Store, StoreError};

fn local(t: DateTime<Utc>) -> NaiveDateTime {
    t.with_timezone(&chrono::Local).naive_local()
}

/// A session's start and end and each attendee's time, in local time.
pub fn times(store: &Store, id: SessionId) -> Result<Times, StoreError> {
    Ok(Times {
        span: store
            .session_times(id)?
            .map(|(start, end)| (local(start), local(end))),
        presence: store
            .presence(id)?
            .into_iter()
            .map(|p| Present {
                learner: p.learner,
                seconds: p.seconds,
                left: p.left.map(local),
            })
            .collect(),
    })
}

/// The step figures of `lesson` from its whole step log (every mode), as the sheet of
/// `zhulao report steps` has them; none when it has no record.
pub fn step_figures(store: &Store, lesson: &Lesson) -> Result<Figures, StoreError> {
    let log = store.step_log(Some(lesson.id.as_str()))?;
    let lines = difficulty(&log, &[lesson])
        .into_iter()
        .next()
        .map(|l| l.steps)
        .unwrap_or_default();
    Ok(Figures(lines))
}
