//! What can go wrong with the progress database, said so a trainer can act on it.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::lesson::sanitize::escape_controls;

/// A problem with the progress database or its folder.
#[derive(Debug)]
pub enum StoreError {
    /// The data folder could not be created.
    CreateDir { dir: PathBuf, detail: String },
    /// The database file is empty (0 bytes).
    Empty { path: PathBuf },
    /// The file is not an SQLite database at all.
    NotADatabase { path: PathBuf },
    /// An SQLite database, but not one of zhulao's.
    Foreign { path: PathBuf },
    /// Written by a newer zhulao.
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// SQLite's quick check found damage.
    Corrupt { path: PathBuf, detail: String },
    /// The file or its folder cannot be written.
    ReadOnly { path: PathBuf },
    /// The disk is full.
    DiskFull { path: PathBuf },
    /// Another program held the database too long.
    Busy { path: PathBuf },
    /// A learner code or name that is not allowed, or not found.
    Learner { detail: LearnerProblem },
    /// Anything else SQLite or the file system reported.
    Other { detail: String },
}

/// Problems with learner input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LearnerProblem {
    EmptyName,
    NameTooLong,
    BadCode(String),
    CodeTaken(String),
    NotFound(String),
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
        let p = |path: &PathBuf| escape_controls(&path.display().to_string());
        let zh = lang == Lang::Zh;
        match self {
            StoreError::CreateDir { dir, detail } => match zh {
                true => format!(
                    "无法建立数据文件夹 {}：{}。请换一个文件夹（--data-dir），或请管理员检查权限。",
                    p(dir),
                    escape_controls(detail)
                ),
                false => format!(
                    "cannot create the data folder {}: {}. Choose another with --data-dir.",
                    p(dir),
                    escape_controls(detail)
                ),
            },
            StoreError::Empty { path } => match zh {
                true => format!(
                    "学习记录文件 {} 是空的（0 字节），可能上次没有正常保存。文件没有被改动。",
                    p(path)
                ),
                false => format!(
                    "the progress file {} is empty (0 bytes); it was left untouched.",
                    p(path)
                ),
            },
            StoreError::NotADatabase { path } => match zh {
                true => format!(
                    "{} 不是学习记录文件（内容看不懂）。文件没有被改动。",
                    p(path)
                ),
                false => format!(
                    "{} is not a progress database (unreadable content); it was left untouched.",
                    p(path)
                ),
            },
            StoreError::Foreign { path } => match zh {
                true => format!(
                    "{} 是别的程序的数据库，不是助老的学习记录。文件没有被改动。",
                    p(path)
                ),
                false => format!(
                    "{} belongs to another program, not zhulao; it was left untouched.",
                    p(path)
                ),
            },
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => match zh {
                true => format!(
                    "学习记录 {} 是新版助老写的（格式 {found}，这个版本只认识到 {supported}）。请升级助老。文件没有被改动。",
                    p(path)
                ),
                false => format!(
                    "{} was written by a newer zhulao (schema {found}, this one knows up to {supported}); please upgrade. It was left untouched.",
                    p(path)
                ),
            },
            StoreError::Corrupt { path, detail } => match zh {
                true => format!(
                    "学习记录 {} 损坏了（{}）。文件没有被改动；可以先用 zhulao data backup 备份，再请人帮忙修复。",
                    p(path),
                    escape_controls(detail)
                ),
                false => format!(
                    "the progress file {} is damaged ({}); it was left untouched.",
                    p(path),
                    escape_controls(detail)
                ),
            },
            StoreError::ReadOnly { path } => match zh {
                true => format!(
                    "学习记录 {} 不能写入（只读或没有权限）。已经保存的记录都还在；请检查文件夹权限或换一个数据文件夹。",
                    p(path)
                ),
                false => format!(
                    "cannot write to {} (read-only or no permission). Saved records are safe.",
                    p(path)
                ),
            },
            StoreError::DiskFull { path } => match zh {
                true => format!(
                    "磁盘满了，{} 写不进去。已经保存的记录都还在；请清理磁盘空间后再试。",
                    p(path)
                ),
                false => format!(
                    "the disk is full; {} cannot be written. Saved records are safe; free some space and retry.",
                    p(path)
                ),
            },
            StoreError::Busy { path } => match zh {
                true => format!(
                    "学习记录 {} 正被另一个程序长时间占用，请稍后再试。",
                    p(path)
                ),
                false => format!(
                    "{} is held by another program for too long; try again shortly.",
                    p(path)
                ),
            },
            StoreError::Learner { detail } => detail.message(lang),
            StoreError::Other { detail } => match zh {
                true => format!("学习记录出错：{}", escape_controls(detail)),
                false => format!("progress database error: {}", escape_controls(detail)),
            },
        }
    }
}

impl LearnerProblem {
    fn message(&self, lang: Lang) -> String {
        let e = escape_controls;
        match (self, lang) {
            (LearnerProblem::EmptyName, Lang::Zh) => "名字不能是空的。".into(),
            (LearnerProblem::EmptyName, Lang::En) => "the name must not be empty.".into(),
            (LearnerProblem::NameTooLong, Lang::Zh) => "名字太长了，最多 40 个字。".into(),
            (LearnerProblem::NameTooLong, Lang::En) => {
                "the name is too long (at most 40 characters).".into()
            }
            (LearnerProblem::BadCode(c), Lang::Zh) => {
                format!("学员号“{}”不合格：请用 3 到 12 位数字。", e(c))
            }
            (LearnerProblem::BadCode(c), Lang::En) => {
                format!("learner code '{}' is not valid: use 3 to 12 digits.", e(c))
            }
            (LearnerProblem::CodeTaken(c), Lang::Zh) => format!("学员号“{}”已经有人用了。", e(c)),
            (LearnerProblem::CodeTaken(c), Lang::En) => {
                format!("learner code '{}' is already in use.", e(c))
            }
            (LearnerProblem::NotFound(c), Lang::Zh) => format!("没有找到学员号“{}”。", e(c)),
            (LearnerProblem::NotFound(c), Lang::En) => format!("no learner with code '{}'.", e(c)),
            (LearnerProblem::SameLearner, Lang::Zh) => "这是同一个学员，不用合并。".into(),
            (LearnerProblem::SameLearner, Lang::En) => {
                "that is the same learner; nothing to merge.".into()
            }
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
