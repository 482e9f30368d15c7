//! `zhulao report activity | volunteers | bureau | plan | steps`: the statistics table (also
//! on the terminal), the volunteer ledger, the bureau's names-free file, the 活动安排表 and
//! the step-difficulty sheet. The first three count this machine's database, or with
//! `--district URL` the district's (`district::report`): the same units, one code path.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;

use super::export::{context, finish, format_for, open_store, period};
use crate::cli::ReportCommand;
use crate::commands::store_failed;
use crate::district::DistrictError;
use crate::district::report::{DistrictUnits, district_units};
use crate::district::server::connect::without_password;
use crate::export::Target;
use crate::export::activity::{Period, tabulate};
use crate::export::stats::bureau::{learner_lines, learner_table};
use crate::export::stats::chart::write_with_charts;
use crate::export::stats::ledger::{ledger_tables, services};
use crate::export::stats::plan::{plan_lines, plan_table};
use crate::export::stats::sheet::{activity_tables, activity_text};
use crate::export::stats::steps::{difficulty, steps_table};
use crate::export::stats::units::{Unit, seen_before, units};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::{Lesson, Library};
use crate::progress::{LearnerId, Store};
use crate::settings::Settings;

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
        | ReportCommand::Bureau { output, .. }
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
        | ReportCommand::Bureau { period, format, .. }
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
    let district = match cmd {
        ReportCommand::Activity { district, .. }
        | ReportCommand::Volunteers { district, .. }
        | ReportCommand::Bureau { district, .. }
        | ReportCommand::Plan { district, .. } => district.as_deref(),
        ReportCommand::Steps { .. } => None,
    };
    let all: Vec<&Lesson> = library.lessons.iter().map(|l| &l.lesson).collect();
    let cx = context(settings, lang);
    let source = match district {
        Some(url) => match from_district(url, &all, &p, cx.zone) {
            Ok((found, sites)) => {
                let shown = escape_controls(&without_password(url));
                let t = lang.text().district.report_from;
                writeln!(note, "{}", fill(t, &[("url", &shown), ("sites", &sites)]))?;
                Source::District(found)
            }
            Err(e) => {
                // On the standard error, as a database that cannot be opened.
                eprintln!("{}{}", lang.text().ui.error_prefix, e.message(lang));
                return Ok(false);
            }
        },
        None => match open_store(data_dir, lang, note)? {
            Some(store) => Source::Local(store),
            None => return Ok(false),
        },
    };
    let job = Job {
        source: &source,
        lessons: &all,
        period: &p,
        settings,
        lang,
    };
    let written = match (cmd, &source) {
        (ReportCommand::Activity { .. }, _) => job.activity(note)?,
        (ReportCommand::Volunteers { .. }, _) => job.volunteers(note)?,
        (ReportCommand::Bureau { .. }, _) => job.bureau(note)?,
        (ReportCommand::Plan { .. }, _) => job.plan(note)?,
        (ReportCommand::Steps { lesson, .. }, Source::Local(store)) => {
            job.steps(store, lesson.as_deref(), library, note)?
        }
        // The steps have no --district.
        (ReportCommand::Steps { .. }, Source::District(_)) => None,
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
/// The units counted, and the statistics' tables and charts.
type Statistics<'a> = (Cow<'a, [Unit]>, Tables, Charts);
/// The tables to write, their charts and what to say once written; None: said why not.
type Written = Option<(Tables, Charts, Box<dyn Fn(&str) -> String>)>;

/// Where the units come from: this machine's database, or the district's (read already).
enum Source {
    Local(Store),
    District(DistrictUnits),
}

/// Reads the district's units; also the number of sites that sent anything.
fn from_district(
    url: &str,
    lessons: &[&Lesson],
    period: &Period,
    zone: crate::export::dates::Zone,
) -> Result<(DistrictUnits, usize), DistrictError> {
    let (mut client, _) = super::district::checked_server(url)?;
    // A second connection reads the kiosk visits beside the sessions; a server that
    // refuses one more connection gets the report read on one.
    let mut second = super::district::open_server(url).ok().map(|(c, _)| c);
    let found = district_units(&mut client, second.as_mut(), lessons, period, zone)?;
    let sites = found.sites;
    Ok((found, sites))
}

struct Job<'a> {
    source: &'a Source,
    lessons: &'a [&'a Lesson],
    period: &'a Period,
    settings: &'a Settings,
    lang: Lang,
}

impl Job<'_> {
    /// The units counted: read from the store, or borrowed from the district's (hundreds
    /// of thousands of them: never copied).
    fn units(&self, note: &mut dyn Write) -> io::Result<Option<Cow<'_, [Unit]>>> {
        let cx = context(self.settings, self.lang);
        match self.source {
            Source::Local(store) => match units(store, self.lessons, self.period, cx.zone) {
                Ok(u) => Ok(Some(Cow::Owned(u))),
                Err(e) => store_failed(&e, self.lang, note).map(|_| None),
            },
            Source::District(found) => Ok(Some(Cow::Borrowed(&found.units))),
        }
    }

    fn seen(&self, note: &mut dyn Write) -> io::Result<Option<HashSet<LearnerId>>> {
        let cx = context(self.settings, self.lang);
        match self.source {
            Source::Local(store) => match seen_before(store, self.period, cx.zone) {
                Ok(s) => Ok(Some(s)),
                Err(e) => store_failed(&e, self.lang, note).map(|_| None),
            },
            Source::District(found) => Ok(Some(found.seen.clone())),
        }
    }

    fn codes(&self, note: &mut dyn Write) -> io::Result<Option<HashMap<LearnerId, String>>> {
        match self.source {
            Source::Local(store) => match store.learners() {
                Ok(all) => Ok(Some(all.into_iter().map(|l| (l.id, l.code)).collect())),
                Err(e) => store_failed(&e, self.lang, note).map(|_| None),
            },
            Source::District(found) => Ok(Some(found.codes.clone())),
        }
    }

    fn written(&self) -> Box<dyn Fn(&str) -> String> {
        let lang = self.lang;
        Box::new(move |shown: &str| fill(lang.text().ui.written, &[("path", &shown)]))
    }

    /// The statistics: its tables and charts, the table said on `note`.
    fn statistics(&self, note: &mut dyn Write) -> io::Result<Option<Statistics<'_>>> {
        let cx = context(self.settings, self.lang);
        let (Some(all), Some(seen)) = (self.units(note)?, self.seen(note)?) else {
            return Ok(None);
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
        Ok(Some((all, tables, charts)))
    }

    fn activity(&self, note: &mut dyn Write) -> io::Result<Written> {
        Ok(self
            .statistics(note)?
            .map(|(_, tables, charts)| (tables, charts, self.written())))
    }

    fn bureau(&self, note: &mut dyn Write) -> io::Result<Written> {
        let cx = context(self.settings, self.lang);
        let Some((all, mut tables, charts)) = self.statistics(note)? else {
            return Ok(None);
        };
        let Some(codes) = self.codes(note)? else {
            return Ok(None);
        };
        let lines = learner_lines(&all, &codes);
        tables.push(learner_table(&lines, self.period, &cx));
        let (lang, learners) = (self.lang, lines.len());
        let done = Box::new(move |shown: &str| {
            fill(
                lang.text().district.bureau_written,
                &[("path", &shown), ("learners", &learners)],
            )
        });
        Ok(Some((tables, charts, done)))
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
        let plans = match self.source {
            Source::Local(store) => match store.plans_between(self.period.from, self.period.to) {
                Ok(p) => p,
                Err(e) => return store_failed(&e, self.lang, note).map(|_| None),
            },
            Source::District(found) => found.plans.clone(),
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
        store: &Store,
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
        let log = match store.step_log(only) {
            Ok(l) => l,
            Err(e) => return store_failed(&e, self.lang, note).map(|_| None),
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
        let (tables, charts) = steps_table(&figures, &cx);
        Ok(Some((tables, charts, self.written())))
    }
}
