//! The lessons the program offers, read lazily: the home screen needs only each lesson's
//! header (title, summary, category, level, minutes, how many steps and questions), so a
//! lesson's body is parsed and checked the first time something opens it.
//!
//! Headers come from three places, cheapest first: the bundled lessons' headers written by
//! `build.rs`; the folder index in the data folder (file, size and modification time →
//! header) for files that have not changed since they were last read; and, for new or
//! changed files, reading the file in full, which also keeps its body. A broken file is
//! indexed with its first problem and a hash of its bytes: while it stays the same it is
//! read and hashed at each start but not parsed again, and its problem is still shown.
//! Links, FIFOs, devices and sockets are refused from the folder listing, unread.

mod build;

pub use super::bundled::{BundledHeader, bundled_headers};
pub use super::header::Header;
pub use build::Unchecked;

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::error::{Diagnostic, Problem};
use super::index::Index;
use super::library::{
    BrokenLesson, FileResult, Library, LoadedLesson, Origin, bundled_files, in_parallel,
    read_lesson_file,
};
use super::model::Lesson;
use super::parse::parse_lesson;

/// One lesson on offer: its header now, its body when first asked for.
#[derive(Debug, Clone)]
pub struct Entry {
    header: Header,
    origin: Origin,
    /// Boxed: an entry stays small (136 bytes, not 336) for the list of every lesson.
    body: OnceLock<Box<FileResult>>,
    /// True for a folder lesson that took the place of a bundled lesson with its id.
    replaces_bundled: bool,
}

impl Entry {
    /// A lesson already read and checked.
    pub fn loaded(lesson: Lesson, origin: Origin) -> Entry {
        Entry {
            header: Header::of(&lesson),
            origin,
            body: OnceLock::from(Box::new(Ok(lesson))),
            replaces_bundled: false,
        }
    }

    /// A lesson known by its header, read from `origin` when opened.
    fn listed(header: Header, origin: Origin) -> Entry {
        Entry {
            header,
            origin,
            body: OnceLock::new(),
            replaces_bundled: false,
        }
    }

    /// What the lesson list shows of this lesson.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Where the lesson is read from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// True for a lesson from a lesson folder that replaces the bundled lesson with the
    /// same id: the home screen and `lesson check` say so, since a file dropped into the
    /// folder could otherwise pass itself off as the lesson the program came with.
    pub fn replaces_bundled(&self) -> bool {
        self.replaces_bundled
    }

    /// True once the body has been read (or was read with the header).
    pub fn is_read(&self) -> bool {
        self.body.get().is_some()
    }

    /// The whole lesson, read and checked the first time it is asked for. A file that
    /// was changed into a broken one since the list was made gives its problems.
    pub fn lesson(&self) -> Result<&Lesson, &[Diagnostic]> {
        match &**self.body.get_or_init(|| Box::new(read_body(&self.origin))) {
            Ok(lesson) => Ok(lesson),
            Err(problems) => Err(problems),
        }
    }

    /// The lesson or its problems, reading it now if it was not read yet.
    pub fn into_result(self) -> FileResult {
        let origin = self.origin;
        self.body
            .into_inner()
            .map_or_else(|| read_body(&origin), |body| *body)
    }
}

impl Deref for Entry {
    type Target = Header;

    fn deref(&self) -> &Header {
        &self.header
    }
}

/// A lesson made in memory (tests, generated content) is an entry that is already read.
impl From<Lesson> for Entry {
    fn from(lesson: Lesson) -> Entry {
        Entry::loaded(lesson, Origin::Bundled(""))
    }
}

/// Every lesson of `entries` read in full, reading the bodies not read yet on every core
/// (up to four). A file that no longer reads is left out (opening it says why).
pub fn read_all(entries: &[Entry]) -> Vec<&Lesson> {
    let unread: Vec<&Entry> = entries.iter().filter(|e| !e.is_read()).collect();
    in_parallel(&unread, |e| {
        let _ = e.lesson();
    });
    entries.iter().filter_map(|e| e.lesson().ok()).collect()
}

fn read_body(origin: &Origin) -> FileResult {
    match origin {
        Origin::Bundled(name) => match bundled_files().iter().find(|(n, _)| n == name) {
            Some((name, text)) => parse_lesson(name, text.as_bytes()),
            None => Err(vec![Diagnostic {
                file: (*name).to_string(),
                position: None,
                snippet: None,
                problem: Problem::Io {
                    detail: "not a bundled lesson".to_string(),
                },
            }]),
        },
        Origin::File(path) => read_lesson_file(path).0,
    }
}

/// All lessons on offer, read lazily, and the files that need fixing.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Every lesson on offer, by category then id, one per lesson id.
    pub lessons: Vec<Entry>,
    /// Files and folders that could not be loaded, with their problems.
    pub broken: Vec<BrokenLesson>,
    /// The folder index as it is now, and where it goes, when it differs from the file.
    index_update: Option<(PathBuf, Index)>,
    /// Files listed from the index on trust, still to be looked at.
    unchecked: Option<Unchecked>,
}

impl Catalog {
    /// The bundled lessons, then each folder in order, reading every folder file (as
    /// [`Library::load`] does). A lesson in a later folder replaces one with the same id
    /// from the bundle or an earlier folder; two files with the same id in one folder make
    /// the second one broken. Folders that do not exist are skipped.
    pub fn load(dirs: &[PathBuf]) -> Catalog {
        Catalog::build(dirs, None, false)
    }

    /// Like [`Catalog::load`], but files unchanged since they were recorded in the index
    /// file at `index` are listed from it without being read. The index is only read
    /// here: [`Catalog::take_index_update`] gives what to write back.
    pub fn load_indexed(dirs: &[PathBuf], index: &Path) -> Catalog {
        Catalog::build(dirs, Some(index), false)
    }

    /// Like [`Catalog::load_indexed`], but a plain file the index knows is listed from it
    /// without even a `stat` (500 of them took about 1 ms, a third of the start-up). Such
    /// files are only as the index says until [`Catalog::take_unchecked`]'s check has
    /// looked at them: the interactive program does that right after its first frame,
    /// before it reads a key.
    pub fn list_indexed(dirs: &[PathBuf], index: &Path) -> Catalog {
        Catalog::build(dirs, Some(index), true)
    }

    /// The files [`Catalog::list_indexed`] took on trust, to check; None when there are
    /// none (or the catalog was made another way).
    pub fn take_unchecked(&mut self) -> Option<Unchecked> {
        self.unchecked.take()
    }

    /// The index to write back, if this load found anything new, changed or gone. The
    /// caller writes it when it suits (the interactive program: after its first frame).
    pub fn take_index_update(&mut self) -> Option<IndexUpdate> {
        self.index_update
            .take()
            .map(|(path, index)| IndexUpdate { path, index })
    }

    /// Every lesson read in full, as the commands and the kiosk use them. A body that no
    /// longer checks (its file changed since it was indexed) joins the broken files.
    pub fn into_library(self) -> Library {
        let _ = read_all(&self.lessons);
        let mut library = Library {
            lessons: Vec::with_capacity(self.lessons.len()),
            broken: self.broken,
        };
        for entry in self.lessons {
            let origin = entry.origin.clone();
            match entry.into_result() {
                Ok(lesson) => library.lessons.push(LoadedLesson { lesson, origin }),
                Err(diagnostics) => library.broken.push(BrokenLesson {
                    origin,
                    diagnostics,
                }),
            }
        }
        library
    }
}

// `Library::load` lives here, beside what it is made of: the catalog read in full.
impl Library {
    /// Loads the bundled lessons, then each folder in order, every lesson read in full.
    /// A lesson in a later folder replaces one with the same id from the bundle or an
    /// earlier folder; two files with the same id in one folder make the second one
    /// broken. Folders that do not exist are skipped. (See [`Catalog`] for the lazy list
    /// the interactive program starts from.)
    pub fn load(dirs: &[PathBuf]) -> Library {
        Catalog::load(dirs).into_library()
    }

    /// Like [`Library::load`], but a broken file the lesson index at `index` has unchanged
    /// (same size, time and bytes) is not parsed again: its first problem comes from the
    /// index. The index is only read. Every lesson is still read in full.
    pub fn load_indexed(dirs: &[PathBuf], index: &Path) -> Library {
        Catalog::load_indexed(dirs, index).into_library()
    }
}

/// A library already read in full, as a catalog whose every entry is read.
impl From<Library> for Catalog {
    fn from(library: Library) -> Catalog {
        Catalog {
            lessons: library
                .lessons
                .into_iter()
                .map(|l| Entry::loaded(l.lesson, l.origin))
                .collect(),
            broken: library.broken,
            index_update: None,
            unchecked: None,
        }
    }
}

/// A folder index to write back to the data folder.
#[derive(Debug)]
pub struct IndexUpdate {
    path: PathBuf,
    index: Index,
}

impl IndexUpdate {
    /// Writes the index (a new file renamed over the old one, so a reader never sees half
    /// of it). Failing to write it only makes the next start slower.
    pub fn save(&self) -> std::io::Result<()> {
        self.index.write(&self.path)
    }
}
