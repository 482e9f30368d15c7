//! What can go wrong in the district: the server, the connection, a pack; said so the
//! person at the site can act on it (the catalogue's `district` texts).

use std::path::{Path, PathBuf};

use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::progress::StoreError;

/// A problem with the district database, the connection to it, or a pack.
#[derive(Debug)]
#[allow(missing_docs)]
pub enum DistrictError {
    /// The URL cannot be read.
    BadUrl { url: String, detail: String },
    /// The server cannot be reached, or refused the login.
    Connect { url: String, detail: String },
    /// TLS could not be set up.
    Tls { detail: String },
    /// The database has no zhulao tables (`district init` not run).
    NotInitialized { url: String },
    /// The database has tables of an older zhulao.
    OlderServer { url: String },
    /// The database was made by a newer zhulao.
    NewerServer { found: i64, supported: i64 },
    /// A statement failed on the server.
    Server { detail: String },
    /// The local database.
    Store(StoreError),
    /// A pack cannot be opened.
    PackOpen { path: PathBuf, detail: String },
    /// A pack could not be written.
    PackWrite { path: PathBuf, detail: String },
    /// A file that is not a pack.
    PackNotAPack { path: PathBuf },
    /// A pack of a newer format.
    PackVersion { path: PathBuf, found: u32 },
    /// A damaged or truncated pack.
    PackDamaged { path: PathBuf, detail: String },
}

impl From<StoreError> for DistrictError {
    fn from(e: StoreError) -> Self {
        DistrictError::Store(e)
    }
}

impl From<postgres::Error> for DistrictError {
    fn from(e: postgres::Error) -> Self {
        DistrictError::Server {
            detail: server_error_text(&e),
        }
    }
}

fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string())
}

impl DistrictError {
    /// The problem in plain words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.text().district;
        match self {
            DistrictError::BadUrl { url, detail } => {
                fill(t.bad_url, &[("url", url), ("detail", detail)])
            }
            DistrictError::Connect { url, detail } => {
                fill(t.connect_failed, &[("url", url), ("detail", detail)])
            }
            DistrictError::Tls { detail } => {
                fill(t.tls_failed, &[("detail", &escape_controls(detail))])
            }
            DistrictError::NotInitialized { url } => fill(t.not_initialized, &[("url", url)]),
            DistrictError::OlderServer { url } => fill(t.older_server, &[("url", url)]),
            DistrictError::NewerServer { found, supported } => fill(
                t.newer_server,
                &[("found", found), ("supported", supported)],
            ),
            DistrictError::Server { detail } => fill(t.server_error, &[("detail", detail)]),
            DistrictError::Store(e) => e.message(lang),
            DistrictError::PackOpen { path, detail } => fill(
                t.pack_open,
                &[("path", &shown(path)), ("detail", &escape_controls(detail))],
            ),
            DistrictError::PackWrite { path, detail } => fill(
                t.pack_write,
                &[("path", &shown(path)), ("detail", &escape_controls(detail))],
            ),
            DistrictError::PackNotAPack { path } => {
                fill(t.pack_not_a_pack, &[("path", &shown(path))])
            }
            DistrictError::PackVersion { path, found } => {
                fill(t.pack_version, &[("path", &shown(path)), ("found", found)])
            }
            DistrictError::PackDamaged { path, detail } => fill(
                t.pack_damaged,
                &[("path", &shown(path)), ("detail", &escape_controls(detail))],
            ),
        }
    }
}

/// In English, for logs and errors carried through a writer (callers show [`message`](
/// DistrictError::message) in the UI language).
impl std::fmt::Display for DistrictError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DistrictError {}

/// A server error as one line: the server's own message and detail when it sent one,
/// else the error and its causes.
pub fn server_error_text(e: &postgres::Error) -> String {
    let text = match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_string(),
        },
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text.push_str(": ");
                text.push_str(&s.to_string());
                source = s.source();
            }
            text
        }
    };
    escape_controls(&text)
}
