//! The index's file format: a first line naming the format and the program version, then
//! one tab-separated line per file (path, size, time, then its header or its first
//! problem), texts escaped so that a tab or a line break in a title stays in its field.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{Diagnosis, Index, Record, Stamp};
use crate::lesson::error::Position;
use crate::lesson::header::Header;
use crate::lesson::model::{Category, LessonId, Level};

/// The first line: the format and the program version, since a newer checker may read a
/// file differently (and word its problems differently).
fn first_line() -> String {
    format!("zhulao-lesson-index\t2\t{}", env!("CARGO_PKG_VERSION"))
}

impl Index {
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
    use std::path::Path;

    use super::super::content_hash;
    use super::super::tests::stamp;
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
}
