//! Replacing a file whole: every file the program writes (settings, the staff PIN, the
//! lesson index, exports) goes through here, so a crash or a full disk leaves either the
//! old file or the new one, never half of one.
//!
//! The new contents go to a temporary file in the same folder (a rename is atomic only
//! within one file system), which is flushed to disk, renamed over the target, and then
//! the folder itself is flushed on Unix so the rename survives a power cut. Folders are
//! never created here: the callers that want them create them.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Who may read a file written here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// As any new file of the program (the user's umask decides).
    Usual,
    /// Only its owner: mode 0600 on Unix, from the moment the temporary file exists.
    /// Elsewhere the folder's permissions decide, as for any file.
    Owner,
}

/// Writes `bytes` to `path`, replacing any file there whole, readable by its owner only
/// (exports, settings and indexes may hold names).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, Access::Owner, |f| f.write_all(bytes))
}

/// Writes to `path` what `write` writes into the temporary file, replacing any file there
/// whole. When `write` fails, the old file is left as it was.
pub fn write_atomically_with(
    path: &Path,
    access: Access,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let dir = folder_of(path);
    let tmp = temp_path(path)?;
    let mut options = OpenOptions::new();
    // A fresh name every time, so two writers (threads or processes) never share a file.
    options.write(true).create_new(true);
    #[cfg(unix)]
    if access == Access::Owner {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut file = options.open(&tmp)?;
    let result = write(&mut file)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            // Closed before the rename: some systems refuse to rename an open file.
            drop(file);
            std::fs::rename(&tmp, path)
        });
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    sync_folder(dir);
    Ok(())
}

/// The folder `path` is in; `.` for a bare file name.
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A hidden name beside `path` that no other write uses: the file's name, this process's
/// id and a count of the writes made by this process.
fn temp_path(path: &Path) -> io::Result<PathBuf> {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        let detail = format!("{} is not a file name", path.display());
        io::Error::new(io::ErrorKind::InvalidInput, detail)
    })?;
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let mut tmp = OsString::from(".");
    tmp.push(name);
    tmp.push(format!(".{}.{n}.tmp", std::process::id()));
    Ok(folder_of(path).join(tmp))
}

/// Flushes the folder's entries, so a finished rename is on disk too. Only Unix can open
/// a folder for this; where it fails the rename still happened.
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_the_contents_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomically(&path, "第一次".as_bytes()).unwrap();
        write_atomically(&path, "第二次".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "第二次");
        assert_eq!(names(dir.path()), ["out.txt"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_whole_and_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").unwrap();
        let failed = write_atomically_with(&path, Access::Usual, |f| {
            f.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        });
        assert_eq!(failed.unwrap_err().to_string(), "disk full");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["out.txt"]);
    }

    #[test]
    fn a_folder_in_the_way_is_an_error_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("taken");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside.txt"), "kept").unwrap();
        assert!(write_atomically(&target, b"new").is_err());
        assert_eq!(names(dir.path()), ["taken"]);
        assert_eq!(
            std::fs::read_to_string(target.join("inside.txt")).unwrap(),
            "kept"
        );
    }

    #[test]
    fn a_missing_folder_is_an_error_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/out.txt");
        assert!(write_atomically(&path, b"x").is_err());
        assert!(!dir.path().join("missing").exists());
    }

    #[test]
    fn temp_names_differ_for_every_write_and_stay_beside_the_target() {
        let path = Path::new("data/settings.toml");
        let (a, b) = (temp_path(path).unwrap(), temp_path(path).unwrap());
        assert_ne!(a, b);
        assert_eq!(a.parent(), Some(Path::new("data")));
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(".settings.toml.") && name.ends_with(".tmp"),
            "{name}"
        );
        assert!(name.contains(&std::process::id().to_string()), "{name}");
        assert_eq!(
            temp_path(Path::new("x")).unwrap().parent(),
            Some(Path::new("."))
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_owner_only_file_is_mode_0600() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        write_atomically_with(&path, Access::Owner, |f| f.write_all(b"x")).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
