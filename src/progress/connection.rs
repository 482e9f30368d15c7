//! What every connection to the progress file shares, whether it is the store's own or the
//! background check's: how long a write waits for another process, and the integrity check.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

use super::error::{StoreError, from_sqlite};

/// How long a write waits for another process before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// `PRAGMA quick_check` (or the full `integrity_check`) of the file at `path` through
/// `conn`: Ok when the file is sound.
pub fn check_integrity(conn: &Connection, path: &Path, quick: bool) -> Result<(), StoreError> {
    let pragma = if quick {
        "quick_check"
    } else {
        "integrity_check"
    };
    let result: String = conn
        .pragma_query_value(None, pragma, |r| r.get(0))
        .map_err(|e| from_sqlite(path, e))?;
    if result == "ok" {
        Ok(())
    } else {
        Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: result,
        })
    }
}
