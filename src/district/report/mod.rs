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

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use uuid::Uuid;

use super::DistrictError;
use crate::export::book::Covers;
use crate::export::dates::Zone;
use crate::export::stats::units::Unit;
use crate::lesson::Lesson;
use crate::progress::{LearnerId, Plan};

/// What a district report counts: the units of the period, the learners seen before it,
/// and every learner's code.
#[derive(Debug, Clone, Default)]
pub struct DistrictUnits {
    /// Every unit of the period.
    pub units: Vec<Unit>,
    /// The learners who took part before the period began.
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
    ids: HashMap<Uuid, LearnerId>,
}

impl Numbering {
    /// The number of `uuid` (a new one the first time).
    pub(crate) fn id(&mut self, uuid: Uuid) -> LearnerId {
        let next = LearnerId(self.ids.len() as i64 + 1);
        *self.ids.entry(uuid).or_insert(next)
    }
}

/// Reads the units of `period` (days counted in `zone`) from the district database.
pub fn district_units(
    client: &mut postgres::Client,
    lessons: &[&Lesson],
    period: &Covers,
    zone: Zone,
) -> Result<DistrictUnits, DistrictError> {
    let by_id: HashMap<&str, &Lesson> = lessons.iter().map(|l| (l.id.as_str(), *l)).collect();
    let mut numbers = Numbering::default();
    let mut tx = client
        .build_transaction()
        .read_only(true)
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .start()?;
    // The report's few big reads are planned cheaply: compiling them (JIT) costs more
    // than it saves, and their sorts fit in memory.
    tx.batch_execute("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'")?;
    let from = period.from.unwrap_or(NaiveDate::MIN);
    let to = period.to.unwrap_or(NaiveDate::MAX);
    let site = period.site.as_deref();
    let mut units = rows::sessions(&mut tx, (from, to), site, &by_id, &mut numbers)?;
    let (start, end) = zone.bounds(period.from, period.to);
    units.extend(rows::visits(
        &mut tx,
        (&start, &end),
        site,
        &by_id,
        zone,
        &mut numbers,
    )?);
    let seen = match period.from {
        Some(from) => rows::seen_before(&mut tx, from, zone, &mut numbers)?,
        None => HashSet::new(),
    };
    let codes = rows::codes(&mut tx, &mut numbers)?;
    let plans = rows::plans(&mut tx, (from, to))?;
    let sites: i64 = tx
        .query_one("SELECT count(DISTINCT site) FROM machine", &[])?
        .get(0);
    tx.commit()?;
    Ok(DistrictUnits {
        units,
        seen,
        codes,
        plans,
        sites: sites as usize,
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
}
