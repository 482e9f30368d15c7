//! One learner's record (学习档案): each lesson with its status, steps done, the day it was
//! finished, time spent and check-question results; and a printable completion
//! certificate as a self-contained HTML page sized for A4.

use std::collections::HashMap;

use chrono::{DateTime, Local, NaiveDate};

use super::{Cell, Sheet};
use crate::i18n::{Lang, fill, fill_escaped};
use crate::lesson::Lesson;
use crate::progress::{Learner, LessonProgress, LessonStatus, Store, StoreError};

/// One lesson in a learner's record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordLine {
    /// The lesson's title.
    pub title: String,
    /// The learner's progress on the lesson.
    pub progress: LessonProgress,
    /// The local day of the last event, once every step is done.
    pub finished_on: Option<NaiveDate>,
    /// Questions whose latest answer was right, of the lesson's questions.
    pub quiz_right: usize,
    /// How many check questions the lesson has.
    pub quiz_total: usize,
}

fn local_date(at: &str) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.with_timezone(&Local).date_naive())
}

/// The learner's latest answer per lesson and question: right or not.
fn latest_answers(
    store: &Store,
    learner: &Learner,
) -> Result<HashMap<(String, String), bool>, StoreError> {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT lesson_id, question_id, correct FROM quiz_answer
             WHERE learner = ?1 ORDER BY at, id",
        )
        .map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map([learner.id.0], |r| {
            Ok(((r.get(0)?, r.get(1)?), r.get::<_, bool>(2)?))
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| store.err(e))?;
    Ok(rows.into_iter().collect())
}

/// The learner's record on `lessons`, lessons never started left out.
pub fn record(
    store: &Store,
    learner: &Learner,
    lessons: &[&Lesson],
) -> Result<Vec<RecordLine>, StoreError> {
    let progress = store.progress(learner.id, lessons)?;
    let answers = latest_answers(store, learner)?;
    Ok(lessons
        .iter()
        .zip(progress)
        .filter(|(_, p)| p.status != LessonStatus::NotStarted)
        .map(|(l, p)| {
            let quiz_right = l
                .quiz
                .iter()
                .filter(|q| {
                    answers
                        .get(&(l.id.to_string(), q.id.to_string()))
                        .copied()
                        .unwrap_or(false)
                })
                .count();
            let finished_on = (p.status == LessonStatus::Completed)
                .then(|| p.last_at.as_deref().and_then(local_date))
                .flatten();
            RecordLine {
                title: l.title.clone(),
                progress: p,
                finished_on,
                quiz_right,
                quiz_total: l.quiz.len(),
            }
        })
        .collect())
}

fn status_word(status: LessonStatus, lang: Lang) -> &'static str {
    let s = &lang.text().ui;
    match status {
        LessonStatus::NotStarted => s.status_not_started,
        LessonStatus::InProgress => s.status_in_progress,
        LessonStatus::Completed => s.status_completed,
    }
}

/// The record as a sheet.
pub fn record_sheet(lines: &[RecordLine], lang: Lang) -> Sheet {
    let w = &lang.text().export;
    Sheet {
        name: w.record_sheet.to_string(),
        header: [
            lang.text().ui.lesson,
            w.status,
            w.steps_done,
            w.finished_on,
            w.minutes_spent,
            w.quiz_right,
        ]
        .map(str::to_string)
        .to_vec(),
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    Cell::Text(l.title.clone()),
                    Cell::Text(status_word(l.progress.status, lang).to_string()),
                    Cell::Text(format!(
                        "{}/{}",
                        l.progress.steps_done, l.progress.steps_total
                    )),
                    l.finished_on.map_or(Cell::Empty, Cell::Date),
                    Cell::Number((l.progress.seconds as f64 / 60.0).round()),
                    Cell::Text(format!("{}/{}", l.quiz_right, l.quiz_total)),
                ]
            })
            .collect(),
    }
}

/// Escapes text for HTML and drops control characters.
fn html(text: &str) -> String {
    let clean = crate::lesson::sanitize::sanitize_line(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A completion certificate: one A4 page, large type, the lessons finished with dates.
pub fn certificate(
    learner: &Learner,
    lines: &[RecordLine],
    issued: NaiveDate,
    lang: Lang,
) -> String {
    let w = &lang.text().export;
    let body = fill_escaped(
        w.certificate_body,
        &html,
        &[
            ("name", &html(&learner.display_name)),
            ("code", &html(&learner.code)),
        ],
    );
    let done: Vec<String> = lines
        .iter()
        .filter(|l| l.progress.status == LessonStatus::Completed)
        .map(|l| {
            let date = l
                .finished_on
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            format!(
                "<li><span>{}</span><span>{date}</span></li>",
                html(&l.title)
            )
        })
        .collect();
    let list = if done.is_empty() {
        format!("<p>{}</p>", html(w.certificate_none))
    } else {
        format!("<ol>{}</ol>", done.join(""))
    };
    let issued = fill(
        w.certificate_issued,
        &[("date", &issued.format("%Y-%m-%d"))],
    );
    let html_lang = lang.text().language.tag;
    format!(
        r#"<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: "Noto Serif CJK SC", "SimSun", "Songti SC", serif; color: #000; background: #fff; margin: 0; }}
.page {{ border: 3px double #000; padding: 18mm 16mm; min-height: 230mm; box-sizing: border-box; }}
h1 {{ text-align: center; font-size: 40pt; letter-spacing: 0.3em; margin: 0 0 14mm; }}
p {{ font-size: 18pt; line-height: 1.8; }}
ol {{ font-size: 18pt; line-height: 1.9; }}
li span:last-child {{ float: right; }}
.issued {{ text-align: right; margin-top: 18mm; }}
</style>
</head>
<body>
<div class="page">
<h1>{title}</h1>
<p>{body}</p>
{list}
<p class="issued">{issued}</p>
</div>
</body>
</html>
"#,
        title = html(w.certificate_title),
    )
}
