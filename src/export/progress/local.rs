//! The progress export's [`Source`] in this machine's database: the learners by code,
//! their facts from the per-lesson summary, or from the period's events.

use std::io;

use rusqlite::params;

use super::{Person, Query, Source};
use crate::export::book::{Context, Covers};
use crate::progress::store::LearnerFacts;
use crate::progress::{Learner, LearnerId, Store, StoreError};

/// A store error carried through the file writer.
pub fn store_io(e: StoreError) -> io::Error {
    io::Error::other(e)
}

const LEARNER: &str = "SELECT id, display_name, code, created, notes FROM learner";
/// Learner codes are digits: in number order (999 before 1001), the shorter first when
/// the numbers are equal (12, 012, 0012).
const BY_CODE: &str = "ORDER BY CAST(code AS INTEGER), length(code), code";

/// This machine's database as a [`Source`].
pub struct Local<'a>(pub &'a Store);

impl Source for Local<'_> {
    fn sites(&self) -> bool {
        false
    }

    fn people(&mut self, q: &Query, cx: &Context) -> io::Result<Vec<Person>> {
        let learners = learners(self.0, q, cx).map_err(store_io)?;
        Ok(learners
            .into_iter()
            .map(|learner| Person {
                learner,
                site: String::new(),
            })
            .collect())
    }

    fn facts(
        &mut self,
        people: &[Person],
        q: &Query,
        cx: &Context,
        each: &mut dyn FnMut(&Person, &LearnerFacts) -> io::Result<()>,
    ) -> io::Result<()> {
        let bounds = cx.zone.bounds(q.covers.from, q.covers.to);
        for person in people {
            let facts = facts_of(self.0, person.learner.id, q, &bounds).map_err(store_io)?;
            each(person, &facts)?;
        }
        Ok(())
    }
}

/// The learners the export has a row for, by learner code.
fn learners(store: &Store, q: &Query, cx: &Context) -> Result<Vec<Learner>, StoreError> {
    let row = |r: &rusqlite::Row| -> rusqlite::Result<Learner> {
        Ok(Learner {
            id: LearnerId(r.get(0)?),
            display_name: r.get(1)?,
            code: r.get(2)?,
            created: r.get(3)?,
            notes: r.get(4)?,
        })
    };
    if !q.filtered() {
        let mut stmt = store
            .conn
            .prepare(&format!("{LEARNER} {BY_CODE}"))
            .map_err(|e| store.err(e))?;
        return stmt
            .query_map([], row)
            .and_then(|rows| rows.collect())
            .map_err(|e| store.err(e));
    }
    let c = &q.covers;
    let (start, end) = cx.zone.bounds(c.from, c.to);
    let sql = format!(
        "{LEARNER} WHERE id IN (
            SELECT a.learner FROM attendance a JOIN class_session s ON s.id = a.session
             WHERE s.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR s.site = ?3)
            UNION
            SELECT learner FROM step_event WHERE at >= ?4 AND at < ?5
             AND (?3 IS NULL OR session IN (SELECT id FROM class_session WHERE site = ?3)))
         {BY_CODE}"
    );
    let (from, to) = days(c);
    let mut stmt = store.conn.prepare(&sql).map_err(|e| store.err(e))?;
    stmt.query_map(params![from, to, c.site, start, end], row)
        .and_then(|rows| rows.collect())
        .map_err(|e| store.err(e))
}

/// The first and last day of `covers` as stored text, everything when not given.
pub fn days(covers: &Covers) -> (String, String) {
    let day = |d: Option<chrono::NaiveDate>, default: &str| {
        d.map_or_else(|| default.to_string(), |d| d.format("%Y-%m-%d").to_string())
    };
    (day(covers.from, "0000-01-01"), day(covers.to, "9999-12-31"))
}

/// A learner's facts for the export: everything from the summary, or the period's events.
fn facts_of(
    store: &Store,
    learner: LearnerId,
    q: &Query,
    bounds: &(String, String),
) -> Result<LearnerFacts, StoreError> {
    if q.filtered() {
        return store.facts_between(learner, &bounds.0, &bounds.1, q.covers.site.as_deref());
    }
    Ok(store
        .facts(Some(learner))?
        .remove(&learner)
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::super::code_order;

    #[test]
    fn codes_sorted_in_rust_come_in_the_order_the_query_gives() {
        let codes = ["1001", "0012", "999", "12", "012", "7", "20", "0007"];
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE learner (code TEXT)")
            .unwrap();
        for c in codes {
            conn.execute("INSERT INTO learner VALUES (?1)", [c])
                .unwrap();
        }
        let mut stmt = conn
            .prepare(&format!("SELECT code FROM learner {}", super::BY_CODE))
            .unwrap();
        let by_sql: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut by_rust = codes.to_vec();
        by_rust.sort_by_key(|c| code_order(c));
        assert_eq!(by_sql, by_rust);
        assert_eq!(by_rust[..4], ["7", "0007", "12", "012"]);
    }
}
