//! `zhulao sync --to URL`: what is new since the last sync goes to the district database
//! in batches, each in one server transaction; the local cursor moves only after the
//! server committed, so a sync killed (or cut off) anywhere sends the rest next time, and
//! what it sent twice is stored once. Then the machine's pool of district codes is topped
//! up, and with `--pull` the district's learners, merges and erasures are taken in.

use uuid::Uuid;

use super::DistrictError;
use super::identity::POOL_TARGET;
use super::local::PullReport;
use super::server::push::{self, Origin, Pushed};
use super::server::{pull, schema};
use crate::progress::Store;

/// Rows a batch holds: one server transaction each.
pub const BATCH_ROWS: usize = 5_000;
/// The test setting: stop dead (as a kill -9 would) once this many batches are committed
/// on the server, before the local cursor is moved.
pub const STOP_AFTER_ENV: &str = "ZHULAO_SYNC_STOP_AFTER";
/// The test setting: rows per batch instead of [`BATCH_ROWS`].
pub const BATCH_ROWS_ENV: &str = "ZHULAO_SYNC_BATCH_ROWS";

/// How to sync.
#[derive(Debug, Clone)]
pub struct Options {
    /// Outbox rows per batch.
    pub batch_rows: usize,
    /// Stop dead after this many batches (the test setting).
    pub stop_after: Option<u64>,
    /// Take the district's learners in as well.
    pub pull: bool,
}

impl Options {
    /// The usual options, with the test setting read from the environment.
    pub fn from_env(pull: bool) -> Options {
        Options {
            batch_rows: std::env::var(BATCH_ROWS_ENV)
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(BATCH_ROWS),
            stop_after: std::env::var(STOP_AFTER_ENV)
                .ok()
                .and_then(|v| v.trim().parse().ok()),
            pull,
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Records sent and how many the district had already, in all and by kind; codes
    /// sent that someone else in the district holds too.
    pub pushed: Pushed,
    /// What the pull changed here, when asked for.
    pub pulled: Option<PullReport>,
}

/// The cursor name of a district database.
pub fn push_target(district: Uuid) -> String {
    format!("district:{district}")
}

fn pull_target(district: Uuid) -> String {
    format!("pull:{district}")
}

/// Syncs the local `store` with the district database `client` is connected to (`shown`:
/// its URL without the password). `progress` is told the rows done and the rows there
/// were to do after each batch.
pub fn sync(
    store: &mut Store,
    client: &mut postgres::Client,
    shown: &str,
    site: &str,
    options: &Options,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Outcome, DistrictError> {
    let district = schema::check(client, shown)?;
    let machine = store.machine()?;
    let origin = Origin {
        machine: machine.uuid,
        site: site.to_string(),
    };
    {
        let mut tx = client.transaction()?;
        push::register(&mut tx, &origin)?;
        tx.commit()?;
    }
    let mut outcome = Outcome::default();
    let target = push_target(district);
    push_all(
        store,
        client,
        &origin,
        &target,
        options,
        &mut outcome,
        progress,
    )?;
    top_up_codes(store, client, machine.uuid)?;
    if options.pull {
        let cursor_name = pull_target(district);
        let cursor = store.outbox_cursor(&cursor_name)?;
        let items = pull::since(client, cursor)?;
        let report = store.apply_pulled(&items)?;
        if let Some((last, _)) = items.last() {
            store.set_outbox_cursor(&cursor_name, *last)?;
        }
        outcome.pulled = Some(report);
    }
    Ok(outcome)
}

/// Sends the outbox after `target`'s cursor, batch by batch.
pub fn push_all(
    store: &mut Store,
    client: &mut postgres::Client,
    origin: &Origin,
    target: &str,
    options: &Options,
    outcome: &mut Outcome,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(), DistrictError> {
    let mut cursor = store.outbox_cursor(target)?;
    let total = store.outbox_pending(cursor)?;
    let mut done = 0;
    let mut batches = 0;
    loop {
        let batch = store.outbox_batch(cursor, options.batch_rows.max(1))?;
        if batch.rows == 0 {
            break;
        }
        let pushed = send_batch(client, origin, &batch.changes)?;
        batches += 1;
        if options.stop_after == Some(batches) {
            // As a kill -9 after the server's commit: the cursor is not moved.
            eprintln!();
            std::process::abort();
        }
        store.set_outbox_cursor(target, batch.last)?;
        cursor = batch.last;
        done += batch.rows;
        outcome.pushed.add(pushed);
        progress(done.min(total), total);
    }
    // The time of this sync, even when there was nothing to send.
    store.set_outbox_cursor(target, cursor)?;
    Ok(())
}

/// How often a batch is sent when the server gives it up for another machine's (see
/// [`send_batch`]).
const TRIES: u32 = 5;

/// Sends one batch in one transaction. Two machines' batches can wait on each other (a
/// merge at one site and an edit of the same two learners at another, each holding the
/// row the other needs); the server then ends one of them (a deadlock, or a
/// serialisation failure). A batch changes nothing the second time, so that one is
/// simply sent again, after a pause that grows with each try, up to [`TRIES`] times.
fn send_batch(
    client: &mut postgres::Client,
    origin: &Origin,
    changes: &[crate::district::Change],
) -> Result<Pushed, DistrictError> {
    let mut tried = 0;
    loop {
        tried += 1;
        let sent = client.transaction().and_then(|mut tx| {
            let pushed = push::apply(&mut tx, origin, changes)?;
            tx.commit()?;
            Ok(pushed)
        });
        match sent {
            Err(e) if tried < TRIES && gave_way(&e) => {
                std::thread::sleep(std::time::Duration::from_millis(100 * u64::from(tried)));
            }
            sent => return Ok(sent?),
        }
    }
}

/// True when the server ended the transaction so that another could go on.
fn gave_way(e: &postgres::Error) -> bool {
    use postgres::error::SqlState;
    e.code().is_some_and(|c| {
        *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE
    })
}

/// Keeps the machine's pool of district codes near [`POOL_TARGET`].
fn top_up_codes(
    store: &mut Store,
    client: &mut postgres::Client,
    machine: Uuid,
) -> Result<(), DistrictError> {
    let have = store.code_pool_len()?;
    if have >= POOL_TARGET / 2 {
        return Ok(());
    }
    let candidates = store.code_candidates(POOL_TARGET - have)?;
    let reserved = pull::reserve_codes(client, machine, &candidates)?;
    store.add_pool_codes(&reserved)?;
    Ok(())
}

/// A count with thousands separated by commas, as the summary shows it: 1,204.
pub fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(with_commas(0), "0");
        assert_eq!(with_commas(999), "999");
        assert_eq!(with_commas(1_204), "1,204");
        assert_eq!(with_commas(1_000_000), "1,000,000");
    }
}
