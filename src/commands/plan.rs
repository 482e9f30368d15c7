//! `zhulao plan add | list | remove` (sessions planned ahead) and `zhulao session list |
//! volunteers` (sessions held, their lead trainer and assistants).

use std::io::{self, Write};
use std::path::Path;

use chrono::{NaiveDate, Utc};

use super::export::period;
use crate::cli::{PlanCommand, SessionCommand};
use crate::commands::store_failed;
use crate::export::dates::long_date;
use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;
use crate::progress::{NewPlan, Plan, PlanId, SessionId, Store, Volunteers};

pub use crate::progress::plans::read_time;

fn plan_line(p: &Plan, library: &Library, lang: Lang) -> String {
    let n = &p.plan;
    let lesson = library
        .get(&n.lesson_id)
        .map_or(n.lesson_id.clone(), |l| l.lesson.title.clone());
    fill(
        lang.text().reports.plan_line,
        &[
            ("id", &p.id.0),
            ("date", &long_date(n.date, lang)),
            ("time", &escape_controls(&n.time)),
            ("site", &escape_controls(&n.site)),
            ("lesson", &escape_controls(&lesson)),
            ("trainer", &escape_controls(&n.trainer)),
            ("expected", &n.expected),
        ],
    )
}

/// Runs a plan command against the database in `data_dir`.
pub fn plan(
    cmd: &PlanCommand,
    data_dir: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let t = &lang.text().reports;
    match cmd {
        PlanCommand::Add {
            date,
            time,
            site,
            lesson,
            trainer,
            expected,
        } => {
            let Ok(day) = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d") else {
                let shown = escape_controls(date);
                writeln!(
                    out,
                    "{}",
                    fill(lang.text().export.bad_date, &[("date", &shown)])
                )?;
                return Ok(false);
            };
            let Some(time) = read_time(time) else {
                let shown = escape_controls(time);
                writeln!(out, "{}", fill(t.bad_time, &[("time", &shown)]))?;
                return Ok(false);
            };
            if library.get(lesson).is_none() {
                let id = escape_controls(lesson);
                let w = &lang.text().export;
                writeln!(out, "{}", fill(w.unknown_lesson, &[("id", &id)]))?;
                return Ok(false);
            }
            let ui = &lang.text().class;
            for (value, missing) in [(site, ui.need_site), (trainer, ui.need_trainer)] {
                if crate::lesson::sanitize_line(value).trim().is_empty() {
                    writeln!(out, "{missing}")?;
                    return Ok(false);
                }
            }
            let mut store = match Store::open(data_dir, Utc::now()) {
                Ok(s) => s,
                Err(e) => return store_failed(&e, lang, out),
            };
            let new = NewPlan {
                date: day,
                time,
                site: site.clone(),
                lesson_id: lesson.clone(),
                trainer: trainer.clone(),
                expected: *expected,
            };
            match store.add_plan(&new, Utc::now()) {
                Ok(p) => {
                    let n = &p.plan;
                    let title = library
                        .get(&n.lesson_id)
                        .map_or(n.lesson_id.clone(), |l| l.lesson.title.clone());
                    let line = fill(
                        t.plan_added,
                        &[
                            ("id", &p.id.0),
                            ("date", &long_date(n.date, lang)),
                            ("time", &n.time),
                            ("site", &escape_controls(&n.site)),
                            ("lesson", &escape_controls(&title)),
                        ],
                    );
                    writeln!(out, "{line}")?;
                    Ok(true)
                }
                Err(e) => store_failed(&e, lang, out),
            }
        }
        PlanCommand::List { period: args } => {
            let Some(p) = period(args, lang, out)? else {
                return Ok(false);
            };
            let store = match Store::open_read_only(data_dir) {
                Ok(s) => s,
                Err(e) => return store_failed(&e, lang, out),
            };
            let plans = match store.plans_between(p.from, p.to) {
                Ok(list) => list,
                Err(e) => return store_failed(&e, lang, out),
            };
            let plans: Vec<&Plan> = plans
                .iter()
                .filter(|x| p.site.as_deref().is_none_or(|s| s == x.plan.site))
                .collect();
            if plans.is_empty() {
                writeln!(out, "{}", t.plans_none)?;
            }
            for x in plans {
                writeln!(out, "{}", plan_line(x, library, lang))?;
            }
            Ok(true)
        }
        PlanCommand::Remove { id } => {
            let mut store = match Store::open(data_dir, Utc::now()) {
                Ok(s) => s,
                Err(e) => return store_failed(&e, lang, out),
            };
            match store.remove_plan(PlanId(*id)) {
                Ok(true) => {
                    writeln!(out, "{}", fill(t.plan_removed, &[("id", id)]))?;
                    Ok(true)
                }
                Ok(false) => {
                    writeln!(out, "{}", fill(t.plan_unknown, &[("id", id)]))?;
                    Ok(false)
                }
                Err(e) => store_failed(&e, lang, out),
            }
        }
    }
}

fn names(v: &Volunteers, lang: Lang) -> (String, String) {
    let clean = |s: &str| escape_controls(s);
    let assistants = if v.assistants.is_empty() {
        lang.text().reports.none.to_string()
    } else {
        v.assistants
            .iter()
            .map(|a| clean(a))
            .collect::<Vec<_>>()
            .join("、")
    };
    (clean(&v.lead), assistants)
}

/// Runs a session command against the database in `data_dir`.
pub fn session(
    cmd: &SessionCommand,
    data_dir: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let t = &lang.text().reports;
    match cmd {
        SessionCommand::List { period: args } => {
            let Some(p) = period(args, lang, out)? else {
                return Ok(false);
            };
            let store = match Store::open_read_only(data_dir) {
                Ok(s) => s,
                Err(e) => return store_failed(&e, lang, out),
            };
            let from = p.from.unwrap_or(NaiveDate::MIN);
            let to = p.to.unwrap_or(NaiveDate::MAX);
            let sessions = match store.sessions_between(from, to) {
                Ok(s) => s,
                Err(e) => return store_failed(&e, lang, out),
            };
            for s in sessions
                .iter()
                .filter(|s| p.site.as_deref().is_none_or(|x| x == s.site))
            {
                let v = match store.volunteers(s.id) {
                    Ok(v) => v,
                    Err(e) => return store_failed(&e, lang, out),
                };
                let (lead, assistants) = names(&v, lang);
                let lesson = library
                    .get(&s.lesson_id)
                    .map_or(s.lesson_id.clone(), |l| l.lesson.title.clone());
                let line = fill(
                    t.session_item,
                    &[
                        ("id", &s.id.0),
                        ("date", &long_date(s.date, lang)),
                        ("site", &escape_controls(&s.site)),
                        ("lesson", &escape_controls(&lesson)),
                        ("lead", &lead),
                        ("assistants", &assistants),
                    ],
                );
                writeln!(out, "{line}")?;
            }
            Ok(true)
        }
        SessionCommand::Volunteers {
            id,
            lead,
            assistants,
        } => {
            let mut store = match Store::open(data_dir, Utc::now()) {
                Ok(s) => s,
                Err(e) => return store_failed(&e, lang, out),
            };
            let id = SessionId(*id);
            match store.session(id) {
                Ok(Some(_)) => {}
                Ok(None) => {
                    let w = &lang.text().export;
                    let first = fill(w.unknown_session, &[("id", &id.0)]);
                    writeln!(out, "{}", first.split(['。', '.']).next().unwrap_or(&first))?;
                    return Ok(false);
                }
                Err(e) => return store_failed(&e, lang, out),
            }
            let set = store
                .set_volunteers(id, lead.as_deref(), assistants)
                .and_then(|()| store.volunteers(id));
            match set {
                Ok(v) => {
                    let (lead, assistants) = names(&v, lang);
                    let line = fill(
                        t.volunteers_set,
                        &[("id", &id.0), ("lead", &lead), ("assistants", &assistants)],
                    );
                    writeln!(out, "{line}")?;
                    Ok(true)
                }
                Err(e) => store_failed(&e, lang, out),
            }
        }
    }
}
