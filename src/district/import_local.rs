//! Loading a pack into this machine's database (`zhulao data import FILE` at a centre
//! without a district server): every row by its uuid, in one transaction, so importing a
//! pack twice changes nothing the second time. Rows imported are not sent on from here
//! (their outbox rows are dropped): the site's own machine is who sends them to a district
//! database, with `data import --to`. Names, notes, merges and erasures are decided as
//! on the server (`district::decide`).

use std::collections::BTreeSet;

use rusqlite::{OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::change::{Change, Tally};
use super::decide::{self, Stamp};
use super::local::{PullReport, apply_one, stamp_here};
use super::server::pull::Pulled;
use super::server::push::Pushed;
use crate::progress::{LearnerId, Store, StoreError};

fn b(u: &Uuid) -> &[u8] {
    u.as_bytes().as_slice()
}

fn learner_id(tx: &Transaction, uuid: &Uuid) -> rusqlite::Result<Option<i64>> {
    tx.prepare_cached(
        "SELECT id FROM learner WHERE uuid = ?1
         UNION ALL SELECT learner FROM learner_alias WHERE uuid = ?1 LIMIT 1",
    )?
    .query_row([b(uuid)], |r| r.get(0))
    .optional()
}

fn row_id(tx: &Transaction, table: &str, uuid: &Uuid) -> rusqlite::Result<Option<i64>> {
    tx.prepare_cached(&format!("SELECT id FROM {table} WHERE uuid = ?1"))?
        .query_row([b(uuid)], |r| r.get(0))
        .optional()
}

fn maybe_session(tx: &Transaction, uuid: &Option<Uuid>) -> rusqlite::Result<Option<i64>> {
    match uuid {
        Some(u) => row_id(tx, "class_session", u),
        None => Ok(None),
    }
}

impl Store {
    /// Loads `changes` (checked already) in one transaction; what was new and what was
    /// there before, by kind.
    pub fn apply_changes(&mut self, changes: &[Change]) -> Result<Pushed, StoreError> {
        let (pushed, scrub) = self.write(|tx| {
            let before: i64 =
                tx.query_row("SELECT coalesce(max(seq), 0) FROM sync_outbox", [], |r| {
                    r.get(0)
                })?;
            let mut pushed = Pushed::default();
            let mut touched = BTreeSet::new();
            let mut report = PullReport::default();
            for change in changes {
                let new = apply(tx, change, &mut touched, &mut report, &mut pushed.clashes)?;
                pushed.count(
                    change.kind(),
                    Tally {
                        sent: 1,
                        already: u64::from(!new),
                    },
                );
            }
            for learner in touched {
                if tx
                    .query_row("SELECT 1 FROM learner WHERE id = ?1", [learner], |_| Ok(()))
                    .optional()?
                    .is_some()
                {
                    crate::progress::state::rebuild(tx, Some(LearnerId(learner)))?;
                }
            }
            tx.execute("DELETE FROM sync_outbox WHERE seq > ?1", [before])?;
            pushed.clashes.extend(report.clashes.iter().cloned());
            Ok((pushed, report.erased + report.merged > 0))
        })?;
        if scrub {
            self.scrub()?;
        }
        Ok(pushed)
    }
}

/// Applies one change; true when it changed something.
fn apply(
    tx: &Transaction,
    change: &Change,
    touched: &mut BTreeSet<i64>,
    report: &mut PullReport,
    clashes: &mut Vec<String>,
) -> rusqlite::Result<bool> {
    let n = match change {
        Change::Learner {
            uuid,
            code,
            name,
            notes,
            created,
        } => {
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM learner WHERE uuid = ?1)
                     OR EXISTS (SELECT 1 FROM learner_alias WHERE uuid = ?1)
                     OR EXISTS (SELECT 1 FROM learner_erased WHERE uuid = ?1)",
                [b(uuid)],
                |r| r.get(0),
            )?;
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM learner WHERE code = ?1)",
                [code],
                |r| r.get(0),
            )?;
            if known {
                0
            } else if taken {
                clashes.push(code.clone());
                0
            } else {
                tx.execute(
                    "INSERT INTO learner (uuid, display_name, code, created, notes)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![b(uuid), name, code, created, notes],
                )?
            }
        }
        Change::LearnerEdit {
            uuid,
            learner,
            field,
            value,
            at,
        } => {
            // As the newest edit here stood before this one arrived.
            let here = match learner_id(tx, learner)? {
                Some(id) if field == "name" || field == "notes" => {
                    Some((id, stamp_here(tx, id, field)?))
                }
                _ => None,
            };
            let n = tx.execute(
                "INSERT OR IGNORE INTO learner_edit (uuid, learner, field, value, at)
                 SELECT ?1, ?2, ?3, ?4, ?5 WHERE ?3 IN ('name', 'notes')
                 AND NOT EXISTS (SELECT 1 FROM learner_erased WHERE uuid = ?2)",
                params![b(uuid), b(learner), field, value, at],
            )?;
            if n > 0
                && let Some((id, current)) = here
                && decide::replaces(&current, &Stamp::edit(at, *uuid))
            {
                let column = if field == "name" { "display_name" } else { "notes" };
                tx.execute(
                    &format!("UPDATE learner SET {column} = ?1 WHERE id = ?2"),
                    params![value, id],
                )?;
            }
            n
        }
        Change::LearnerMerge {
            uuid,
            kept,
            gone,
            at,
        } => {
            let before = report.merged;
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM learner_merge WHERE uuid = ?1)",
                [b(uuid)],
                |r| r.get(0),
            )?;
            apply_one(
                tx,
                &Pulled::Merge {
                    uuid: *uuid,
                    kept: *kept,
                    gone: *gone,
                    at: at.clone(),
                },
                report,
            )?;
            if let Some(k) = learner_id(tx, kept)? {
                touched.insert(k);
            }
            usize::from(!known || report.merged > before)
        }
        Change::LearnerErased { uuid, at } => {
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM learner_erased WHERE uuid = ?1)",
                [b(uuid)],
                |r| r.get(0),
            )?;
            apply_one(
                tx,
                &Pulled::Erased {
                    uuid: *uuid,
                    at: at.clone(),
                },
                report,
            )?;
            usize::from(!known)
        }
        Change::ClassGroup {
            uuid,
            name,
            site,
            created,
        } => tx.execute(
            "INSERT INTO class_group (uuid, name, site, created) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, site = excluded.site
             WHERE name IS NOT excluded.name OR site IS NOT excluded.site",
            params![b(uuid), name, site, created],
        )?,
        Change::GroupMember {
            group,
            learner,
            added,
        } => match (row_id(tx, "class_group", group)?, learner_id(tx, learner)?) {
            (Some(g), Some(l)) => tx.execute(
                "INSERT OR IGNORE INTO group_member (grp, learner, added) VALUES (?1, ?2, ?3)",
                params![g, l, added],
            )?,
            _ => 0,
        },
        Change::GroupMemberGone { group, learner } => {
            match (row_id(tx, "class_group", group)?, learner_id(tx, learner)?) {
                (Some(g), Some(l)) => tx.execute(
                    "DELETE FROM group_member WHERE grp = ?1 AND learner = ?2",
                    params![g, l],
                )?,
                _ => 0,
            }
        }
        Change::ClassSession {
            uuid,
            date,
            site,
            trainer,
            lesson_id,
            created,
            current_step,
            group,
            started,
            ended,
            deleted,
            plan,
        } => {
            let grp = match group {
                Some(g) => row_id(tx, "class_group", g)?,
                None => None,
            };
            let plan = match plan {
                Some(p) => row_id(tx, "planned_session", p)?,
                None => None,
            };
            tx.execute(
                "INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created,
                                            current_step, grp, started, ended, deleted, plan)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, site = excluded.site,
                     trainer = excluded.trainer, lesson_id = excluded.lesson_id,
                     current_step = excluded.current_step, grp = excluded.grp,
                     started = excluded.started, ended = excluded.ended, deleted = excluded.deleted,
                     plan = excluded.plan
                 WHERE (date, site, trainer, lesson_id, current_step, grp, started, ended, deleted,
                        plan)
                    IS NOT (excluded.date, excluded.site, excluded.trainer, excluded.lesson_id,
                            excluded.current_step, excluded.grp, excluded.started,
                            excluded.ended, excluded.deleted, excluded.plan)",
                params![
                    b(uuid),
                    date,
                    site,
                    trainer,
                    lesson_id,
                    created,
                    current_step,
                    grp,
                    started,
                    ended,
                    deleted,
                    plan
                ],
            )?
        }
        Change::ClassSessionGone { uuid } => match row_id(tx, "class_session", uuid)? {
            Some(id) => {
                tx.execute("DELETE FROM attendance WHERE session = ?1", [id])?;
                tx.execute(
                    "DELETE FROM class_session WHERE id = ?1
                     AND NOT EXISTS (SELECT 1 FROM step_event WHERE session = ?1)
                     AND NOT EXISTS (SELECT 1 FROM quiz_answer WHERE session = ?1)",
                    [id],
                )?
            }
            None => 0,
        },
        Change::Attendance {
            session,
            learner,
            added,
            seconds,
            left_at,
        } => match (row_id(tx, "class_session", session)?, learner_id(tx, learner)?) {
            (Some(s), Some(l)) => tx.execute(
                "INSERT INTO attendance (session, learner, added, seconds, left_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (session, learner) DO UPDATE SET seconds = excluded.seconds,
                     left_at = excluded.left_at
                 WHERE seconds IS NOT excluded.seconds OR left_at IS NOT excluded.left_at",
                params![s, l, added, seconds, left_at],
            )?,
            _ => 0,
        },
        Change::AttendanceGone { session, learner } => {
            match (row_id(tx, "class_session", session)?, learner_id(tx, learner)?) {
                (Some(s), Some(l)) => tx.execute(
                    "DELETE FROM attendance WHERE session = ?1 AND learner = ?2",
                    params![s, l],
                )?,
                _ => 0,
            }
        }
        Change::SessionVolunteers {
            session,
            volunteers,
        } => match row_id(tx, "class_session", session)? {
            Some(s) => {
                let now: Vec<(String, String, i64)> = tx
                    .prepare_cached(
                        "SELECT name, role, position FROM session_volunteer
                         WHERE session = ?1 ORDER BY role DESC, position, name",
                    )?
                    .query_map([s], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                if &now == volunteers {
                    0
                } else {
                    tx.execute("DELETE FROM session_volunteer WHERE session = ?1", [s])?;
                    for (name, role, position) in volunteers {
                        tx.execute(
                            "INSERT OR IGNORE INTO session_volunteer (session, name, role, position)
                             SELECT ?1, ?2, ?3, ?4 WHERE ?3 IN ('lead', 'assistant')",
                            params![s, name, role, position],
                        )?;
                    }
                    1
                }
            }
            None => 0,
        },
        Change::KioskVisit {
            uuid,
            learner,
            site,
            started,
            ended,
        } => match learner_id(tx, learner)? {
            Some(l) => tx.execute(
                "INSERT INTO kiosk_visit (uuid, learner, site, started, ended)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (uuid) DO UPDATE SET ended = excluded.ended
                 WHERE ended IS NOT excluded.ended",
                params![b(uuid), l, site, started, ended],
            )?,
            None => 0,
        },
        Change::StepEvent {
            uuid,
            learner,
            lesson_id,
            lesson_version,
            step_id,
            outcome,
            mode,
            session,
            seconds,
            at,
        } => match learner_id(tx, learner)? {
            Some(l) => {
                let s = maybe_session(tx, session)?;
                let n = tx
                    .prepare_cached(
                        "INSERT OR IGNORE INTO step_event (uuid, learner, lesson_id, lesson_version,
                             step_id, outcome, mode, session, seconds, at)
                         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10
                         WHERE ?6 IN ('done', 'needs_help', 'skipped', 'wrong_try')
                           AND ?7 IN ('class', 'kiosk', 'practice')",
                    )?
                    .execute(params![
                        b(uuid),
                        l,
                        lesson_id,
                        lesson_version,
                        step_id,
                        outcome,
                        mode,
                        s,
                        seconds,
                        at
                    ])?;
                if n > 0 {
                    touched.insert(l);
                }
                n
            }
            None => 0,
        },
        Change::QuizAnswer {
            uuid,
            learner,
            lesson_id,
            lesson_version,
            question_id,
            chosen,
            correct,
            mode,
            session,
            at,
        } => match learner_id(tx, learner)? {
            Some(l) => {
                let s = maybe_session(tx, session)?;
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO quiz_answer (uuid, learner, lesson_id, lesson_version,
                         question_id, chosen, correct, mode, session, at)
                     SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10
                     WHERE ?8 IN ('class', 'kiosk', 'practice')",
                )?
                .execute(params![
                    b(uuid),
                    l,
                    lesson_id,
                    lesson_version,
                    question_id,
                    chosen,
                    correct,
                    mode,
                    s,
                    at
                ])?
            }
            None => 0,
        },
        Change::MarkCleared { event, at } => tx.execute(
            "INSERT OR IGNORE INTO mark_cleared (event, at)
             SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM step_event WHERE uuid = ?1)",
            params![b(event), at],
        )?,
        Change::PlannedSession {
            uuid,
            date,
            time,
            site,
            lesson_id,
            trainer,
            expected,
            created,
        } => tx.execute(
            "INSERT INTO planned_session (uuid, date, time, site, lesson_id, trainer, expected, created)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, time = excluded.time,
                 site = excluded.site, lesson_id = excluded.lesson_id,
                 trainer = excluded.trainer, expected = excluded.expected
             WHERE (date, time, site, lesson_id, trainer, expected)
                IS NOT (excluded.date, excluded.time, excluded.site, excluded.lesson_id,
                        excluded.trainer, excluded.expected)",
            params![b(uuid), date, time, site, lesson_id, trainer, expected, created],
        )?,
        Change::PlannedSessionGone { uuid } => tx.execute(
            "DELETE FROM planned_session WHERE uuid = ?1",
            [b(uuid)],
        )?,
    };
    Ok(n > 0)
}
