//! What can go wrong with the progress database, said so a trainer can act on it (in the
//! words of the catalogue's `store_errors`).

use std::path::PathBuf;

use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;

/// A problem with the progress database or its folder.
#[derive(Debug)]
pub enum StoreError {
    /// The data folder could not be created.
    CreateDir {
        /// The folder that could not be created (the data folder, or a backup's folder).
        dir: PathBuf,
        /// The file system's error message.
        detail: String,
    },
    /// The database file is empty (0 bytes).
    Empty {
        /// The database file.
        path: PathBuf,
    },
    /// The file is not an SQLite database at all.
    NotADatabase {
        /// The file that is not a database.
        path: PathBuf,
    },
    /// An SQLite database, but not one of zhulao's.
    Foreign {
        /// The database file.
        path: PathBuf,
    },
    /// Written by a newer zhulao.
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The schema version the file has.
        found: i64,
        /// The newest schema version this program knows.
        supported: i64,
    },
    /// SQLite's quick check found damage.
    Corrupt {
        /// The damaged database file.
        path: PathBuf,
        /// What SQLite reported (the check's findings or its error message).
        detail: String,
    },
    /// The file or its folder cannot be written.
    ReadOnly {
        /// The file that could not be opened or written (the database, or a backup).
        path: PathBuf,
    },
    /// The disk is full.
    DiskFull {
        /// The file that could not be written (the database, a backup or an export).
        path: PathBuf,
    },
    /// Another program held the database too long.
    Busy {
        /// The database file that was held.
        path: PathBuf,
    },
    /// A learner code or name that is not allowed, or not found.
    Learner {
        /// What is wrong with the learner input.
        detail: LearnerProblem,
    },
    /// A command that only reads was given a data folder that does not exist.
    NoDataFolder {
        /// The folder that does not exist.
        dir: PathBuf,
    },
    /// A command that only reads found no database file in the data folder.
    NoDatabase {
        /// The database file that does not exist.
        path: PathBuf,
    },
    /// Anything else SQLite or the file system reported.
    Other {
        /// The error message (usually SQLite's or the file system's).
        detail: String,
    },
}

/// Problems with learner input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LearnerProblem {
    /// The display name is empty once control characters are removed and it is trimmed.
    EmptyName,
    /// The display name is longer than 40 characters.
    NameTooLong,
    /// A learner code (as given) that is not 3 to 12 digits.
    BadCode(String),
    /// A learner code (as given) that another learner already has.
    CodeTaken(String),
    /// No learner has this code.
    NotFound(String),
    /// A merge was asked for with the same learner on both sides.
    SameLearner,
}

impl StoreError {
    /// True for faults where starting with a fresh database (after keeping the old file
    /// aside) is a sensible offer.
    pub fn offers_fresh_start(&self) -> bool {
        matches!(
            self,
            StoreError::Empty { .. }
                | StoreError::NotADatabase { .. }
                | StoreError::Foreign { .. }
                | StoreError::Corrupt { .. }
        )
    }

    /// The problem in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.text().store_errors;
        let p = |path: &PathBuf| escape_controls(&path.display().to_string());
        let at = |template, path| fill(template, &[("path", &p(path))]);
        match self {
            StoreError::CreateDir { dir, detail } => fill(
                t.create_dir,
                &[("dir", &p(dir)), ("detail", &escape_controls(detail))],
            ),
            StoreError::Empty { path } => at(t.empty, path),
            StoreError::NotADatabase { path } => at(t.not_a_database, path),
            StoreError::Foreign { path } => at(t.foreign, path),
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => fill(
                t.newer_schema,
                &[
                    ("path", &p(path)),
                    ("found", found),
                    ("supported", supported),
                ],
            ),
            StoreError::Corrupt { path, detail } => fill(
                t.corrupt,
                &[("path", &p(path)), ("detail", &escape_controls(detail))],
            ),
            StoreError::ReadOnly { path } => at(t.read_only, path),
            StoreError::DiskFull { path } => at(t.disk_full, path),
            StoreError::Busy { path } => at(t.busy, path),
            StoreError::Learner { detail } => detail.message(lang),
            // Said in the words of the exports, the commands that only read.
            StoreError::NoDataFolder { dir } => {
                fill(lang.text().export.no_data_folder, &[("dir", &p(dir))])
            }
            StoreError::NoDatabase { path } => {
                fill(lang.text().export.no_database, &[("path", &p(path))])
            }
            StoreError::Other { detail } => fill(t.other, &[("detail", &escape_controls(detail))]),
        }
    }
}

impl LearnerProblem {
    fn message(&self, lang: Lang) -> String {
        let t = &lang.text().store_errors;
        let code = |template, c: &str| fill(template, &[("code", &escape_controls(c))]);
        match self {
            LearnerProblem::EmptyName => t.empty_name.into(),
            LearnerProblem::NameTooLong => t.name_too_long.into(),
            LearnerProblem::BadCode(c) => code(t.bad_code, c),
            LearnerProblem::CodeTaken(c) => code(t.code_taken, c),
            LearnerProblem::NotFound(c) => code(t.learner_not_found, c),
            LearnerProblem::SameLearner => t.same_learner.into(),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {}

/// Maps an SQLite error on the database at `path` to a [`StoreError`].
pub fn from_sqlite(path: &std::path::Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode as C;
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(C::ReadOnly | C::CannotOpen | C::PermissionDenied) => StoreError::ReadOnly { path },
        Some(C::DiskFull) => StoreError::DiskFull { path },
        Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Busy { path },
        Some(C::NotADatabase) => StoreError::NotADatabase { path },
        Some(C::DatabaseCorrupt) => StoreError::Corrupt {
            path,
            detail: e.to_string(),
        },
        _ => StoreError::Other {
            detail: e.to_string(),
        },
    }
}
