//! The interactive program's `quick_check`, run on a read-only connection of its own in a
//! thread, so the first screen does not wait for a read of the whole file.
//!
//! The check is stopped and its connection closed before the store's own connection
//! closes. SQLite folds the write-ahead log back into the database and removes it only
//! when the last connection closes; a check still reading at that moment kept the log
//! (and, with the program ending under it, left it behind: a terminal closed during the
//! first second did that, about 1 run in 30 of `signals_tty`'s hang-up test).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::connection::{BUSY_TIMEOUT, check_integrity};
use super::error::{StoreError, from_sqlite};

/// How many SQLite virtual-machine steps pass between looks at the stop flag (a few
/// microseconds' work).
const STOP_CHECK_OPS: i32 = 10_000;

/// A `quick_check` running in the background.
pub struct BackgroundCheck {
    outcome: Receiver<Result<(), StoreError>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl BackgroundCheck {
    /// Starts checking the database at `path`. The connection is opened here, so a file
    /// that cannot be opened at all is told at once.
    pub fn start(path: &Path) -> Result<BackgroundCheck, StoreError> {
        let stop = Arc::new(AtomicBool::new(false));
        let conn = connect(path, Arc::clone(&stop))?;
        let path = path.to_path_buf();
        let (send, outcome) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("zhulao-quick-check".into())
            .spawn(move || {
                let result = check_integrity(&conn, &path, true);
                // The connection is closed before the outcome is told.
                drop(conn);
                let _ = send.send(result);
            })
            .map_err(|e| StoreError::Other {
                detail: e.to_string(),
            })?;
        Ok(BackgroundCheck {
            outcome,
            stop,
            thread: Some(thread),
        })
    }

    /// The outcome, once it is known within `wait`; None while the check runs.
    pub fn outcome(&self, wait: Duration) -> Option<Result<(), StoreError>> {
        match self.outcome.recv_timeout(wait) {
            Ok(outcome) => Some(outcome),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Err(StoreError::Other {
                detail: "the integrity check stopped".into(),
            })),
        }
    }
}

/// Stops the check (at its next look at the flag) and waits until its connection is closed.
impl Drop for BackgroundCheck {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A read-only connection that interrupts whatever it runs once `stop` is set (in WAL
/// mode it reads a snapshot and never blocks the program's writes).
fn connect(path: &Path, stop: Arc<AtomicBool>) -> Result<Connection, StoreError> {
    let sql = |e| from_sqlite(path, e);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(sql)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
    conn.progress_handler(STOP_CHECK_OPS, Some(move || stop.load(Ordering::Relaxed)))
        .map_err(sql)?;
    Ok(conn)
}
