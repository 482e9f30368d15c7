//! A session's life after it starts: its time (start, end and the seconds each learner was
//! there), the list of past sessions, correcting one (date, site, trainer) and deleting one.
//!
//! Time: every saved action of a running session (a sign-in, a mark, an answer, a step
//! turned, the class ended) is a tick. The first tick is the session's start; each tick is
//! its end so far (so a laptop that dies leaves the end at the last thing saved). Between
//! two ticks no more than [`IDLE_SECONDS`] apart, every learner signed in is credited the
//! time they were there (from the later of the last tick and their sign-in). A longer gap
//! (the laptop left open over lunch, a session reopened the next day) counts nothing. A
//! learner's class time on a lesson is the sum over its sessions, not deleted.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};

use super::classes::{ClassSession, SessionId};
use super::model::{LearnerId, timestamp};
use super::{Store, StoreError};

pub use super::session_time::{IDLE_SECONDS, Span};

/// One past session as the history lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastSession {
    /// The session itself.
    pub session: ClassSession,
    /// How many learners were signed in.
    pub attendees: usize,
    /// How many marks and answers it holds (not taken back).
    pub records: usize,
    /// Its class time in minutes, by the reports' rule (`session_time`): start to end,
    /// without gaps of more than half an hour.
    pub minutes: i64,
}

/// One attendee's time in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presence {
    /// Who.
    pub learner: LearnerId,
    /// The seconds they were there.
    pub seconds: u64,
    /// When they left early; None while (or if) they stayed.
    pub left: Option<DateTime<Utc>>,
}

/// What deleting a session did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deleted {
    /// Nothing was recorded in it: it is gone.
    Removed,
    /// Its marks and answers are taken back and its attendance removed; the events stay
    /// in the log, listed as taken back, and the session is kept only as deleted.
    Withdrawn,
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl Store {
    /// A tick of a running session at `now` (see the module's note on time).
    pub fn session_tick(&mut self, id: SessionId, now: DateTime<Utc>) -> Result<(), StoreError> {
        let at = timestamp(now);
        self.write(|tx| {
            let last: Option<Option<String>> = tx
                .query_row(
                    "SELECT ended FROM class_session WHERE id = ?1 AND deleted IS NULL",
                    [id.0],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(last) = last else {
                return Ok(());
            };
            let gap = last
                .as_deref()
                .and_then(parse_time)
                .map(|t| (now - t).num_milliseconds());
            if let (Some(gap), Some(last)) = (gap, &last)
                && gap > 0
                && gap <= IDLE_SECONDS * 1000
            {
                tx.execute(
                    "UPDATE attendance SET seconds = seconds
                       + CAST(round((julianday(?2) - julianday(max(added, ?3))) * 86400) AS INTEGER)
                     WHERE session = ?1 AND added < ?2 AND left_at IS NULL",
                    params![id.0, at, last],
                )?;
            }
            if gap.is_none_or(|g| g > 0) {
                tx.execute(
                    "UPDATE class_session SET started = coalesce(started, ?2), ended = ?2
                     WHERE id = ?1",
                    params![id.0, at],
                )?;
            }
            Ok(())
        })
    }

    /// The time of a session's latest mark or answer, if it has one.
    pub fn latest_record(&self, id: SessionId) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at: Option<String> = self
            .conn
            .query_row(
                "SELECT max(at) FROM (
                   SELECT max(at) AS at FROM step_event WHERE session = ?1
                   UNION ALL SELECT max(at) FROM quiz_answer WHERE session = ?1)",
                [id.0],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        Ok(at.as_deref().and_then(parse_time))
    }

    /// A session's start and end (its first and latest tick), if it ran.
    pub fn session_times(&self, id: SessionId) -> Result<Option<Span>, StoreError> {
        let row: Option<(Option<String>, Option<String>)> = self
            .conn
            .query_row(
                "SELECT started, ended FROM class_session WHERE id = ?1",
                [id.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(row.and_then(|(s, e)| Some((parse_time(&s?)?, parse_time(&e?)?))))
    }

    /// The seconds a learner was in a session (0 when not signed in).
    pub fn presence_seconds(&self, id: SessionId, learner: LearnerId) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT seconds FROM attendance WHERE session = ?1 AND learner = ?2",
                params![id.0, learner.0],
                |r| r.get::<_, i64>(0),
            )
            .optional()
            .map(|s| s.unwrap_or(0).max(0) as u64)
            .map_err(|e| self.err(e))
    }

    /// Marks a learner as gone early at `now` (their class time stops then), or, with
    /// `now` None, as back. Tick the session first, so their time up to now is counted.
    pub fn set_left(
        &mut self,
        id: SessionId,
        learner: LearnerId,
        now: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let at = now.map(timestamp);
        self.write(|tx| {
            tx.execute(
                "UPDATE attendance SET left_at = ?3 WHERE session = ?1 AND learner = ?2",
                params![id.0, learner.0, at],
            )
            .map(drop)
        })
    }

    /// Each attendee's seconds in a session and the time they left early (if they did),
    /// in the order they signed in.
    pub fn presence(&self, id: SessionId) -> Result<Vec<Presence>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT learner, seconds, left_at FROM attendance WHERE session = ?1
                 ORDER BY added, learner",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id.0], |r| {
                let left: Option<String> = r.get(2)?;
                Ok(Presence {
                    learner: LearnerId(r.get(0)?),
                    seconds: r.get::<_, i64>(1)?.max(0) as u64,
                    left: left.as_deref().and_then(parse_time),
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Class time by learner and lesson id, in seconds: the sum over sessions not deleted
    /// (of one learner, or everyone).
    pub fn class_seconds(
        &self,
        learner: Option<LearnerId>,
    ) -> Result<Vec<(LearnerId, String, u64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.learner, s.lesson_id, sum(a.seconds)
                 FROM attendance a JOIN class_session s ON s.id = a.session
                 WHERE s.deleted IS NULL AND a.seconds > 0 AND (?1 IS NULL OR a.learner = ?1)
                 GROUP BY a.learner, s.lesson_id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([learner.map(|l| l.0)], |r| {
                Ok((
                    LearnerId(r.get(0)?),
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?.max(0) as u64,
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// The sessions a trainer may want to go on with: those dated `today`, and those that
    /// saved something in the twelve hours before `now` whatever their date (a session
    /// whose date was corrected, after a crash). Oldest first.
    pub fn sessions_to_continue(
        &self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<ClassSession>, StoreError> {
        let since = timestamp(now - chrono::Duration::hours(12));
        let day = today.format("%Y-%m-%d").to_string();
        let ids: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT id FROM class_session WHERE deleted IS NULL
                       AND (date = ?1 OR ended >= ?2 OR created >= ?2) ORDER BY id",
                )
                .map_err(|e| self.err(e))?;
            stmt.query_map(params![day, since], |r| r.get(0))
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                .map_err(|e| self.err(e))?
        };
        let mut out = Vec::new();
        for id in ids {
            out.extend(self.session(SessionId(id))?);
        }
        Ok(out)
    }

    /// The latest `limit` sessions not deleted, newest first, with what they hold.
    pub fn past_sessions(&self, limit: usize) -> Result<Vec<PastSession>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT s.id,
                   (SELECT count(*) FROM attendance a WHERE a.session = s.id),
                   (SELECT count(*) FROM step_event_counted e WHERE e.session = s.id)
                   + (SELECT count(*) FROM quiz_answer q WHERE q.session = s.id AND q.chosen >= 0)
                 FROM class_session s WHERE s.deleted IS NULL
                 ORDER BY s.date DESC, s.id DESC LIMIT ?1",
            )
            .map_err(|e| self.err(e))?;
        let rows: Vec<(i64, i64, i64)> = stmt
            .query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for (id, attendees, records) in rows {
            let id = SessionId(id);
            if let Some(session) = self.session(id)? {
                // The one rule of the reports; the lesson's time is not known here.
                let minutes = self
                    .session_time(id, 0)?
                    .map_or(0, |t| (t.minutes().round() as i64).max(0));
                out.push(PastSession {
                    session,
                    attendees: attendees.max(0) as usize,
                    records: records.max(0) as usize,
                    minutes,
                });
            }
        }
        Ok(out)
    }

    /// Corrects a session's date, site and trainer (typed wrong, or the laptop's clock
    /// was wrong). Its marks stay as they are.
    pub fn correct_session(
        &mut self,
        id: SessionId,
        date: NaiveDate,
        site: &str,
        trainer: &str,
    ) -> Result<(), StoreError> {
        let clean = |s: &str| crate::lesson::sanitize_line(s).trim().to_string();
        let (site, trainer) = (clean(site), clean(trainer));
        self.write(|tx| {
            tx.execute(
                "UPDATE class_session SET date = ?2, site = ?3, trainer = ?4 WHERE id = ?1",
                params![id.0, date.format("%Y-%m-%d").to_string(), site, trainer],
            )
            .map(drop)
        })
    }

    /// Deletes a session started by mistake, or held for nobody. With nothing recorded it
    /// is removed; otherwise every mark of it is taken back (progress no longer counts
    /// them), each answer is taken back right after it, its attendance (and so its class
    /// time) goes, and the session is kept as deleted, so the log still points somewhere.
    pub fn delete_session(
        &mut self,
        id: SessionId,
        now: DateTime<Utc>,
    ) -> Result<Deleted, StoreError> {
        let at = timestamp(now);
        self.write(|tx| {
            let recorded: i64 = tx.query_row(
                "SELECT (SELECT count(*) FROM step_event WHERE session = ?1)
                      + (SELECT count(*) FROM quiz_answer WHERE session = ?1)",
                [id.0],
                |r| r.get(0),
            )?;
            if recorded == 0 {
                let group: Option<i64> = tx
                    .query_row("SELECT grp FROM class_session WHERE id = ?1", [id.0], |r| {
                        r.get(0)
                    })
                    .optional()?
                    .flatten();
                tx.execute("DELETE FROM attendance WHERE session = ?1", [id.0])?;
                tx.execute("DELETE FROM class_session WHERE id = ?1", [id.0])?;
                // A group made for this session alone, with nobody in it, goes with it.
                tx.execute(
                    "DELETE FROM class_group WHERE id = ?1
                       AND NOT EXISTS (SELECT 1 FROM class_session WHERE grp = ?1)
                       AND NOT EXISTS (SELECT 1 FROM group_member WHERE grp = ?1)",
                    [group],
                )?;
                return Ok(Deleted::Removed);
            }
            tx.execute(
                "INSERT OR IGNORE INTO mark_cleared (event, at)
                 SELECT uuid, ?2 FROM step_event WHERE session = ?1",
                params![id.0, at],
            )?;
            // An answer taken back right after it (same time, a later row), so an answer
            // given later elsewhere still counts.
            tx.execute(
                "INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen, correct, mode, session, at)
                 SELECT randomblob(16), learner, lesson_id, lesson_version, question_id, -1, 0, 'class', session, at
                 FROM quiz_answer WHERE session = ?1 AND chosen >= 0",
                [id.0],
            )?;
            tx.execute("DELETE FROM attendance WHERE session = ?1", [id.0])?;
            tx.execute(
                "UPDATE class_session SET deleted = ?2 WHERE id = ?1",
                params![id.0, at],
            )?;
            let touched: Vec<(i64, String)> = {
                let mut stmt = tx.prepare(
                    "SELECT DISTINCT learner, lesson_id FROM step_event WHERE session = ?1",
                )?;
                stmt.query_map([id.0], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?
            };
            for (learner, lesson) in touched {
                super::state::rebuild_lesson(tx, LearnerId(learner), &lesson)?;
            }
            Ok(Deleted::Withdrawn)
        })
    }
}
