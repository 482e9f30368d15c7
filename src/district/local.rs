//! Taking the district's learners into this machine's database (`zhulao sync --pull`):
//! learners registered elsewhere are added (so they sign in here), newer names and notes
//! replace older ones, merges and erasures done elsewhere are done here too. Nothing taken
//! is sent back: the outbox rows the triggers write meanwhile are dropped in the same
//! transaction.

use rusqlite::{OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::decide::{self, MergeAction, Stamp};
use super::server::pull::Pulled;
use crate::progress::{Store, StoreError};

/// What a pull changed here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PullReport {
    /// Learners from elsewhere added here.
    pub added: u64,
    /// Learners whose name or notes were replaced by newer ones.
    pub updated: u64,
    /// Merges done here.
    pub merged: u64,
    /// Learners erased here.
    pub erased: u64,
    /// Codes of learners from elsewhere not added: a learner here holds the same code.
    pub clashes: Vec<String>,
}

fn id_of(tx: &Transaction, uuid: Uuid) -> rusqlite::Result<Option<i64>> {
    let bytes = uuid.as_bytes().as_slice();
    tx.query_row(
        "SELECT id FROM learner WHERE uuid = ?1
         UNION ALL SELECT learner FROM learner_alias WHERE uuid = ?1 LIMIT 1",
        [bytes],
        |r| r.get(0),
    )
    .optional()
}

/// When `field` of learner `id` was last set here: their newest edit (under their uuid or
/// one merged into them), else their registration.
pub(crate) fn stamp_here(tx: &Transaction, id: i64, field: &str) -> rusqlite::Result<Stamp> {
    let edit: Option<(String, Vec<u8>)> = tx
        .prepare_cached(
            "SELECT at, uuid FROM learner_edit WHERE field = ?2 AND learner IN (
                 SELECT uuid FROM learner WHERE id = ?1
                 UNION ALL SELECT uuid FROM learner_alias WHERE learner = ?1)
             ORDER BY at DESC, uuid DESC LIMIT 1",
        )?
        .query_row(params![id, field], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match edit {
        Some((at, uuid)) => Ok(Stamp {
            at,
            edit: Uuid::from_slice(&uuid).ok(),
        }),
        None => {
            let created: String =
                tx.query_row("SELECT created FROM learner WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            Ok(Stamp::registered(&created))
        }
    }
}

impl Store {
    /// Applies what was pulled, in order, in one transaction; scrubs the file after an
    /// erasure or a merge (the records gone held names).
    pub fn apply_pulled(&mut self, items: &[(i64, Pulled)]) -> Result<PullReport, StoreError> {
        if items.is_empty() {
            return Ok(PullReport::default());
        }
        let report = self.write(|tx| {
            let before: i64 =
                tx.query_row("SELECT coalesce(max(seq), 0) FROM sync_outbox", [], |r| {
                    r.get(0)
                })?;
            let mut report = PullReport::default();
            for (_, item) in items {
                apply_one(tx, item, &mut report)?;
            }
            tx.execute("DELETE FROM sync_outbox WHERE seq > ?1", [before])?;
            Ok(report)
        })?;
        if report.erased > 0 || report.merged > 0 {
            self.scrub()?;
        }
        Ok(report)
    }
}

pub(crate) fn apply_one(
    tx: &Transaction,
    item: &Pulled,
    report: &mut PullReport,
) -> rusqlite::Result<()> {
    match item {
        Pulled::Learner {
            uuid,
            code,
            name,
            notes,
            created,
            name_at,
            notes_at,
        } => {
            let bytes = uuid.as_bytes().as_slice();
            let gone: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM learner_erased WHERE uuid = ?1)
                     OR EXISTS (SELECT 1 FROM learner_alias WHERE uuid = ?1)",
                [bytes],
                |r| r.get(0),
            )?;
            if gone {
                return Ok(());
            }
            let here: Option<(i64, String, String)> = tx
                .query_row(
                    "SELECT id, display_name, notes FROM learner WHERE uuid = ?1",
                    [bytes],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            match here {
                Some((id, here_name, here_notes)) => {
                    let mut changed = false;
                    if here_name != *name && decide::replaces(&stamp_here(tx, id, "name")?, name_at)
                    {
                        tx.execute(
                            "UPDATE learner SET display_name = ?1 WHERE id = ?2",
                            params![name, id],
                        )?;
                        changed = true;
                    }
                    if here_notes != *notes
                        && decide::replaces(&stamp_here(tx, id, "notes")?, notes_at)
                    {
                        tx.execute(
                            "UPDATE learner SET notes = ?1 WHERE id = ?2",
                            params![notes, id],
                        )?;
                        changed = true;
                    }
                    report.updated += u64::from(changed);
                }
                None => {
                    let taken: bool = tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM learner WHERE code = ?1)",
                        [code],
                        |r| r.get(0),
                    )?;
                    if taken {
                        report.clashes.push(code.clone());
                    } else {
                        tx.execute(
                            "INSERT INTO learner (uuid, display_name, code, created, notes)
                             VALUES (?1, ?2, ?3, ?4, ?5)",
                            params![bytes, name, code, created, notes],
                        )?;
                        tx.execute("DELETE FROM code_pool WHERE code = ?1", [code])?;
                        report.added += 1;
                    }
                }
            }
        }
        Pulled::Merge {
            uuid,
            kept,
            gone,
            at,
        } => {
            let new = tx.execute(
                "INSERT OR IGNORE INTO learner_merge (uuid, kept, gone, at) VALUES (?1, ?2, ?3, ?4)",
                params![
                    uuid.as_bytes().as_slice(),
                    kept.as_bytes().as_slice(),
                    gone.as_bytes().as_slice(),
                    at
                ],
            )?;
            if new == 0 {
                return Ok(());
            }
            match decide::merge_action(id_of(tx, *kept)?, id_of(tx, *gone)?) {
                MergeAction::Move { kept, gone } => {
                    merge_rows(tx, kept, gone)?;
                    report.merged += 1;
                }
                MergeAction::Alias { kept: k } => {
                    tx.execute(
                        "INSERT OR IGNORE INTO learner_alias (uuid, learner) VALUES (?1, ?2)",
                        params![gone.as_bytes().as_slice(), k],
                    )?;
                }
                MergeAction::Nothing => {}
            }
        }
        Pulled::Erased { uuid, at } => {
            let new = tx.execute(
                "INSERT OR IGNORE INTO learner_erased (uuid, at) VALUES (?1, ?2)",
                params![uuid.as_bytes().as_slice(), at],
            )?;
            if new == 0 {
                return Ok(());
            }
            if let Some(id) = id_of(tx, *uuid)? {
                let person: Vec<u8> =
                    tx.query_row("SELECT uuid FROM learner WHERE id = ?1", [id], |r| r.get(0))?;
                let aliases: Vec<Vec<u8>> = tx
                    .prepare("SELECT uuid FROM learner_alias WHERE learner = ?1 ORDER BY uuid")?
                    .query_map([id], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                let aliases: Vec<Uuid> = aliases
                    .iter()
                    .filter_map(|b| Uuid::from_slice(b).ok())
                    .collect();
                let person = Uuid::from_slice(&person).ok();
                for tomb in decide::tombstones(*uuid, person, &aliases) {
                    tx.execute(
                        "INSERT OR IGNORE INTO learner_erased (uuid, at) VALUES (?1, ?2)",
                        params![tomb.as_bytes().as_slice(), at],
                    )?;
                }
                crate::progress::erase::erase_rows(tx, id)?;
                report.erased += 1;
            }
        }
    }
    Ok(())
}

/// Moves everything of learner `g` to learner `k` and deletes `g`, keeping its uuid as an
/// alias (as `Store::merge_learners` does, without recording a merge of its own).
fn merge_rows(tx: &Transaction, k: i64, g: i64) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE step_event SET learner = ?1 WHERE learner = ?2",
        [k, g],
    )?;
    tx.execute(
        "UPDATE quiz_answer SET learner = ?1 WHERE learner = ?2",
        [k, g],
    )?;
    tx.execute(
        "UPDATE kiosk_visit SET learner = ?1 WHERE learner = ?2",
        [k, g],
    )?;
    tx.execute(
        "UPDATE OR IGNORE group_member SET learner = ?1 WHERE learner = ?2",
        [k, g],
    )?;
    tx.execute("DELETE FROM group_member WHERE learner = ?1", [g])?;
    tx.execute(
        "INSERT OR IGNORE INTO attendance (session, learner, added, seconds)
         SELECT session, ?1, added, seconds FROM attendance WHERE learner = ?2",
        [k, g],
    )?;
    tx.execute("DELETE FROM attendance WHERE learner = ?1", [g])?;
    tx.execute(
        "UPDATE learner_alias SET learner = ?1 WHERE learner = ?2",
        [k, g],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO learner_alias (uuid, learner) SELECT uuid, ?1 FROM learner WHERE id = ?2",
        [k, g],
    )?;
    tx.execute(
        "DELETE FROM learner_edit WHERE learner = (SELECT uuid FROM learner WHERE id = ?1)",
        [g],
    )?;
    tx.execute("DELETE FROM lesson_state WHERE learner = ?1", [g])?;
    tx.execute("DELETE FROM learner WHERE id = ?1", [g])?;
    crate::progress::state::rebuild(tx, Some(crate::progress::LearnerId(k)))
}
