//! Opening the progress database safely: faults are reported and the file is never
//! overwritten; migrations run forward after a dated backup; every write is one
//! `BEGIN IMMEDIATE` transaction with a busy timeout, so a second process waits instead of
//! failing.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use super::background_check::BackgroundCheck;
use super::connection;
use super::error::{StoreError, from_sqlite};
use super::facts::{FACTS_SQL, StepFacts, facts_from_row};
use super::model::LearnerId;
use super::schema::{MIGRATIONS, current_version};

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "zhulao.db";
/// Marks a database as zhulao's (`PRAGMA application_id`): "zhla".
pub const APPLICATION_ID: i64 = 0x7a68_6c61;
pub use super::connection::BUSY_TIMEOUT;

/// The progress database.
pub struct Store {
    /// A `quick_check` on a background connection, until its outcome is taken. Declared
    /// before `conn`, so it is stopped and its connection closed first when the store is
    /// dropped (see [`BackgroundCheck`]).
    check: Option<BackgroundCheck>,
    pub(crate) conn: Connection,
    path: PathBuf,
    /// Where new learner codes come from (random, except in tests that seed it).
    pub(crate) codes: super::code::CodeSource,
}

/// The path of the database in a data folder.
pub fn db_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DB_FILE)
}

/// Refuses files that exist but are not usable SQLite databases, before SQLite touches them.
fn check_file(path: &Path) -> Result<(), StoreError> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if meta.len() == 0 {
        return Err(StoreError::Empty {
            path: path.to_path_buf(),
        });
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    if read.is_err() || &header != b"SQLite format 3\0" {
        return Err(StoreError::NotADatabase {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

impl Store {
    /// A store on an open connection, with no background check and random learner codes.
    pub(crate) fn on_connection(conn: Connection, path: PathBuf) -> Store {
        Store {
            check: None,
            conn,
            path,
            codes: super::code::CodeSource::Random,
        }
    }

    /// Opens (creating if needed) the database in `data_dir`, checks it and migrates it.
    /// `now` names the backup taken before a migration.
    pub fn open(data_dir: &Path, now: DateTime<Utc>) -> Result<Store, StoreError> {
        Store::open_with(data_dir, now, true)
    }

    /// Opens like [`Store::open`] without the full `quick_check` (which reads the whole
    /// file: 1.8 s of a 2 s sync with nothing new, on a database of a million events).
    /// For `zhulao sync`, run by a schedule every evening: it reads the outbox after its
    /// cursor and writes a few rows, and SQLite itself refuses a damaged page it reads
    /// (the app, `data backup` and every other writer still check the whole file).
    pub fn open_for_sync(data_dir: &Path, now: DateTime<Utc>) -> Result<Store, StoreError> {
        Store::open_with(data_dir, now, false)
    }

    /// Opens like [`Store::open`], but runs `quick_check` on a background connection of
    /// its own instead of before returning: the check reads the whole file (over a second
    /// for a million events, far longer on a slow disk), and the interactive program
    /// should not wait for it. Its outcome comes from [`Store::background_check`].
    pub fn open_checking_in_background(
        data_dir: &Path,
        now: DateTime<Utc>,
    ) -> Result<Store, StoreError> {
        let mut store = Store::open_with(data_dir, now, false)?;
        store.check = Some(BackgroundCheck::start(&store.path)?);
        Ok(store)
    }

    /// The outcome of a background check, once it is known: waits up to `wait` for it.
    /// None while it is still running, and after its outcome has been taken.
    pub fn background_check(&mut self, wait: Duration) -> Option<Result<(), StoreError>> {
        let outcome = self.check.as_ref()?.outcome(wait)?;
        self.check = None;
        Some(outcome)
    }

    /// True while a background check runs and its outcome has not been taken.
    pub fn background_check_pending(&self) -> bool {
        self.check.is_some()
    }

    /// Opens the database in `data_dir` for reading only, for the commands that only read
    /// (lists, exports, reports, backups): nothing is created, migrated or written, and the
    /// file is not read whole for a check first (`zhulao data check` does that), so a large
    /// file opens as fast as a small one. Works on a copy on read-only media, and on a file
    /// from an older zhulao, which is upgraded in memory only. A missing data folder or
    /// database file is an error naming it, never a new empty database.
    pub fn open_read_only(data_dir: &Path) -> Result<Store, StoreError> {
        if !data_dir.is_dir() {
            return Err(StoreError::NoDataFolder {
                dir: data_dir.to_path_buf(),
            });
        }
        let path = db_path(data_dir);
        if !path.is_file() {
            return Err(StoreError::NoDatabase { path });
        }
        check_file(&path)?;
        // A database in WAL mode needs its -shm file, which a read-only folder cannot
        // get; such a file is nobody's live database, so it is read as it lies.
        let (store, version) = match Store::connect_read_only(&path, false) {
            Err(StoreError::ReadOnly { .. }) => Store::connect_read_only(&path, true)?,
            other => other?,
        };
        if version == current_version() {
            return Ok(store);
        }
        store.upgraded_in_memory(version)
    }

    /// A read-only connection (`immutable`: without locks or WAL, for read-only media),
    /// checked to be zhulao's; with its schema version.
    fn connect_read_only(path: &Path, immutable: bool) -> Result<(Store, i64), StoreError> {
        let sql = |e| from_sqlite(path, e);
        let mut flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = if immutable {
            flags |= OpenFlags::SQLITE_OPEN_URI;
            Connection::open_with_flags(format!("{}?immutable=1", file_uri(path)), flags)
        } else {
            Connection::open_with_flags(path, flags)
        }
        .map_err(sql)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
        let store = Store::on_connection(conn, path.to_path_buf());
        let version = store.check_identity()?;
        Ok((store, version))
    }

    /// The database copied into memory and migrated there; the file is left as it is.
    fn upgraded_in_memory(self, version: i64) -> Result<Store, StoreError> {
        let sql = |e| from_sqlite(&self.path, e);
        let mut conn = Connection::open_in_memory().map_err(sql)?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut conn).map_err(sql)?;
            backup
                .run_to_completion(1024, Duration::ZERO, None)
                .map_err(sql)?;
        }
        let tx = conn.transaction().map_err(sql)?;
        for migration in MIGRATIONS.iter().skip(version as usize) {
            tx.execute_batch(migration).map_err(sql)?;
        }
        tx.commit().map_err(sql)?;
        Ok(Store::on_connection(conn, self.path))
    }

    fn open_with(data_dir: &Path, now: DateTime<Utc>, check: bool) -> Result<Store, StoreError> {
        crate::data_dir::create_private_dir(data_dir).map_err(|e| StoreError::CreateDir {
            dir: data_dir.to_path_buf(),
            detail: e.to_string(),
        })?;
        let path = db_path(data_dir);
        check_file(&path)?;
        let sql = |e| from_sqlite(&path, e);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags).map_err(sql)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
        // Names and notes are personal: the file is its owner's only (SQLite gives the
        // -wal and -shm files the database's own permissions).
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            crate::data_dir::make_private(&file).map_err(|e| StoreError::Other {
                detail: e.to_string(),
            })?;
        }
        let mut store = Store::on_connection(conn, path.clone());
        if check {
            store.check_integrity(true)?;
        }
        // Read-only checks first: nothing is written to a file that is not ours.
        let version = store.check_identity()?;
        store
            .conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(sql)?;
        store
            .conn
            .pragma_update(None, "synchronous", "FULL")
            .map_err(sql)?;
        store
            .conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(sql)?;
        store.migrate(data_dir, now, version)?;
        Ok(store)
    }

    /// Keeps a faulty database aside as `zhulao.db.corrupt-<timestamp>` (with its WAL files)
    /// and opens a fresh one. Only ever called when the user chose to start fresh.
    pub fn start_fresh(
        data_dir: &Path,
        now: DateTime<Utc>,
    ) -> Result<(Store, PathBuf), StoreError> {
        let path = db_path(data_dir);
        let stamp = now.format("%Y%m%d-%H%M%S");
        let kept = data_dir.join(format!("{DB_FILE}.corrupt-{stamp}"));
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", path.display()));
            if from.exists() {
                let to = PathBuf::from(format!("{}{suffix}", kept.display()));
                std::fs::rename(&from, &to).map_err(|e| StoreError::Other {
                    detail: e.to_string(),
                })?;
            }
        }
        Ok((Store::open(data_dir, now)?, kept))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `PRAGMA quick_check` (or the full `integrity_check`): Ok when the file is sound.
    pub fn check_integrity(&self, quick: bool) -> Result<(), StoreError> {
        connection::check_integrity(&self.conn, &self.path, quick)
    }

    /// Checks the file is zhulao's and not from a newer version; returns its schema version.
    fn check_identity(&self) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let sql = |e| from_sqlite(&path, e);
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(sql)?;
        let app_id: i64 = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(sql)?;
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(sql)?;
        if (version == 0 && tables > 0) || (version > 0 && app_id != APPLICATION_ID) {
            return Err(StoreError::Foreign { path });
        }
        if version > current_version() {
            return Err(StoreError::NewerSchema {
                path,
                found: version,
                supported: current_version(),
            });
        }
        Ok(version)
    }

    fn migrate(
        &mut self,
        data_dir: &Path,
        now: DateTime<Utc>,
        version: i64,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |e| from_sqlite(&path, e);
        if version == current_version() {
            return Ok(());
        }
        if version > 0 {
            self.backup(&backup_path(data_dir, now, version))?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        for (i, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(migration).map_err(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)
                .map_err(sql)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(sql)?;
        tx.commit().map_err(sql)
    }

    /// Copies the live database to `dest` with SQLite's backup API (safe while in use).
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if let Some(dir) = dest.parent() {
            crate::data_dir::create_private_dir(dir).map_err(|e| StoreError::CreateDir {
                dir: dir.to_path_buf(),
                detail: e.to_string(),
            })?;
        }
        // VACUUM INTO copies one snapshot in one read transaction, so writers going on at
        // 50 a second never make it start again (the backup API's steps restart on every
        // write); the copy is made under a temporary name and renamed once whole, so an
        // interrupted backup never lies under the final name. It holds no freed pages: a
        // learner erased before it is not in it.
        let tmp = PathBuf::from(format!("{}.part-{}", dest.display(), std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let other = |e: std::io::Error| StoreError::Other {
            detail: e.to_string(),
        };
        let result = self
            .conn
            .execute("VACUUM INTO ?1", [tmp.to_string_lossy()])
            .map_err(|e| from_sqlite(dest, e))
            .and_then(|_| crate::data_dir::make_private(&tmp).map_err(other))
            .and_then(|()| {
                std::fs::File::open(&tmp)
                    .and_then(|f| f.sync_all())
                    .map_err(other)
            })
            .and_then(|()| std::fs::rename(&tmp, dest).map_err(other));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction and commits it durably.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| from_sqlite(&path, e))?;
        let value = f(&tx).map_err(|e| from_sqlite(&path, e))?;
        tx.commit().map_err(|e| from_sqlite(&path, e))?;
        Ok(value)
    }

    /// Sets a pragma on this connection. For fault tests: `max_page_count` simulates a full
    /// disk and `query_only` a read-only file.
    #[doc(hidden)]
    pub fn set_pragma_for_tests(&self, name: &str, value: i64) -> Result<(), StoreError> {
        self.conn
            .pragma_update(None, name, value)
            .map_err(|e| from_sqlite(&self.path, e))
    }

    /// Makes new learner codes come from a fixed sequence: for tests whose screens show
    /// codes. The program never calls it; its codes are random.
    #[doc(hidden)]
    pub fn seed_codes_for_tests(&mut self, seed: u64) {
        self.codes = super::code::CodeSource::Seeded(seed);
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| from_sqlite(&self.path, e))
    }
}

/// Step facts by lesson id, then step id: one learner's, from a part of the log.
pub type LearnerFacts =
    std::collections::HashMap<String, std::collections::HashMap<String, StepFacts>>;

impl Store {
    /// One learner's step facts from the events at times `start <= at < end` (stored
    /// text) and, with a site, only those of class sessions held there: progress within a
    /// period, aggregated exactly as the whole log is.
    pub fn facts_between(
        &self,
        learner: LearnerId,
        start: &str,
        end: &str,
        site: Option<&str>,
    ) -> Result<LearnerFacts, StoreError> {
        let sql = format!(
            "{FACTS_SQL} WHERE learner = ?1 AND at >= ?2 AND at < ?3
             AND (?4 IS NULL OR session IN (SELECT id FROM class_session WHERE site = ?4))
             GROUP BY learner, lesson_id, step_id"
        );
        let sql_err = |e| from_sqlite(&self.path, e);
        let mut stmt = self.conn.prepare_cached(&sql).map_err(sql_err)?;
        let mut rows = stmt
            .query(rusqlite::params![learner.0, start, end, site])
            .map_err(sql_err)?;
        let mut facts = LearnerFacts::new();
        while let Some(r) = rows.next().map_err(sql_err)? {
            let read = || -> rusqlite::Result<(String, String, StepFacts)> {
                Ok((r.get(1)?, r.get(2)?, facts_from_row(r)?))
            };
            let (lesson, step, f) = read().map_err(sql_err)?;
            facts.entry(lesson).or_default().insert(step, f);
        }
        Ok(facts)
    }
}

/// `path` as an SQLite `file:` URI: `%`, `?` and `#` escaped, `/` as the separator, and a
/// Windows drive (`C:`) after a leading `/`.
fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if text.as_bytes().get(1) == Some(&b':') {
        uri.push('/');
    }
    for c in text.chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri
}

/// Where the backup before migrating from `version` goes.
pub fn backup_path(data_dir: &Path, now: DateTime<Utc>, version: i64) -> PathBuf {
    data_dir.join("backups").join(format!(
        "zhulao-{}-v{version}.db",
        now.format("%Y%m%d-%H%M%S")
    ))
}
