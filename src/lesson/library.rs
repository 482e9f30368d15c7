//! The set of lessons the program offers: the bundled ones, then lesson folders that add
//! lessons or replace a bundled one by id. A broken file is kept aside with its problems;
//! it never stops the others from loading.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use super::error::NotPlain;
use super::error::{Diagnostic, Problem};
use super::index::Stamp;
use super::model::Lesson;
use super::parse::{MAX_FILE_BYTES, parse_lesson, too_large};
use super::source::Seg;
use super::validate::Locator;
use crate::i18n::Lang;

pub use super::bundled::bundled_files;

/// Where a lesson came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the program, by file name.
    Bundled(&'static str),
    /// A file on disk.
    File(PathBuf),
}

impl Origin {
    /// How the origin is named in messages (control characters are escaped by the caller).
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Origin::Bundled(name) => format!("{}:{name}", lang.text().ui.bundled),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// A lesson that loaded, and where from.
#[derive(Debug, Clone)]
pub struct LoadedLesson {
    /// The checked lesson.
    pub lesson: Lesson,
    /// Where it was read from: the bundle or a file on disk.
    pub origin: Origin,
}

/// A lesson file that did not load, with every problem found in it.
#[derive(Debug, Clone)]
pub struct BrokenLesson {
    /// The file (or unreadable folder) that failed.
    pub origin: Origin,
    /// Every problem found in it, to show the author.
    pub diagnostics: Vec<Diagnostic>,
}

/// The outcome of checking one file.
pub type FileResult<T = Lesson> = Result<T, Vec<Diagnostic>>;

/// All lessons on offer, and the files that need fixing.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Every lesson that loaded, by category then id, one per lesson id.
    pub lessons: Vec<LoadedLesson>,
    /// Files and folders that could not be loaded, with their problems.
    pub broken: Vec<BrokenLesson>,
}

/// The problem for a lesson path that is not a plain file: the file and the reason, and
/// nothing of what it holds or points at.
pub fn refused(path: &Path, kind: NotPlain) -> Vec<Diagnostic> {
    vec![Diagnostic {
        file: path.display().to_string(),
        position: None,
        snippet: None,
        problem: Problem::NotPlainFile { kind },
    }]
}

/// A lesson file read whole, not parsed yet.
pub(crate) struct ReadFile {
    /// Its bytes (at most [`MAX_FILE_BYTES`]).
    pub bytes: Vec<u8>,
    /// Its size and modification time as the open file gave them.
    pub stamp: Option<Stamp>,
}

/// Reads one lesson file from disk, refusing links and special files unread, and files
/// over the size limit without reading them.
pub(crate) fn read_plain_file(path: &Path) -> FileResult<ReadFile> {
    let io_error = |e: std::io::Error| io_problem(path, e);
    // A link could point anywhere (`/etc/shadow`), and a FIFO or device would never end:
    // only plain files are read, and what is refused is told without a byte of it.
    match std::fs::symlink_metadata(path) {
        Ok(meta) => {
            if let Some(kind) = NotPlain::of(meta.file_type()) {
                return Err(refused(path, kind));
            }
        }
        Err(e) => return Err(io_error(e)),
    }
    let file = File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    // Swapped for something else between the look and the open: refused the same way.
    if let Some(kind) = NotPlain::of(meta.file_type()) {
        return Err(refused(path, kind));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(&path.display().to_string(), meta.len())]);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // It grew while being read.
        let size = bytes.len() as u64;
        return Err(vec![too_large(&path.display().to_string(), size)]);
    }
    Ok(ReadFile {
        bytes,
        stamp: Stamp::of(&meta),
    })
}

/// Reads one lesson file from disk, refusing links and special files unread and files
/// over the size limit before reading them; the bytes come back with the result when the
/// file was read whole.
pub fn read_lesson_file(path: &Path) -> (FileResult, Option<Vec<u8>>) {
    match read_plain_file(path) {
        Ok(read) => (
            parse_lesson(&path.display().to_string(), &read.bytes),
            Some(read.bytes),
        ),
        Err(problems) => (Err(problems), None),
    }
}

/// The `.toml` entries directly inside `dir` that are not folders, sorted by name; hidden
/// ones are skipped. Links and special files are kept, so that reading them says why they
/// are refused instead of leaving them out unsaid.
pub fn lesson_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(found_lesson_files(dir)?
        .into_iter()
        .map(|f| f.path())
        .collect())
}

/// A `.toml` entry seen in a folder's listing, not looked at yet.
pub(crate) struct Found {
    entry: std::fs::DirEntry,
    name: std::ffi::OsString,
    kind: std::fs::FileType,
}

impl Found {
    pub fn path(&self) -> PathBuf {
        self.entry.path()
    }

    /// What the listing says the entry is when it is not a plain file (a link, a FIFO, a
    /// device): such an entry is refused without being opened.
    pub fn not_plain(&self) -> Option<NotPlain> {
        NotPlain::of(self.kind)
    }

    /// Its size and modification time (inner None when the system gives no time); None
    /// when it is no longer a plain file or is gone.
    pub fn stat(&self) -> Option<Option<Stamp>> {
        // The entry's own stat (relative to the open folder); links are never followed.
        let meta = self.entry.metadata().ok()?;
        meta.is_file().then(|| Stamp::of(&meta))
    }
}

/// The `.toml` entries directly inside `dir` that may be lesson files (everything but
/// folders), sorted by name, hidden ones skipped; taken from the listing alone, with no
/// `stat` where the system gives each entry's type with its name.
pub(crate) fn found_lesson_files(dir: &Path) -> std::io::Result<Vec<Found>> {
    let mut files: Vec<Found> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name();
            let bytes = name.as_encoded_bytes();
            if !bytes.ends_with(b".toml") || bytes.starts_with(b".") {
                return None;
            }
            let kind = entry.file_type().ok()?;
            (!kind.is_dir()).then_some(Found { entry, name, kind })
        })
        .collect();
    // Sorted by name: the same order as sorting the paths, without comparing the folder.
    files.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// Most threads used to load lessons: each thread's allocations grow memory a little.
const MAX_THREADS: usize = 4;

/// `f` applied to every item, on as many threads as there are cores up to `MAX_THREADS`
/// (start-up time is mostly parsing lessons). The results come back in the items' order,
/// and a panic in `f` is passed on as it would be without threads.
pub(crate) fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.len() <= 1 {
        return items.iter().map(f).collect();
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len())
        .min(MAX_THREADS);
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        // The main thread's stack size, so a deeply nested file fails the same way here.
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(8 << 20)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mut results = work();
        for helper in helpers {
            match helper.join() {
                Ok(done) => results.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    });
    results.sort_unstable_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Checks files (and the `.toml` files inside folders) as `zhulao lesson check` does:
/// each gets its own result, and a lesson id used by an earlier file is an error.
pub fn check_paths(paths: &[PathBuf]) -> Vec<(String, FileResult)> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for path in paths {
        let files = if path.is_dir() {
            match lesson_files(path) {
                Ok(files) => files,
                Err(e) => {
                    out.push((path.display().to_string(), io_result(path, e)));
                    continue;
                }
            }
        } else {
            vec![path.clone()]
        };
        for file in files {
            let name = file.display().to_string();
            let (result, bytes) = read_lesson_file(&file);
            out.push((name.clone(), unique_id(result, &name, || bytes, &mut seen)));
        }
    }
    out
}

pub(crate) fn io_result(path: &Path, e: std::io::Error) -> FileResult {
    Err(io_problem(path, e))
}

/// The problem for a file or folder the system would not read.
pub(crate) fn io_problem(path: &Path, e: std::io::Error) -> Vec<Diagnostic> {
    vec![Diagnostic {
        file: path.display().to_string(),
        position: None,
        snippet: None,
        problem: Problem::Io {
            detail: e.to_string(),
        },
    }]
}

/// Turns a loaded lesson into an error when its id was already used by `seen`'s files.
/// `bytes` gives the file's contents, needed only to point at the id in that case.
fn unique_id(
    result: FileResult,
    name: &str,
    bytes: impl FnOnce() -> Option<Vec<u8>>,
    seen: &mut HashMap<String, String>,
) -> FileResult {
    let lesson = result?;
    match duplicate_id(lesson.id.as_str(), name, bytes, seen) {
        Some(problems) => Err(problems),
        None => Ok(lesson),
    }
}

/// The problem with file `name` when lesson `id` was already used by one of `seen`'s
/// files; otherwise records it. `bytes` gives the file's contents, needed only to point
/// at the id.
fn duplicate_id(
    id: &str,
    name: &str,
    bytes: impl FnOnce() -> Option<Vec<u8>>,
    seen: &mut HashMap<String, String>,
) -> Option<Vec<Diagnostic>> {
    let Some(other) = seen.get(id) else {
        seen.insert(id.to_string(), name.to_string());
        return None;
    };
    Some(duplicate_problem(id, name, bytes, other))
}

/// File `name` uses lesson id `id`, which file `other` already uses: the problem, pointing
/// at the id in the file's contents (`bytes`).
pub(crate) fn duplicate_problem(
    id: &str,
    name: &str,
    bytes: impl FnOnce() -> Option<Vec<u8>>,
    other: &str,
) -> Vec<Diagnostic> {
    let bytes = bytes();
    let text = bytes
        .as_deref()
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let locator = Locator::new(name, text);
    vec![locator.at(
        &[Seg::Key("id")],
        false,
        Problem::DuplicateLesson {
            id: id.to_string(),
            other: other.to_string(),
        },
    )]
}

impl Library {
    /// Finds a lesson by id.
    pub fn get(&self, id: &str) -> Option<&LoadedLesson> {
        self.lessons.iter().find(|l| l.lesson.id.as_str() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::in_parallel;

    #[test]
    fn parallel_results_keep_the_items_order() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(
            in_parallel(&items, |i| i * 2),
            (0..2000).step_by(2).collect::<Vec<_>>()
        );
        assert!(in_parallel(&[] as &[u8], |_| ()).is_empty());
    }

    #[test]
    #[should_panic(expected = "item 7")]
    fn a_panic_while_loading_is_passed_on() {
        let items: Vec<usize> = (0..100).collect();
        in_parallel(&items, |&i| assert_ne!(i, 7, "item 7"));
    }
}
