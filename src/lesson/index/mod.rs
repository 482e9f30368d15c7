//! The folder index: for each lesson file that loaded, its size and modification time
//! when it was read and the header it gave, so the next start lists it without reading
//! it; for each broken file, its size, time and a hash of its bytes with the first
//! problem found in it, so the next start shows that problem without parsing the file
//! again. One line per file, tab-separated, in a plain text file in the data folder.
//!
//! The index is only a shortcut. A missing, unreadable, damaged or older-version index is
//! ignored (every file is read, as without one); a line that does not read back as a
//! header the checker could have made is skipped; a file whose size or time differs is
//! read again. Files changed in the last two seconds are left out, because a file system
//! with coarse times could give the next change the same time.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::error::{Diagnostic, Position, Problem};
use super::header::Header;

mod text;

/// How long a file must have been left alone before its time can be trusted.
const SETTLE: Duration = Duration::from_secs(2);

/// A file's size and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The file's size in bytes.
    pub len: u64,
    /// Whole seconds of its modification time since 1970.
    pub secs: u64,
    /// The nanoseconds past `secs` of its modification time.
    pub nanos: u32,
}

impl Stamp {
    /// The stamp of a file; None when the system gives no modification time.
    pub fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        let since = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            len: meta.len(),
            secs: since.as_secs(),
            nanos: since.subsec_nanos(),
        })
    }

    /// True when the file was last changed long enough before `now` to be indexed.
    pub fn settled(&self, now: SystemTime) -> bool {
        let changed = UNIX_EPOCH + Duration::new(self.secs, self.nanos);
        now.duration_since(changed).is_ok_and(|age| age >= SETTLE)
    }
}

/// What the index knows of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The file loaded: its header.
    Lesson(Header),
    /// The file did not load: what its first problem was.
    Broken(Diagnosis),
}

/// A broken file's first problem, kept so that an unchanged file is not parsed again at
/// every start (a 587 KB file with 20,000 problems took about 220 ms each time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// A hash of the file's bytes ([`content_hash`]): the diagnosis is used only for the
    /// very bytes it was made from.
    pub hash: u64,
    /// Where the problem is.
    pub position: Option<Position>,
    /// True when the first problem was only a warning.
    pub warning: bool,
    /// The problem's message in Chinese.
    pub zh: String,
    /// The problem's message in English.
    pub en: String,
}

impl Diagnosis {
    /// The diagnosis of a file with `bytes` whose problems are `problems`; None when there
    /// are none.
    pub fn of(bytes: &[u8], problems: &[Diagnostic]) -> Option<Diagnosis> {
        let first = problems.first()?;
        Some(Diagnosis {
            hash: content_hash(bytes),
            position: first.position,
            warning: first.problem.is_warning(),
            zh: first.problem.message(crate::i18n::Lang::Zh),
            en: first.problem.message(crate::i18n::Lang::En),
        })
    }

    /// The problem again, for the file named `file`: its first line reads as it did when
    /// the file was parsed (the caret line under it is not kept).
    pub fn diagnostic(&self, file: &str) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            position: self.position,
            snippet: None,
            problem: Problem::Remembered {
                zh: self.zh.clone(),
                en: self.en.clone(),
                warning: self.warning,
            },
        }
    }
}

/// A 64-bit hash of a file's bytes, to tell whether a broken file is still the same one.
/// Not for security: a lesson author who wants a file to look broken can simply break it.
pub fn content_hash(bytes: &[u8]) -> u64 {
    const MUL: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = 0x243F_6A88_85A3_08D3 ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        h = (h ^ w).wrapping_mul(MUL).rotate_left(31);
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(MUL);
    h ^ (h >> 29)
}

/// File path → (stamp, record). Paths that are not valid UTF-8 are not indexed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    entries: HashMap<String, (Stamp, Record)>,
}

impl Index {
    /// Reads the index at `path`; anything wrong with it gives an empty index.
    pub fn read(path: &Path) -> Index {
        std::fs::read_to_string(path)
            .map(|text| Index::parse(&text))
            .unwrap_or_default()
    }

    /// What is recorded for `path`, if the file still has the recorded stamp.
    pub fn get(&self, path: &Path, stamp: &Stamp) -> Option<&Record> {
        let (recorded, record) = self.recorded(path)?;
        (recorded == *stamp).then_some(record)
    }

    /// What is recorded for `path`: the stamp the file had, and what it was then.
    pub fn recorded(&self, path: &Path) -> Option<(Stamp, &Record)> {
        let (stamp, record) = self.entries.get(path.to_str()?)?;
        Some((*stamp, record))
    }

    /// Records a file that loaded, or a broken one.
    pub fn insert(&mut self, path: &Path, stamp: Stamp, record: Record) {
        if let Some(path) = path.to_str() {
            self.entries.insert(path.to_string(), (stamp, record));
        }
    }

    /// How many files are recorded.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no file is recorded.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Writes the index to `path` through a temporary file renamed over it, creating the
    /// folder if needed.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        // Two writes may race (each has its own temporary file); the later rename wins whole.
        crate::fsio::write_atomically(path, self.to_text().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn stamp() -> Stamp {
        Stamp {
            len: 6000,
            secs: 1_790_000_000,
            nanos: 5,
        }
    }

    #[test]
    fn the_hash_tells_bytes_apart() {
        let a = content_hash("title = \"扫\"\n".as_bytes());
        assert_eq!(a, content_hash("title = \"扫\"\n".as_bytes()));
        let mut seen = std::collections::HashSet::new();
        let text = b"id = \"a\"\ntitle = \"x\"\n".to_vec();
        for i in 0..text.len() {
            let mut changed = text.clone();
            changed[i] ^= 1;
            assert!(seen.insert(content_hash(&changed)), "byte {i}");
        }
        assert!(seen.insert(content_hash(&text)));
        assert_ne!(content_hash(b""), content_hash(b"\0"));
    }

    #[test]
    fn only_files_left_alone_for_two_seconds_are_settled() {
        let s = stamp();
        let changed = UNIX_EPOCH + Duration::new(s.secs, s.nanos);
        assert!(!s.settled(changed + Duration::from_millis(1500)));
        assert!(s.settled(changed + Duration::from_secs(2)));
        assert!(!s.settled(changed - Duration::from_secs(60)));
    }
}
