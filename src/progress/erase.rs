//! Erasing a learner (个人信息保护法 第47条): every row that names or points at them is
//! deleted, and the file is scrubbed so the name cannot be read in it any more: deleted
//! content overwritten (`secure_delete`), the WAL emptied into the file and truncated, and
//! the file rebuilt (`VACUUM`) so no freed page keeps a copy. Backups made before are
//! copies of their own and keep the learner until they are deleted.

use super::error::StoreError;
use super::model::Learner;
use super::store::Store;

impl Store {
    /// Deletes the learner with `code` and everything recorded about them, then scrubs the
    /// file. Returns the learner as they were.
    pub fn erase_learner(&mut self, code: &str) -> Result<Learner, StoreError> {
        let learner = self.learner_by_code(code)?;
        let id = learner.id.0;
        self.write(|tx| {
            // Only the uuids stay (the learner's and those merged into them): rows about
            // them arriving later from other sites are dropped, and the erasure travels.
            tx.execute(
                "INSERT OR IGNORE INTO learner_erased (uuid, at)
                 SELECT uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM learner WHERE id = ?1
                 UNION ALL SELECT uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM learner_alias WHERE learner = ?1",
                [id],
            )?;
            erase_rows(tx, id)
        })?;
        self.scrub()?;
        Ok(learner)
    }

    /// Leaves nothing deleted readable in the file: the WAL checkpointed and truncated, and
    /// the file rebuilt without free pages. Takes as long as copying the file once.
    pub fn scrub(&mut self) -> Result<(), StoreError> {
        let sql = |e| super::error::from_sqlite(self.path(), e);
        self.conn
            .pragma_update(None, "secure_delete", true)
            .map_err(sql)?;
        self.conn
            .execute_batch(
                "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .map_err(sql)
    }
}

/// Deletes every row that names or points at learner `id`, and their edits (the scrub is
/// the caller's). Their uuids must already be in `learner_erased`.
pub(crate) fn erase_rows(tx: &rusqlite::Transaction, id: i64) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM learner_edit WHERE learner IN (SELECT uuid FROM learner_erased)",
        [],
    )?;
    tx.execute(
        "DELETE FROM mark_cleared WHERE event IN (SELECT uuid FROM step_event WHERE learner = ?1)",
        [id],
    )?;
    for table in [
        "step_event",
        "quiz_answer",
        "attendance",
        "lesson_state",
        "learner_alias",
        "kiosk_visit",
        "group_member",
    ] {
        tx.execute(&format!("DELETE FROM {table} WHERE learner = ?1"), [id])?;
    }
    tx.execute("DELETE FROM learner WHERE id = ?1", [id])
        .map(drop)
}
