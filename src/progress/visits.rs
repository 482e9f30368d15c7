//! Kiosk visits: one learner's practice at a kiosk from signing in to signing out (or the
//! idle timeout), with the kiosk's site, so self-practice counts in the activity reports.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::model::{LearnerId, timestamp};
use super::{Store, StoreError};

/// A kiosk visit's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VisitId(pub i64);

/// One visit at a kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskVisit {
    /// The visit's row id.
    pub id: VisitId,
    /// Who signed in.
    pub learner: LearnerId,
    /// The kiosk's site (`zhulao kiosk --site`).
    pub site: String,
    /// When the learner signed in (ISO 8601, UTC).
    pub started: String,
    /// When the learner signed out, or the last thing recorded so far (ISO 8601, UTC).
    pub ended: String,
}

/// One lesson practised in a kiosk visit: its steps and answers recorded in the visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitLesson {
    /// The lesson's id.
    pub lesson_id: String,
    /// How many step outcomes were recorded.
    pub steps: usize,
    /// The latest answer per question: question id and whether it was right.
    pub answers: Vec<(String, bool)>,
}

impl Store {
    /// Starts a visit of `learner` at `site`, now.
    pub fn start_visit(
        &mut self,
        learner: LearnerId,
        site: &str,
        now: DateTime<Utc>,
    ) -> Result<VisitId, StoreError> {
        let site = crate::lesson::sanitize_line(site).trim().to_string();
        let at = timestamp(now);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO kiosk_visit (learner, site, started, ended) VALUES (?1, ?2, ?3, ?3)",
                params![learner.0, site, at],
            )?;
            Ok(VisitId(tx.last_insert_rowid()))
        })
    }

    /// Moves a visit's end to `now` (never back before its start or an earlier end).
    pub fn extend_visit(&mut self, id: VisitId, now: DateTime<Utc>) -> Result<(), StoreError> {
        let at = timestamp(now);
        self.write(|tx| {
            tx.execute(
                "UPDATE kiosk_visit SET ended = max(ended, ?2) WHERE id = ?1",
                params![id.0, at],
            )
            .map(drop)
        })
    }

    /// The visits started at stored times `start <= started < end`, oldest first.
    pub fn visits_between(&self, start: &str, end: &str) -> Result<Vec<KioskVisit>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, learner, site, started, ended FROM kiosk_visit
                 WHERE started >= ?1 AND started < ?2 ORDER BY started, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([start, end], |r| {
                Ok(KioskVisit {
                    id: VisitId(r.get(0)?),
                    learner: LearnerId(r.get(1)?),
                    site: r.get(2)?,
                    started: r.get(3)?,
                    ended: r.get(4)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// The lessons practised in a visit (kiosk events of its learner from its start to its
    /// end), in the order first practised.
    pub fn visit_lessons(&self, visit: &KioskVisit) -> Result<Vec<VisitLesson>, StoreError> {
        let mut out: Vec<VisitLesson> = Vec::new();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT lesson_id FROM step_event
                 WHERE learner = ?1 AND mode = 'kiosk' AND at >= ?2 AND at <= ?3
                 ORDER BY at, id",
            )
            .map_err(|e| self.err(e))?;
        let steps = stmt
            .query_map(params![visit.learner.0, visit.started, visit.ended], |r| {
                r.get::<_, String>(0)
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        for lesson in steps {
            match out.iter_mut().find(|l| l.lesson_id == lesson) {
                Some(l) => l.steps += 1,
                None => out.push(VisitLesson {
                    lesson_id: lesson,
                    steps: 1,
                    answers: Vec::new(),
                }),
            }
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT lesson_id, question_id, chosen, correct FROM quiz_answer
                 WHERE learner = ?1 AND mode = 'kiosk' AND at >= ?2 AND at <= ?3
                 ORDER BY at, id",
            )
            .map_err(|e| self.err(e))?;
        let answers = stmt
            .query_map(params![visit.learner.0, visit.started, visit.ended], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, bool>(3)?,
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        for (lesson, question, chosen, correct) in answers {
            let at = match out.iter().position(|l| l.lesson_id == lesson) {
                Some(i) => i,
                None => {
                    out.push(VisitLesson {
                        lesson_id: lesson,
                        steps: 0,
                        answers: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let list = &mut out[at].answers;
            list.retain(|(q, _)| *q != question);
            if chosen >= 0 {
                list.push((question, correct));
            }
        }
        Ok(out)
    }
}
