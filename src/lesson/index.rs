//! The folder index: for each lesson file that loaded, its size and modification time
//! when it was read and the header it gave, so the next start lists it without reading
//! it. One line per file, tab-separated, in a plain text file in the data folder.
//!
//! The index is only a shortcut. A missing, unreadable, damaged or older-version index is
//! ignored (every file is read, as without one); a line that does not read back as a
//! header the checker could have made is skipped; a file whose size or time differs is
//! read again. Files changed in the last two seconds are left out, because a file system
//! with coarse times could give the next change the same time.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::header::Header;
use super::model::{Category, LessonId, Level};

/// The first line: the format and the program version, since a newer checker may read a
/// file differently.
fn first_line() -> String {
    format!("zhulao-lesson-index\t1\t{}", env!("CARGO_PKG_VERSION"))
}

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

/// File path → (stamp, header). Paths that are not valid UTF-8 are not indexed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    entries: HashMap<String, (Stamp, Header)>,
}

impl Index {
    /// Reads the index at `path`; anything wrong with it gives an empty index.
    pub fn read(path: &Path) -> Index {
        std::fs::read_to_string(path)
            .map(|text| Index::parse(&text))
            .unwrap_or_default()
    }

    /// The index in `text`, keeping only the lines that read back whole.
    pub fn parse(text: &str) -> Index {
        let mut lines = text.lines();
        if lines.next() != Some(first_line().as_str()) {
            return Index::default();
        }
        let mut entries = HashMap::with_capacity(text.bytes().filter(|&b| b == b'\n').count());
        entries.extend(lines.filter_map(parse_line));
        Index { entries }
    }

    /// The header recorded for `path`, if the file still has the recorded stamp.
    pub fn get(&self, path: &Path, stamp: &Stamp) -> Option<&Header> {
        let (recorded, header) = self.recorded(path)?;
        (recorded == *stamp).then_some(header)
    }

    /// What is recorded for `path`: the stamp the file had, and its header then.
    pub fn recorded(&self, path: &Path) -> Option<(Stamp, &Header)> {
        let (stamp, header) = self.entries.get(path.to_str()?)?;
        Some((*stamp, header))
    }

    /// Records a file that loaded.
    pub fn insert(&mut self, path: &Path, stamp: Stamp, header: Header) {
        if let Some(path) = path.to_str() {
            self.entries.insert(path.to_string(), (stamp, header));
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

    /// The file's text, lines sorted by path.
    pub fn to_text(&self) -> String {
        let mut paths: Vec<&String> = self.entries.keys().collect();
        paths.sort();
        let mut out = first_line();
        out.push('\n');
        for path in paths {
            let (s, h) = &self.entries[path];
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                escape(path),
                s.len,
                s.secs,
                s.nanos,
                h.id,
                category_key(h.category),
                level_key(h.level),
                h.estimated_minutes,
                h.steps,
                h.questions,
                escape(&h.title),
                escape(&h.summary),
            );
        }
        out
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

fn parse_line(line: &str) -> Option<(String, (Stamp, Header))> {
    let mut fields = line.split('\t');
    let mut next = || fields.next();
    let [
        path,
        len,
        secs,
        nanos,
        id,
        category,
        level,
        minutes,
        steps,
        questions,
    ] = [(); 10].map(|()| next());
    let (title, summary) = (next()?, next()?);
    if next().is_some() {
        return None;
    }
    let stamp = Stamp {
        len: len?.parse().ok()?,
        secs: secs?.parse().ok()?,
        nanos: nanos?.parse().ok().filter(|n| *n < 1_000_000_000)?,
    };
    let header = Header {
        id: LessonId::new_unchecked(id?.to_string()),
        category: *Category::ALL
            .iter()
            .find(|c| Some(category_key(**c)) == category)?,
        level: *Level::ALL.iter().find(|l| Some(level_key(**l)) == level)?,
        estimated_minutes: minutes?.parse().ok()?,
        steps: steps?.parse().ok()?,
        questions: questions?.parse().ok()?,
        title: unescape(title)?,
        summary: unescape(summary)?,
    };
    // Only a header the checker could have made: an edited or damaged line is not trusted.
    let header = Some(header).filter(Header::could_be_checked)?;
    Some((unescape(path?)?, (stamp, header)))
}

/// How a category is written in the index.
fn category_key(c: Category) -> &'static str {
    match c {
        Category::Basics => "basics",
        Category::Social => "social",
        Category::Finance => "finance",
        Category::Travel => "travel",
        Category::Health => "health",
        Category::Fraud => "fraud",
        Category::Shopping => "shopping",
        Category::Services => "services",
        Category::Learning => "learning",
        Category::Wellbeing => "wellbeing",
    }
}

/// How a level is written in the index.
fn level_key(l: Level) -> &'static str {
    match l {
        Level::Beginner => "beginner",
        Level::Basic => "basic",
        Level::Advanced => "advanced",
    }
}

/// Backslash, tab, newline and carriage return written as `\\`, `\t`, `\n`, `\r`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// The reverse of [`escape`]; None for an escape it never writes.
fn unescape(text: &str) -> Option<String> {
    if !text.contains('\\') {
        return Some(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            id: LessonId::new_for_tests("pay-by-qr"),
            title: "扫码付款\\第一课".into(),
            summary: "两行\n说明".into(),
            category: Category::Finance,
            level: Level::Beginner,
            estimated_minutes: 15,
            steps: 12,
            questions: 6,
        }
    }

    fn stamp() -> Stamp {
        Stamp {
            len: 6000,
            secs: 1_790_000_000,
            nanos: 5,
        }
    }

    #[test]
    fn an_index_reads_back_what_was_written() {
        let mut index = Index::default();
        index.insert(Path::new("/data/lessons/a\tb.toml"), stamp(), header());
        let back = Index::parse(&index.to_text());
        assert_eq!(back, index);
        let path = Path::new("/data/lessons/a\tb.toml");
        assert_eq!(back.get(path, &stamp()), Some(&header()));
        let touched = Stamp {
            nanos: 6,
            ..stamp()
        };
        assert_eq!(back.get(path, &touched), None);
    }

    #[test]
    fn damaged_lines_and_other_versions_are_ignored() {
        let mut index = Index::default();
        index.insert(Path::new("/a.toml"), stamp(), header());
        index.insert(Path::new("/b.toml"), stamp(), header());
        let text = index.to_text();
        let older = text.replacen("\t1\t", "\t0\t", 1);
        assert!(Index::parse(&older).is_empty());
        assert!(Index::parse("").is_empty());
        // A title with a control character, a bad id, a cut line: each line is dropped.
        for bad in ["扫码付款\u{1b}[2J", "\\x"] {
            let damaged = text.replacen("扫码付款\\\\第一课", bad, 1);
            assert_eq!(Index::parse(&damaged).len(), 1, "{bad:?}");
        }
        let bad_id = text.replacen("pay-by-qr", "Pay By QR", 1);
        assert_eq!(Index::parse(&bad_id).len(), 1);
        let cut = &text[..text.len() - 8];
        assert_eq!(Index::parse(cut).len(), 1);
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
