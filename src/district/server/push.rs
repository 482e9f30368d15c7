//! Sending changes to the district database: one batch in one transaction, every row
//! keyed by its uuid, so a batch sent twice (after a kill, or by two machines at once)
//! changes nothing the second time. Steps and answers, nearly all of what is sent, go in
//! one statement per run (`unnest` of arrays); the rest row by row. A row about a learner
//! merged away is stored under the learner kept; a row about an erased learner is dropped.

use std::collections::BTreeMap;

use postgres::Transaction;
use uuid::Uuid;

use super::schema::SEQ_LOCK;
use crate::district::change::{Change, Kind, Tally};

/// Who sent a batch: the machine's uuid and its site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The machine's uuid (set once, in its database).
    pub machine: Uuid,
    /// Its site's name.
    pub site: String,
}

/// What one batch did on the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pushed {
    /// Changes sent, and how many the server had already.
    pub tally: Tally,
    /// The same, by kind of record.
    pub by_kind: BTreeMap<Kind, Tally>,
    /// Codes of learners sent that another learner in the district holds already.
    pub clashes: Vec<String>,
}

impl Pushed {
    pub(crate) fn count(&mut self, kind: Kind, tally: Tally) {
        self.tally.add(tally);
        self.by_kind.entry(kind).or_default().add(tally);
    }

    /// Adds what another batch did.
    pub fn add(&mut self, other: Pushed) {
        for (kind, tally) in other.by_kind {
            self.count(kind, tally);
        }
        self.clashes.extend(other.clashes);
    }
}

/// A learner uuid as the district knows it: the learner kept, for one merged away.
const fn resolved(n: usize) -> &'static str {
    match n {
        1 => "coalesce((SELECT learner FROM learner_alias WHERE uuid = $1), $1)",
        2 => "coalesce((SELECT learner FROM learner_alias WHERE uuid = $2), $2)",
        _ => "",
    }
}

/// Records the machine and its site (a machine moved to another site keeps its rows).
pub fn register(tx: &mut Transaction, origin: &Origin) -> Result<(), postgres::Error> {
    tx.execute(
        "INSERT INTO machine (uuid, site, last_sync) VALUES ($1, $2, now())
         ON CONFLICT (uuid) DO UPDATE SET
             site = CASE WHEN excluded.site = '' THEN machine.site ELSE excluded.site END,
             last_sync = now()",
        &[&origin.machine, &origin.site],
    )
    .map(drop)
}

/// Applies `changes` in `tx`, in their order.
pub fn apply(
    tx: &mut Transaction,
    origin: &Origin,
    changes: &[Change],
) -> Result<Pushed, postgres::Error> {
    let mut pushed = Pushed::default();
    if changes.iter().any(Change::is_about_learners) {
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SEQ_LOCK])?;
    }
    let mut i = 0;
    while i < changes.len() {
        let run_end = |pred: fn(&Change) -> bool| {
            changes[i..]
                .iter()
                .position(|c| !pred(c))
                .map_or(changes.len(), |n| i + n)
        };
        match &changes[i] {
            Change::StepEvent { .. } => {
                let end = run_end(|c| matches!(c, Change::StepEvent { .. }));
                let tally = step_events(tx, origin, &changes[i..end])?;
                pushed.count(Kind::Events, tally);
                i = end;
            }
            Change::QuizAnswer { .. } => {
                let end = run_end(|c| matches!(c, Change::QuizAnswer { .. }));
                let tally = quiz_answers(tx, origin, &changes[i..end])?;
                pushed.count(Kind::Events, tally);
                i = end;
            }
            change => {
                let new = one(tx, origin, change, &mut pushed.clashes)?;
                let tally = Tally {
                    sent: 1,
                    already: u64::from(!new),
                };
                pushed.count(change.kind(), tally);
                i += 1;
            }
        }
    }
    Ok(pushed)
}

fn step_events(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[Change],
) -> Result<Tally, postgres::Error> {
    let mut c = (
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
    );
    for change in run {
        if let Change::StepEvent {
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
        } = change
        {
            c.0.push(*uuid);
            c.1.push(*learner);
            c.2.push(lesson_id.as_str());
            c.3.push(*lesson_version as i32);
            c.4.push(step_id.as_str());
            c.5.push(outcome.as_str());
            c.6.push(mode.as_str());
            c.7.push(*session);
            c.8.push(*seconds as i32);
            c.9.push(at.as_str());
        }
    }
    let new = tx.execute(
        "INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome,
                                 mode, session, seconds, at, machine)
         SELECT u.uuid, coalesce(a.learner, u.learner), u.lesson_id, u.lesson_version,
                u.step_id, u.outcome, u.mode, u.session, u.seconds, u.at, $11
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int4[], $5::text[], $6::text[],
                     $7::text[], $8::uuid[], $9::int4[], $10::text[])
              AS u(uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, session,
                   seconds, at)
         LEFT JOIN learner_alias a ON a.uuid = u.learner
         WHERE NOT EXISTS (SELECT 1 FROM learner_erased e
                           WHERE e.uuid = u.learner OR e.uuid = a.learner)
         ON CONFLICT (uuid) DO NOTHING",
        &[
            &c.0,
            &c.1,
            &c.2,
            &c.3,
            &c.4,
            &c.5,
            &c.6,
            &c.7,
            &c.8,
            &c.9,
            &origin.machine,
        ],
    )?;
    Ok(Tally {
        sent: run.len() as u64,
        already: run.len() as u64 - new,
    })
}

fn quiz_answers(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[Change],
) -> Result<Tally, postgres::Error> {
    let mut c = (
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
    );
    for change in run {
        if let Change::QuizAnswer {
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
        } = change
        {
            c.0.push(*uuid);
            c.1.push(*learner);
            c.2.push(lesson_id.as_str());
            c.3.push(*lesson_version as i32);
            c.4.push(question_id.as_str());
            c.5.push(*chosen as i32);
            c.6.push(*correct);
            c.7.push(mode.as_str());
            c.8.push(*session);
            c.9.push(at.as_str());
        }
    }
    let new = tx.execute(
        "INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen,
                                  correct, mode, session, at, machine)
         SELECT u.uuid, coalesce(a.learner, u.learner), u.lesson_id, u.lesson_version,
                u.question_id, u.chosen, u.correct, u.mode, u.session, u.at, $11
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int4[], $5::text[], $6::int4[],
                     $7::bool[], $8::text[], $9::uuid[], $10::text[])
              AS u(uuid, learner, lesson_id, lesson_version, question_id, chosen, correct,
                   mode, session, at)
         LEFT JOIN learner_alias a ON a.uuid = u.learner
         WHERE NOT EXISTS (SELECT 1 FROM learner_erased e
                           WHERE e.uuid = u.learner OR e.uuid = a.learner)
         ON CONFLICT (uuid) DO NOTHING",
        &[
            &c.0,
            &c.1,
            &c.2,
            &c.3,
            &c.4,
            &c.5,
            &c.6,
            &c.7,
            &c.8,
            &c.9,
            &origin.machine,
        ],
    )?;
    Ok(Tally {
        sent: run.len() as u64,
        already: run.len() as u64 - new,
    })
}

/// The learner kept for `uuid` (itself unless it was merged away).
fn resolve(tx: &mut Transaction, uuid: Uuid) -> Result<Uuid, postgres::Error> {
    let row = tx.query_one(&format!("SELECT {}", resolved(1)), &[&uuid])?;
    Ok(row.get(0))
}

fn erased(tx: &mut Transaction, uuid: Uuid) -> Result<bool, postgres::Error> {
    let row = tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM learner_erased WHERE uuid = $1)",
        &[&uuid],
    )?;
    Ok(row.get(0))
}

/// Applies one change; true when it changed something.
fn one(
    tx: &mut Transaction,
    origin: &Origin,
    change: &Change,
    clashes: &mut Vec<String>,
) -> Result<bool, postgres::Error> {
    let m = &origin.machine;
    let n = match change {
        Change::Learner {
            uuid,
            code,
            name,
            notes,
            created,
        } => {
            let n = tx.execute(
                "INSERT INTO learner (uuid, code, display_name, notes, created, machine, name_at,
                                      notes_at, seq)
                 SELECT $1, $2, $3, $4, $5, $6, $5, $5, nextval('district_seq')
                 WHERE NOT EXISTS (SELECT 1 FROM learner_erased WHERE uuid = $1)
                   AND NOT EXISTS (SELECT 1 FROM learner_alias WHERE uuid = $1)
                 ON CONFLICT (uuid) DO NOTHING",
                &[uuid, code, name, notes, created, m],
            )?;
            if n > 0 {
                tx.execute(
                    "INSERT INTO code_claim (code, machine, learner) VALUES ($1, $2, $3)
                     ON CONFLICT (code) DO UPDATE SET learner = excluded.learner
                     WHERE code_claim.learner IS NULL AND code_claim.machine = excluded.machine",
                    &[code, m, uuid],
                )?;
                let holder: Option<Uuid> = tx
                    .query_one("SELECT learner FROM code_claim WHERE code = $1", &[code])?
                    .get(0);
                if holder != Some(*uuid) {
                    clashes.push(code.clone());
                }
            }
            n
        }
        Change::LearnerEdit {
            uuid,
            learner,
            field,
            value,
            at,
        } => {
            let n = tx.execute(
                &format!(
                    "INSERT INTO learner_edit (uuid, learner, field, value, at, machine)
                     VALUES ($1, {}, $3, $4, $5, $6) ON CONFLICT (uuid) DO NOTHING",
                    resolved(2)
                ),
                &[uuid, learner, field, value, at, m],
            )?;
            if n > 0 {
                let (column, at_col, edit_col) = if field == "name" {
                    ("display_name", "name_at", "name_edit")
                } else {
                    ("notes", "notes_at", "notes_edit")
                };
                let edit = uuid.to_string();
                tx.execute(
                    &format!(
                        "UPDATE learner SET {column} = $2, {at_col} = $3, {edit_col} = $4,
                                seq = nextval('district_seq')
                         WHERE uuid = {} AND ({at_col}, {edit_col}) < ($3, $4)",
                        resolved(1)
                    ),
                    &[learner, value, at, &edit],
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
            let n = tx.execute(
                "INSERT INTO learner_merge (uuid, kept, gone, at, machine, seq)
                 VALUES ($1, $2, $3, $4, $5, nextval('district_seq'))
                 ON CONFLICT (uuid) DO NOTHING",
                &[uuid, kept, gone, at, m],
            )?;
            if n > 0 {
                let k = resolve(tx, *kept)?;
                let g = resolve(tx, *gone)?;
                if k != g {
                    merge(tx, k, g)?;
                }
            }
            n
        }
        Change::LearnerErased { uuid, at } => {
            let n = tx.execute(
                "INSERT INTO learner_erased (uuid, at, seq) VALUES ($1, $2, nextval('district_seq'))
                 ON CONFLICT (uuid) DO NOTHING",
                &[uuid, at],
            )?;
            if n > 0 {
                let person = resolve(tx, *uuid)?;
                if person != *uuid {
                    tx.execute(
                        "INSERT INTO learner_erased (uuid, at, seq)
                         VALUES ($1, $2, nextval('district_seq')) ON CONFLICT (uuid) DO NOTHING",
                        &[&person, at],
                    )?;
                }
                // Every record merged into the person goes with them.
                tx.execute(
                    "INSERT INTO learner_erased (uuid, at, seq)
                     SELECT uuid, $2, nextval('district_seq') FROM learner_alias WHERE learner = $1
                     ON CONFLICT (uuid) DO NOTHING",
                    &[&person, at],
                )?;
                erase(tx, person)?;
                erase(tx, *uuid)?;
            }
            n
        }
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
        } => tx.execute(
            "INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created, current_step,
                                        grp, started, ended, deleted, machine)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, site = excluded.site,
                 trainer = excluded.trainer, lesson_id = excluded.lesson_id,
                 current_step = excluded.current_step, grp = excluded.grp,
                 started = excluded.started, ended = excluded.ended, deleted = excluded.deleted
             WHERE (class_session.date, class_session.site, class_session.trainer,
                    class_session.lesson_id, class_session.current_step, class_session.grp,
                    class_session.started, class_session.ended, class_session.deleted)
                IS DISTINCT FROM (excluded.date, excluded.site, excluded.trainer,
                    excluded.lesson_id, excluded.current_step, excluded.grp, excluded.started,
                    excluded.ended, excluded.deleted)",
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
        } => {
            let who = resolve(tx, *learner)?;
            if erased(tx, who)? {
                0
            } else {
                tx.execute(
                    "INSERT INTO attendance (session, learner, added, seconds) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (session, learner) DO UPDATE SET seconds = excluded.seconds
                     WHERE attendance.seconds IS DISTINCT FROM excluded.seconds",
                    &[session, &who, added, seconds],
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
        Change::KioskVisit {
            uuid,
            learner,
            site,
            started,
            ended,
        } => {
            let who = resolve(tx, *learner)?;
            if erased(tx, who)? {
                0
            } else {
                tx.execute(
                    "INSERT INTO kiosk_visit (uuid, learner, site, started, ended, machine)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (uuid) DO UPDATE SET ended = excluded.ended
                     WHERE kiosk_visit.ended IS DISTINCT FROM excluded.ended",
                    &[uuid, &who, site, started, ended, m],
                )?
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
        Change::StepEvent { .. } | Change::QuizAnswer { .. } => {
            unreachable!("sent in runs")
        }
    };
    Ok(n > 0)
}

/// `g` becomes `k` everywhere on the server; `g` stays known as an alias of `k`.
fn merge(tx: &mut Transaction, k: Uuid, g: Uuid) -> Result<(), postgres::Error> {
    tx.execute(
        "UPDATE learner_alias SET learner = $1 WHERE learner = $2",
        &[&k, &g],
    )?;
    tx.execute(
        "INSERT INTO learner_alias (uuid, learner) VALUES ($2, $1)
         ON CONFLICT (uuid) DO UPDATE SET learner = excluded.learner",
        &[&k, &g],
    )?;
    for table in ["step_event", "quiz_answer", "kiosk_visit"] {
        tx.execute(
            &format!("UPDATE {table} SET learner = $1 WHERE learner = $2"),
            &[&k, &g],
        )?;
    }
    tx.execute(
        "INSERT INTO attendance (session, learner, added, seconds)
         SELECT session, $1, added, seconds FROM attendance WHERE learner = $2
         ON CONFLICT DO NOTHING",
        &[&k, &g],
    )?;
    tx.execute(
        "INSERT INTO group_member (grp, learner, added)
         SELECT grp, $1, added FROM group_member WHERE learner = $2 ON CONFLICT DO NOTHING",
        &[&k, &g],
    )?;
    for table in ["attendance", "group_member", "learner_edit"] {
        tx.execute(&format!("DELETE FROM {table} WHERE learner = $1"), &[&g])?;
    }
    tx.execute(
        "UPDATE code_claim SET learner = $1 WHERE learner = $2",
        &[&k, &g],
    )?;
    tx.execute("DELETE FROM learner WHERE uuid = $1", &[&g])?;
    Ok(())
}

/// Deletes everything the server holds about the learner `who` but the tombstone.
fn erase(tx: &mut Transaction, who: Uuid) -> Result<(), postgres::Error> {
    tx.execute(
        "DELETE FROM mark_cleared WHERE event IN (SELECT uuid FROM step_event WHERE learner = $1)",
        &[&who],
    )?;
    for table in [
        "step_event",
        "quiz_answer",
        "kiosk_visit",
        "attendance",
        "group_member",
        "learner_edit",
        "learner_alias",
    ] {
        tx.execute(&format!("DELETE FROM {table} WHERE learner = $1"), &[&who])?;
    }
    tx.execute("DELETE FROM learner_alias WHERE uuid = $1", &[&who])?;
    tx.execute("DELETE FROM learner WHERE uuid = $1", &[&who])?;
    Ok(())
}
