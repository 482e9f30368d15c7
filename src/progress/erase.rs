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
