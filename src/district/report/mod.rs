//! The district's statistics: the same units the local reports count (`export::stats::
//! units`), read from the district database, so tabulation, sheets and text stay one code
//! path. The same rules: a class session counts when someone signed in, its minutes by
//! [`session_time`] (the one rule, fed the same facts, read here in bulk); a kiosk visit
//! counts once per lesson practised in it, its time shared; merged learners are one (the
//! server stores their rows under the learner kept); erased learners are gone from the
//! server as from the sites. The site of a unit is its row's site.
//!
//! Learners are uuids on the server; each report numbers them (`LearnerId`s from 1 in the
//! order met), which is all the counting needs; their codes come along for the bureau.
//! The planned sessions come along for `report plan`.

mod rows;
mod uuid_hash;

pub(crate) use uuid_hash::UuidMap;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use uuid::Uuid;

use super::DistrictError;
use crate::export::book::Covers;
use crate::export::dates::Zone;
use crate::export::stats::names::Names;
use crate::export::stats::units::Unit;
use crate::lesson::Lesson;
use crate::progress::{LearnerId, Plan};

/// What a district report counts: the units of the period, the learners seen before it,
/// and every learner's code.
#[derive(Debug, Clone, Default)]
pub struct DistrictUnits {
    /// Every unit of the period.
    pub units: Vec<Unit>,
    /// Of the learners counted, those who took part before the period began.
    pub seen: HashSet<LearnerId>,
    /// The code of each learner counted.
    pub codes: HashMap<LearnerId, String>,
    /// The planned sessions of the period's days (every site's), numbered from 1.
    pub plans: Vec<Plan>,
    /// The sites that sent anything.
    pub sites: usize,
}

/// Numbers the server's learner uuids for one report.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    ids: UuidMap<Uuid, LearnerId>,
}

impl Numbering {
    /// Numbers the learners of `other` after these, in the order `other` met them, and
    /// renumbers `units` (numbered by `other`) to match.
    pub(crate) fn renumber(&mut self, other: &Numbering, units: &mut [Unit]) {
        let mut met: Vec<(LearnerId, Uuid)> = other.ids.iter().map(|(u, id)| (*id, *u)).collect();
        met.sort_unstable();
        let ids: Vec<LearnerId> = met.into_iter().map(|(_, uuid)| self.id(uuid)).collect();
        for unit in units {
            for learner in &mut unit.learners {
                if let Some(id) = usize::try_from(learner.0 - 1).ok().and_then(|i| ids.get(i)) {
                    *learner = *id;
                }
            }
        }
    }

    /// The number of `uuid` (a new one the first time).
    pub(crate) fn id(&mut self, uuid: Uuid) -> LearnerId {
        let next = LearnerId(self.ids.len() as i64 + 1);
        *self.ids.entry(uuid).or_insert(next)
    }
}

/// A read-only transaction that sees one moment of the district database (a report's
/// reads agree with each other whatever the sites send meanwhile).
pub fn read_only(
    client: &mut postgres::Client,
) -> Result<postgres::Transaction<'_>, postgres::Error> {
    client
        .build_transaction()
        .read_only(true)
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .start()
}

/// How many sites have sent anything.
pub fn sites(tx: &mut postgres::Transaction) -> Result<usize, postgres::Error> {
    let n: i64 = tx
        .query_one("SELECT count(DISTINCT site) FROM machine", &[])?
        .get(0);
    Ok(n as usize)
}

/// The settings of a report's transaction: its few big reads are planned cheaply
/// (compiling them, JIT, costs more than it saves), their sorts fit in memory, and each
/// runs in one server process (the report already reads on two connections at once).
/// An index page is costed as cheap as a table page (`random_page_cost`): the visits are
/// read in order through the covering index kept for that, which PostgreSQL's default
/// costs (made for spinning disks) passed over for reading the whole table and sorting it
/// on disk. On the bench's 10 million events: 1.4 s against 2.7 s for that one read.
const REPORT_SETTINGS: &str = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL random_page_cost = 1.1";

/// Reads the units of `period` (days counted in `zone`) from the district database. With
/// a `second` connection to it, the kiosk visits are read on that one in a thread of
/// their own, from the same snapshot, while the class sessions are read here (each is
/// mostly the client's work of making units); the learners are numbered as if read in
/// turn, sessions first.
pub fn district_units(
    client: &mut postgres::Client,
    second: Option<&mut postgres::Client>,
    lessons: &[&Lesson],
    period: &Covers,
    zone: Zone,
) -> Result<DistrictUnits, DistrictError> {
    let mut names = Names::new(lessons);
    let mut numbers = Numbering::default();
    let mut tx = read_only(client)?;
    tx.batch_execute(REPORT_SETTINGS)?;
    let from = period.from.unwrap_or(NaiveDate::MIN);
    let to = period.to.unwrap_or(NaiveDate::MAX);
    let site = period.site.as_deref();
    let (start, end) = zone.bounds(period.from, period.to);
    let read_visits = |tx: &mut postgres::Transaction, numbers: &mut Numbering| {
        // Names of their own: the visits may be read in a thread of their own.
        let mut names = Names::new(lessons);
        rows::visits(tx, (&start, &end), site, &mut names, zone, numbers)
    };
    let (plans, planned) = rows::plans(&mut tx, (from, to))?;
    let mut read_sessions = |tx: &mut postgres::Transaction, numbers: &mut Numbering| {
        rows::sessions(tx, (from, to), site, &mut names, &planned, numbers)
    };
    let mut units;
    match second {
        None => {
            units = read_sessions(&mut tx, &mut numbers)?;
            units.extend(read_visits(&mut tx, &mut numbers)?);
        }
        Some(other) => {
            let snapshot: String = tx.query_one("SELECT pg_export_snapshot()", &[])?.get(0);
            let (sessions, visits) = std::thread::scope(|scope| {
                let visits = scope.spawn(|| -> Result<_, DistrictError> {
                    let mut tx = read_only(other)?;
                    tx.batch_execute(&format!(
                        "SET TRANSACTION SNAPSHOT '{snapshot}'; {REPORT_SETTINGS}"
                    ))?;
                    let mut own = Numbering::default();
                    let units = read_visits(&mut tx, &mut own)?;
                    tx.commit()?;
                    Ok((units, own))
                });
                let sessions = read_sessions(&mut tx, &mut numbers);
                let visits = visits.join().unwrap_or_else(|_| {
                    Err(DistrictError::Server {
                        detail: "the kiosk visits' reader stopped".to_string(),
                    })
                });
                (sessions, visits)
            });
            units = sessions?;
            let (mut visits, own) = visits?;
            numbers.renumber(&own, &mut visits);
            units.append(&mut visits);
        }
    }
    let seen = match period.from {
        Some(from) => rows::seen_before(&mut tx, from, zone, &mut numbers)?,
        None => HashSet::new(),
    };
    let codes = rows::codes(&mut tx, &mut numbers)?;
    let sites = sites(&mut tx)?;
    tx.commit()?;
    Ok(DistrictUnits {
        units,
        seen,
        codes,
        plans,
        sites,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uuid_keeps_its_number_within_a_report() {
        let mut n = Numbering::default();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        assert_eq!(n.id(a), LearnerId(1));
        assert_eq!(n.id(b), LearnerId(2));
        assert_eq!(n.id(a), LearnerId(1));
    }

    fn unit(learners: &[i64]) -> Unit {
        Unit {
            site: "".into(),
            form: crate::export::stats::units::Form::SelfPractice,
            domain: None,
            lesson_id: "".into(),
            lesson_title: "".into(),
            date: NaiveDate::MIN,
            span: (chrono::DateTime::UNIX_EPOCH, chrono::DateTime::UNIX_EPOCH),
            minutes: 0.0,
            learners: learners.iter().map(|i| LearnerId(*i)).collect(),
            volunteers: Vec::new(),
            scores: Vec::new(),
            plan: None,
        }
    }

    #[test]
    fn numbers_met_beside_follow_those_met_here_as_if_met_in_turn() {
        let [a, b, c, d] = [(); 4].map(|_| Uuid::new_v4());
        let mut in_turn = Numbering::default();
        for u in [a, b, c, a, d] {
            in_turn.id(u);
        }
        let mut here = Numbering::default();
        here.id(a);
        here.id(b);
        let mut beside = Numbering::default();
        let met = [c, a, d].map(|u| beside.id(u).0);
        let mut units = vec![unit(&met), unit(&[met[2]])];
        here.renumber(&beside, &mut units);
        assert_eq!(here.ids, in_turn.ids);
        assert_eq!(units[0].learners, [3, 1, 4].map(LearnerId));
        assert_eq!(units[1].learners, [LearnerId(4)]);
    }
}
