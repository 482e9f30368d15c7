//! Problems in English.

use std::fmt::Write as _;

use super::wording::type_en;
use super::{Problem, quote_list_en};
use crate::i18n::Lang;
use crate::lesson::sanitize::escape_controls;

impl Problem {
    pub(super) fn message_en(&self) -> String {
        let e = escape_controls;
        match self {
            Problem::Io { detail } => format!("cannot read this file: {}", e(detail)),
            Problem::FileTooLarge { size, limit } => format!(
                "the file is too large ({size} bytes); a lesson file may have at most {limit} bytes (1 MiB). Split it into several lessons."
            ),
            Problem::InvalidUtf8 => {
                "these bytes are not UTF-8. Save the file with UTF-8 encoding in your editor."
                    .into()
            }
            Problem::Syntax { detail } => format!("invalid TOML: {}", e(detail)),
            Problem::UnclosedString => {
                "this text has no closing quote \". Put long text in triple quotes \"\"\" instead."
                    .into()
            }
            Problem::RawControl { shown } => format!(
                "a control character {shown} (an invisible special character, perhaps pasted from elsewhere) is inside this text; delete it."
            ),
            Problem::TooDeep => {
                "arrays or tables are nested too deeply; check for extra brackets [ ].".into()
            }
            Problem::UnknownKey {
                key,
                suggestion,
                allowed,
            } => match suggestion {
                Some(s) => format!("unknown key '{}'. Did you mean '{}'?", e(key), e(s)),
                None if allowed.is_empty() => {
                    format!("unknown key '{}'; no keys are allowed here.", e(key))
                }
                None => format!(
                    "unknown key '{}'. Keys allowed here: {}.",
                    e(key),
                    quote_list_en(allowed)
                ),
            },
            Problem::MissingKey { key } => format!("missing required key '{}'.", e(key)),
            Problem::WrongType { expected, found } => {
                format!("expected {}, found {}.", type_en(expected), type_en(found))
            }
            Problem::UnknownValue {
                value,
                suggestion,
                allowed,
            } => {
                let mut m = format!(
                    "'{}' is not an allowed value. Allowed: {}.",
                    e(value),
                    quote_list_en(allowed)
                );
                if let Some(s) = suggestion {
                    let _ = write!(m, " Did you mean '{}'?", e(s));
                }
                m
            }
            Problem::UnsupportedFormat { found } => format!(
                "this file uses format version {found}; this zhulao reads format version 1 only. Write format_version = 1 or upgrade zhulao."
            ),
            Problem::OutOfRange {
                key,
                value,
                min,
                max,
            } => {
                format!(
                    "'{}' must be between {min} and {max}; it is {value}.",
                    e(key)
                )
            }
            Problem::BadId { value, kind } => format!(
                "{} '{}' is not valid: use lowercase letters, digits and '-' (like scan-to-pay), not starting with '-', at most 64 characters.",
                kind.name(Lang::En),
                e(value)
            ),
            Problem::DuplicateId {
                id,
                kind,
                first_line,
            } => format!(
                "{} '{}' is used twice; it was first used on line {first_line}.",
                kind.name(Lang::En),
                e(id)
            ),
            Problem::DuplicateLesson { id, other } => format!(
                "lesson id '{}' is also used by {}; each lesson in a folder needs its own id.",
                e(id),
                e(other)
            ),
            Problem::NoSteps => "the lesson has no steps; write at least one [[steps]].".into(),
            Problem::TooMany { key, count, limit } => format!(
                "too many '{}': {count}, at most {limit} allowed. Split the lesson.",
                e(key)
            ),
            Problem::TextTooLong { chars, limit } => {
                format!("this text is too long: {chars} characters, at most {limit}.")
            }
            Problem::EmptyText => "this must not be empty.".into(),
            Problem::KeyNotForKind { key, kind, allowed } => format!(
                "'{}' cannot be used on a {kind}. A {kind} takes: {}.",
                e(key),
                quote_list_en(allowed)
            ),
            Problem::MissingForKind { key, kind } => format!("a {kind} needs '{}'.", e(key)),
            Problem::MissingHint { task } => format!(
                "this step asks the learner to act ({task}); write a hint to show after a wrong try."
            ),
            Problem::NoScreenForTask { task } => {
                format!(
                    "a {task} task needs a screen element, but this step has no [steps.screen]."
                )
            }
            Problem::MissingTarget {
                target,
                available,
                suggestion,
            } => {
                let mut m = format!(
                    "the task's target '{}' is not on this step's screen.",
                    e(target)
                );
                match suggestion {
                    Some(s) => {
                        let _ = write!(m, " Did you mean '{}'?", e(s));
                    }
                    None if available.is_empty() => {
                        m.push_str(" No element on this screen has an id.")
                    }
                    None => {
                        let _ = write!(m, " Ids on this screen: {}.", quote_list_en(available));
                    }
                }
                m
            }
            Problem::TargetWrongKind {
                target,
                task,
                found,
            } => format!(
                "'{}' is a {found} and cannot be the target of a {task} task.",
                e(target)
            ),
            Problem::OptionCount { count } => {
                format!("there must be 2 to 6 options; there are {count}.")
            }
            Problem::AnswerOutOfRange { answer, count } => format!(
                "the answer is option {answer}, but there are only {count} options (counting from 1)."
            ),
            Problem::BadAmount { value } => {
                format!(
                    "the amount '{}' must be a number such as \"25.00\".",
                    e(value)
                )
            }
            Problem::Other { detail } => e(detail),
        }
    }
}
