//! Learners on the server: registered once (a code claimed for them), their names and
//! notes (the newest wins: `decide::replaces`), merges (`decide::merge_action`) and
//! erasures (`decide::tombstones`).

use std::collections::HashSet;

use postgres::Transaction;
use uuid::Uuid;

use super::Origin;
use crate::district::change::{Change, Tally};
use crate::district::decide::{self, MergeAction, Stamp};

/// A learner uuid as the district knows it: the learner kept, for one merged away.
const RESOLVED: &str = "coalesce((SELECT learner FROM learner_alias WHERE uuid = $1), $1)";

/// The learner kept for `uuid` (itself unless it was merged away).
pub(super) fn resolve(tx: &mut Transaction, uuid: Uuid) -> Result<Uuid, postgres::Error> {
    let row = tx.query_one(&format!("SELECT {RESOLVED}"), &[&uuid])?;
    Ok(row.get(0))
}

pub(super) fn erased(tx: &mut Transaction, uuid: Uuid) -> Result<bool, postgres::Error> {
    let row = tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM learner_erased WHERE uuid = $1)",
        &[&uuid],
    )?;
    Ok(row.get(0))
}

/// Registers a run of new learners (`Change::Learner`, nothing else) in one statement:
/// each stored unless the server has it already or it was merged away or erased; each
/// stored one claims its code, unless the district holds the code for another learner
/// (then its code is a clash). The same as sending them one by one, in their order: of
/// two in the run with one code, the first claims it.
pub(super) fn register(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[Change],
    clashes: &mut Vec<String>,
) -> Result<Tally, postgres::Error> {
    let mut seen = HashSet::new();
    let (mut uuids, mut codes, mut names, mut notes, mut created) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for change in run {
        if let Change::Learner {
            uuid,
            code,
            name,
            notes: note,
            created: at,
        } = change
        {
            // One learner sent twice in a run: the second changes nothing.
            if seen.insert(*uuid) {
                uuids.push(*uuid);
                codes.push(code.as_str());
                names.push(name.as_str());
                notes.push(note.as_str());
                created.push(at.as_str());
            }
        }
    }
    let stored = tx.query(
        "WITH input AS (
             SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
                 WITH ORDINALITY AS u(uuid, code, name, notes, created, ord)),
         stored AS (
             INSERT INTO learner (uuid, code, display_name, notes, created, machine, name_at,
                                  notes_at, seq)
             SELECT i.uuid, i.code, i.name, i.notes, i.created, $6, i.created, i.created,
                    nextval('district_seq')
             FROM input i
             WHERE NOT EXISTS (SELECT 1 FROM learner_erased e WHERE e.uuid = i.uuid)
               AND NOT EXISTS (SELECT 1 FROM learner_alias a WHERE a.uuid = i.uuid)
             ORDER BY i.ord
             ON CONFLICT (uuid) DO NOTHING
             RETURNING uuid),
         mine AS (SELECT i.ord, i.uuid, i.code FROM stored s JOIN input i ON i.uuid = s.uuid),
         claimed AS (
             INSERT INTO code_claim (code, machine, learner)
             SELECT DISTINCT ON (code) code, $6, uuid FROM mine ORDER BY code, ord
             ON CONFLICT (code) DO UPDATE SET learner = excluded.learner
             WHERE code_claim.learner IS NULL AND code_claim.machine = excluded.machine
             RETURNING code, learner)
         SELECT m.code, coalesce(k.learner, c.learner) IS DISTINCT FROM m.uuid
         FROM mine m LEFT JOIN claimed k ON k.code = m.code
                     LEFT JOIN code_claim c ON c.code = m.code
         ORDER BY m.ord",
        &[&uuids, &codes, &names, &notes, &created, &origin.machine],
    )?;
    clashes.extend(
        stored
            .iter()
            .filter(|r| r.get::<_, bool>(1))
            .map(|r| r.get::<_, String>(0)),
    );
    let sent = run.len() as u64;
    Ok(Tally {
        sent,
        already: sent - stored.len() as u64,
    })
}

/// Applies one change about who a learner is: Some(true) when it changed something,
/// None when the change is about something else.
pub(super) fn one(
    tx: &mut Transaction,
    origin: &Origin,
    change: &Change,
    clashes: &mut Vec<String>,
) -> Result<Option<bool>, postgres::Error> {
    let m = &origin.machine;
    let n = match change {
        Change::Learner { .. } => {
            let tally = register(tx, origin, std::slice::from_ref(change), clashes)?;
            tally.sent - tally.already
        }
        Change::LearnerEdit {
            uuid,
            learner,
            field,
            value,
            at,
        } => {
            // An edit of a learner erased already is dropped: it holds a name.
            let n = tx.execute(
                "INSERT INTO learner_edit (uuid, learner, field, value, at, machine)
                 SELECT $1, p.learner, $3, $4, $5, $6
                 FROM (SELECT coalesce((SELECT learner FROM learner_alias WHERE uuid = $2), $2)
                       AS learner) p
                 WHERE NOT EXISTS (SELECT 1 FROM learner_erased e
                                   WHERE e.uuid = $2 OR e.uuid = p.learner)
                 ON CONFLICT (uuid) DO NOTHING",
                &[uuid, learner, field, value, at, m],
            )?;
            if n > 0 {
                edit(tx, *learner, field, value, &Stamp::edit(at, *uuid))?;
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
                if let MergeAction::Move { kept, gone } = decide::merge_action(Some(k), Some(g)) {
                    merge(tx, kept, gone)?;
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
                // Every record merged into the person goes with them.
                let aliases: Vec<Uuid> = tx
                    .query(
                        "SELECT uuid FROM learner_alias WHERE learner = $1 ORDER BY uuid",
                        &[&person],
                    )?
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                for tomb in decide::tombstones(*uuid, Some(person), &aliases) {
                    tx.execute(
                        "INSERT INTO learner_erased (uuid, at, seq)
                         VALUES ($1, $2, nextval('district_seq')) ON CONFLICT (uuid) DO NOTHING",
                        &[&tomb, at],
                    )?;
                }
                erase(tx, person)?;
                erase(tx, *uuid)?;
            }
            n
        }
        _ => return Ok(None),
    };
    Ok(Some(n > 0))
}

/// Sets `field` ("name" or "notes") of the learner `learner` stands for to `value` when
/// the edit stamped `stamp` is newer than the one that set it last.
fn edit(
    tx: &mut Transaction,
    learner: Uuid,
    field: &str,
    value: &str,
    stamp: &Stamp,
) -> Result<(), postgres::Error> {
    let (column, at_col, edit_col) = if field == "name" {
        ("display_name", "name_at", "name_edit")
    } else {
        ("notes", "notes_at", "notes_edit")
    };
    let Some(row) = tx.query_opt(
        &format!(
            "SELECT uuid, {at_col}, {edit_col} FROM learner WHERE uuid = {RESOLVED} FOR UPDATE"
        ),
        &[&learner],
    )?
    else {
        return Ok(());
    };
    let person: Uuid = row.get(0);
    let current = Stamp::from_text(row.get(1), row.get(2));
    if decide::replaces(&current, stamp) {
        tx.execute(
            &format!(
                "UPDATE learner SET {column} = $2, {at_col} = $3, {edit_col} = $4,
                        seq = nextval('district_seq')
                 WHERE uuid = $1"
            ),
            &[&person, &value, &stamp.at, &stamp.edit_text()],
        )?;
    }
    Ok(())
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
