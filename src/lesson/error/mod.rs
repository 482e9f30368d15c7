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
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column in that line, counted in characters.
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
    /// Where in the file the problem is; `None` when there is no place (say, an unreadable file).
    pub position: Option<Position>,
    /// The source line with carets under the problem, when the position is known.
    pub snippet: Option<Snippet>,
    /// What is wrong.
    pub problem: Problem,
}

/// What kind of thing an id names, for messages about ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// The lesson's own `id`.
    Lesson,
    /// A step's `id`.
    Step,
    /// The `id` of a screen element or of a dialog button.
    Element,
    /// A quiz question's `id`.
    Question,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read (missing, no permission, not a bundled lesson, ...).
    Io {
        /// The reason, usually the operating system's error message.
        detail: String,
    },
    /// A lesson path that is not a plain file (a link, a FIFO, a device), refused unread.
    NotPlainFile {
        /// What it is instead.
        kind: NotPlain,
    },
    /// A problem found in a file at an earlier start, as it was worded then: the lesson
    /// index keeps a broken file's first problem, so an unchanged file is not read again.
    Remembered {
        /// The message in Chinese, control characters already made visible.
        zh: String,
        /// The message in English, control characters already made visible.
        en: String,
        /// True when it was only a warning.
        warning: bool,
    },
    /// A lesson file over the size limit (1 MiB).
    FileTooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The largest size allowed, in bytes.
        limit: u64,
    },
    /// The file (a lesson or the settings file) is not valid UTF-8 text.
    InvalidUtf8,
    /// The file is not valid TOML, for a reason none of the more specific problems names.
    Syntax {
        /// The TOML parser's English message (reworded when shown, if the catalogue knows it).
        detail: String,
    },
    /// Arrays or tables are nested deeper than the TOML parser allows (often extra brackets).
    TooDeep,
    /// A quoted string runs to the end of its line or of the file without its closing quote.
    UnclosedString,
    /// A control character (invisible, perhaps pasted from elsewhere) sits inside a quoted string.
    RawControl {
        /// The character made visible (caret notation such as `^[`).
        shown: String,
    },
    /// A key not allowed at this place (often a typo; `suggestion` is the nearest known key).
    UnknownKey {
        /// The key as written.
        key: String,
        /// The nearest allowed key, when one is close enough to be what was meant.
        suggestion: Option<String>,
        /// The keys allowed at this place (empty when none are).
        allowed: Vec<String>,
    },
    /// A required key is missing.
    MissingKey {
        /// The missing key's name.
        key: String,
    },
    /// A value of the wrong TOML type (text where a number belongs, for example).
    WrongType {
        /// serde's wording of the type wanted (such as `i64`), named plainly when shown.
        expected: String,
        /// serde's wording of what was found (such as `string "二十"`), named plainly when shown.
        found: String,
    },
    /// A value that is not one of the allowed words (such as a misspelt `kind` or `category`).
    UnknownValue {
        /// The value as written.
        value: String,
        /// The nearest allowed value, when one is close enough to be what was meant.
        suggestion: Option<String>,
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// A `format_version` this program cannot read (lessons must declare 1, settings at least 1).
    UnsupportedFormat {
        /// The `format_version` the file declares.
        found: i64,
    },
    /// A number outside its allowed range (such as the lesson's `version` or `estimated_minutes`).
    OutOfRange {
        /// The key whose value is out of range.
        key: String,
        /// The value as written.
        value: i64,
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// An id that is not only a-z, 0-9 and inner '-' (no '-' at either end), up to 64 characters.
    BadId {
        /// The id as written.
        value: String,
        /// What the id names.
        kind: IdKind,
    },
    /// A second use of an id (step and question ids are unique per lesson, element ids per screen).
    DuplicateId {
        /// The repeated id.
        id: String,
        /// What the id names.
        kind: IdKind,
        /// 1-based line where the id was first used.
        first_line: usize,
    },
    /// Two lesson files in the same folder declare the same lesson id.
    DuplicateLesson {
        /// The lesson id both files use.
        id: String,
        /// The file that already uses this id.
        other: String,
    },
    /// The lesson has no `[[steps]]`.
    NoSteps,
    /// A `[pronounce]` reading is not pinyin with tone numbers, one syllable per character.
    BadReading {
        /// The word, as written.
        word: String,
        /// Its reading, as written.
        reading: String,
        /// How many Chinese characters the word has (syllables wanted).
        chars: usize,
    },
    /// A list has more entries than allowed (steps, questions, screen elements, tags or sources).
    TooMany {
        /// The list's key (empty when the list has no key of its own).
        key: String,
        /// How many entries the list has.
        count: usize,
        /// The most entries allowed.
        limit: usize,
    },
    /// A text (or a QR code's data) is longer than allowed.
    TextTooLong {
        /// The text's length in characters.
        chars: usize,
        /// The most characters allowed.
        limit: usize,
    },
    /// A text is empty or only whitespace once control characters are removed.
    EmptyText,
    /// A key that this kind of element or task does not take (such as `expect` on a tap task).
    KeyNotForKind {
        /// The key as written.
        key: String,
        /// The element or task kind as written in the file (such as `button` or `tap`).
        kind: String,
        /// The keys this kind takes.
        allowed: Vec<String>,
    },
    /// A key that this kind of element or task needs is missing (such as `expect` on a type task).
    MissingForKind {
        /// The missing key.
        key: String,
        /// The element or task kind as written in the file (such as `input` or `type`).
        kind: String,
    },
    /// A step whose task asks the learner to act (tap, type or choose) has no `hint`.
    MissingHint {
        /// The task kind as written in the file (`tap`, `type` or `choose`).
        task: String,
    },
    /// A tap or type task in a step that has no `[steps.screen]` to act on.
    NoScreenForTask {
        /// The task kind as written in the file (`tap` or `type`).
        task: String,
    },
    /// A task's `target` names no element on the step's screen.
    MissingTarget {
        /// The target id as written.
        target: String,
        /// The ids on that screen, sorted.
        available: Vec<String>,
        /// The nearest of those ids, when one is close enough to be what was meant.
        suggestion: Option<String>,
    },
    /// A task's target is an element it cannot act on (a type task needs an input, for example).
    TargetWrongKind {
        /// The target id as written.
        target: String,
        /// The task kind as written in the file (`tap` or `type`).
        task: String,
        /// The kind of element the target is (such as `text` or `dialog button`).
        found: String,
    },
    /// A choice (a choose task or a quiz question) has fewer than 2 or more than 6 options.
    OptionCount {
        /// How many options it has.
        count: usize,
    },
    /// A choice's `answer` is not the number of one of its options (counting from 1).
    AnswerOutOfRange {
        /// The answer as written.
        answer: i64,
        /// How many options there are (at most the first 6 are counted).
        count: usize,
    },
    /// An amount element's `value` is not a sum of money like "25" or "25.00" (at most 2 decimals).
    BadAmount {
        /// The value as written.
        value: String,
    },
    /// Warning: most of a lesson's right answers sit at one position, so a learner who
    /// always picks that one scores well without reading.
    AnswersPileUp {
        /// The position (1-based) most right answers are at.
        position: usize,
        /// How many right answers are at it.
        count: usize,
        /// How many questions the lesson has.
        total: usize,
    },
    /// Warning: a check question with fewer than 3 options (a guess is right too often).
    FewOptions {
        /// How many options it has.
        count: usize,
    },
    /// Warning: in every check question the right option is the longest one.
    RightAlwaysLongest {
        /// How many questions the lesson has.
        total: usize,
    },
    /// Warning: a source names neither a web address nor a document number, so a reviewer
    /// cannot look it up.
    SourceUnverifiable,
    /// Warning: a step needs more pages than allowed on the smallest screen (40×15).
    StepTooLong {
        /// Pages the step needs at 40×15.
        pages: usize,
        /// Most pages a step should need.
        limit: usize,
    },
    /// Any other problem, already put in words.
    Other {
        /// The message, shown as it is (control characters made visible).
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

impl Problem {
    /// Whether this is only a warning: the lesson still loads and plays.
    pub fn is_warning(&self) -> bool {
        if let Problem::Remembered { warning, .. } = self {
            return *warning;
        }
        matches!(
            self,
            Problem::AnswersPileUp { .. }
                | Problem::FewOptions { .. }
                | Problem::RightAlwaysLongest { .. }
                | Problem::SourceUnverifiable
                | Problem::StepTooLong { .. }
        )
    }
}

impl Diagnostic {
    /// The full report: `file:line:column: 错误：message` (or `警告：` for a warning),
    /// then the line and a caret.
    pub fn render(&self, lang: Lang) -> String {
        let file = escape_controls(&self.file);
        let t = &lang.text().lesson_errors;
        let label = match self.problem.is_warning() {
            true => t.warning_label,
            false => t.error_label,
        };
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

/// What a lesson path is when it is not a plain file, so it is refused unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotPlain {
    /// A symbolic link: it could point anywhere (`/etc/shadow`).
    Link,
    /// A FIFO (named pipe): reading it could wait forever.
    Fifo,
    /// A character or block device.
    Device,
    /// A socket.
    Socket,
    /// A folder, or anything else that is not a plain file.
    Other,
}

impl NotPlain {
    /// What `kind` is, when it is not a plain file.
    pub fn of(kind: std::fs::FileType) -> Option<NotPlain> {
        if kind.is_file() {
            return None;
        }
        if kind.is_symlink() {
            return Some(NotPlain::Link);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return Some(NotPlain::Fifo);
            }
            if kind.is_char_device() || kind.is_block_device() {
                return Some(NotPlain::Device);
            }
            if kind.is_socket() {
                return Some(NotPlain::Socket);
            }
        }
        Some(NotPlain::Other)
    }
}
