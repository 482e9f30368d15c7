//! The activity statistics table (活动情况统计表) that district education bureaus ask for
//! after an activity week: per site and lesson, the class sessions held, person-times
//! (人次: one per learner per session), distinct learners (人数), completions, the average
//! check-question score and the hours of training.
//!
//! Definitions, so a coordinator can explain the figures:
//! - completions: learners who, in this site's sessions of this lesson in the period, were
//!   marked done on every step of the lesson;
//! - average score: over learners who answered at least one question in those sessions,
//!   their last answers' share right of the lesson's questions, in percent;
//! - hours: sessions × the lesson's estimated minutes ÷ 60.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use super::book::{Context, Table, heading, table_of};
use super::{Cell, Sheet};
use crate::i18n::Lang;
use crate::lesson::Lesson;
use crate::progress::{ClassSession, Store, StoreError};

/// One line of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRow {
    /// The site the sessions were held at; empty in the totals.
    pub site: String,
    /// The lesson's title (its id if it is no longer offered); empty in the totals.
    pub lesson: String,
    /// How many class sessions were held.
    pub sessions: usize,
    /// Person-times (人次): one per learner per session.
    pub person_times: usize,
    /// Distinct learners (人数); in the totals, counted once across all rows.
    pub learners: usize,
    /// Learners marked done on every step of the lesson in these sessions.
    pub completions: usize,
    /// None when nobody answered a question.
    pub average_score: Option<f64>,
    /// Hours of training: sessions × the lesson's estimated minutes ÷ 60.
    pub hours: f64,
}

/// The table: a row per site and lesson (sorted), and the totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// A row per site and lesson, sorted by site, then lesson id.
    pub rows: Vec<ActivityRow>,
    /// The totals row; it has no average score.
    pub total: ActivityRow,
}

/// Which sessions count: the local days `from..=to` (open ends count every day) and the
/// site (None for every site).
pub type Period = super::book::Covers;

/// Computes the statistics from the store.
pub fn activity(
    store: &Store,
    lessons: &[&Lesson],
    period: &Period,
) -> Result<Activity, StoreError> {
    let from = period.from.unwrap_or(NaiveDate::MIN);
    let to = period.to.unwrap_or(NaiveDate::MAX);
    let sessions: Vec<ClassSession> = store
        .sessions_between(from, to)?
        .into_iter()
        .filter(|s| period.site.as_deref().is_none_or(|site| s.site == site))
        .collect();
    let mut groups: BTreeMap<(String, String), Vec<&ClassSession>> = BTreeMap::new();
    for s in &sessions {
        groups
            .entry((s.site.clone(), s.lesson_id.clone()))
            .or_default()
            .push(s);
    }
    let by_id: HashMap<&str, &Lesson> = lessons.iter().map(|l| (l.id.as_str(), *l)).collect();
    let mut rows = Vec::new();
    let mut everyone = HashSet::new();
    for ((site, lesson_id), group) in groups {
        let lesson = by_id.get(lesson_id.as_str()).copied();
        let mut person_times = 0;
        let mut learners = HashSet::new();
        let mut done: HashMap<i64, HashSet<String>> = HashMap::new();
        let mut answers: HashMap<i64, HashMap<String, bool>> = HashMap::new();
        for s in &group {
            let attendees = store.attendees(s.id)?;
            person_times += attendees.len();
            learners.extend(attendees.iter().map(|a| a.learner.id.0));
            let record = store.session_record(s.id)?;
            for (learner, step, outcome) in record.marks {
                if outcome == crate::progress::Outcome::Done {
                    done.entry(learner.0).or_default().insert(step);
                }
            }
            for (learner, question, _, correct) in record.answers {
                answers
                    .entry(learner.0)
                    .or_default()
                    .insert(question, correct);
            }
        }
        everyone.extend(learners.iter().copied());
        let completions = lesson.map_or(0, |l| {
            learners
                .iter()
                .filter(|id| {
                    done.get(id).is_some_and(|steps| {
                        l.steps.iter().all(|st| steps.contains(st.id.as_str()))
                    })
                })
                .count()
        });
        let questions = lesson.map_or(0, |l| l.quiz.len());
        let scores: Vec<f64> = answers
            .values()
            .filter(|_| questions > 0)
            .map(|a| a.values().filter(|c| **c).count() as f64 * 100.0 / questions as f64)
            .collect();
        let average_score =
            (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
        let minutes = lesson.map_or(0, |l| l.estimated_minutes);
        rows.push(ActivityRow {
            site,
            lesson: lesson.map_or(lesson_id.clone(), |l| l.title.clone()),
            sessions: group.len(),
            person_times,
            learners: learners.len(),
            completions,
            average_score,
            hours: group.len() as f64 * f64::from(minutes) / 60.0,
        });
    }
    let total = ActivityRow {
        site: String::new(),
        lesson: String::new(),
        sessions: rows.iter().map(|r| r.sessions).sum(),
        person_times: rows.iter().map(|r| r.person_times).sum(),
        learners: everyone.len(),
        completions: rows.iter().map(|r| r.completions).sum(),
        average_score: None,
        // Starting from +0.0: an empty float sum is -0.0, which would print as "-0.0".
        hours: rows.iter().fold(0.0, |sum, r| sum + r.hours),
    };
    Ok(Activity { rows, total })
}

fn headers(lang: Lang) -> Vec<String> {
    let w = &lang.text().export;
    [
        lang.text().ui.site,
        lang.text().ui.lesson,
        w.sessions,
        w.person_times,
        w.learners,
        w.completions,
        w.average_score,
        w.hours,
    ]
    .map(str::to_string)
    .to_vec()
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The table as a sheet for CSV or XLSX, with a totals row.
pub fn activity_sheet(a: &Activity, lang: Lang) -> Sheet {
    let w = &lang.text().export;
    let line = |r: &ActivityRow, site: &str| {
        vec![
            Cell::Text(site.to_string()),
            Cell::Text(r.lesson.clone()),
            Cell::Number(r.sessions as f64),
            Cell::Number(r.person_times as f64),
            Cell::Number(r.learners as f64),
            Cell::Number(r.completions as f64),
            r.average_score
                .map_or(Cell::Empty, |s| Cell::Number(one_decimal(s))),
            Cell::Number(one_decimal(r.hours)),
        ]
    };
    let mut rows: Vec<Vec<Cell>> = a.rows.iter().map(|r| line(r, &r.site)).collect();
    rows.push(line(&a.total, w.total));
    Sheet {
        name: w.activity_sheet.to_string(),
        header: headers(lang),
        rows,
    }
}

/// The table as the bureau's form asks: what it is, the period, the site, who reports
/// and when over the table; where to sign under it.
pub fn activity_table(a: &Activity, period: &Period, cx: &Context) -> (Table, Vec<Vec<Cell>>) {
    let w = &cx.lang.text().export;
    let sheet = activity_sheet(a, cx.lang);
    let mut table = table_of(&sheet);
    for width in table.widths.iter_mut().take(2) {
        *width = width.min(24.0);
    }
    table.heading = heading(w.activity_sheet, Some(period), &[], cx);
    table.footer = vec![w.signature_line.to_string()];
    (table, sheet.rows)
}

fn pad(text: &str, width: usize, right: bool) -> String {
    let gap = " ".repeat(width.saturating_sub(text.width()));
    if right {
        format!("{gap}{text}")
    } else {
        format!("{text}{gap}")
    }
}

/// The table for the terminal: aligned columns (Chinese counts two cells), names cleaned
/// of control characters.
pub fn activity_text(a: &Activity, lang: Lang) -> String {
    let w = &lang.text().export;
    let clean = crate::lesson::sanitize::escape_controls;
    let cells = |r: &ActivityRow, site: &str| -> Vec<String> {
        vec![
            clean(site),
            clean(&r.lesson),
            r.sessions.to_string(),
            r.person_times.to_string(),
            r.learners.to_string(),
            r.completions.to_string(),
            r.average_score.map_or("-".into(), |s| format!("{s:.1}")),
            format!("{:.1}", r.hours),
        ]
    };
    let mut table: Vec<Vec<String>> = vec![headers(lang)];
    table.extend(a.rows.iter().map(|r| cells(r, &r.site)));
    table.push(cells(&a.total, w.total));
    let widths: Vec<usize> = (0..8)
        .map(|c| table.iter().map(|row| row[c].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (i, row) in table.iter().enumerate() {
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| pad(cell, widths[c], c >= 2 && i > 0))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
        if i == 0 || i + 2 == table.len() {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * 7));
            out.push('\n');
        }
    }
    out
}
