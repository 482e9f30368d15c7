//! Class sessions in the store: the session itself (date, site, trainer, lesson, the step
//! the class is on), who attended, the trainer's marks and notes, and the class's answers
//! to check questions. Every mark is a step event of mode `class`, written at once.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};

use super::model::{LearnerId, Outcome, PlanId, timestamp};
use super::{Learner, Store, StoreError};
use crate::lesson::model::{LessonId, QuestionId};

/// A class session's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(pub i64);

/// One class session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSession {
    /// The session's row id; its events point at it.
    pub id: SessionId,
    /// The day the class was held.
    pub date: NaiveDate,
    /// Where the class was held, such as a community centre.
    pub site: String,
    /// Who taught it.
    pub trainer: String,
    /// The lesson the class worked through.
    pub lesson_id: String,
    /// The step id the class was on when last saved ('' before the first step).
    pub current_step: String,
    /// The plan it holds, when it was started from one.
    pub plan: Option<PlanId>,
}

/// What a new session is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The day the class is held.
    pub date: NaiveDate,
    /// Where the class is held.
    pub site: String,
    /// Who teaches it.
    pub trainer: String,
    /// The lesson the class works through.
    pub lesson_id: String,
}

/// A learner in a session, with the note on them (the learner's own note: written in any
/// class or with `zhulao learner add --notes`, it follows the learner to every class).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    /// The learner who attended.
    pub learner: Learner,
    /// The note on this learner (the learner's notes); may be empty.
    pub note: String,
}

/// The latest mark per learner and step in a session, and the latest answer per learner
/// and question: a trainer who corrects a mark changes what the class screens show, while
/// every earlier event stays in the log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionRecord {
    /// Learner, step id and the latest outcome marked for that learner and step.
    pub marks: Vec<(LearnerId, String, Outcome)>,
    /// Learner, question id, chosen option (from 0) and whether it was right; the latest each.
    pub answers: Vec<(LearnerId, String, usize, bool)>,
}

/// A date as stored: `YYYY-MM-DD`, which sorts as text. Dates outside years 0–9999 (such as
/// `NaiveDate::MIN`/`MAX` for an open-ended period) are clamped, because chrono writes them
/// with a sign and more digits, which would not sort with the stored dates.
fn iso_day(d: NaiveDate) -> String {
    let lo = NaiveDate::from_ymd_opt(0, 1, 1).unwrap_or(NaiveDate::MIN);
    let hi = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    d.clamp(lo, hi).format("%Y-%m-%d").to_string()
}

fn outcome(word: &str) -> Outcome {
    match word {
        "done" => Outcome::Done,
        "needs_help" => Outcome::NeedsHelp,
        "skipped" => Outcome::Skipped,
        _ => Outcome::WrongTry,
    }
}

fn session_row(r: &rusqlite::Row) -> rusqlite::Result<ClassSession> {
    let date: String = r.get(1)?;
    Ok(ClassSession {
        id: SessionId(r.get(0)?),
        date: NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap_or_default(),
        site: r.get(2)?,
        trainer: r.get(3)?,
        lesson_id: r.get(4)?,
        current_step: r.get(5)?,
        plan: r.get::<_, Option<i64>>(6)?.map(PlanId),
    })
}

const SESSION: &str =
    "SELECT id, date, site, trainer, lesson_id, current_step, plan FROM class_session";

impl Store {
    /// Starts a class session.
    pub fn create_session(
        &mut self,
        new: &NewSession,
        now: DateTime<Utc>,
    ) -> Result<ClassSession, StoreError> {
        let uuid = uuid::Uuid::new_v4();
        // Typed by a trainer and written into sheets: no control characters (ESC, BEL)
        // and nothing invisible.
        let clean = |t: &str| {
            let t = crate::lesson::sanitize::sanitize_line(t);
            super::learners::without_invisibles(&t).trim().to_string()
        };
        let new = &NewSession {
            site: clean(&new.site),
            trainer: clean(&new.trainer),
            ..new.clone()
        };
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    uuid.as_bytes().as_slice(),
                    iso_day(new.date),
                    new.site,
                    new.trainer,
                    new.lesson_id,
                    timestamp(now)
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(ClassSession {
            id: SessionId(id),
            date: new.date,
            site: new.site.clone(),
            trainer: new.trainer.clone(),
            lesson_id: new.lesson_id.clone(),
            current_step: String::new(),
            plan: None,
        })
    }

    /// The sessions held on `date`, oldest first.
    pub fn sessions_on(&self, date: NaiveDate) -> Result<Vec<ClassSession>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "{SESSION} WHERE deleted IS NULL AND date = ?1 ORDER BY id"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([iso_day(date)], session_row)
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Every session held between two dates (inclusive), oldest first: not deleted, and
    /// someone signed in (a session started for nobody was never held).
    pub fn sessions_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ClassSession>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "{SESSION} WHERE deleted IS NULL AND date BETWEEN ?1 AND ?2
                   AND EXISTS (SELECT 1 FROM attendance a WHERE a.session = class_session.id)
                 ORDER BY date, id"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([iso_day(from), iso_day(to)], session_row)
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Learners active between two dates (inclusive): signed in to a class then, or (with no
    /// site given) with any recorded step in those days (by UTC date). With a site: only
    /// those who attended a class there.
    pub fn active_learners(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        site: Option<&str>,
    ) -> Result<std::collections::HashSet<LearnerId>, StoreError> {
        let mut sql = String::from(
            "SELECT a.learner FROM attendance a JOIN class_session s ON s.id = a.session
             WHERE s.deleted IS NULL AND s.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR s.site = ?3)",
        );
        if site.is_none() {
            sql.push_str(
                " UNION SELECT learner FROM step_event_counted WHERE substr(at, 1, 10) BETWEEN ?1 AND ?2",
            );
        }
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![iso_day(from), iso_day(to), site], |r| {
                Ok(LearnerId(r.get(0)?))
            })
            .and_then(|rows| rows.collect::<Result<_, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// One session by id.
    pub fn session(&self, id: SessionId) -> Result<Option<ClassSession>, StoreError> {
        self.conn
            .query_row(
                &format!("{SESSION} WHERE deleted IS NULL AND id = ?1"),
                [id.0],
                session_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Remembers the step the class is on, so a reopened session continues there.
    pub fn set_session_step(&mut self, id: SessionId, step: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE class_session SET current_step = ?2 WHERE id = ?1",
                params![id.0, step],
            )
            .map(drop)
        })
    }

    /// Adds a learner to a session's attendance (again is harmless).
    pub fn attend(
        &mut self,
        id: SessionId,
        learner: LearnerId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO attendance (session, learner, added) VALUES (?1, ?2, ?3)",
                params![id.0, learner.0, timestamp(now)],
            )
            .map(drop)
        })
    }

    /// Takes a learner off a session's attendance (added by mistake). Their marks stay in
    /// the log.
    pub fn unattend(&mut self, id: SessionId, learner: LearnerId) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM attendance WHERE session = ?1 AND learner = ?2",
                params![id.0, learner.0],
            )
            .map(drop)
        })
    }

    /// Who attended a session, in the order they were added.
    pub fn attendees(&self, id: SessionId) -> Result<Vec<Attendee>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT l.id, l.display_name, l.code, l.created, l.notes
                 FROM attendance a JOIN learner l ON l.id = a.learner
                 WHERE a.session = ?1 ORDER BY a.added, l.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id.0], |r| {
                Ok(Attendee {
                    learner: Learner {
                        id: LearnerId(r.get(0)?),
                        display_name: r.get(1)?,
                        code: r.get(2)?,
                        created: r.get(3)?,
                        notes: r.get(4)?,
                    },
                    note: r.get(4)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// The latest marks and answers of a session (its events in order, the last one wins).
    pub fn session_record(&self, id: SessionId) -> Result<SessionRecord, StoreError> {
        let mut record = SessionRecord::default();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT learner, step_id, outcome FROM step_event
                 WHERE session = ?1 AND outcome != 'wrong_try'
                   AND uuid NOT IN (SELECT event FROM mark_cleared)
                 ORDER BY at, id",
            )
            .map_err(|e| self.err(e))?;
        let marks = stmt
            .query_map([id.0], |r| {
                Ok((
                    LearnerId(r.get(0)?),
                    r.get::<_, String>(1)?,
                    outcome(&r.get::<_, String>(2)?),
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        for (learner, step, mark) in marks {
            match record
                .marks
                .iter_mut()
                .find(|(l, s, _)| *l == learner && *s == step)
            {
                Some(m) => m.2 = mark,
                None => record.marks.push((learner, step, mark)),
            }
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT learner, question_id, chosen, correct FROM quiz_answer
                 WHERE session = ?1 ORDER BY at, id",
            )
            .map_err(|e| self.err(e))?;
        let answers = stmt
            .query_map([id.0], |r| {
                Ok((
                    LearnerId(r.get(0)?),
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, bool>(3)?,
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        for (learner, question, chosen, correct) in answers {
            let at = record
                .answers
                .iter()
                .position(|x| x.0 == learner && x.1 == question);
            // A negative choice is an answer taken back: the learner has none again.
            match (at, usize::try_from(chosen)) {
                (Some(i), Ok(c)) => record.answers[i] = (learner, question, c, correct),
                (None, Ok(c)) => record.answers.push((learner, question, c, correct)),
                (Some(i), Err(_)) => {
                    record.answers.remove(i);
                }
                (None, Err(_)) => {}
            }
        }
        Ok(record)
    }

    /// Takes back every mark on step `step` of `learner` in this session, so the step is
    /// unmarked again (also on reopening) and the learner's progress no longer counts it.
    /// The events stay in the log, listed as taken back.
    pub fn clear_mark(
        &mut self,
        id: SessionId,
        learner: LearnerId,
        step: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO mark_cleared (event, at)
                 SELECT uuid, ?4 FROM step_event
                 WHERE session = ?1 AND learner = ?2 AND step_id = ?3 AND outcome != 'wrong_try'",
                params![id.0, learner.0, step, timestamp(now)],
            )?;
            // The learner's own progress no longer counts the mark either.
            let lessons: Vec<String> = {
                let mut stmt = tx.prepare(
                    "SELECT DISTINCT lesson_id FROM step_event
                     WHERE session = ?1 AND learner = ?2 AND step_id = ?3",
                )?;
                stmt.query_map(params![id.0, learner.0, step], |r| r.get(0))?
                    .collect::<Result<_, _>>()?
            };
            for lesson in lessons {
                super::state::rebuild_lesson(tx, learner, &lesson)?;
            }
            Ok(())
        })
    }

    /// Records that `learner`'s answer to `question` in this session was taken back: a
    /// row of its own (chosen -1, not right), so the latest answer on record is none.
    pub fn clear_answer(
        &mut self,
        id: SessionId,
        learner: LearnerId,
        lesson: (&LessonId, u32),
        question: &QuestionId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let uuid = uuid::Uuid::new_v4();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen, correct, mode, session, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, -1, 0, 'class', ?6, ?7)",
                params![
                    uuid.as_bytes().as_slice(),
                    learner.0,
                    lesson.0.as_str(),
                    lesson.1,
                    question.as_str(),
                    id.0,
                    timestamp(now)
                ],
            )
            .map(drop)
        })
    }
}
