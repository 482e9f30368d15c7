//! A problem as sentences, in the words of the catalogue's `lesson_errors`.

use super::wording::{syntax_detail, type_name};
use super::{Problem, quote_list};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls as e;

impl Problem {
    /// The problem as one or two sentences in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.text().lesson_errors;
        let list = |items: &[String]| quote_list(items, lang);
        match self {
            Problem::Io { detail } => fill(t.io, &[("detail", &e(detail))]),
            Problem::NotPlainFile { kind } => {
                use crate::lesson::error::NotPlain;
                match kind {
                    NotPlain::Link => t.refused_link,
                    NotPlain::Fifo => t.refused_fifo,
                    NotPlain::Device => t.refused_device,
                    NotPlain::Socket => t.refused_socket,
                    NotPlain::Other => t.refused_other,
                }
                .into()
            }
            Problem::Remembered { zh, en, .. } => match lang {
                Lang::Zh => zh.clone(),
                _ => en.clone(),
            },
            Problem::FileTooLarge { size, limit } => {
                fill(t.file_too_large, &[("size", size), ("limit", limit)])
            }
            Problem::InvalidUtf8 => t.invalid_utf8.into(),
            Problem::Syntax { detail } => {
                fill(t.syntax, &[("detail", &e(&syntax_detail(detail, lang)))])
            }
            Problem::UnclosedString => t.unclosed_string.into(),
            Problem::RawControl { shown } => fill(t.raw_control, &[("shown", shown)]),
            Problem::TooDeep => t.too_deep.into(),
            Problem::UnknownKey {
                key,
                suggestion,
                allowed,
            } => match suggestion {
                Some(s) => fill(
                    t.unknown_key_suggested,
                    &[("key", &e(key)), ("suggestion", &e(s))],
                ),
                None if allowed.is_empty() => fill(t.unknown_key_none_allowed, &[("key", &e(key))]),
                None => fill(
                    t.unknown_key,
                    &[("key", &e(key)), ("allowed", &list(allowed))],
                ),
            },
            Problem::MissingKey { key } => fill(t.missing_key, &[("key", &e(key))]),
            Problem::WrongType { expected, found } => fill(
                t.wrong_type,
                &[
                    ("expected", &type_name(expected, lang)),
                    ("found", &type_name(found, lang)),
                ],
            ),
            Problem::UnknownValue {
                value,
                suggestion,
                allowed,
            } => {
                let mut m = fill(
                    t.unknown_value,
                    &[("value", &e(value)), ("allowed", &list(allowed))],
                );
                if let Some(s) = suggestion {
                    m.push_str(&fill(t.did_you_mean, &[("suggestion", &e(s))]));
                }
                m
            }
            Problem::UnsupportedFormat { found } => fill(t.unsupported_format, &[("found", found)]),
            Problem::OutOfRange {
                key,
                value,
                min,
                max,
            } => fill(
                t.out_of_range,
                &[
                    ("key", &e(key)),
                    ("value", value),
                    ("min", min),
                    ("max", max),
                ],
            ),
            Problem::BadId { value, kind } => fill(
                t.bad_id,
                &[("kind", &kind.name(lang)), ("value", &e(value))],
            ),
            Problem::DuplicateId {
                id,
                kind,
                first_line,
            } => fill(
                t.duplicate_id,
                &[
                    ("kind", &kind.name(lang)),
                    ("id", &e(id)),
                    ("first_line", first_line),
                ],
            ),
            Problem::DuplicateLesson { id, other } => {
                fill(t.duplicate_lesson, &[("id", &e(id)), ("other", &e(other))])
            }
            Problem::NoSteps => t.no_steps.into(),
            Problem::TooMany { key, count, limit } => fill(
                t.too_many,
                &[("key", &e(key)), ("count", count), ("limit", limit)],
            ),
            Problem::TextTooLong { chars, limit } => {
                fill(t.text_too_long, &[("chars", chars), ("limit", limit)])
            }
            Problem::EmptyText => t.empty_text.into(),
            Problem::KeyNotForKind { key, kind, allowed } => fill(
                t.key_not_for_kind,
                &[
                    ("key", &e(key)),
                    ("kind", kind),
                    ("allowed", &list(allowed)),
                ],
            ),
            Problem::MissingForKind { key, kind } => {
                fill(t.missing_for_kind, &[("kind", kind), ("key", &e(key))])
            }
            Problem::MissingHint { task } => fill(t.missing_hint, &[("task", task)]),
            Problem::NoScreenForTask { task } => fill(t.no_screen_for_task, &[("task", task)]),
            Problem::MissingTarget {
                target,
                available,
                suggestion,
            } => {
                let mut m = fill(t.missing_target, &[("target", &e(target))]);
                match suggestion {
                    Some(s) => m.push_str(&fill(t.did_you_mean, &[("suggestion", &e(s))])),
                    None if available.is_empty() => m.push_str(t.no_ids_on_screen),
                    None => m.push_str(&fill(t.ids_on_screen, &[("available", &list(available))])),
                }
                m
            }
            Problem::TargetWrongKind {
                target,
                task,
                found,
            } => {
                let template = if task == "type" {
                    t.target_not_typable
                } else {
                    t.target_not_tappable
                };
                fill(
                    template,
                    &[("target", &e(target)), ("found", found), ("task", task)],
                )
            }
            Problem::OptionCount { count } => fill(t.option_count, &[("count", count)]),
            Problem::AnswerOutOfRange { answer, count } => fill(
                t.answer_out_of_range,
                &[("answer", answer), ("count", count)],
            ),
            Problem::BadAmount { value } => fill(t.bad_amount, &[("value", &e(value))]),
            Problem::BadReading {
                word,
                reading,
                chars,
            } => fill(
                t.bad_reading,
                &[
                    ("word", &e(word)),
                    ("reading", &e(reading)),
                    ("chars", chars),
                ],
            ),
            Problem::AnswersPileUp {
                position,
                count,
                total,
            } => fill(
                t.answers_pile_up,
                &[("position", position), ("count", count), ("total", total)],
            ),
            Problem::FewOptions { count } => fill(t.few_options, &[("count", count)]),
            Problem::RightAlwaysLongest { total } => {
                fill(t.right_always_longest, &[("total", total)])
            }
            Problem::SourceUnverifiable => t.source_unverifiable.into(),
            Problem::StepTooLong { pages, limit } => {
                fill(t.step_too_long, &[("pages", pages), ("limit", limit)])
            }
            Problem::Other { detail } => e(detail),
        }
    }
}
