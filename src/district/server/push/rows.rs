//! Everything else a site sends, row by row: class groups and their members, sessions,
//! who attended, volunteers, marks taken back, plans. A row about a learner
//! merged away is stored under the learner kept; one about an erased learner is dropped.

use postgres::Transaction;

use super::Origin;
use super::learners::{erased, resolve};
use crate::district::change::Change;

/// Applies one change; true when it changed something.
pub(super) fn one(
    tx: &mut Transaction,
    origin: &Origin,
    change: &Change,
) -> Result<bool, postgres::Error> {
    let m = &origin.machine;
    let n = match change {
        Change::ClassGroup {
            uuid,
            name,
            site,
            created,
        } => tx.execute(
            "INSERT INTO class_group (uuid, name, site, created, machine) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, site = excluded.site
             WHERE (class_group.name, class_group.site) IS DISTINCT FROM (excluded.name, excluded.site)",
            &[uuid, name, site, created, m],
        )?,
        Change::GroupMember {
            group,
            learner,
            added,
        } => {
            let who = resolve(tx, *learner)?;
            if erased(tx, who)? {
                0
            } else {
                tx.execute(
                    "INSERT INTO group_member (grp, learner, added) VALUES ($1, $2, $3)
                     ON CONFLICT DO NOTHING",
                    &[group, &who, added],
                )?
            }
        }
        Change::GroupMemberGone { group, learner } => {
            let who = resolve(tx, *learner)?;
            tx.execute(
                "DELETE FROM group_member WHERE grp = $1 AND learner = $2",
                &[group, &who],
            )?
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
        } => tx.execute(
            "INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created, current_step,
                                        grp, started, ended, deleted, machine, plan)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, site = excluded.site,
                 trainer = excluded.trainer, lesson_id = excluded.lesson_id,
                 current_step = excluded.current_step, grp = excluded.grp,
                 started = excluded.started, ended = excluded.ended, deleted = excluded.deleted,
                 plan = excluded.plan
             WHERE (class_session.date, class_session.site, class_session.trainer,
                    class_session.lesson_id, class_session.current_step, class_session.grp,
                    class_session.started, class_session.ended, class_session.deleted,
                    class_session.plan)
                IS DISTINCT FROM (excluded.date, excluded.site, excluded.trainer,
                    excluded.lesson_id, excluded.current_step, excluded.grp, excluded.started,
                    excluded.ended, excluded.deleted, excluded.plan)",
            &[
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
                m,
                plan,
            ],
        )?,
        Change::ClassSessionGone { uuid } => {
            tx.execute("DELETE FROM attendance WHERE session = $1", &[uuid])?;
            tx.execute("DELETE FROM session_volunteer WHERE session = $1", &[uuid])?;
            tx.execute("DELETE FROM class_session WHERE uuid = $1", &[uuid])?
        }
        Change::Attendance {
            session,
            learner,
            added,
            seconds,
            left_at,
        } => {
            let who = resolve(tx, *learner)?;
            if erased(tx, who)? {
                0
            } else {
                tx.execute(
                    "INSERT INTO attendance (session, learner, added, seconds, left_at)
                     VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (session, learner) DO UPDATE SET seconds = excluded.seconds,
                         left_at = excluded.left_at
                     WHERE (attendance.seconds, attendance.left_at)
                         IS DISTINCT FROM (excluded.seconds, excluded.left_at)",
                    &[session, &who, added, seconds, left_at],
                )?
            }
        }
        Change::AttendanceGone { session, learner } => {
            let who = resolve(tx, *learner)?;
            tx.execute(
                "DELETE FROM attendance WHERE session = $1 AND learner = $2",
                &[session, &who],
            )?
        }
        Change::SessionVolunteers {
            session,
            volunteers,
        } => {
            let now: Vec<(String, String, i64)> = tx
                .query(
                    "SELECT name, role, position FROM session_volunteer WHERE session = $1
                     ORDER BY role DESC, position, name",
                    &[session],
                )?
                .iter()
                .map(|r| (r.get(0), r.get(1), i64::from(r.get::<_, i32>(2))))
                .collect();
            if &now == volunteers {
                0
            } else {
                tx.execute("DELETE FROM session_volunteer WHERE session = $1", &[session])?;
                for (name, role, position) in volunteers {
                    tx.execute(
                        "INSERT INTO session_volunteer (session, name, role, position)
                         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                        &[session, name, role, &(*position as i32)],
                    )?;
                }
                1
            }
        }
        Change::MarkCleared { event, at } => tx.execute(
            "INSERT INTO mark_cleared (event, at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[event, at],
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
            "INSERT INTO planned_session (uuid, date, time, site, lesson_id, trainer, expected,
                                          created, machine)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, time = excluded.time,
                 site = excluded.site, lesson_id = excluded.lesson_id,
                 trainer = excluded.trainer, expected = excluded.expected
             WHERE (planned_session.date, planned_session.time, planned_session.site,
                    planned_session.lesson_id, planned_session.trainer, planned_session.expected)
                IS DISTINCT FROM (excluded.date, excluded.time, excluded.site,
                    excluded.lesson_id, excluded.trainer, excluded.expected)",
            &[
                uuid,
                date,
                time,
                site,
                lesson_id,
                trainer,
                &(*expected as i32),
                created,
                m,
            ],
        )?,
        Change::PlannedSessionGone { uuid } => {
            tx.execute("DELETE FROM planned_session WHERE uuid = $1", &[uuid])?
        }
        Change::StepEvent { .. }
        | Change::QuizAnswer { .. }
        | Change::KioskVisit { .. }
        | Change::Learner { .. }
        | Change::LearnerEdit { .. }
        | Change::LearnerMerge { .. }
        | Change::LearnerErased { .. } => {
            unreachable!("sent in runs, or by learners::one")
        }
    };
    Ok(n > 0)
}
