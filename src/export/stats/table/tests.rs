//! `tabulate` against the table as it was first written (each row, subtotal and total
//! counted straight from its units, without the shortcuts), on random units.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate};

use super::*;
use crate::export::stats::units::Role;

/// The distinct counts and the score of a set of units; sums straight from the units.
/// (Distinct by sorting: a district's total holds a million person-times.)
fn reference_figures(group: &[&Unit], seen: &HashSet<LearnerId>) -> Figures {
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
fn reference_summed(group: &[&Unit], parts: &[&Figures], seen: &HashSet<LearnerId>) -> Figures {
    Figures {
        sessions: parts.iter().map(|f| f.sessions).sum(),
        hours_tenths: parts.iter().map(|f| f.hours_tenths).sum(),
        person_times: parts.iter().map(|f| f.person_times).sum(),
        volunteer_tenths: parts.iter().map(|f| f.volunteer_tenths).sum(),
        ..reference_figures(group, seen)
    }
}

/// The table as first written: every figure straight from the units, at every level.
fn reference(all: &[Unit], seen: &HashSet<LearnerId>) -> Activity {
    let mut by_site: BTreeMap<&str, BTreeMap<(Form, usize), Vec<&Unit>>> = BTreeMap::new();
    for u in all {
        by_site
            .entry(&*u.site)
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
                figures: reference_figures(group, seen),
            })
            .collect();
        let site_units: Vec<&Unit> = groups.values().flatten().copied().collect();
        let parts: Vec<&Figures> = lines.iter().map(|r| &r.figures).collect();
        let sub = StatsRow {
            kind: RowKind::Subtotal,
            site: site.to_string(),
            form: None,
            domain: None,
            figures: reference_summed(&site_units, &parts, seen),
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
        figures: reference_summed(&every, &parts, seen),
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

/// A small deterministic generator (xorshift), so a failing case can be run again.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn random_units(rng: &mut Rng) -> Vec<Unit> {
    let sites: Vec<Arc<str>> = ["甲社区", "乙街道", "丙图书馆", "a"]
        .iter()
        .map(|s| Arc::from(*s))
        .collect();
    let lesson: Arc<str> = Arc::from("pay-by-qr");
    (0..rng.below(60))
        .map(|_| {
            let class = rng.below(2) == 0;
            let domain = match rng.below(Category::ALL.len() as u64 + 2) as usize {
                r if r < Category::ALL.len() => Some(Category::ALL[r]),
                _ => None,
            };
            let learners = (0..rng.below(5))
                .map(|_| LearnerId(rng.below(12) as i64 + 1))
                .collect();
            let volunteers = if class {
                (0..rng.below(3))
                    .map(|i| {
                        (
                            format!("志愿者{}", rng.below(5)),
                            if i == 0 { Role::Lead } else { Role::Assistant },
                        )
                    })
                    .collect()
            } else {
                Vec::new()
            };
            Unit {
                site: sites[rng.below(sites.len() as u64) as usize].clone(),
                form: if class {
                    Form::Class
                } else {
                    Form::SelfPractice
                },
                domain,
                lesson_id: lesson.clone(),
                lesson_title: lesson.clone(),
                date: NaiveDate::MIN,
                span: (DateTime::UNIX_EPOCH, DateTime::UNIX_EPOCH),
                minutes: rng.below(1200) as f64 / 7.0,
                learners,
                volunteers,
                scores: (0..rng.below(3)).map(|_| rng.below(101) as f64).collect(),
                plan: None,
            }
        })
        .collect()
}

/// The same figures; the mean scores to the last few bits (the sums are added in
/// another order).
fn same(a: &Figures, b: &Figures) -> bool {
    let scores = match (a.average_score, b.average_score) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        (x, y) => x == y,
    };
    scores
        && Figures {
            average_score: None,
            ..a.clone()
        } == Figures {
            average_score: None,
            ..b.clone()
        }
}

#[test]
fn the_table_equals_the_one_counted_straight_from_the_units() {
    for seed in 1..=400u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let units = random_units(&mut rng);
        let seen: HashSet<LearnerId> = (1..=12)
            .filter(|_| rng.below(3) == 0)
            .map(LearnerId)
            .collect();
        let (fast, slow) = (tabulate(&units, &seen), reference(&units, &seen));
        assert_eq!(fast.rows.len(), slow.rows.len(), "seed {seed}");
        for (a, b) in fast
            .rows
            .iter()
            .zip(&slow.rows)
            .chain([(&fast.total, &slow.total)])
        {
            assert_eq!(
                (a.kind, &a.site, a.form, a.domain),
                (b.kind, &b.site, b.form, b.domain),
                "seed {seed}"
            );
            assert!(
                same(&a.figures, &b.figures),
                "seed {seed}: {:?} against {:?}",
                a.figures,
                b.figures
            );
        }
        assert_eq!(fast.by_domain, slow.by_domain, "seed {seed}");
    }
}

#[test]
fn no_units_make_an_empty_table() {
    let table = tabulate(&[], &HashSet::new());
    assert!(table.rows.is_empty());
    assert_eq!(table.total.figures, Figures::default());
    assert_eq!(table.by_domain, ByDomain::default());
}
