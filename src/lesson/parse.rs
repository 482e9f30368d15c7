//! From the bytes of one lesson file to a validated lesson or its problems.

use toml::de::{DeTable, DeValue};

use super::error::{Diagnostic, Problem};
use super::model::Lesson;
use super::raw::RawLesson;
use super::sanitize::escape_controls;
use super::source::{locate_span, position_in_bytes, snippet_in_bytes};
use super::validate::{Checker, Locator, suggest};

/// Largest lesson file, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Parses and validates one lesson file. `file` is how the file is named in messages.
pub fn parse_lesson(file: &str, bytes: &[u8]) -> Result<Lesson, Vec<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![too_large(file, bytes.len() as u64)]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let start = e.valid_up_to();
            let end = start + e.error_len().unwrap_or(bytes.len() - start).max(1);
            return Err(vec![at_bytes(
                file,
                bytes,
                start..end,
                Problem::InvalidUtf8,
            )]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: RawLesson = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => return Err(vec![from_toml_error(file, text, &e)]),
    };
    let locator = Locator::new(file, text);
    let mut checker = Checker::new(&locator);
    match checker.lesson(&raw) {
        Some(lesson) => Ok(lesson),
        None => Err(checker.problems),
    }
}

/// The diagnostic for a file over the size limit: the file and its size, nothing of what
/// it holds (it is refused before it is read).
pub fn too_large(file: &str, size: u64) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        position: None,
        snippet: None,
        problem: Problem::FileTooLarge {
            size,
            limit: MAX_FILE_BYTES,
        },
    }
}

fn at_bytes(
    file: &str,
    bytes: &[u8],
    span: std::ops::Range<usize>,
    problem: Problem,
) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        position: Some(position_in_bytes(bytes, span.start)),
        snippet: Some(snippet_in_bytes(bytes, span)),
        problem,
    }
}

/// Turns the TOML crate's error (syntax or serde) into our diagnostic: used for lesson
/// files and the settings file alike.
pub fn from_toml_error(file: &str, text: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message();
    let mut span = e.span().unwrap_or(0..1);
    let mut problem = problem_from_message(message);
    // A newer format with new keys should say "newer format", not "unknown key".
    if !matches!(problem, Problem::Syntax { .. } | Problem::TooDeep)
        && let Some((found, vspan)) = declared_format(text)
        && found != 1
    {
        problem = Problem::UnsupportedFormat { found };
        span = vspan;
    }
    if let Problem::Syntax { detail } = &problem
        && (detail.starts_with("invalid basic string")
            || detail.starts_with("invalid literal string"))
    {
        problem = match text[span.start.min(text.len())..].chars().next() {
            None | Some('\n' | '\r') => Problem::UnclosedString,
            Some(c) if c.is_control() => Problem::RawControl {
                shown: escape_controls(&c.to_string()),
            },
            _ => problem,
        };
    }
    if span.start >= text.len() && !text.is_empty() {
        span = text.len() - 1..text.len();
    }
    let (position, snippet) = locate_span(text, span);
    Diagnostic {
        file: file.to_string(),
        position: Some(position),
        snippet: Some(snippet),
        problem,
    }
}

/// The `format_version` a file declares, with the span of its value.
fn declared_format(text: &str) -> Option<(i64, std::ops::Range<usize>)> {
    let doc = DeTable::parse(text).ok()?;
    let v = doc.get_ref().get("format_version")?;
    match v.get_ref() {
        DeValue::Integer(i) => Some((i.as_str().replace('_', "").parse().ok()?, v.span())),
        _ => None,
    }
}

/// The text between the first pair of backticks after `prefix`.
fn ticked(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    let rest = rest.strip_prefix('`')?;
    rest.split_once('`').map(|(v, _)| v.to_string())
}

/// The list in "expected one of `a`, `b`" or "expected `a`".
fn expected_list(message: &str) -> Vec<String> {
    let Some((_, tail)) = message.split_once("expected ") else {
        return Vec::new();
    };
    tail.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Reads serde's and the TOML parser's English wording into a [`Problem`].
fn problem_from_message(message: &str) -> Problem {
    if let Some(key) = ticked(message, "unknown field ") {
        let allowed = expected_list(message);
        let suggestion = suggest(&key, allowed.iter().map(String::as_str));
        return Problem::UnknownKey {
            key,
            suggestion,
            allowed,
        };
    }
    if let Some(value) = ticked(message, "unknown variant ") {
        let allowed = expected_list(message);
        let suggestion = suggest(&value, allowed.iter().map(String::as_str));
        return Problem::UnknownValue {
            value,
            suggestion,
            allowed,
        };
    }
    if let Some(key) = ticked(message, "missing field ") {
        return Problem::MissingKey { key };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return Problem::WrongType {
            expected: expected.to_string(),
            found: found.to_string(),
        };
    }
    if message.contains("recursion") {
        return Problem::TooDeep;
    }
    Problem::Syntax {
        detail: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_problems() {
        let p =
            problem_from_message("unknown field `titel`, expected one of `id`, `title`, `summary`");
        assert_eq!(
            p,
            Problem::UnknownKey {
                key: "titel".into(),
                suggestion: Some("title".into()),
                allowed: vec!["id".into(), "title".into(), "summary".into()],
            }
        );
        assert_eq!(
            problem_from_message("missing field `title`"),
            Problem::MissingKey {
                key: "title".into()
            }
        );
        assert_eq!(
            problem_from_message("invalid type: string \"二十\", expected i64"),
            Problem::WrongType {
                expected: "i64".into(),
                found: "string \"二十\"".into()
            }
        );
    }
}
