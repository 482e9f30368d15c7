//! The activity statistics table (活动情况统计表) that district education bureaus ask for
//! after an activity week: a row per site, form (集中授课 / 自助练习) and domain, each
//! site's 小计 and the district's 合计, with sessions, hours, person-times, distinct
//! seniors and new ones, distinct volunteers and their hours, and the average score.
//!
//! Definitions (printed under the sheet, see `stats::sheet`):
//! - a class session counts when someone signed in; its hours run from its start to its
//!   last record (the lesson's estimated time when nothing was recorded), rounded to 0.1 h
//!   per session; a kiosk visit (sign-in to sign-out) counts one person-time per lesson
//!   practised, its time shared equally by those lessons and rounded per row;
//! - sums (sessions, hours, person-times, volunteer hours) in 小计 and 合计 add the rows'
//!   rounded figures, so they equal the sum of their rows; distinct counts (seniors, new
//!   ones, volunteers) count each person once at every level;
//! - the average score leaves out learners taken off the roster.

use std::collections::{BTreeMap, HashSet};

use super::super::dates::Zone;
use super::units::{Form, Unit, seen_before, units};
use crate::lesson::Lesson;
use crate::lesson::model::Category;
use crate::progress::{LearnerId, Store, StoreError};

/// Which sessions count: the local days `from..=to` (open ends count every day) and the
/// site (None for every site).
pub type Period = super::super::book::Covers;

/// The figures of one row, a subtotal or the total.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Class sessions held (someone signed in); a sum.
    pub sessions: usize,
    /// Hours in tenths (so sums are exact); a sum.
    pub hours_tenths: i64,
    /// Person-times; a sum.
    pub person_times: usize,
    /// Distinct seniors.
    pub learners: usize,
    /// Distinct seniors who had not taken part before the period.
    pub new_learners: usize,
    /// Distinct trainers and assistants.
    pub volunteers: usize,
    /// Volunteer hours in tenths; a sum.
    pub volunteer_tenths: i64,
    /// The mean score in percent of those who answered; None when nobody did.
    pub average_score: Option<f64>,
}

impl Figures {
    /// Hours, to 0.1 h.
    pub fn hours(&self) -> f64 {
        self.hours_tenths as f64 / 10.0
    }

    /// Volunteer hours, to 0.1 h.
    pub fn volunteer_hours(&self) -> f64 {
        self.volunteer_tenths as f64 / 10.0
    }
}

/// What a row of the table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A site, form and domain.
    Line,
    /// A site's 小计.
    Subtotal,
    /// The district's 合计.
    Total,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsRow {
    /// Line, subtotal or total.
    pub kind: RowKind,
    /// The site; empty in the total.
    pub site: String,
    /// The form; None in subtotals and the total.
    pub form: Option<Form>,
    /// The domain; None for a lesson no longer offered, and in subtotals and the total.
    pub domain: Option<Category>,
    /// The figures.
    pub figures: Figures,
}

/// Person-times per site and domain, for the sheet and charts beside the table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ByDomain {
    /// The domains that occur, in the library's order (None: lessons no longer offered).
    pub domains: Vec<Option<Category>>,
    /// Each site with its person-times per domain (in `domains` order).
    pub sites: Vec<(String, Vec<usize>)>,
}

/// The table: lines and subtotals in order, then the total.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// Per site: its lines (form, then domain), then its subtotal.
    pub rows: Vec<StatsRow>,
    /// The district's total.
    pub total: StatsRow,
    /// Person-times per site and domain.
    pub by_domain: ByDomain,
}

/// Tenths of an hour, rounded: how a session's or a row's minutes become hours.
pub fn tenths(minutes: f64) -> i64 {
    (minutes / 6.0).round() as i64
}

fn domain_rank(d: Option<Category>) -> usize {
    d.and_then(|c| Category::ALL.iter().position(|x| *x == c))
        .unwrap_or(Category::ALL.len())
}

/// The distinct counts and the score of a set of units; sums straight from the units.
/// (Distinct by sorting: a district's total holds a million person-times.)
fn figures(group: &[&Unit], seen: &HashSet<LearnerId>) -> Figures {
    let mut learners: Vec<LearnerId> = group
        .iter()
        .flat_map(|u| u.learners.iter().copied())
        .collect();
    learners.sort_unstable();
    learners.dedup();
    let mut volunteers: Vec<&str> = group
        .iter()
        .flat_map(|u| u.volunteers.iter().map(|(n, _)| n.as_str()))
        .collect();
    volunteers.sort_unstable();
    volunteers.dedup();
    let scores: Vec<f64> = group
        .iter()
        .flat_map(|u| u.scores.iter().copied())
        .collect();
    let class: Vec<&&Unit> = group.iter().filter(|u| u.form == Form::Class).collect();
    let kiosk_minutes: f64 = group
        .iter()
        .filter(|u| u.form == Form::SelfPractice)
        .map(|u| u.minutes)
        .sum();
    Figures {
        sessions: class.len(),
        hours_tenths: class.iter().map(|u| tenths(u.minutes)).sum::<i64>() + tenths(kiosk_minutes),
        person_times: group.iter().map(|u| u.learners.len()).sum(),
        learners: learners.len(),
        new_learners: learners.iter().filter(|l| !seen.contains(l)).count(),
        volunteers: volunteers.len(),
        volunteer_tenths: class
            .iter()
            .map(|u| tenths(u.minutes) * u.volunteers.len() as i64)
            .sum(),
        average_score: (!scores.is_empty())
            .then(|| scores.iter().sum::<f64>() / scores.len() as f64),
    }
}

/// The distinct counts and score of `group`, with the sums of `parts` (rows already
/// rounded), so a subtotal or total equals the sum of its rows.
fn summed(group: &[&Unit], parts: &[&Figures], seen: &HashSet<LearnerId>) -> Figures {
    Figures {
        sessions: parts.iter().map(|f| f.sessions).sum(),
        hours_tenths: parts.iter().map(|f| f.hours_tenths).sum(),
        person_times: parts.iter().map(|f| f.person_times).sum(),
        volunteer_tenths: parts.iter().map(|f| f.volunteer_tenths).sum(),
        ..figures(group, seen)
    }
}

/// The table of `all` units; `seen` are the learners who took part before the period.
pub fn tabulate(all: &[Unit], seen: &HashSet<LearnerId>) -> Activity {
    let mut by_site: BTreeMap<&str, BTreeMap<(Form, usize), Vec<&Unit>>> = BTreeMap::new();
    for u in all {
        by_site
            .entry(u.site.as_str())
            .or_default()
            .entry((u.form, domain_rank(u.domain)))
            .or_default()
            .push(u);
    }
    let mut rows = Vec::new();
    let mut subtotals = Vec::new();
    for (site, groups) in &by_site {
        let lines: Vec<StatsRow> = groups
            .iter()
            .map(|((form, _), group)| StatsRow {
                kind: RowKind::Line,
                site: site.to_string(),
                form: Some(*form),
                domain: group[0].domain,
                figures: figures(group, seen),
            })
            .collect();
        let site_units: Vec<&Unit> = groups.values().flatten().copied().collect();
        let parts: Vec<&Figures> = lines.iter().map(|r| &r.figures).collect();
        let sub = StatsRow {
            kind: RowKind::Subtotal,
            site: site.to_string(),
            form: None,
            domain: None,
            figures: summed(&site_units, &parts, seen),
        };
        rows.extend(lines);
        subtotals.push(sub.figures.clone());
        rows.push(sub);
    }
    let every: Vec<&Unit> = all.iter().collect();
    let parts: Vec<&Figures> = subtotals.iter().collect();
    let total = StatsRow {
        kind: RowKind::Total,
        site: String::new(),
        form: None,
        domain: None,
        figures: summed(&every, &parts, seen),
    };
    let mut domains: Vec<Option<Category>> = all.iter().map(|u| u.domain).collect();
    domains.sort_by_key(|d| domain_rank(*d));
    domains.dedup();
    let sites = by_site
        .iter()
        .map(|(site, groups)| {
            let counts = domains
                .iter()
                .map(|d| {
                    groups
                        .values()
                        .flatten()
                        .filter(|u| u.domain == *d)
                        .map(|u| u.learners.len())
                        .sum()
                })
                .collect();
            (site.to_string(), counts)
        })
        .collect();
    Activity {
        rows,
        total,
        by_domain: ByDomain { domains, sites },
    }
}

/// Computes the statistics from the store, counting days in `zone`.
pub fn activity(
    store: &Store,
    lessons: &[&Lesson],
    period: &Period,
    zone: Zone,
) -> Result<Activity, StoreError> {
    let all = units(store, lessons, period, zone)?;
    let seen = seen_before(store, period, zone)?;
    Ok(tabulate(&all, &seen))
}
