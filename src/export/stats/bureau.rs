//! The file for the bureau (seed 004): the activity statistics and a row per learner by
//! code only (where they learned, class sessions, kiosk lessons, hours), with no name
//! anywhere in the file: not the learners', not the volunteers' (counted only). From one
//! site's database or the district's.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::super::Cell;
use super::super::book::{Context, Table, heading};
use super::table::{Period, tenths};
use super::units::{Form, Unit};
use crate::progress::LearnerId;

/// One learner's figures, by code.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LearnerLine {
    /// The learner's code (empty when the learner is no longer known).
    pub code: String,
    /// The sites where they learned, by name.
    pub sites: BTreeSet<String>,
    /// Class sessions attended.
    pub sessions: usize,
    /// Lessons practised at a kiosk (person-times).
    pub kiosk: usize,
    /// Minutes counted (a session's whole time, a visit's share per lesson).
    pub minutes: f64,
}

/// A line per learner in `units`, by code (then by number for those without one).
pub fn learner_lines(units: &[Unit], codes: &HashMap<LearnerId, String>) -> Vec<LearnerLine> {
    let mut by: BTreeMap<LearnerId, LearnerLine> = BTreeMap::new();
    for u in units {
        for l in &u.learners {
            let line = by.entry(*l).or_insert_with(|| LearnerLine {
                code: codes.get(l).cloned().unwrap_or_default(),
                ..LearnerLine::default()
            });
            line.sites.insert(u.site.to_string());
            match u.form {
                Form::Class => line.sessions += 1,
                Form::SelfPractice => line.kiosk += 1,
            }
            line.minutes += u.minutes;
        }
    }
    let mut lines: Vec<LearnerLine> = by.into_values().collect();
    lines.sort_by(|a, b| (a.code.is_empty(), &a.code).cmp(&(b.code.is_empty(), &b.code)));
    lines
}

/// The learners' sheet of the bureau's file.
pub fn learner_table(
    lines: &[LearnerLine],
    period: &Period,
    cx: &Context,
) -> (Table, Vec<Vec<Cell>>) {
    let t = &cx.lang.text().district;
    let header = [
        t.bureau_code,
        cx.lang.text().ui.site,
        t.bureau_sessions,
        t.bureau_kiosk,
        t.bureau_hours,
    ]
    .map(str::to_string)
    .to_vec();
    let rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|l| {
            let sites: Vec<&str> = l.sites.iter().map(String::as_str).collect();
            vec![
                Cell::Text(if l.code.is_empty() {
                    t.bureau_no_code.to_string()
                } else {
                    l.code.clone()
                }),
                Cell::Text(sites.join("、")),
                Cell::Number(l.sessions as f64),
                Cell::Number(l.kiosk as f64),
                Cell::OneDecimal(tenths(l.minutes) as f64 / 10.0),
            ]
        })
        .collect();
    let mut table = Table::plain(t.bureau_learners, header).fit_rows(&rows);
    for width in &mut table.widths {
        *width = width.max(14.0);
    }
    table.heading = heading(t.bureau_learners, Some(period), &[], cx);
    table.footer = vec![t.bureau_note.to_string()];
    table.freeze = 1;
    (table, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn unit(site: &str, form: Form, learners: &[i64], minutes: f64) -> Unit {
        let at = Utc.with_ymd_and_hms(2026, 10, 19, 1, 0, 0).unwrap();
        Unit {
            site: site.into(),
            form,
            domain: None,
            lesson_id: "x".into(),
            lesson_title: "x".into(),
            date: NaiveDate::from_ymd_opt(2026, 10, 19).unwrap(),
            span: (at, at),
            minutes,
            learners: learners.iter().map(|l| LearnerId(*l)).collect(),
            volunteers: vec![("陈老师".into(), super::super::units::Role::Lead)],
            scores: Vec::new(),
            plan: None,
        }
    }

    #[test]
    fn a_line_per_learner_by_code_with_their_sites_and_counts() {
        let units = [
            unit("乙", Form::Class, &[1, 2], 60.0),
            unit("甲", Form::SelfPractice, &[1], 15.0),
            unit("甲", Form::SelfPractice, &[3], 6.0),
        ];
        let codes = HashMap::from([(LearnerId(1), "2002".into()), (LearnerId(2), "1001".into())]);
        let lines = learner_lines(&units, &codes);
        let codes: Vec<&str> = lines.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["1001", "2002", ""], "by code; unknown ones last");
        let one = &lines[1];
        assert_eq!(one.sites.iter().collect::<Vec<_>>(), ["乙", "甲"]);
        assert_eq!((one.sessions, one.kiosk), (1, 1));
        assert_eq!(tenths(one.minutes), 13);
    }
}
