//! Building the catalog: the bundled lessons, then each lesson folder, with the folder
//! index standing in for files it has unchanged.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Catalog, Entry, Header, bundled_headers};
use crate::i18n::Lang;
use crate::lesson::index::{Index, Stamp};
use crate::lesson::library::{
    BrokenLesson, Origin, bundled_files, duplicate_problem, found_lesson_files, in_parallel,
    io_result, read_lesson_file,
};
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
        let mut indexed: Vec<(PathBuf, Stamp, Cow<Header>)> = Vec::new();
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
            // Each file with its stamp and, if the index has it unchanged, its header. With
            // `trust`, a plain file the index knows is listed from it with no `stat`.
            let files: Vec<(PathBuf, Option<Stamp>, Option<&Header>)> = found
                .iter()
                .filter_map(|f| {
                    let path = f.path();
                    if trust
                        && f.is_plain_file()
                        && let Some((stamp, header)) = old.recorded(&path)
                    {
                        trusted.push((path.clone(), stamp));
                        return Some((path, Some(stamp), Some(header)));
                    }
                    let stamp = f.stat()?;
                    let header = stamp.as_ref().and_then(|s| old.get(&path, s));
                    Some((path, stamp, header))
                })
                .collect();
            let unknown: Vec<&PathBuf> = files
                .iter()
                .filter(|(_, _, header)| header.is_none())
                .map(|(path, _, _)| path)
                .collect();
            changed |= !unknown.is_empty();
            // Parsed on every core.
            let mut parsed = in_parallel(&unknown, |file| read_lesson_file(file).0).into_iter();
            for (file, stamp, header) in files {
                let origin = Origin::File(file.clone());
                let entry = match header {
                    Some(h) => Ok(Entry::listed(h.clone(), origin)),
                    None => match parsed.next() {
                        Some(Ok(lesson)) => Ok(Entry::loaded(lesson, origin)),
                        Some(Err(diagnostics)) => Err(BrokenLesson {
                            origin,
                            diagnostics,
                        }),
                        None => continue,
                    },
                };
                if let Some(added) = catalog.take(entry, Some(folder), &mut by_id)
                    && index_path.is_some()
                    && let Some(stamp) = stamp.filter(|s| s.settled(now))
                {
                    // The index's own header when it came from there: nothing is copied
                    // unless the index is written.
                    let header = match header {
                        Some(h) => Cow::Borrowed(h),
                        None => Cow::Owned(added.header().clone()),
                    };
                    indexed.push((file, stamp, header));
                }
            }
        }
        // Changed: a file was read (new, changed or broken), or an indexed one is gone.
        changed |= indexed.len() != old.len();
        if let Some(path) = index_path
            && changed
        {
            let mut new = Index::default();
            for (file, stamp, header) in indexed {
                new.insert(&file, stamp, header.into_owned());
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
                *from = folder;
                self.lessons[*i] = entry;
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
