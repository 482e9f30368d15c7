//! The 活动安排表: the sessions planned for a period (date, time, site, activity, domain,
//! trainer, participants expected), and for those held, the person-times they had.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::super::Cell;
use super::super::book::{Context, Table, heading};
use super::sheet::domain_name;
use super::table::Period;
use super::units::{Form, Unit};
use crate::lesson::Lesson;
use crate::progress::{Plan, PlanId};

/// Whether a plan was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// The class session started from it had someone signed in; or, for a plan no
    /// session was started from, one of the same day, site and lesson.
    Held,
    /// The day is today or later, and it was not held yet.
    Pending,
    /// The day has passed and it was not held.
    Missed,
}

/// A plan with what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanLine {
    /// What was planned.
    pub plan: Plan,
    /// The person-times of the session that held it.
    pub held: Option<usize>,
    /// Held, pending or missed.
    pub state: State,
}

/// Matches each plan with the class session that held it: the earliest session started
/// from it (the trainer chose it on the class screen); for a plan none was started from,
/// the earliest session started from no plan on its day, at its site, of its lesson
/// (sessions from before plans were linked, or begun without choosing one). Each session
/// holds one plan at most.
pub fn plan_lines(plans: &[Plan], units: &[Unit], today: NaiveDate) -> Vec<PlanLine> {
    let mut classes: Vec<&Unit> = units.iter().filter(|u| u.form == Form::Class).collect();
    classes.sort_by_key(|u| u.span.0);
    let mut started_from: HashMap<PlanId, &Unit> = HashMap::new();
    let mut free = Vec::new();
    for unit in classes {
        match unit.plan {
            Some(plan) => {
                started_from.entry(plan).or_insert(unit);
            }
            None => free.push(unit),
        }
    }
    plans
        .iter()
        .map(|p| {
            let n = &p.plan;
            let held = match started_from.get(&p.id) {
                Some(unit) => Some(unit.learners.len()),
                None => free
                    .iter()
                    .position(|u| {
                        u.date == n.date && *u.site == *n.site && *u.lesson_id == *n.lesson_id
                    })
                    .map(|i| free.remove(i).learners.len()),
            };
            let state = match held {
                Some(_) => State::Held,
                None if n.date >= today => State::Pending,
                None => State::Missed,
            };
            PlanLine {
                plan: p.clone(),
                held,
                state,
            }
        })
        .collect()
}

/// The 活动安排表 as a sheet.
pub fn plan_table(
    lines: &[PlanLine],
    lessons: &[&Lesson],
    period: &Period,
    cx: &Context,
) -> (Table, Vec<Vec<Cell>>) {
    let t = &cx.lang.text().reports;
    let by_id: HashMap<&str, &Lesson> = lessons.iter().map(|l| (l.id.as_str(), *l)).collect();
    let header = [
        t.number,
        t.date,
        t.time,
        cx.lang.text().ui.site,
        t.content,
        t.domain,
        t.trainer,
        t.expected,
        t.held,
        t.state,
    ]
    .map(str::to_string)
    .to_vec();
    let rows: Vec<Vec<Cell>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let n = &l.plan.plan;
            let lesson = by_id.get(n.lesson_id.as_str());
            vec![
                Cell::Number((i + 1) as f64),
                Cell::Date(n.date),
                Cell::Text(n.time.clone()),
                Cell::Text(n.site.clone()),
                Cell::Text(lesson.map_or_else(|| n.lesson_id.clone(), |l| l.title.clone())),
                Cell::Text(domain_name(lesson.map(|l| l.category), cx.lang)),
                Cell::Text(n.trainer.clone()),
                Cell::Number(f64::from(n.expected)),
                l.held.map_or(Cell::Empty, |h| Cell::Number(h as f64)),
                Cell::Text(
                    match l.state {
                        State::Held => t.state_held,
                        State::Pending => t.state_pending,
                        State::Missed => t.state_missed,
                    }
                    .to_string(),
                ),
            ]
        })
        .collect();
    let mut table = Table::plain(t.plan_title, header).fit_rows(&rows);
    table.widths[4] = table.widths[4].min(24.0);
    table.heading = heading(t.plan_title, Some(period), &[], cx);
    table.footer = vec![
        t.plan_note.to_string(),
        cx.lang.text().export.signature_line.to_string(),
    ];
    (table, rows)
}
