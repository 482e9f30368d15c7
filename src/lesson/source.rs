//! Where things are in a lesson file: byte offsets to line and column, snippets with a
//! caret, and finding the span of a value by its path (`steps[2].task.target`).

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use unicode_width::UnicodeWidthStr;

use super::error::{Position, Snippet};
use super::sanitize::{escape_bytes, escape_controls};

/// One step of a path into the lesson document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A key of a table, such as `steps` or `task`.
    Key(&'static str),
    /// An item of an array, counted from 0.
    Index(usize),
}

/// A path into the lesson document, e.g. `[Key("steps"), Index(2), Key("task")]`.
pub type Path = Vec<Seg>;

/// Line and column (1-based, column in characters) of a byte offset in possibly non-UTF-8
/// bytes. An offset inside a character or past the end is clamped.
pub fn position_in_bytes(bytes: &[u8], offset: usize) -> Position {
    position_with(bytes, offset, &LineStarts::new(bytes))
}

/// Where each line of a file starts: built once per file, so that each of thousands of
/// problems finds its line by a binary search instead of counting every line before it
/// (which made a file full of errors cost time in the square of its size).
#[derive(Debug)]
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    /// The line starts of `bytes`.
    pub fn new(bytes: &[u8]) -> LineStarts {
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineStarts(starts)
    }

    /// The 1-based line of `offset` and the offset its line starts at.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.0.partition_point(|&s| s <= offset).max(1);
        (line, self.0[line - 1])
    }
}

/// Like [`position_in_bytes`], with the file's line starts already found.
pub fn position_with(bytes: &[u8], offset: usize, lines: &LineStarts) -> Position {
    let offset = offset.min(bytes.len());
    let (line, line_start) = lines.line_of(offset);
    let prefix = String::from_utf8_lossy(&bytes[line_start..offset]);
    Position {
        line,
        column: prefix.chars().count() + 1,
    }
}

/// The snippet for an error at `span` in `bytes`: the whole line, escaped, with a caret
/// under the span (clipped to that line). Long lines are cut around the caret.
pub fn snippet_in_bytes(bytes: &[u8], span: Range<usize>) -> Snippet {
    const MAX_BEFORE: usize = 60;
    const MAX_AFTER: usize = 60;
    let start = span.start.min(bytes.len());
    let line_start = bytes[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line_end = bytes[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| start + i);
    let end = span.end.clamp(start, line_end);
    let mut before = escape_bytes(&bytes[line_start..start])
        .trim_end_matches('\r')
        .to_string();
    let mut marked = escape_bytes(&bytes[start..end])
        .trim_end_matches('\r')
        .to_string();
    let mut after = escape_bytes(&bytes[end..line_end])
        .trim_end_matches('\r')
        .to_string();
    if before.chars().count() > MAX_BEFORE {
        let skip = before.chars().count() - MAX_BEFORE;
        before = format!("…{}", before.chars().skip(skip).collect::<String>());
    }
    if marked.chars().count() > MAX_AFTER {
        marked = format!("{}…", marked.chars().take(MAX_AFTER).collect::<String>());
        after.clear();
    }
    if after.chars().count() > MAX_AFTER {
        after = format!("{}…", after.chars().take(MAX_AFTER).collect::<String>());
    }
    Snippet {
        caret_offset: before.width(),
        caret_width: marked.width().max(1),
        text: format!("{before}{marked}{after}"),
    }
}

/// Position and snippet of a span in valid UTF-8 text, with its line starts found.
pub fn locate_span_with(text: &str, span: Range<usize>, lines: &LineStarts) -> (Position, Snippet) {
    (
        position_with(text.as_bytes(), span.start, lines),
        snippet_in_bytes(text.as_bytes(), span),
    )
}

/// Position and snippet of a span in valid UTF-8 text.
pub fn locate_span(text: &str, span: Range<usize>) -> (Position, Snippet) {
    (
        position_in_bytes(text.as_bytes(), span.start),
        snippet_in_bytes(text.as_bytes(), span),
    )
}

/// Finds the span of the value at `path`; where the path goes further than the document
/// (a missing key), the span of the deepest part that exists.
pub fn span_of(doc: &Spanned<DeTable<'_>>, path: &[Seg]) -> Range<usize> {
    let mut span = doc.span();
    let Some((first, rest)) = path.split_first() else {
        return first_line(span);
    };
    let Seg::Key(k) = first else {
        return span;
    };
    let Some(mut value) = doc.get_ref().get(*k) else {
        return first_line(span);
    };
    span = value.span();
    for seg in rest {
        let next = match (seg, value.get_ref()) {
            (Seg::Key(k), DeValue::Table(t)) => t.get(*k),
            (Seg::Index(i), DeValue::Array(a)) => a.get(*i),
            _ => None,
        };
        match next {
            Some(v) => {
                value = v;
                span = v.span();
            }
            None => break,
        }
    }
    span
}

/// The key's own span for `path` when its last segment is a key, so that messages such as
/// "this key is not for a button" point at the key, not at its value.
pub fn key_span_of(doc: &Spanned<DeTable<'_>>, path: &[Seg]) -> Option<Range<usize>> {
    let (Seg::Key(last), parent) = path.split_last()? else {
        return None;
    };
    let table = if parent.is_empty() {
        doc.get_ref()
    } else {
        let mut value = match parent.first()? {
            Seg::Key(k) => doc.get_ref().get(*k)?,
            Seg::Index(_) => return None,
        };
        for seg in &parent[1..] {
            value = match (seg, value.get_ref()) {
                (Seg::Key(k), DeValue::Table(t)) => t.get(*k)?,
                (Seg::Index(i), DeValue::Array(a)) => a.get(*i)?,
                _ => return None,
            };
        }
        match value.get_ref() {
            DeValue::Table(t) => t,
            _ => return None,
        }
    };
    table.get_key_value(*last).map(|(k, _)| k.span())
}

/// A whole-document span shrunk to its first character, for problems about the file.
fn first_line(span: Range<usize>) -> Range<usize> {
    span.start..span.start + 1
}

/// The text shown for a path in English, e.g. `steps[3].task.target` (1-based indices).
pub fn path_label(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{}]", i + 1)),
        }
    }
    escape_controls(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_finds_the_same_positions_as_counting() {
        let text = "a = 1\n\ntitle = \"扫码\"\nx\n";
        let lines = LineStarts::new(text.as_bytes());
        for offset in 0..=text.len() + 3 {
            let counted = {
                let offset = offset.min(text.len());
                let start = text.as_bytes()[..offset]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let line = text.as_bytes()[..start]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                let column = String::from_utf8_lossy(&text.as_bytes()[start..offset])
                    .chars()
                    .count()
                    + 1;
                Position { line, column }
            };
            assert_eq!(
                position_with(text.as_bytes(), offset, &lines),
                counted,
                "{offset}"
            );
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a = 1\ntitle = \"扫码\"\n";
        let offset = text.find('码').unwrap();
        assert_eq!(
            position_in_bytes(text.as_bytes(), offset),
            Position {
                line: 2,
                column: 11
            }
        );
        assert_eq!(
            position_in_bytes(text.as_bytes(), 0),
            Position { line: 1, column: 1 }
        );
        assert_eq!(
            position_in_bytes(text.as_bytes(), 999),
            Position { line: 3, column: 1 }
        );
    }

    #[test]
    fn snippet_carets_account_for_wide_characters() {
        let text = "title = \"扫码\" # 注释\n";
        let start = text.find('"').unwrap();
        let s = snippet_in_bytes(text.as_bytes(), start..start + 8);
        assert_eq!(s.text, "title = \"扫码\" # 注释");
        assert_eq!(s.caret_offset, 8);
        assert_eq!(s.caret_width, 6);
    }

    #[test]
    fn snippet_shows_control_bytes_escaped() {
        let text = b"title = \"\x1b]0;hi\x07\"";
        let s = snippet_in_bytes(text, 9..10);
        assert_eq!(s.text, "title = \"^[]0;hi^G\"");
        assert_eq!(s.caret_offset, 9);
        assert_eq!(s.caret_width, 2);
    }

    #[test]
    fn span_lookup_follows_tables_and_arrays() {
        let text = "id = \"x\"\n[[steps]]\nid = \"a\"\n[[steps]]\nid = \"b\"\n";
        let doc = DeTable::parse(text).unwrap();
        let span = span_of(&doc, &[Seg::Key("steps"), Seg::Index(1), Seg::Key("id")]);
        assert_eq!(&text[span], "\"b\"");
        let key = key_span_of(&doc, &[Seg::Key("steps"), Seg::Index(1), Seg::Key("id")]).unwrap();
        assert_eq!(position_in_bytes(text.as_bytes(), key.start).line, 5);
        assert_eq!(
            path_label(&[Seg::Key("steps"), Seg::Index(1), Seg::Key("id")]),
            "steps[2].id"
        );
    }
}
