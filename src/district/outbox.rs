//! The local side of sending: the outbox the triggers fill (migration 5 -> 6), read in
//! batches as [`Change`]s, and a cursor per destination, moved only once the destination
//! has kept a batch. A row changed three times since the last sync is sent once, as it is
//! now; a row gone since (an erased learner's events) is not sent at all.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::change::Change;
use crate::progress::{Store, StoreError};

/// One batch of changes: the outbox rows after `after` up to `last`.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// The outbox number the batch starts after.
    pub after: i64,
    /// The last outbox number in the batch; the cursor moves here once it is kept.
    pub last: i64,
    /// How many outbox rows it covers (a row changed twice is one change).
    pub rows: u64,
    /// The changes, in the order they were written (a learner before their events).
    pub changes: Vec<Change>,
}

fn uuid_at(r: &Row, i: usize) -> rusqlite::Result<Uuid> {
    let bytes: Vec<u8> = r.get(i)?;
    Uuid::from_slice(&bytes).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Blob, Box::new(e))
    })
}

fn maybe_uuid_at(r: &Row, i: usize) -> rusqlite::Result<Option<Uuid>> {
    match r.get::<_, Option<Vec<u8>>>(i)? {
        None => Ok(None),
        Some(_) => uuid_at(r, i).map(Some),
    }
}

/// Two uuids written one after the other (a row gone, keyed by both).
fn uuid_pair(k: &[u8]) -> Option<(Uuid, Uuid)> {
    if k.len() != 32 {
        return None;
    }
    Some((
        Uuid::from_slice(&k[..16]).ok()?,
        Uuid::from_slice(&k[16..]).ok()?,
    ))
}

impl Store {
    /// The outbox number `target` has kept everything up to (0: nothing yet).
    pub fn outbox_cursor(&self, target: &str) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT seq FROM sync_cursor WHERE target = ?1",
                [target],
                |r| r.get(0),
            )
            .optional()
            .map(|seq| seq.unwrap_or(0))
            .map_err(|e| self.err(e))
    }

    /// Notes that `target` has kept everything up to `seq` (never moves back).
    pub fn set_outbox_cursor(&mut self, target: &str, seq: i64) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO sync_cursor (target, seq, at)
                 VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                 ON CONFLICT (target) DO UPDATE SET seq = max(seq, excluded.seq), at = excluded.at",
                params![target, seq],
            )
            .map(drop)
        })
    }

    /// The cursor and time of the latest sync with a district database (0 and None when
    /// there was none).
    pub fn last_district_sync(&self) -> Result<(i64, Option<String>), StoreError> {
        self.conn
            .query_row(
                "SELECT seq, at FROM sync_cursor WHERE target LIKE 'district:%'
                 ORDER BY at DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, Some(r.get(1)?))),
            )
            .optional()
            .map(|found| found.unwrap_or((0, None)))
            .map_err(|e| self.err(e))
    }

    /// How many outbox rows come after `after`.
    pub fn outbox_pending(&self, after: i64) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM sync_outbox WHERE seq > ?1",
                [after],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as u64)
            .map_err(|e| self.err(e))
    }

    /// Up to `limit` outbox rows after `after`, as changes (read in one snapshot).
    pub fn outbox_batch(&self, after: i64, limit: usize) -> Result<Batch, StoreError> {
        let read = || -> rusqlite::Result<Batch> {
            let tx = self.conn.unchecked_transaction()?;
            let mut stmt = tx.prepare_cached(
                "SELECT seq, kind, a, b, k FROM sync_outbox WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = stmt
                .query_map(params![after, limit as i64], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<i64>>(2)?,
                        r.get::<_, Option<i64>>(3)?,
                        r.get::<_, Option<Vec<u8>>>(4)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            drop(stmt);
            let mut batch = Batch {
                after,
                last: rows.last().map_or(after, |r| r.0),
                rows: rows.len() as u64,
                changes: Vec::with_capacity(rows.len()),
            };
            let mut seen = HashSet::new();
            for (_, kind, a, b, k) in rows {
                if !seen.insert((kind.clone(), a, b, k.clone())) {
                    continue;
                }
                if let Some(change) = read_change(&tx, &kind, a, b, k.as_deref())? {
                    batch.changes.push(change);
                }
            }
            Ok(batch)
        };
        read().map_err(|e| self.err(e))
    }
}

/// The change one outbox row stands for, read as the row is now; None when it is gone.
fn read_change(
    tx: &rusqlite::Transaction,
    kind: &str,
    a: Option<i64>,
    b: Option<i64>,
    k: Option<&[u8]>,
) -> rusqlite::Result<Option<Change>> {
    let one =
        |sql: &str, key: &dyn rusqlite::ToSql, f: &dyn Fn(&Row) -> rusqlite::Result<Change>| {
            tx.prepare_cached(sql)?
                .query_row([key], |r| f(r))
                .optional()
        };
    let a = a.unwrap_or(0);
    let k = k.unwrap_or_default();
    let blob = k.to_vec();
    Ok(match kind {
        "learner" => one(
            "SELECT uuid, code, display_name, notes, created FROM learner WHERE id = ?1",
            &a,
            &|r| {
                Ok(Change::Learner {
                    uuid: uuid_at(r, 0)?,
                    code: r.get(1)?,
                    name: r.get(2)?,
                    notes: r.get(3)?,
                    created: r.get(4)?,
                })
            },
        )?,
        "learner_edit" => one(
            "SELECT uuid, learner, field, value, at FROM learner_edit WHERE id = ?1",
            &a,
            &|r| {
                Ok(Change::LearnerEdit {
                    uuid: uuid_at(r, 0)?,
                    learner: uuid_at(r, 1)?,
                    field: r.get(2)?,
                    value: r.get(3)?,
                    at: r.get(4)?,
                })
            },
        )?,
        "learner_merge" => one(
            "SELECT uuid, kept, gone, at FROM learner_merge WHERE id = ?1",
            &a,
            &|r| {
                Ok(Change::LearnerMerge {
                    uuid: uuid_at(r, 0)?,
                    kept: uuid_at(r, 1)?,
                    gone: uuid_at(r, 2)?,
                    at: r.get(3)?,
                })
            },
        )?,
        "learner_erased" => one(
            "SELECT uuid, at FROM learner_erased WHERE uuid = ?1",
            &blob,
            &|r| {
                Ok(Change::LearnerErased {
                    uuid: uuid_at(r, 0)?,
                    at: r.get(1)?,
                })
            },
        )?,
        "class_group" => one(
            "SELECT uuid, name, site, created FROM class_group WHERE id = ?1",
            &a,
            &|r| {
                Ok(Change::ClassGroup {
                    uuid: uuid_at(r, 0)?,
                    name: r.get(1)?,
                    site: r.get(2)?,
                    created: r.get(3)?,
                })
            },
        )?,
        "group_member" => tx
            .prepare_cached(
                "SELECT g.uuid, l.uuid, m.added FROM group_member m
                 JOIN class_group g ON g.id = m.grp JOIN learner l ON l.id = m.learner
                 WHERE m.grp = ?1 AND m.learner = ?2",
            )?
            .query_row(params![a, b], |r| {
                Ok(Change::GroupMember {
                    group: uuid_at(r, 0)?,
                    learner: uuid_at(r, 1)?,
                    added: r.get(2)?,
                })
            })
            .optional()?,
        "group_member_gone" => {
            uuid_pair(k).map(|(group, learner)| Change::GroupMemberGone { group, learner })
        }
        "class_session" => one(
            "SELECT s.uuid, s.date, s.site, s.trainer, s.lesson_id, s.created, s.current_step,
                    g.uuid, s.started, s.ended, s.deleted, p.uuid
             FROM class_session s LEFT JOIN class_group g ON g.id = s.grp
             LEFT JOIN planned_session p ON p.id = s.plan WHERE s.id = ?1",
            &a,
            &|r| {
                Ok(Change::ClassSession {
                    uuid: uuid_at(r, 0)?,
                    date: r.get(1)?,
                    site: r.get(2)?,
                    trainer: r.get(3)?,
                    lesson_id: r.get(4)?,
                    created: r.get(5)?,
                    current_step: r.get(6)?,
                    group: maybe_uuid_at(r, 7)?,
                    started: r.get(8)?,
                    ended: r.get(9)?,
                    deleted: r.get(10)?,
                    plan: maybe_uuid_at(r, 11)?,
                })
            },
        )?,
        "class_session_gone" => Uuid::from_slice(k)
            .ok()
            .map(|uuid| Change::ClassSessionGone { uuid }),
        "attendance" => tx
            .prepare_cached(
                "SELECT s.uuid, l.uuid, a.added, a.seconds, a.left_at FROM attendance a
                 JOIN class_session s ON s.id = a.session JOIN learner l ON l.id = a.learner
                 WHERE a.session = ?1 AND a.learner = ?2",
            )?
            .query_row(params![a, b], |r| {
                Ok(Change::Attendance {
                    session: uuid_at(r, 0)?,
                    learner: uuid_at(r, 1)?,
                    added: r.get(2)?,
                    seconds: r.get(3)?,
                    left_at: r.get(4)?,
                })
            })
            .optional()?,
        "attendance_gone" => {
            uuid_pair(k).map(|(session, learner)| Change::AttendanceGone { session, learner })
        }
        "session_volunteer" => {
            let session = tx
                .prepare_cached("SELECT uuid FROM class_session WHERE id = ?1")?
                .query_row([a], |r| uuid_at(r, 0))
                .optional()?;
            match session {
                None => None,
                Some(session) => {
                    let volunteers = tx
                        .prepare_cached(
                            "SELECT name, role, position FROM session_volunteer
                             WHERE session = ?1 ORDER BY role DESC, position, name",
                        )?
                        .query_map([a], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                        .collect::<rusqlite::Result<Vec<_>>>()?;
                    Some(Change::SessionVolunteers {
                        session,
                        volunteers,
                    })
                }
            }
        }
        "kiosk_visit" => one(
            "SELECT v.uuid, l.uuid, v.site, v.started, v.ended FROM kiosk_visit v
             JOIN learner l ON l.id = v.learner WHERE v.id = ?1 AND v.uuid IS NOT NULL",
            &a,
            &|r| {
                Ok(Change::KioskVisit {
                    uuid: uuid_at(r, 0)?,
                    learner: uuid_at(r, 1)?,
                    site: r.get(2)?,
                    started: r.get(3)?,
                    ended: r.get(4)?,
                })
            },
        )?,
        "step_event" => one(
            "SELECT e.uuid, l.uuid, e.lesson_id, e.lesson_version, e.step_id, e.outcome, e.mode,
                    s.uuid, e.seconds, e.at
             FROM step_event e JOIN learner l ON l.id = e.learner
             LEFT JOIN class_session s ON s.id = e.session WHERE e.id = ?1",
            &a,
            &|r| {
                Ok(Change::StepEvent {
                    uuid: uuid_at(r, 0)?,
                    learner: uuid_at(r, 1)?,
                    lesson_id: r.get(2)?,
                    lesson_version: r.get(3)?,
                    step_id: r.get(4)?,
                    outcome: r.get(5)?,
                    mode: r.get(6)?,
                    session: maybe_uuid_at(r, 7)?,
                    seconds: r.get(8)?,
                    at: r.get(9)?,
                })
            },
        )?,
        "quiz_answer" => one(
            "SELECT q.uuid, l.uuid, q.lesson_id, q.lesson_version, q.question_id, q.chosen,
                    q.correct, q.mode, s.uuid, q.at
             FROM quiz_answer q JOIN learner l ON l.id = q.learner
             LEFT JOIN class_session s ON s.id = q.session WHERE q.id = ?1",
            &a,
            &|r| {
                Ok(Change::QuizAnswer {
                    uuid: uuid_at(r, 0)?,
                    learner: uuid_at(r, 1)?,
                    lesson_id: r.get(2)?,
                    lesson_version: r.get(3)?,
                    question_id: r.get(4)?,
                    chosen: r.get(5)?,
                    correct: r.get(6)?,
                    mode: r.get(7)?,
                    session: maybe_uuid_at(r, 8)?,
                    at: r.get(9)?,
                })
            },
        )?,
        "mark_cleared" => one(
            "SELECT event, at FROM mark_cleared WHERE event = ?1",
            &blob,
            &|r| {
                Ok(Change::MarkCleared {
                    event: uuid_at(r, 0)?,
                    at: r.get(1)?,
                })
            },
        )?,
        "planned_session" => one(
            "SELECT uuid, date, time, site, lesson_id, trainer, expected, created
             FROM planned_session WHERE id = ?1 AND uuid IS NOT NULL",
            &a,
            &|r| {
                Ok(Change::PlannedSession {
                    uuid: uuid_at(r, 0)?,
                    date: r.get(1)?,
                    time: r.get(2)?,
                    site: r.get(3)?,
                    lesson_id: r.get(4)?,
                    trainer: r.get(5)?,
                    expected: r.get(6)?,
                    created: r.get(7)?,
                })
            },
        )?,
        "planned_session_gone" => Uuid::from_slice(k)
            .ok()
            .map(|uuid| Change::PlannedSessionGone { uuid }),
        _ => None,
    })
}
