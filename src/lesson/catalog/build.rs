//! Building the catalog: the bundled lessons, then each lesson folder, with the folder
//! index standing in for files it has unchanged.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Catalog, Entry, bundled_headers};
use crate::i18n::Lang;
use crate::lesson::error::Diagnostic;
use crate::lesson::index::{Diagnosis, Index, Record, Stamp, content_hash};
use crate::lesson::library::{
    BrokenLesson, FileResult, NotPlain, Origin, bundled_files, duplicate_problem,
    found_lesson_files, in_parallel, io_result, read_plain_file, refused,
};
use crate::lesson::model::Lesson;
use crate::lesson::model::{Category, LessonId};
use crate::lesson::parse::parse_lesson;

/// Folder files listed from the index without being looked at ([`Catalog::list_indexed`]):
/// the first frame shows them at once, and [`Unchecked::check`] looks at them after.
#[derive(Debug, Clone)]
pub struct Unchecked {
    dirs: Vec<PathBuf>,
    index: PathBuf,
    files: Vec<(PathBuf, Stamp)>,
}

impl Unchecked {
    /// Looks at every file listed on trust (one `stat` each). None when all are as the
    /// index recorded them, so the list stands; otherwise the catalog made again, looking
    /// at every file (as [`Catalog::load_indexed`]), with its own index update.
    pub fn check(self) -> Option<Catalog> {
        let as_recorded = |(path, stamp): &(PathBuf, Stamp)| {
            std::fs::metadata(path)
                .ok()
                .filter(std::fs::Metadata::is_file)
                .and_then(|meta| Stamp::of(&meta))
                == Some(*stamp)
        };
        match self.files.iter().all(as_recorded) {
            true => None,
            false => Some(Catalog::load_indexed(&self.dirs, &self.index)),
        }
    }

    /// How many files were listed on trust.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when no file was listed on trust.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// How one folder file is listed.
enum Look<'a> {
    /// Not a plain file (a link, a FIFO, a device): refused unread.
    Refused(NotPlain),
    /// Listed from the index's record, with the stamp it records.
    Indexed(Stamp, &'a Record),
    /// Read now; with the index's record of it when it was broken before.
    Read(Option<(Stamp, &'a Record)>),
}

/// What reading one folder file gave.
enum Read {
    /// It was not read: refused, gone, or not allowed.
    Unread(Vec<Diagnostic>),
    /// The very bytes and stamp the index diagnosed: not parsed again.
    Same,
    /// Parsed: the lesson, or its problems and the diagnosis to keep; with its stamp.
    Parsed {
        /// Boxed: a lesson is large beside the other outcomes.
        result: Box<Parsed>,
        stamp: Option<Stamp>,
    },
}

/// A file parsed: the lesson, or its problems and the diagnosis to keep of them.
type Parsed = Result<Lesson, (Vec<Diagnostic>, Option<Diagnosis>)>;

/// What to record in the index for one file, if it is recorded.
enum ToIndex<'a> {
    Nothing,
    /// The record the index has.
    Known(Stamp, &'a Record),
    /// A lesson just read: its header, once it is known to be listed.
    NewLesson(Stamp),
    /// A broken file just parsed.
    NewBroken(Stamp, Diagnosis),
}

/// Reads one folder file; when `remembered` (the index's record of it as broken, and the
/// stamp it was made for) still matches its stamp and bytes, the file is not parsed again.
fn read_one(path: &Path, remembered: Option<(Stamp, &Record)>) -> Read {
    let file = match read_plain_file(path) {
        Ok(file) => file,
        Err(problems) => return Read::Unread(problems),
    };
    if let Some((stamp, Record::Broken(d))) = remembered
        && file.stamp == Some(stamp)
        && content_hash(&file.bytes) == d.hash
    {
        return Read::Same;
    }
    let result: FileResult = parse_lesson(&path.display().to_string(), &file.bytes);
    Read::Parsed {
        result: Box::new(result.map_err(|problems| {
            let diagnosis = Diagnosis::of(&file.bytes, &problems);
            (problems, diagnosis)
        })),
        stamp: file.stamp,
    }
}

/// One folder file as the list takes it: the entry or its problems, and what to record of
/// it in the index. `reads` gives, in order, what reading each file to read gave; `changed`
/// is set when a file was parsed. None for a file gone between the listing and the read.
fn list_one<'a>(
    file: &Path,
    look: Look<'a>,
    reads: &mut impl Iterator<Item = Read>,
    changed: &mut bool,
) -> Option<(Result<Entry, BrokenLesson>, ToIndex<'a>)> {
    let origin = Origin::File(file.to_path_buf());
    let broken = |diagnostics| BrokenLesson {
        origin: Origin::File(file.to_path_buf()),
        diagnostics,
    };
    Some(match look {
        Look::Refused(kind) => (Err(broken(refused(file, kind))), ToIndex::Nothing),
        Look::Indexed(stamp, record) => {
            let Record::Lesson(h) = record else {
                return None;
            };
            let entry = Entry::listed(h.clone(), origin);
            (Ok(entry), ToIndex::Known(stamp, record))
        }
        Look::Read(remembered) => match reads.next()? {
            Read::Unread(diagnostics) => (Err(broken(diagnostics)), ToIndex::Nothing),
            Read::Same => {
                let (stamp, record @ Record::Broken(d)) = remembered? else {
                    return None;
                };
                let diagnostics = vec![d.diagnostic(&file.display().to_string())];
                (Err(broken(diagnostics)), ToIndex::Known(stamp, record))
            }
            Read::Parsed { result, stamp } => {
                *changed = true;
                match *result {
                    Ok(lesson) => (
                        Ok(Entry::loaded(lesson, origin)),
                        stamp.map_or(ToIndex::Nothing, ToIndex::NewLesson),
                    ),
                    Err((diagnostics, diagnosis)) => {
                        let to_index = match (stamp, diagnosis) {
                            (Some(s), Some(d)) => ToIndex::NewBroken(s, d),
                            _ => ToIndex::Nothing,
                        };
                        (Err(broken(diagnostics)), to_index)
                    }
                }
            }
        },
    })
}

impl Catalog {
    pub(super) fn build(all_dirs: &[PathBuf], index_path: Option<&Path>, trust: bool) -> Catalog {
        let mut catalog = Catalog::default();
        // Where each id is in the list, and which folder it came from (None: bundled).
        let mut by_id: HashMap<LessonId, (usize, Option<usize>)> = HashMap::new();
        for ((name, text), header) in bundled_files().iter().zip(bundled_headers()) {
            let origin = Origin::Bundled(name);
            let result = match header {
                Some(header) => Ok(Entry::listed(header, origin)),
                None => match parse_lesson(name, text.as_bytes()) {
                    Ok(lesson) => Ok(Entry::loaded(lesson, origin)),
                    Err(diagnostics) => Err(BrokenLesson {
                        origin,
                        diagnostics,
                    }),
                },
            };
            catalog.take(result, None, &mut by_id);
        }
        let dirs: Vec<&PathBuf> = all_dirs.iter().filter(|d| d.exists()).collect();
        if dirs.is_empty() {
            return catalog.sorted();
        }
        // The index is read on a second thread while this one lists the folders.
        let (old, listings) = std::thread::scope(|scope| {
            let reader = index_path.map(|p| scope.spawn(move || Index::read(p)));
            let listings: Vec<_> = dirs.iter().map(|d| found_lesson_files(d)).collect();
            let old = reader.map(|r| r.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            (old.unwrap_or_default(), listings)
        });
        // What the index should hold now; written back only when it differs from `old`.
        let mut indexed: Vec<(PathBuf, Stamp, Cow<Record>)> = Vec::new();
        let mut changed = false;
        // Files taken from the index on trust, to be checked later.
        let mut trusted: Vec<(PathBuf, Stamp)> = Vec::new();
        let now = std::time::SystemTime::now();
        for (folder, (dir, listing)) in dirs.into_iter().zip(listings).enumerate() {
            let found = match listing {
                Ok(found) => found,
                Err(e) => {
                    let diagnostics = io_result(dir, e).unwrap_err();
                    catalog.broken.push(BrokenLesson {
                        origin: Origin::File(dir.clone()),
                        diagnostics,
                    });
                    continue;
                }
            };
            // How each file is listed. With `trust`, a plain file the index knows as a
            // lesson is listed from it with no `stat`.
            let files: Vec<(PathBuf, Look)> = found
                .iter()
                .filter_map(|f| {
                    let path = f.path();
                    if let Some(kind) = f.not_plain() {
                        return Some((path, Look::Refused(kind)));
                    }
                    let recorded = old.recorded(&path);
                    if trust && let Some((stamp, record @ Record::Lesson(_))) = recorded {
                        trusted.push((path.clone(), stamp));
                        return Some((path, Look::Indexed(stamp, record)));
                    }
                    // Gone since the listing, or no longer a plain file: left out.
                    let now_stamp = f.stat()?;
                    if let Some((stamp, record @ Record::Lesson(_))) = recorded
                        && now_stamp == Some(stamp)
                    {
                        return Some((path, Look::Indexed(stamp, record)));
                    }
                    let broken = recorded.filter(|(_, r)| matches!(r, Record::Broken(_)));
                    Some((path, Look::Read(broken)))
                })
                .collect();
            let to_read: Vec<(&PathBuf, Option<(Stamp, &Record)>)> = files
                .iter()
                .filter_map(|(path, look)| match look {
                    Look::Read(remembered) => Some((path, *remembered)),
                    _ => None,
                })
                .collect();
            // Read on every core; a broken file unchanged since its diagnosis is not parsed.
            let mut reads =
                in_parallel(&to_read, |(file, remembered)| read_one(file, *remembered)).into_iter();
            for (file, look) in files {
                let Some((result, to_index)) = list_one(&file, look, &mut reads, &mut changed)
                else {
                    continue;
                };
                let added = catalog.take(result, Some(folder), &mut by_id);
                if index_path.is_none() {
                    continue;
                }
                // The index's own record when it came from there: nothing is copied unless
                // the index is written.
                let record = match (to_index, added) {
                    (ToIndex::Known(stamp, r @ Record::Lesson(_)), Some(_)) => {
                        Some((stamp, Cow::Borrowed(r)))
                    }
                    (ToIndex::Known(stamp, r @ Record::Broken(_)), _) => {
                        Some((stamp, Cow::Borrowed(r)))
                    }
                    (ToIndex::NewLesson(stamp), Some(added)) => {
                        Some((stamp, Cow::Owned(Record::Lesson(added.header().clone()))))
                    }
                    (ToIndex::NewBroken(stamp, d), _) => {
                        Some((stamp, Cow::Owned(Record::Broken(d))))
                    }
                    _ => None,
                };
                if let Some((stamp, record)) = record.filter(|(s, _)| s.settled(now)) {
                    indexed.push((file, stamp, record));
                }
            }
        }
        // Changed: a file was read (new, changed or broken), or an indexed one is gone.
        changed |= indexed.len() != old.len();
        if let Some(path) = index_path
            && changed
        {
            let mut new = Index::default();
            for (file, stamp, record) in indexed {
                new.insert(&file, stamp, record.into_owned());
            }
            if new != old {
                catalog.index_update = Some((path.to_path_buf(), new));
            }
        }
        if let Some(index) = index_path.filter(|_| !trusted.is_empty()) {
            catalog.unchecked = Some(Unchecked {
                dirs: all_dirs.to_vec(),
                index: index.to_path_buf(),
                files: trusted,
            });
        }
        catalog.sorted()
    }

    /// Adds a lesson, or its file to the broken ones; the entry when it was added. A lesson
    /// replaces one with the same id from the bundle or an earlier folder; a second file
    /// with the same id in one folder is broken. `by_id`: where each id is in the list,
    /// and from which folder.
    fn take(
        &mut self,
        result: Result<Entry, BrokenLesson>,
        folder: Option<usize>,
        by_id: &mut HashMap<LessonId, (usize, Option<usize>)>,
    ) -> Option<&Entry> {
        let entry = match result {
            Ok(entry) => entry,
            Err(broken) => {
                self.broken.push(broken);
                return None;
            }
        };
        match by_id.get_mut(&entry.id) {
            Some((i, from)) if folder.is_some() && *from == folder => {
                let other = self.lessons[*i].origin.label(Lang::Zh);
                let file = entry.origin.label(Lang::Zh);
                let bytes = || match &entry.origin {
                    Origin::File(path) => std::fs::read(path).ok(),
                    Origin::Bundled(_) => None,
                };
                let diagnostics = duplicate_problem(entry.id.as_str(), &file, bytes, &other);
                self.broken.push(BrokenLesson {
                    origin: entry.origin,
                    diagnostics,
                });
                None
            }
            Some((i, from)) => {
                let replaced = &self.lessons[*i];
                let replaces_bundled =
                    folder.is_some() && (from.is_none() || replaced.replaces_bundled);
                *from = folder;
                self.lessons[*i] = Entry {
                    replaces_bundled,
                    ..entry
                };
                Some(&self.lessons[*i])
            }
            None => {
                by_id.insert(entry.id.clone(), (self.lessons.len(), folder));
                self.lessons.push(entry);
                self.lessons.last()
            }
        }
    }

    /// The list in the library's order: by category, then id.
    fn sorted(mut self) -> Catalog {
        let rank = |c: Category| Category::ALL.iter().position(|x| *x == c);
        self.lessons
            .sort_unstable_by(|a, b| (rank(a.category), &a.id).cmp(&(rank(b.category), &b.id)));
        self
    }
}
