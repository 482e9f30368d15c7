//! Turns a parsed [`RawLesson`] into a validated [`Lesson`], or every problem found.
//!
//! Checks that need more than one key (required fields per element kind, task targets,
//! answers in range, unique ids) and the size limits live here. All texts are sanitised
//! on the way through.

pub mod lint;
mod screen;

use std::cell::OnceCell;
use std::collections::HashMap;

use toml::Spanned;
use toml::de::DeTable;

use super::error::{Diagnostic, IdKind, Problem};
use super::model::{Lesson, LessonId, Question, QuestionId, Step, StepId, Task};
pub use super::model::{MAX_ID_CHARS, is_valid_id};
use super::raw::{RawLesson, RawQuestion, RawStep};
use super::sanitize::{sanitize, sanitize_line};
use super::source::{Path, Seg, key_span_of, span_of};

/// Most characters in any one text of a lesson.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most minutes a lesson may say it takes.
pub const MAX_MINUTES: u32 = 600;
/// Most steps in one lesson.
pub const MAX_STEPS: usize = 500;
/// Most check questions in one lesson.
pub const MAX_QUESTIONS: usize = 200;
/// Most elements on one simulated screen.
pub const MAX_ELEMENTS: usize = 60;
/// Most tags or sources.
pub const MAX_LIST: usize = 50;
/// Most characters encoded in one QR code (so it stays small enough to draw).
pub const MAX_QR_CHARS: usize = 300;

/// Finds spans lazily: the spanned document is parsed only when a problem needs a place.
pub(crate) struct Locator<'a> {
    file: &'a str,
    text: &'a str,
    doc: OnceCell<Option<Spanned<DeTable<'a>>>>,
    lines: OnceCell<super::source::LineStarts>,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            doc: OnceCell::new(),
            lines: OnceCell::new(),
        }
    }

    fn doc(&self) -> Option<&Spanned<DeTable<'a>>> {
        self.doc
            .get_or_init(|| DeTable::parse(self.text).ok())
            .as_ref()
    }

    /// A diagnostic at the value (or, with `at_key`, at the key) that `path` names.
    pub(crate) fn at(&self, path: &[Seg], at_key: bool, problem: Problem) -> Diagnostic {
        let span = self.doc().map(|doc| {
            let key = if at_key { key_span_of(doc, path) } else { None };
            key.unwrap_or_else(|| span_of(doc, path))
        });
        let (position, snippet) = match span {
            Some(span) => {
                let lines = self
                    .lines
                    .get_or_init(|| super::source::LineStarts::new(self.text.as_bytes()));
                let (p, s) = super::source::locate_span_with(self.text, span, lines);
                (Some(p), Some(s))
            }
            None => (None, None),
        };
        Diagnostic {
            file: self.file.to_string(),
            position,
            snippet,
            problem,
        }
    }

    /// The line the value at `path` starts on.
    fn line_of(&self, path: &[Seg]) -> usize {
        self.at(path, true, Problem::EmptyText)
            .position
            .map_or(1, |p| p.line)
    }
}

/// Collects problems while converting; each check adds to `problems` and carries on, so
/// one run reports everything that is wrong.
pub(crate) struct Checker<'l, 'a> {
    loc: &'l Locator<'a>,
    pub(crate) problems: Vec<Diagnostic>,
}

/// `path` extended by one segment.
fn sub(path: &[Seg], seg: Seg) -> Path {
    let mut p = path.to_vec();
    p.push(seg);
    p
}

/// The closest candidate to `input`, when it is close enough to be what was meant.
pub fn suggest<'c>(input: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = strsim::damerau_levenshtein(&input.to_lowercase(), &c.to_lowercase());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    let (d, c) = best?;
    let len = input.chars().count().max(c.chars().count());
    let close = d == 0 || (len >= 2 && d <= 1) || (len >= 5 && d <= 2) || (len >= 9 && d <= 3);
    close.then(|| c.to_string())
}

impl<'l, 'a> Checker<'l, 'a> {
    pub(crate) fn new(loc: &'l Locator<'a>) -> Self {
        Self {
            loc,
            problems: Vec::new(),
        }
    }

    fn report(&mut self, path: &[Seg], at_key: bool, problem: Problem) {
        self.problems.push(self.loc.at(path, at_key, problem));
    }

    /// A required text: not blank, within the size limit, sanitised.
    fn text(&mut self, path: &[Seg], raw: &str, one_line: bool) -> String {
        let chars = raw.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.report(
                path,
                false,
                Problem::TextTooLong {
                    chars,
                    limit: MAX_TEXT_CHARS,
                },
            );
        }
        let clean = if one_line {
            sanitize_line(raw)
        } else {
            sanitize(raw)
        };
        let clean = clean.trim().to_string();
        if clean.is_empty() {
            self.report(path, false, Problem::EmptyText);
        }
        clean
    }

    /// An optional text: when present, it follows the same rules as a required one.
    fn opt_text(&mut self, path: &[Seg], raw: &Option<String>, one_line: bool) -> Option<String> {
        raw.as_deref().map(|r| self.text(path, r, one_line))
    }

    fn texts(&mut self, path: &[Seg], raw: &[String], one_line: bool) -> Vec<String> {
        self.count(path, raw.len(), MAX_LIST);
        raw.iter()
            .enumerate()
            .map(|(i, r)| self.text(&sub(path, Seg::Index(i)), r, one_line))
            .collect()
    }

    fn count(&mut self, path: &[Seg], count: usize, limit: usize) {
        if count > limit {
            let key = match path.last() {
                Some(Seg::Key(k)) => k.to_string(),
                _ => String::new(),
            };
            self.report(path, true, Problem::TooMany { key, count, limit });
        }
    }

    fn range(&mut self, path: &[Seg], value: i64, min: i64, max: i64) -> u32 {
        if value < min || value > max {
            let key = match path.last() {
                Some(Seg::Key(k)) => k.to_string(),
                _ => String::new(),
            };
            self.report(
                path,
                false,
                Problem::OutOfRange {
                    key,
                    value,
                    min,
                    max,
                },
            );
        }
        value.clamp(min, max) as u32
    }

    fn id(&mut self, path: &[Seg], raw: &str, kind: IdKind) -> String {
        if !is_valid_id(raw) {
            self.report(
                path,
                false,
                Problem::BadId {
                    value: raw.to_string(),
                    kind,
                },
            );
        }
        raw.to_string()
    }

    /// Remembers ids seen in one namespace and reports the second use of any.
    fn unique(&mut self, seen: &mut HashMap<String, Path>, id: &str, path: Path, kind: IdKind) {
        if let Some(first) = seen.get(id) {
            let first_line = self.loc.line_of(first);
            self.report(
                &path,
                false,
                Problem::DuplicateId {
                    id: id.to_string(),
                    kind,
                    first_line,
                },
            );
        } else {
            seen.insert(id.to_string(), path);
        }
    }

    /// The whole lesson. Returns `None` when any problem was found.
    pub(crate) fn lesson(&mut self, raw: &RawLesson) -> Option<Lesson> {
        let root: Path = Vec::new();
        let key = |k| sub(&root, Seg::Key(k));
        if raw.format_version != 1 {
            self.report(
                &key("format_version"),
                false,
                Problem::UnsupportedFormat {
                    found: raw.format_version,
                },
            );
            return None;
        }
        let id = self.id(&key("id"), &raw.id, IdKind::Lesson);
        let version = self.range(&key("version"), raw.version, 1, 1_000_000);
        let title = self.text(&key("title"), &raw.title, true);
        let summary = self.text(&key("summary"), &raw.summary, false);
        let estimated_minutes = self.range(
            &key("estimated_minutes"),
            raw.estimated_minutes,
            1,
            MAX_MINUTES.into(),
        );
        let tags = self.texts(&key("tags"), &raw.tags, true);
        let sources = self.texts(&key("sources"), &raw.sources, false);
        let notes = self.opt_text(&key("notes"), &raw.notes, false);

        if raw.steps.is_empty() {
            self.report(&key("steps"), true, Problem::NoSteps);
        }
        self.count(&key("steps"), raw.steps.len(), MAX_STEPS);
        let mut step_ids = HashMap::new();
        let steps: Vec<Step> = raw
            .steps
            .iter()
            .take(MAX_STEPS)
            .enumerate()
            .map(|(i, s)| self.step(&sub(&key("steps"), Seg::Index(i)), s, &mut step_ids))
            .collect();

        self.count(&key("quiz"), raw.quiz.len(), MAX_QUESTIONS);
        let mut quiz_ids = HashMap::new();
        let quiz: Vec<Question> = raw
            .quiz
            .iter()
            .take(MAX_QUESTIONS)
            .enumerate()
            .map(|(i, q)| self.question(&sub(&key("quiz"), Seg::Index(i)), q, &mut quiz_ids))
            .collect();

        let pronounce = self.pronounce(&key("pronounce"), &raw.pronounce);

        self.problems.is_empty().then(|| Lesson {
            id: LessonId::new_unchecked(id),
            version,
            title,
            summary,
            category: raw.category,
            level: raw.level,
            estimated_minutes,
            tags,
            sources,
            notes,
            steps,
            quiz,
            pronounce,
        })
    }

    /// The lesson's own readings, each checked to be pinyin with one syllable per Chinese
    /// character of its word.
    fn pronounce(
        &mut self,
        path: &[Seg],
        raw: &std::collections::BTreeMap<String, String>,
    ) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (word, reading) in raw {
            let word = crate::lesson::sanitize_line(word).trim().to_string();
            let reading = reading.split_whitespace().collect::<Vec<_>>().join(" ");
            let chars = word.chars().filter(|c| is_han(*c)).count();
            let fits = chars > 0
                && crate::reading::is_pinyin(&reading)
                && crate::reading::syllable_count(&reading) == chars;
            if fits {
                out.push((word, reading));
            } else {
                let problem = Problem::BadReading {
                    word,
                    reading,
                    chars: chars.max(1),
                };
                self.report(path, true, problem);
            }
        }
        out
    }

    fn step(&mut self, path: &[Seg], raw: &RawStep, seen: &mut HashMap<String, Path>) -> Step {
        let key = |k| sub(path, Seg::Key(k));
        let id = self.id(&key("id"), &raw.id, IdKind::Step);
        self.unique(seen, &id, key("id"), IdKind::Step);
        let screen = raw.screen.as_ref().map(|s| self.screen(&key("screen"), s));
        let task = self.task(path, raw);
        let hint = self.opt_text(&key("hint"), &raw.hint, false);
        if hint.is_none() && !matches!(task, Task::Observe) {
            let kind = raw
                .task
                .as_ref()
                .map_or("observe", |t| screen::task_kind_name(t.kind));
            self.report(
                &key("id"),
                true,
                Problem::MissingHint {
                    task: kind.to_string(),
                },
            );
        }
        Step {
            id: StepId::new_unchecked(id),
            title: self.text(&key("title"), &raw.title, true),
            instruction: self.text(&key("instruction"), &raw.instruction, false),
            tip: self.opt_text(&key("tip"), &raw.tip, false),
            warning: self.opt_text(&key("warning"), &raw.warning, false),
            trainer_notes: self.opt_text(&key("trainer_notes"), &raw.trainer_notes, false),
            hint,
            screen,
            task,
        }
    }

    /// Checks 2–6 non-empty options and a 1-based answer among them; returns the options
    /// and the 0-based answer.
    fn choice(&mut self, path: &[Seg], options: &[String], answer: i64) -> (Vec<String>, usize) {
        let opts_path = sub(path, Seg::Key("options"));
        if !(2..=6).contains(&options.len()) {
            self.report(
                &opts_path,
                false,
                Problem::OptionCount {
                    count: options.len(),
                },
            );
        }
        let options: Vec<String> = options
            .iter()
            .take(6)
            .enumerate()
            .map(|(i, o)| self.text(&sub(&opts_path, Seg::Index(i)), o, false))
            .collect();
        if answer < 1 || answer as usize > options.len() {
            let p = sub(path, Seg::Key("answer"));
            self.report(
                &p,
                false,
                Problem::AnswerOutOfRange {
                    answer,
                    count: options.len(),
                },
            );
            return (options, 0);
        }
        (options, answer as usize - 1)
    }

    fn question(
        &mut self,
        path: &[Seg],
        raw: &RawQuestion,
        seen: &mut HashMap<String, Path>,
    ) -> Question {
        let key = |k| sub(path, Seg::Key(k));
        let id = self.id(&key("id"), &raw.id, IdKind::Question);
        self.unique(seen, &id, key("id"), IdKind::Question);
        let (options, answer) = self.choice(path, &raw.options, raw.answer);
        Question {
            id: QuestionId::new_unchecked(id),
            question: self.text(&key("question"), &raw.question, false),
            options,
            answer,
            explanation: self.text(&key("explanation"), &raw.explanation, false),
        }
    }
}

/// A Chinese character (the CJK unified ideographs and extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("scan-to-pay"));
        assert!(is_valid_id("q1"));
        for bad in [
            "",
            "Scan",
            "scan_pay",
            "-a",
            "a-",
            "扫码",
            "a b",
            &"a".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_only_when_close() {
        assert_eq!(
            suggest("titel", ["id", "title", "summary"]),
            Some("title".into())
        );
        assert_eq!(
            suggest("掌上经融", ["掌上金融", "防诈骗"]),
            Some("掌上金融".into())
        );
        assert_eq!(suggest("xyz", ["title", "summary"]), None);
        assert_eq!(
            suggest("instructoin", ["instruction", "tip"]),
            Some("instruction".into())
        );
    }
}
