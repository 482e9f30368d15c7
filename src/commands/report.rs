//! `zhulao report activity | volunteers | plan | steps`: the statistics table (also on the
//! terminal), the volunteer ledger, the 活动安排表 and the step-difficulty sheet.

use std::io::{self, Write};
use std::path::Path;

use super::export::{context, finish, format_for, open_store, period};
use crate::cli::ReportCommand;
use crate::export::Target;
use crate::export::activity::{Period, tabulate};
use crate::export::stats::chart::write_with_charts;
use crate::export::stats::ledger::{ledger_tables, services};
use crate::export::stats::plan::{plan_lines, plan_table};
use crate::export::stats::sheet::{activity_tables, activity_text};
use crate::export::stats::steps::{difficulty, steps_table};
use crate::export::stats::units::{seen_before, units};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::{Lesson, Library};
use crate::progress::{Store, StoreError};
use crate::settings::Settings;

fn failed(e: &StoreError, lang: Lang, note: &mut dyn Write) -> io::Result<bool> {
    writeln!(note, "{}{}", lang.text().ui.error_prefix, e.message(lang))?;
    Ok(false)
}

/// Runs a report command. With `-o -` the file goes to `out` and every message to
/// standard error, so a pipe receives only the file.
pub fn report(
    cmd: &ReportCommand,
    data_dir: &Path,
    (library, settings): (&Library, &Settings),
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let output = match cmd {
        ReportCommand::Activity { output, .. } => output.as_deref(),
        ReportCommand::Volunteers { output, .. }
        | ReportCommand::Plan { output, .. }
        | ReportCommand::Steps { output, .. } => Some(output.as_path()),
    };
    let target = output.map(Target::new);
    let mut stderr = io::stderr();
    let (note, out): (&mut dyn Write, &mut dyn Write) = match target {
        Some(Target::Stdout) => (&mut stderr, out),
        _ => (out, &mut stderr),
    };
    let (args, asked) = match cmd {
        ReportCommand::Activity { period, format, .. }
        | ReportCommand::Volunteers { period, format, .. }
        | ReportCommand::Plan { period, format, .. } => (Some(period), *format),
        ReportCommand::Steps { format, .. } => (None, *format),
    };
    let p = match args {
        Some(args) => match period(args, lang, note)? {
            Some(p) => p,
            None => return Ok(false),
        },
        None => Period::default(),
    };
    let format = match &target {
        Some(t) => match format_for(t, asked, lang, note)? {
            Some(f) => Some(f),
            None => return Ok(false),
        },
        None => None,
    };
    let Some(store) = open_store(data_dir, lang, note)? else {
        return Ok(false);
    };
    let all: Vec<&Lesson> = library.lessons.iter().map(|l| &l.lesson).collect();
    let job = Job {
        store: &store,
        lessons: &all,
        period: &p,
        settings,
        lang,
    };
    let written = match cmd {
        ReportCommand::Activity { .. } => job.activity(note)?,
        ReportCommand::Volunteers { .. } => job.volunteers(note)?,
        ReportCommand::Plan { .. } => job.plan(note)?,
        ReportCommand::Steps { lesson, .. } => job.steps(lesson.as_deref(), library, note)?,
    };
    let Some((tables, charts, done)) = written else {
        return Ok(false);
    };
    match (target, format) {
        (Some(target), Some(format)) => {
            let result = write_with_charts(&tables, &charts, format, &target, out, lang);
            finish(result, &target, &|shown| done(shown), lang, note)
        }
        _ => Ok(true),
    }
}

type Tables = Vec<(crate::export::book::Table, Vec<Vec<crate::export::Cell>>)>;
type Charts = Vec<crate::export::stats::chart::ChartSpec>;
/// The tables to write, their charts and what to say once written; None: said why not.
type Written = Option<(Tables, Charts, Box<dyn Fn(&str) -> String>)>;

struct Job<'a> {
    store: &'a Store,
    lessons: &'a [&'a Lesson],
    period: &'a Period,
    settings: &'a Settings,
    lang: Lang,
}

impl Job<'_> {
    fn units(
        &self,
        note: &mut dyn Write,
    ) -> io::Result<Option<Vec<crate::export::stats::units::Unit>>> {
        let cx = context(self.settings, self.lang);
        match units(self.store, self.lessons, self.period, cx.zone) {
            Ok(u) => Ok(Some(u)),
            Err(e) => failed(&e, self.lang, note).map(|_| None),
        }
    }

    fn written(&self) -> Box<dyn Fn(&str) -> String> {
        let lang = self.lang;
        Box::new(move |shown: &str| fill(lang.text().ui.written, &[("path", &shown)]))
    }

    fn activity(&self, note: &mut dyn Write) -> io::Result<Written> {
        let cx = context(self.settings, self.lang);
        let Some(all) = self.units(note)? else {
            return Ok(None);
        };
        let seen = match seen_before(self.store, self.period, cx.zone) {
            Ok(s) => s,
            Err(e) => return failed(&e, self.lang, note).map(|_| None),
        };
        let table = tabulate(&all, &seen);
        let (tables, charts) = activity_tables(&table, self.period, &cx);
        for line in &tables[0].0.heading {
            writeln!(note, "{}", escape_controls(line))?;
        }
        if table.rows.is_empty() {
            writeln!(note, "{}", self.lang.text().reports.no_activity)?;
        }
        write!(note, "{}", activity_text(&table, self.lang))?;
        Ok(Some((tables, charts, self.written())))
    }

    fn volunteers(&self, note: &mut dyn Write) -> io::Result<Written> {
        let cx = context(self.settings, self.lang);
        let Some(all) = self.units(note)? else {
            return Ok(None);
        };
        let list = services(&all);
        if list.is_empty() {
            writeln!(note, "{}", self.lang.text().reports.volunteers_none)?;
        }
        let rows = list.len();
        let lang = self.lang;
        let done = Box::new(move |shown: &str| {
            fill(
                lang.text().reports.ledger_written,
                &[("path", &shown), ("rows", &rows)],
            )
        });
        Ok(Some((
            ledger_tables(&list, self.period, &cx),
            Vec::new(),
            done,
        )))
    }

    fn plan(&self, note: &mut dyn Write) -> io::Result<Written> {
        let cx = context(self.settings, self.lang);
        let plans = match self.store.plans_between(self.period.from, self.period.to) {
            Ok(p) => p,
            Err(e) => return failed(&e, self.lang, note).map(|_| None),
        };
        let plans: Vec<_> = plans
            .into_iter()
            .filter(|p| self.period.site.as_deref().is_none_or(|s| s == p.plan.site))
            .collect();
        if plans.is_empty() {
            writeln!(note, "{}", self.lang.text().reports.plans_none)?;
        }
        let Some(all) = self.units(note)? else {
            return Ok(None);
        };
        let lines = plan_lines(&plans, &all, cx.today);
        let table = plan_table(&lines, self.lessons, self.period, &cx);
        Ok(Some((vec![table], Vec::new(), self.written())))
    }

    fn steps(
        &self,
        only: Option<&str>,
        library: &Library,
        note: &mut dyn Write,
    ) -> io::Result<Written> {
        let cx = context(self.settings, self.lang);
        if let Some(id) = only.filter(|id| library.get(id).is_none()) {
            let id = escape_controls(id);
            let w = &self.lang.text().export;
            writeln!(note, "{}", fill(w.unknown_lesson, &[("id", &id)]))?;
            return Ok(None);
        }
        let log = match self.store.step_log(only) {
            Ok(l) => l,
            Err(e) => return failed(&e, self.lang, note).map(|_| None),
        };
        let chosen: Vec<&Lesson> = self
            .lessons
            .iter()
            .copied()
            .filter(|l| only.is_none_or(|id| l.id.as_str() == id))
            .collect();
        let figures = difficulty(&log, &chosen);
        if figures.is_empty() {
            writeln!(note, "{}", self.lang.text().reports.steps_none)?;
        }
        let (table, charts) = steps_table(&figures, &cx);
        Ok(Some((vec![table], charts, self.written())))
    }
}
