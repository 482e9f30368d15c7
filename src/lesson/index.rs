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
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::error::{Diagnostic, Position, Problem};
use super::header::Header;
use super::model::{Category, LessonId, Level};

/// The first line: the format and the program version, since a newer checker may read a
/// file differently (and word its problems differently).
fn first_line() -> String {
    format!("zhulao-lesson-index\t2\t{}", env!("CARGO_PKG_VERSION"))
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

    /// The file's text, lines sorted by path.
    pub fn to_text(&self) -> String {
        let mut paths: Vec<&String> = self.entries.keys().collect();
        paths.sort();
        let mut out = first_line();
        out.push('\n');
        for path in paths {
            let (s, record) = &self.entries[path];
            let _ = write!(
                out,
                "{}\t{}\t{}\t{}\t",
                escape(path),
                s.len,
                s.secs,
                s.nanos
            );
            let _ = match record {
                Record::Lesson(h) => writeln!(
                    out,
                    "lesson\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    h.id,
                    category_key(h.category),
                    level_key(h.level),
                    h.estimated_minutes,
                    h.steps,
                    h.questions,
                    escape(&h.title),
                    escape(&h.summary),
                ),
                Record::Broken(d) => {
                    let (line, column) = d.position.map_or((0, 0), |p| (p.line, p.column));
                    writeln!(
                        out,
                        "broken\t{:016x}\t{line}\t{column}\t{}\t{}\t{}",
                        d.hash,
                        u8::from(d.warning),
                        escape(&d.zh),
                        escape(&d.en),
                    )
                }
            };
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

fn parse_line(line: &str) -> Option<(String, (Stamp, Record))> {
    let mut fields = line.split('\t');
    let path = unescape(fields.next()?)?;
    let mut number = || fields.next()?.parse::<u64>().ok();
    let stamp = Stamp {
        len: number()?,
        secs: number()?,
        nanos: u32::try_from(number()?)
            .ok()
            .filter(|n| *n < 1_000_000_000)?,
    };
    let record = match fields.next()? {
        "lesson" => Record::Lesson(parse_header(&mut fields)?),
        "broken" => Record::Broken(parse_diagnosis(&mut fields)?),
        _ => return None,
    };
    if fields.next().is_some() {
        return None;
    }
    Some((path, (stamp, record)))
}

fn parse_header<'a>(fields: &mut impl Iterator<Item = &'a str>) -> Option<Header> {
    let mut next = || fields.next();
    let [
        id,
        category,
        level,
        minutes,
        steps,
        questions,
        title,
        summary,
    ] = [(); 8].map(|()| next());
    let header = Header {
        id: LessonId::new_unchecked(id?.to_string()),
        category: *Category::ALL
            .iter()
            .find(|c| Some(category_key(**c)) == category)?,
        level: *Level::ALL.iter().find(|l| Some(level_key(**l)) == level)?,
        estimated_minutes: minutes?.parse().ok()?,
        steps: steps?.parse().ok()?,
        questions: questions?.parse().ok()?,
        title: unescape(title?)?,
        summary: unescape(summary?)?,
    };
    // Only a header the checker could have made: an edited or damaged line is not trusted.
    Some(header).filter(Header::could_be_checked)
}

fn parse_diagnosis<'a>(fields: &mut impl Iterator<Item = &'a str>) -> Option<Diagnosis> {
    let hash = u64::from_str_radix(fields.next()?, 16).ok()?;
    let line: usize = fields.next()?.parse().ok()?;
    let column: usize = fields.next()?.parse().ok()?;
    let position = match (line, column) {
        (0, 0) => None,
        (0, _) | (_, 0) => return None,
        (line, column) => Some(Position { line, column }),
    };
    let warning = match fields.next()? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    // Messages made visible when they were worded: a control character means an edited or
    // damaged line, which is not shown.
    let message = |text: &str| {
        unescape(text).filter(|m| !m.is_empty() && !m.chars().any(|c| c != '\n' && c.is_control()))
    };
    let zh = message(fields.next()?)?;
    let en = message(fields.next()?)?;
    Some(Diagnosis {
        hash,
        position,
        warning,
        zh,
        en,
    })
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
        index.insert(
            Path::new("/data/lessons/a\tb.toml"),
            stamp(),
            Record::Lesson(header()),
        );
        let back = Index::parse(&index.to_text());
        assert_eq!(back, index);
        let path = Path::new("/data/lessons/a\tb.toml");
        assert_eq!(back.get(path, &stamp()), Some(&Record::Lesson(header())));
        let touched = Stamp {
            nanos: 6,
            ..stamp()
        };
        assert_eq!(back.get(path, &touched), None);
    }

    #[test]
    fn damaged_lines_and_other_versions_are_ignored() {
        let mut index = Index::default();
        index.insert(Path::new("/a.toml"), stamp(), Record::Lesson(header()));
        index.insert(Path::new("/b.toml"), stamp(), Record::Lesson(header()));
        let text = index.to_text();
        let older = text.replacen("\t2\t", "\t1\t", 1);
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

    fn diagnosis() -> Diagnosis {
        Diagnosis {
            hash: content_hash(b"id = \"x\"\ntitel = 1\n"),
            position: Some(Position { line: 2, column: 1 }),
            warning: false,
            zh: "不认识的键“titel”。你是不是想写“title”？".into(),
            en: "unknown key 'titel'.\nDid you mean 'title'?".into(),
        }
    }

    #[test]
    fn a_broken_file_reads_back_with_its_first_problem() {
        let mut index = Index::default();
        let path = Path::new("/data/lessons/坏的.toml");
        index.insert(path, stamp(), Record::Broken(diagnosis()));
        index.insert(Path::new("/a.toml"), stamp(), Record::Lesson(header()));
        let back = Index::parse(&index.to_text());
        assert_eq!(back, index);
        let Some(Record::Broken(d)) = back.get(path, &stamp()) else {
            panic!("not kept: {back:?}");
        };
        let shown = d
            .diagnostic("lessons/坏的.toml")
            .render(crate::i18n::Lang::Zh);
        assert_eq!(
            shown,
            "lessons/坏的.toml:2:1: 错误：不认识的键“titel”。你是不是想写“title”？"
        );
        // No position is kept as none.
        let mut index = Index::default();
        let none = Diagnosis {
            position: None,
            ..diagnosis()
        };
        index.insert(path, stamp(), Record::Broken(none.clone()));
        assert_eq!(
            Index::parse(&index.to_text()).get(path, &stamp()),
            Some(&Record::Broken(none))
        );
    }

    #[test]
    fn a_damaged_broken_line_is_dropped() {
        let mut index = Index::default();
        index.insert(Path::new("/b.toml"), stamp(), Record::Broken(diagnosis()));
        let text = index.to_text();
        for (from, to) in [
            ("不认识的键", "\u{1b}[2J"),
            ("broken", "brokn"),
            ("\t2\t1\t0\t", "\t0\t1\t0\t"),
            ("\t2\t1\t0\t", "\t2\t1\t7\t"),
        ] {
            let damaged = text.replacen(from, to, 1);
            assert_ne!(damaged, text, "{from:?}");
            assert!(Index::parse(&damaged).is_empty(), "{from:?} → {to:?}");
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
