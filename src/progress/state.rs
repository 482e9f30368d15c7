//! The per-lesson summary kept beside the event log (`lesson_state`): for each learner and
//! lesson, the facts of each step, updated in the same transaction as every event. It is
//! derived data — [`Store::rebuild_state`](super::Store::rebuild_state) recomputes it from the events — kept so that
//! progress for thousands of learners reads 10× fewer rows than the log.

use std::collections::BTreeMap;

use rusqlite::{Transaction, params};

use super::facts::{FACTS_SQL, StepFacts, StepStatus, StepSummary, facts_from_row};
use super::model::{LearnerId, Outcome};

/// Step facts by step id, as stored in one `lesson_state` row.
pub type StateMap = BTreeMap<String, StepFacts>;

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// One line per step: id, last done, last help, skipped, wrong tries, last event, seconds.
pub fn encode(map: &StateMap) -> String {
    let mut out = String::new();
    for (step, f) in map {
        let fields = [
            step.as_str(),
            f.last_done.as_deref().unwrap_or(""),
            f.last_help.as_deref().unwrap_or(""),
            if f.skipped { "1" } else { "0" },
        ];
        out.push_str(&fields.join("\t"));
        out.push_str(&format!(
            "\t{}\t{}\t{}\n",
            f.wrong_tries,
            f.last_at.as_deref().unwrap_or(""),
            f.seconds
        ));
    }
    out
}

/// Reads what [`encode`] wrote; a malformed line is skipped rather than trusted.
pub fn decode(text: &str) -> StateMap {
    let mut map = StateMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let [step, done, help, skipped, wrong, last, seconds] = f[..] else {
            continue;
        };
        map.insert(
            step.to_string(),
            StepFacts {
                last_done: opt(done),
                last_help: opt(help),
                skipped: skipped == "1",
                wrong_tries: wrong.parse().unwrap_or(0),
                last_at: opt(last),
                seconds: seconds.parse().unwrap_or(0),
            },
        );
    }
    map
}

/// Reads only what progress needs from an encoded row, borrowing from it (no copies):
/// the fast path for progress tables of many learners.
pub fn summaries(text: &str) -> Vec<(&str, StepSummary<'_>)> {
    text.lines()
        .filter_map(|line| {
            let mut f = line.split('\t');
            let (step, done, help, skipped) = (f.next()?, f.next()?, f.next()?, f.next()?);
            let (_wrong, last, seconds) = (f.next()?, f.next()?, f.next()?);
            let status = match (done, help) {
                (d, h) if !d.is_empty() && !h.is_empty() && h > d => StepStatus::NeedsHelp,
                (d, _) if !d.is_empty() => StepStatus::Done,
                (_, h) if !h.is_empty() => StepStatus::NeedsHelp,
                _ if skipped == "1" => StepStatus::Skipped,
                _ => StepStatus::NotStarted,
            };
            let summary = StepSummary {
                status,
                last_at: (!last.is_empty()).then_some(last),
                seconds: seconds.parse().unwrap_or(0),
            };
            Some((step, summary))
        })
        .collect()
}

/// Folds one event into a step's facts, exactly as the aggregate over the log does.
pub fn apply(f: &mut StepFacts, outcome: Outcome, at: &str, seconds: u32) {
    let later = |slot: &mut Option<String>| {
        if slot.as_deref().is_none_or(|old| at > old) {
            *slot = Some(at.to_string());
        }
    };
    match outcome {
        Outcome::Done => later(&mut f.last_done),
        Outcome::NeedsHelp => later(&mut f.last_help),
        Outcome::Skipped => f.skipped = true,
        Outcome::WrongTry => f.wrong_tries += 1,
    }
    later(&mut f.last_at);
    f.seconds += u64::from(seconds);
}

/// Updates the summary for one new event, inside the event's own transaction.
pub fn record(
    tx: &Transaction,
    learner: LearnerId,
    lesson: &str,
    step: &str,
    outcome: Outcome,
    at: &str,
    seconds: u32,
) -> rusqlite::Result<()> {
    let old: Option<String> = tx
        .query_row(
            "SELECT steps FROM lesson_state WHERE learner = ?1 AND lesson_id = ?2",
            params![learner.0, lesson],
            |r| r.get(0),
        )
        .or_else(|e| {
            if e == rusqlite::Error::QueryReturnedNoRows {
                Ok(None)
            } else {
                Err(e)
            }
        })?;
    let mut map = old.as_deref().map(decode).unwrap_or_default();
    apply(
        map.entry(step.to_string()).or_default(),
        outcome,
        at,
        seconds,
    );
    tx.execute(
        "INSERT INTO lesson_state (learner, lesson_id, steps) VALUES (?1, ?2, ?3)
         ON CONFLICT (learner, lesson_id) DO UPDATE SET steps = excluded.steps",
        params![learner.0, lesson, encode(&map)],
    )?;
    Ok(())
}

/// Recomputes the summary of one learner (or of everyone) from the event log.
pub fn rebuild(tx: &Transaction, learner: Option<LearnerId>) -> rusqlite::Result<()> {
    let filter = if learner.is_some() {
        "WHERE learner = ?1"
    } else {
        ""
    };
    match learner {
        Some(l) => tx.execute("DELETE FROM lesson_state WHERE learner = ?1", [l.0])?,
        None => tx.execute("DELETE FROM lesson_state", [])?,
    };
    let sql = format!(
        "{FACTS_SQL} {filter} GROUP BY learner, lesson_id, step_id ORDER BY learner, lesson_id"
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = match learner {
        Some(l) => stmt.query([l.0])?,
        None => stmt.query([])?,
    };
    insert_rows(tx, rows)
}

/// Recomputes one learner's summary of one lesson from the event log: after a mark in
/// that lesson was taken back.
pub fn rebuild_lesson(tx: &Transaction, learner: LearnerId, lesson: &str) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM lesson_state WHERE learner = ?1 AND lesson_id = ?2",
        params![learner.0, lesson],
    )?;
    let sql = format!(
        "{FACTS_SQL} WHERE learner = ?1 AND lesson_id = ?2 GROUP BY learner, lesson_id, step_id"
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query(params![learner.0, lesson])?;
    insert_rows(tx, rows)
}

/// Writes a summary row per learner and lesson from [`FACTS_SQL`] rows ordered by them.
fn insert_rows(tx: &Transaction, mut rows: rusqlite::Rows) -> rusqlite::Result<()> {
    let mut insert =
        tx.prepare("INSERT INTO lesson_state (learner, lesson_id, steps) VALUES (?1, ?2, ?3)")?;
    let mut current: Option<(i64, String)> = None;
    let mut map = StateMap::new();
    while let Some(r) = rows.next()? {
        let key: (i64, String) = (r.get(0)?, r.get(1)?);
        if current.as_ref() != Some(&key) {
            if let Some((l, lesson)) = current.take() {
                insert.execute(params![l, lesson, encode(&map)])?;
            }
            map.clear();
            current = Some(key);
        }
        map.insert(r.get(2)?, facts_from_row(r)?);
    }
    if let Some((l, lesson)) = current {
        insert.execute(params![l, lesson, encode(&map)])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        let mut map = StateMap::new();
        let mut f = StepFacts::default();
        apply(&mut f, Outcome::WrongTry, "2026-11-23T09:00:00.000Z", 5);
        apply(&mut f, Outcome::Done, "2026-11-23T09:01:00.000Z", 7);
        apply(&mut f, Outcome::NeedsHelp, "2026-11-23T08:00:00.000Z", 0);
        map.insert("open-scan".into(), f.clone());
        map.insert(
            "other".into(),
            StepFacts {
                skipped: true,
                ..Default::default()
            },
        );
        assert_eq!(decode(&encode(&map)), map);
        assert_eq!(f.wrong_tries, 1);
        assert_eq!(f.seconds, 12);
        assert_eq!(f.last_at.as_deref(), Some("2026-11-23T09:01:00.000Z"));
        assert_eq!(
            f.status(),
            super::super::StepStatus::Done,
            "a help mark older than done does not win"
        );
        assert!(decode("garbage line\nx\t\t\t1\t0\t\t0\n").contains_key("x"));
        let encoded = encode(&map);
        for (step, summary) in summaries(&encoded) {
            assert_eq!(summary, map[step].summary(), "{step}");
        }
    }
}
