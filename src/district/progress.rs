//! The progress export read from the district database (`export progress --district
//! URL`): a row per learner of every site, with the site the learner registered at
//! (learner.machine → machine.site), under the same rules as the export of one machine.
//!
//! - Merged learners are one: the server keeps their rows under the learner kept. Erased
//!   learners are gone from the server, and are left out should a row remain.
//! - A step counts unless its mark was taken back in class (`mark_cleared`), and a
//!   learner's facts are folded from the events by [`state::apply`], the fold that keeps
//!   each site's summary — so the same events give the same 状态, 步数 and 最近学习
//!   wherever they are counted. The fold compares times as Rust strings, as SQLite does,
//!   whatever the server's collation; the period's bounds are compared in the "C"
//!   collation for the same reason.
//! - With a period or `--site S`, the rows are the learners active then: signed in to a
//!   class held in those days (at S), or with a step recorded in those days (in one of
//!   S's classes) — the local rule; where a learner registered does not matter, and
//!   kiosk practice never counts for a site. The cells count only those steps.
//!
//! Memory: the learners (a few hundred bytes each) are read first; their events come in
//! one query ordered by the learners' row order, read in batches through a portal, and
//! each learner's facts are dropped once their rows are written.

use std::io;

use postgres::Transaction;
use postgres::types::ToSql;
use uuid::Uuid;

use super::DistrictError;
use crate::export::book::Context;
use crate::export::progress::{Person, Query, Source, code_order, days};
use crate::progress::state::apply;
use crate::progress::store::LearnerFacts;
use crate::progress::{Learner, LearnerId, Outcome};

/// Events read from the portal at a time.
const BATCH: i32 = 5_000;

const PEOPLE: &str = r#"
    SELECT l.uuid, l.display_name, l.code, l.created, l.notes, coalesce(m.site, '')
    FROM learner l LEFT JOIN machine m ON m.uuid = l.machine
    WHERE NOT EXISTS (SELECT 1 FROM learner_erased x WHERE x.uuid = l.uuid)
      AND (NOT $1 OR l.uuid IN (
        SELECT a.learner FROM attendance a JOIN class_session s ON s.uuid = a.session
         WHERE s.date COLLATE "C" BETWEEN $2 AND $3 AND ($4::text IS NULL OR s.site = $4)
        UNION
        SELECT e.learner FROM step_event e
         WHERE e.at COLLATE "C" >= $5 AND e.at COLLATE "C" < $6
           AND ($4::text IS NULL
                OR e.session IN (SELECT uuid FROM class_session WHERE site = $4))))"#;

/// The events progress counts, of the learners in `$1` (their place in it first), the
/// lessons `$2`, at times `$3 <= at < $4` and, with `$5`, in that site's classes.
const EVENTS: &str = r#"
    SELECT o.n, e.lesson_id, e.step_id, e.outcome, e.at, e.seconds
    FROM unnest($1::uuid[]) WITH ORDINALITY AS o(learner, n)
    JOIN step_event e ON e.learner = o.learner
    WHERE e.lesson_id = ANY($2)
      AND NOT EXISTS (SELECT 1 FROM mark_cleared c WHERE c.event = e.uuid)
      AND ($3::text IS NULL OR e.at COLLATE "C" >= $3)
      AND ($4::text IS NULL OR e.at COLLATE "C" < $4)
      AND ($5::text IS NULL
           OR e.session IN (SELECT uuid FROM class_session WHERE site = $5))
    ORDER BY o.n"#;

/// The district database as a progress export's [`Source`], inside one read-only
/// transaction (the learners and their events of one moment).
pub struct District<'t, 'c> {
    tx: &'t mut Transaction<'c>,
    /// The server's uuid of each learner, by `LearnerId` (from 1, in row order).
    uuids: Vec<Uuid>,
}

impl<'t, 'c> District<'t, 'c> {
    /// A source reading through `tx` (best read-only and repeatable read).
    pub fn new(tx: &'t mut Transaction<'c>) -> Self {
        District {
            tx,
            uuids: Vec::new(),
        }
    }
}

fn carried(e: impl Into<DistrictError>) -> io::Error {
    io::Error::other(e.into())
}

impl Source for District<'_, '_> {
    fn sites(&self) -> bool {
        true
    }

    fn people(&mut self, q: &Query, cx: &Context) -> io::Result<Vec<Person>> {
        let c = &q.covers;
        let filtered = q.filtered();
        let (from, to) = days(c);
        let (start, end) = cx.zone.bounds(c.from, c.to);
        let args: [&(dyn ToSql + Sync); 6] = [&filtered, &from, &to, &c.site, &start, &end];
        let rows = self.tx.query(PEOPLE, &args).map_err(carried)?;
        let mut found: Vec<(Uuid, Person)> = rows
            .iter()
            .map(|r| {
                let learner = Learner {
                    id: LearnerId(0),
                    display_name: r.get(1),
                    code: r.get(2),
                    created: r.get(3),
                    notes: r.get(4),
                };
                let site = r.get(5);
                (r.get(0), Person { learner, site })
            })
            .collect();
        drop(rows);
        found.sort_by(|a, b| code_order(&a.1.learner.code).cmp(&code_order(&b.1.learner.code)));
        self.uuids.clear();
        let mut people = Vec::with_capacity(found.len());
        for (i, (uuid, mut person)) in found.into_iter().enumerate() {
            person.learner.id = LearnerId(i as i64 + 1);
            self.uuids.push(uuid);
            people.push(person);
        }
        Ok(people)
    }

    fn facts(
        &mut self,
        people: &[Person],
        q: &Query,
        cx: &Context,
        each: &mut dyn FnMut(&Person, &LearnerFacts) -> io::Result<()>,
    ) -> io::Result<()> {
        let c = &q.covers;
        let filtered = q.filtered();
        let (start, end) = match filtered {
            true => {
                let (s, e) = cx.zone.bounds(c.from, c.to);
                (Some(s), Some(e))
            }
            false => (None, None),
        };
        let uuids: Vec<Uuid> = people
            .iter()
            .map(|p| self.uuids.get((p.learner.id.0 - 1) as usize).copied())
            .collect::<Option<_>>()
            .ok_or_else(|| {
                carried(DistrictError::Server {
                    detail: "a learner this export did not read".into(),
                })
            })?;
        let lessons: Vec<&str> = q.lessons.iter().map(|l| l.id.as_str()).collect();
        let args: [&(dyn ToSql + Sync); 5] = [&uuids, &lessons, &start, &end, &c.site];
        let portal = self.tx.bind(EVENTS, &args).map_err(carried)?;
        let mut batch = Vec::new().into_iter();
        let mut more = true;
        let mut next: Option<postgres::Row> = None;
        for (i, person) in people.iter().enumerate() {
            let mut facts = LearnerFacts::new();
            loop {
                if next.is_none() {
                    next = batch.next();
                }
                if next.is_none() && more {
                    let rows = self.tx.query_portal(&portal, BATCH).map_err(carried)?;
                    more = rows.len() == BATCH as usize;
                    batch = rows.into_iter();
                    next = batch.next();
                }
                match next.take() {
                    Some(r) if r.get::<_, i64>(0) == i as i64 + 1 => fold(&mut facts, &r),
                    other => {
                        next = other;
                        break;
                    }
                }
            }
            each(person, &facts)?;
        }
        Ok(())
    }
}

/// Folds one event row (`EVENTS`' columns 1–5) into a learner's facts; a word no outcome
/// has is not an event the sites send, and is passed over.
fn fold(facts: &mut LearnerFacts, r: &postgres::Row) {
    let (lesson, step): (&str, &str) = (r.get(1), r.get(2));
    let Some(outcome) = Outcome::from_word(r.get(3)) else {
        return;
    };
    let seconds = u32::try_from(r.get::<_, i32>(5)).unwrap_or(0);
    let steps = facts.entry(lesson.to_string()).or_default();
    let f = steps.entry(step.to_string()).or_default();
    apply(f, outcome, r.get(4), seconds);
}
