//! Problems found in lesson files, with where they are and how to say them.
//!
//! A [`Diagnostic`] is one problem at one place; [`Problem`] is what is wrong, rendered as a
//! sentence a volunteer can act on in the UI language, worded by the catalogue
//! (`i18n::LessonErrorText`). User text inside a message (a key, an id, a value) is shown
//! with control characters made visible, never raw.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::sanitize::escape_controls;

mod message;
mod wording;

use crate::i18n::{Lang, fill};

/// A 1-based line and column (the column counts characters, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The source line an error points into, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The line with control characters escaped.
    pub text: String,
    /// Display cells before the caret.
    pub caret_offset: usize,
    /// Display cells the carets cover (at least 1).
    pub caret_width: usize,
}

/// One problem in one lesson file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it (printed sanitised).
    pub file: String,
    pub position: Option<Position>,
    pub snippet: Option<Snippet>,
    pub problem: Problem,
}

/// What kind of thing an id names, for messages about ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Lesson,
    Step,
    Element,
    Question,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Io {
        detail: String,
    },
    FileTooLarge {
        size: u64,
        limit: u64,
    },
    InvalidUtf8,
    Syntax {
        detail: String,
    },
    TooDeep,
    UnclosedString,
    RawControl {
        shown: String,
    },
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        allowed: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    WrongType {
        expected: String,
        found: String,
    },
    UnknownValue {
        value: String,
        suggestion: Option<String>,
        allowed: Vec<String>,
    },
    UnsupportedFormat {
        found: i64,
    },
    OutOfRange {
        key: String,
        value: i64,
        min: i64,
        max: i64,
    },
    BadId {
        value: String,
        kind: IdKind,
    },
    DuplicateId {
        id: String,
        kind: IdKind,
        first_line: usize,
    },
    DuplicateLesson {
        id: String,
        other: String,
    },
    NoSteps,
    TooMany {
        key: String,
        count: usize,
        limit: usize,
    },
    TextTooLong {
        chars: usize,
        limit: usize,
    },
    EmptyText,
    KeyNotForKind {
        key: String,
        kind: String,
        allowed: Vec<String>,
    },
    MissingForKind {
        key: String,
        kind: String,
    },
    MissingHint {
        task: String,
    },
    NoScreenForTask {
        task: String,
    },
    MissingTarget {
        target: String,
        available: Vec<String>,
        suggestion: Option<String>,
    },
    TargetWrongKind {
        target: String,
        task: String,
        found: String,
    },
    OptionCount {
        count: usize,
    },
    AnswerOutOfRange {
        answer: i64,
        count: usize,
    },
    BadAmount {
        value: String,
    },
    Other {
        detail: String,
    },
}

/// Keys, values or ids as one quoted list, control characters made visible.
fn quote_list(items: &[String], lang: Lang) -> String {
    let t = &lang.text().lesson_errors;
    items
        .iter()
        .map(|s| fill(t.list_item, &[("item", &escape_controls(s))]))
        .collect::<Vec<_>>()
        .join(t.list_separator)
}

impl IdKind {
    fn name(self, lang: Lang) -> &'static str {
        let t = &lang.text().lesson_errors.ids;
        match self {
            IdKind::Lesson => t.lesson,
            IdKind::Step => t.step,
            IdKind::Element => t.element,
            IdKind::Question => t.question,
        }
    }
}

impl Diagnostic {
    /// The full report: `file:line:column: 错误：message`, then the line and a caret.
    pub fn render(&self, lang: Lang) -> String {
        let file = escape_controls(&self.file);
        let label = lang.text().lesson_errors.error_label;
        let mut out = match self.position {
            Some(p) => format!(
                "{file}:{}:{}: {label}{}",
                p.line,
                p.column,
                self.problem.message(lang)
            ),
            None => format!("{file}: {label}{}", self.problem.message(lang)),
        };
        if let (Some(snippet), Some(p)) = (&self.snippet, self.position) {
            let num = p.line.to_string();
            let pad = " ".repeat(num.width());
            let _ = write!(
                out,
                "\n  {num} | {}\n  {pad} | {}{}",
                snippet.text,
                " ".repeat(snippet.caret_offset),
                "^".repeat(snippet.caret_width.max(1))
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::wording::type_key;
    use super::*;

    #[test]
    fn serde_type_words_are_recognised() {
        assert_eq!(type_key("i64"), "integer");
        assert_eq!(type_key("a string"), "string");
        assert_eq!(type_key("string \"二十\""), "string");
        assert_eq!(type_key("integer `3`"), "integer");
        assert_eq!(type_key("struct RawStep"), "table");
        assert_eq!(type_key("a sequence"), "array");
    }

    #[test]
    fn render_points_a_caret_under_wide_text() {
        let d = Diagnostic {
            file: "a.toml".into(),
            position: Some(Position { line: 3, column: 9 }),
            snippet: Some(Snippet {
                text: "title = 扫码".into(),
                caret_offset: 8,
                caret_width: 4,
            }),
            problem: Problem::EmptyText,
        };
        assert_eq!(
            d.render(Lang::Zh),
            "a.toml:3:9: 错误：这里不能是空的，请写上文字。\n  3 | title = 扫码\n    |         ^^^^"
        );
    }

    #[test]
    fn messages_escape_user_text() {
        let p = Problem::MissingKey {
            key: "a\u{1b}]0;x\u{7}".into(),
        };
        assert!(p.message(Lang::En).contains("a^[]0;x^G"));
        assert!(!p.message(Lang::Zh).contains('\u{1b}'));
    }
}
