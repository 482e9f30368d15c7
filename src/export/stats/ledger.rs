//! The volunteer ledger (志愿者服务时长表): a row per volunteer and class session held
//! (name, date, site, activity, role, start, end, hours), with the header in the first
//! row so a volunteer platform takes the sheet as an upload; and a summary per volunteer.

use std::collections::BTreeMap;

use chrono::{DateTime, Local, Utc};

use super::super::Cell;
use super::super::book::{Context, Table, heading};
use super::super::dates::Zone;
use super::units::{Form, Role, Unit};

/// One volunteer's service in one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// The volunteer's name.
    pub name: String,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Where.
    pub site: String,
    /// The lesson taught.
    pub activity: String,
    /// Lead or assistant.
    pub role: Role,
    /// When the session began and ended (UTC).
    pub span: (DateTime<Utc>, DateTime<Utc>),
    /// Hours in tenths, as the statistics count them.
    pub tenths: i64,
}

/// The services in `units` (class sessions only), by name, then date and start.
pub fn services(units: &[Unit]) -> Vec<Service> {
    let mut out: Vec<Service> = units
        .iter()
        .filter(|u| u.form == Form::Class)
        .flat_map(|u| {
            u.volunteers.iter().map(move |(name, role)| Service {
                name: name.clone(),
                date: u.date,
                site: u.site.to_string(),
                activity: u.lesson_title.to_string(),
                role: *role,
                span: u.span,
                tenths: super::table::tenths(u.minutes),
            })
        })
        .collect();
    out.sort_by(|a, b| (&a.name, a.date, a.span.0).cmp(&(&b.name, b.date, b.span.0)));
    out
}

fn clock(at: DateTime<Utc>, zone: Zone) -> String {
    match zone {
        Zone::Local => at.with_timezone(&Local).format("%H:%M").to_string(),
        Zone::Fixed(offset) => at.with_timezone(&offset).format("%H:%M").to_string(),
    }
}

/// The ledger sheet (no lines over the header) and the summary per volunteer.
pub fn ledger_tables(
    list: &[Service],
    period: &super::table::Period,
    cx: &Context,
) -> Vec<(Table, Vec<Vec<Cell>>)> {
    let t = &cx.lang.text().reports;
    let header = [
        t.name,
        t.service_date,
        cx.lang.text().ui.site,
        t.activity,
        t.role,
        t.start,
        t.end,
        t.service_hours,
    ]
    .map(str::to_string)
    .to_vec();
    let rows: Vec<Vec<Cell>> = list
        .iter()
        .map(|s| {
            vec![
                Cell::Text(s.name.clone()),
                Cell::Date(s.date),
                Cell::Text(s.site.clone()),
                Cell::Text(s.activity.clone()),
                Cell::Text(
                    match s.role {
                        Role::Lead => t.role_lead,
                        Role::Assistant => t.role_assistant,
                    }
                    .to_string(),
                ),
                Cell::Text(clock(s.span.0, cx.zone)),
                Cell::Text(clock(s.span.1, cx.zone)),
                Cell::OneDecimal(s.tenths as f64 / 10.0),
            ]
        })
        .collect();
    let mut ledger = Table::plain(t.ledger_title, header).fit_rows(&rows);
    ledger.freeze = 1;
    let mut by_name: BTreeMap<&str, (usize, i64)> = BTreeMap::new();
    for s in list {
        let e = by_name.entry(s.name.as_str()).or_default();
        e.0 += 1;
        e.1 += s.tenths;
    }
    let summary_rows: Vec<Vec<Cell>> = by_name
        .iter()
        .map(|(name, (count, tenths))| {
            vec![
                Cell::Text((*name).to_string()),
                Cell::Number(*count as f64),
                Cell::OneDecimal(*tenths as f64 / 10.0),
            ]
        })
        .chain(std::iter::once(vec![
            Cell::Text(cx.lang.text().export.total.to_string()),
            Cell::Number(list.len() as f64),
            Cell::OneDecimal(list.iter().map(|s| s.tenths).sum::<i64>() as f64 / 10.0),
        ]))
        .collect();
    let header = [t.name, t.service_count, t.service_hours]
        .map(str::to_string)
        .to_vec();
    let mut summary = Table::plain(t.ledger_summary, header).fit_rows(&summary_rows);
    // Room for the lines over and under the table, which span its columns.
    for width in &mut summary.widths {
        *width = width.max(24.0);
    }
    summary.heading = heading(t.ledger_title, Some(period), &[], cx);
    summary.footer = vec![t.ledger_note.to_string()];
    vec![(ledger, rows), (summary, summary_rows)]
}
