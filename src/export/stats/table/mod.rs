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

use std::collections::{BTreeMap, HashMap, HashSet};

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

/// `items` sorted, each once.
fn each_once<T: Ord>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut all: Vec<T> = items.collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Who a row, subtotal or total counts once however often they took part (sorted, each
/// once), and the sum and number of its scores: what a subtotal takes from its rows to
/// count without going through the units again.
#[derive(Debug, Default)]
struct Distinct<'a> {
    learners: Vec<LearnerId>,
    volunteers: Vec<&'a str>,
    score_sum: f64,
    scores: usize,
}

impl<'a> Distinct<'a> {
    /// The people and scores of `group`.
    fn of(group: &[&'a Unit]) -> Distinct<'a> {
        let scores = group.iter().flat_map(|u| u.scores.iter());
        Distinct {
            learners: each_once(group.iter().flat_map(|u| u.learners.iter().copied())),
            volunteers: each_once(
                group
                    .iter()
                    .flat_map(|u| u.volunteers.iter().map(|(n, _)| n.as_str())),
            ),
            score_sum: scores.clone().sum(),
            scores: scores.count(),
        }
    }

    /// Everyone of `parts`, each once; all their scores.
    fn union(parts: &[&Distinct<'a>]) -> Distinct<'a> {
        Distinct {
            learners: each_once(parts.iter().flat_map(|d| d.learners.iter().copied())),
            volunteers: each_once(parts.iter().flat_map(|d| d.volunteers.iter().copied())),
            score_sum: parts.iter().map(|d| d.score_sum).sum(),
            scores: parts.iter().map(|d| d.scores).sum(),
        }
    }

    /// The counts, and the mean score, into `f`.
    fn count_into(&self, f: &mut Figures, seen: &HashSet<LearnerId>) {
        f.learners = self.learners.len();
        f.new_learners = self.learners.iter().filter(|l| !seen.contains(l)).count();
        f.volunteers = self.volunteers.len();
        f.average_score = (self.scores > 0).then(|| self.score_sum / self.scores as f64);
    }
}

/// The figures of a row: sums straight from its units.
fn figures(group: &[&Unit], people: &Distinct, seen: &HashSet<LearnerId>) -> Figures {
    let class = || group.iter().filter(|u| u.form == Form::Class);
    let kiosk_minutes: f64 = group
        .iter()
        .filter(|u| u.form == Form::SelfPractice)
        .map(|u| u.minutes)
        .sum();
    let mut f = Figures {
        sessions: class().count(),
        hours_tenths: class().map(|u| tenths(u.minutes)).sum::<i64>() + tenths(kiosk_minutes),
        person_times: group.iter().map(|u| u.learners.len()).sum(),
        volunteer_tenths: class()
            .map(|u| tenths(u.minutes) * u.volunteers.len() as i64)
            .sum(),
        ..Figures::default()
    };
    people.count_into(&mut f, seen);
    f
}

/// A subtotal or total: the sums of `parts` (rows already rounded), so it equals the sum
/// of its rows; its distinct counts and score from `people`.
fn summed(parts: &[&Figures], people: &Distinct, seen: &HashSet<LearnerId>) -> Figures {
    let mut f = Figures {
        sessions: parts.iter().map(|f| f.sessions).sum(),
        hours_tenths: parts.iter().map(|f| f.hours_tenths).sum(),
        person_times: parts.iter().map(|f| f.person_times).sum(),
        volunteer_tenths: parts.iter().map(|f| f.volunteer_tenths).sum(),
        ..Figures::default()
    };
    people.count_into(&mut f, seen);
    f
}

/// One site's units, by form and domain (rank).
type Groups<'a> = BTreeMap<(Form, usize), Vec<&'a Unit>>;

/// The table of `all` units; `seen` are the learners who took part before the period.
/// Each unit is looked at once for its row; the subtotals and the total are made from
/// the rows (a district's holds close to a million units).
pub fn tabulate(all: &[Unit], seen: &HashSet<LearnerId>) -> Activity {
    let mut at: HashMap<&str, usize> = HashMap::new();
    let mut by_site: Vec<(&str, Groups)> = Vec::new();
    let mut occurs = [false; Category::ALL.len() + 1];
    for u in all {
        let i = *at.entry(&*u.site).or_insert_with(|| {
            by_site.push((&*u.site, Groups::new()));
            by_site.len() - 1
        });
        let rank = domain_rank(u.domain);
        occurs[rank] = true;
        by_site[i].1.entry((u.form, rank)).or_default().push(u);
    }
    by_site.sort_unstable_by(|a, b| a.0.cmp(b.0));
    // The domains that occur, in the library's order (None, lessons no longer offered, last).
    let domains: Vec<Option<Category>> = (0..occurs.len())
        .filter(|r| occurs[*r])
        .map(|r| Category::ALL.get(r).copied())
        .collect();
    let mut rows = Vec::new();
    let mut subtotals = Vec::new();
    let mut site_people = Vec::new();
    let mut sites = Vec::new();
    for (site, groups) in &by_site {
        let people: Vec<Distinct> = groups.values().map(|g| Distinct::of(g)).collect();
        let lines: Vec<StatsRow> = groups
            .iter()
            .zip(&people)
            .map(|(((form, _), group), people)| StatsRow {
                kind: RowKind::Line,
                site: site.to_string(),
                form: Some(*form),
                domain: group[0].domain,
                figures: figures(group, people, seen),
            })
            .collect();
        let counts = domains
            .iter()
            .map(|d| {
                lines
                    .iter()
                    .filter(|r| r.domain == *d)
                    .map(|r| r.figures.person_times)
                    .sum()
            })
            .collect();
        sites.push((site.to_string(), counts));
        let parts: Vec<&Figures> = lines.iter().map(|r| &r.figures).collect();
        let everyone = Distinct::union(&people.iter().collect::<Vec<_>>());
        let sub = StatsRow {
            kind: RowKind::Subtotal,
            site: site.to_string(),
            form: None,
            domain: None,
            figures: summed(&parts, &everyone, seen),
        };
        rows.extend(lines);
        subtotals.push(sub.figures.clone());
        site_people.push(everyone);
        rows.push(sub);
    }
    let parts: Vec<&Figures> = subtotals.iter().collect();
    let everyone = Distinct::union(&site_people.iter().collect::<Vec<_>>());
    let total = StatsRow {
        kind: RowKind::Total,
        site: String::new(),
        form: None,
        domain: None,
        figures: summed(&parts, &everyone, seen),
    };
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

#[cfg(test)]
mod tests;
