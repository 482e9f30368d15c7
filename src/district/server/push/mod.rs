//! Sending changes to the district database: one batch in one transaction, every row
//! keyed by its uuid, so a batch sent twice (after a kill, or by two machines at once)
//! changes nothing the second time. Steps, answers and kiosk visits, nearly all of what is
//! sent, go in one statement per kind and run ([`events`]), and so do new learners; their
//! edits, merges and erasures ([`learners`], deciding as `district::decide` says) and the
//! rest ([`rows`]) row by row. A row about a learner merged away is stored under the
//! learner kept; a row about an erased learner is dropped.

mod events;
mod learners;
mod rows;

use std::collections::BTreeMap;

use postgres::Transaction;
use uuid::Uuid;

use super::schema::SEQ_LOCK;
use crate::district::change::{Change, Kind, Tally};

/// Who sent a batch: the machine's uuid and its site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The machine's uuid (set once, in its database).
    pub machine: Uuid,
    /// Its site's name.
    pub site: String,
}

/// What one batch did on the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pushed {
    /// Changes sent, and how many the server had already.
    pub tally: Tally,
    /// The same, by kind of record.
    pub by_kind: BTreeMap<Kind, Tally>,
    /// Codes of learners sent that another learner in the district holds already.
    pub clashes: Vec<String>,
}

impl Pushed {
    pub(crate) fn count(&mut self, kind: Kind, tally: Tally) {
        self.tally.add(tally);
        self.by_kind.entry(kind).or_default().add(tally);
    }

    /// Adds what another batch did.
    pub fn add(&mut self, other: Pushed) {
        for (kind, tally) in other.by_kind {
            self.count(kind, tally);
        }
        self.clashes.extend(other.clashes);
    }
}

/// The first key of the lock a machine's writer holds until it commits.
const MACHINE_LOCK: i32 = 0x7a68;

/// Steps, answers and kiosk visits: nearly all of what a site sends, in runs between the
/// changes about learners and the other rows.
fn is_record(change: &Change) -> bool {
    matches!(
        change,
        Change::StepEvent { .. } | Change::QuizAnswer { .. } | Change::KioskVisit { .. }
    )
}

/// A run of records, one statement for each kind in it. The order within a run does not
/// matter: none of them is about a learner's identity, each kind is its own table, and
/// the statistics' tables are made again from what is stored whichever arrives first.
/// Steps and answers go first: the visits' statement then finds them all, and theirs
/// finds the visits as they were, so each visit's lessons are reckoned about once.
fn records(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[Change],
    pushed: &mut Pushed,
) -> Result<(), postgres::Error> {
    let of = |pred: fn(&Change) -> bool| run.iter().filter(|c| pred(c)).collect::<Vec<_>>();
    let steps = of(|c| matches!(c, Change::StepEvent { .. }));
    let answers = of(|c| matches!(c, Change::QuizAnswer { .. }));
    let visits = of(|c| matches!(c, Change::KioskVisit { .. }));
    if !steps.is_empty() {
        pushed.count(Kind::Events, events::step_events(tx, origin, &steps)?);
    }
    if !answers.is_empty() {
        pushed.count(Kind::Events, events::quiz_answers(tx, origin, &answers)?);
    }
    if !visits.is_empty() {
        pushed.count(Kind::Visits, events::kiosk_visits(tx, origin, &visits)?);
    }
    Ok(())
}

/// Records the machine and its site (a machine moved to another site keeps its rows).
pub fn register(tx: &mut Transaction, origin: &Origin) -> Result<(), postgres::Error> {
    tx.execute(
        "INSERT INTO machine (uuid, site, last_sync) VALUES ($1, $2, now())
         ON CONFLICT (uuid) DO UPDATE SET
             site = CASE WHEN excluded.site = '' THEN machine.site ELSE excluded.site END,
             last_sync = now()",
        &[&origin.machine, &origin.site],
    )
    .map(drop)
}

/// Applies `changes` in `tx`, in their order. One machine's changes go in one writer at a
/// time (two syncs of one machine, or its sync and its pack): they carry the same rows, and
/// the statistics' tables each of them keeps (server migration 4) are shared rows, so two
/// at once could each wait for the other. Different machines still write side by side.
pub fn apply(
    tx: &mut Transaction,
    origin: &Origin,
    changes: &[Change],
) -> Result<Pushed, postgres::Error> {
    let mut pushed = Pushed::default();
    // The two-key form: its own key space, apart from the sequence's lock.
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, hashtext($2::uuid::text))",
        &[&MACHINE_LOCK, &origin.machine],
    )?;
    if changes.iter().any(Change::is_about_learners) {
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SEQ_LOCK])?;
    }
    let mut i = 0;
    while i < changes.len() {
        let run_end = |pred: fn(&Change) -> bool| {
            changes[i..]
                .iter()
                .position(|c| !pred(c))
                .map_or(changes.len(), |n| i + n)
        };
        match &changes[i] {
            c if is_record(c) => {
                let end = run_end(is_record);
                records(tx, origin, &changes[i..end], &mut pushed)?;
                i = end;
            }
            Change::Learner { .. } => {
                let end = run_end(|c| matches!(c, Change::Learner { .. }));
                let tally = learners::register(tx, origin, &changes[i..end], &mut pushed.clashes)?;
                pushed.count(Kind::Learners, tally);
                i = end;
            }
            change => {
                let new = match learners::one(tx, origin, change, &mut pushed.clashes)? {
                    Some(new) => new,
                    None => rows::one(tx, origin, change)?,
                };
                let tally = Tally {
                    sent: 1,
                    already: u64::from(!new),
                };
                pushed.count(change.kind(), tally);
                i += 1;
            }
        }
    }
    Ok(pushed)
}
