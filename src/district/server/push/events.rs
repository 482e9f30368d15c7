//! Steps, answers and kiosk visits, nearly all of what a site sends: each kind in a run
//! goes in one statement (`unnest` of one array per column), stored under the learner kept
//! when the learner was merged away, dropped when the learner was erased, stored once
//! whatever is sent twice. One statement, not one per row, matters twice over: the server
//! keeps its statistics' tables with statement triggers (server migration 4), which then
//! run once per run instead of once per visit.

use postgres::Transaction;
use postgres::types::ToSql;

use super::Origin;
use crate::district::change::{Change, Tally};

/// One column of a run: its name in the table, its PostgreSQL type and its values.
struct Column<'a> {
    name: &'static str,
    pg_type: &'static str,
    values: Box<dyn ToSql + Sync + 'a>,
}

fn column<'a, T: ToSql + Sync + 'a>(
    name: &'static str,
    pg_type: &'static str,
    values: Vec<T>,
) -> Column<'a> {
    Column {
        name,
        pg_type,
        values: Box::new(values),
    }
}

/// What a row sent again does: events never change; a visit's end moves on as the visit
/// goes on (the rest of it never changes).
const EVENT_CONFLICT: &str = "ON CONFLICT (uuid) DO NOTHING";
const VISIT_CONFLICT: &str = "ON CONFLICT (uuid) DO UPDATE SET ended = excluded.ended
         WHERE kiosk_visit.ended IS DISTINCT FROM excluded.ended";

/// The statement for a run into `table`: one array parameter per column, the machine last.
fn insert_sql(table: &str, columns: &[Column], conflict: &str) -> String {
    let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let selected: Vec<String> = columns
        .iter()
        .map(|c| match c.name {
            "learner" => "coalesce(a.learner, u.learner)".to_string(),
            name => format!("u.{name}"),
        })
        .collect();
    let arrays: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("${}::{}[]", i + 1, c.pg_type))
        .collect();
    format!(
        "INSERT INTO {table} ({names}, machine)
         SELECT {selected}, ${machine}
         FROM unnest({arrays}) AS u({names})
         LEFT JOIN learner_alias a ON a.uuid = u.learner
         WHERE NOT EXISTS (SELECT 1 FROM learner_erased e
                           WHERE e.uuid = u.learner OR e.uuid = a.learner)
         {conflict}",
        names = names.join(", "),
        selected = selected.join(", "),
        machine = columns.len() + 1,
        arrays = arrays.join(", "),
    )
}

/// Inserts a run of `rows` rows given as `columns` into `table`.
fn insert_run(
    tx: &mut Transaction,
    origin: &Origin,
    table: &str,
    columns: Vec<Column>,
    rows: usize,
) -> Result<Tally, postgres::Error> {
    let mut params: Vec<&(dyn ToSql + Sync)> = columns.iter().map(|c| &*c.values).collect();
    params.push(&origin.machine);
    let conflict = match table {
        "kiosk_visit" => VISIT_CONFLICT,
        _ => EVENT_CONFLICT,
    };
    let new = tx.execute(&insert_sql(table, &columns, conflict), &params)?;
    Ok(Tally {
        sent: rows as u64,
        already: rows as u64 - new,
    })
}

/// A run of step events.
pub(super) fn step_events(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[&Change],
) -> Result<Tally, postgres::Error> {
    let n = run.len();
    let (mut uuid, mut learner, mut lesson, mut version) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut step, mut outcome, mut mode, mut session, mut seconds, mut at) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for &change in run {
        if let Change::StepEvent {
            uuid: u,
            learner: l,
            lesson_id,
            lesson_version,
            step_id,
            outcome: o,
            mode: m,
            session: s,
            seconds: secs,
            at: t,
        } = change
        {
            uuid.push(*u);
            learner.push(*l);
            lesson.push(lesson_id.as_str());
            version.push(*lesson_version as i32);
            step.push(step_id.as_str());
            outcome.push(o.as_str());
            mode.push(m.as_str());
            session.push(*s);
            seconds.push(*secs as i32);
            at.push(t.as_str());
        }
    }
    let columns = vec![
        column("uuid", "uuid", uuid),
        column("learner", "uuid", learner),
        column("lesson_id", "text", lesson),
        column("lesson_version", "int4", version),
        column("step_id", "text", step),
        column("outcome", "text", outcome),
        column("mode", "text", mode),
        column("session", "uuid", session),
        column("seconds", "int4", seconds),
        column("at", "text", at),
    ];
    insert_run(tx, origin, "step_event", columns, n)
}

/// A run of quiz answers.
pub(super) fn quiz_answers(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[&Change],
) -> Result<Tally, postgres::Error> {
    let n = run.len();
    let (mut uuid, mut learner, mut lesson, mut version) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut question, mut chosen, mut correct, mut mode, mut session, mut at) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for &change in run {
        if let Change::QuizAnswer {
            uuid: u,
            learner: l,
            lesson_id,
            lesson_version,
            question_id,
            chosen: c,
            correct: ok,
            mode: m,
            session: s,
            at: t,
        } = change
        {
            uuid.push(*u);
            learner.push(*l);
            lesson.push(lesson_id.as_str());
            version.push(*lesson_version as i32);
            question.push(question_id.as_str());
            chosen.push(*c as i32);
            correct.push(*ok);
            mode.push(m.as_str());
            session.push(*s);
            at.push(t.as_str());
        }
    }
    let columns = vec![
        column("uuid", "uuid", uuid),
        column("learner", "uuid", learner),
        column("lesson_id", "text", lesson),
        column("lesson_version", "int4", version),
        column("question_id", "text", question),
        column("chosen", "int4", chosen),
        column("correct", "bool", correct),
        column("mode", "text", mode),
        column("session", "uuid", session),
        column("at", "text", at),
    ];
    insert_run(tx, origin, "quiz_answer", columns, n)
}

/// A run of kiosk visits. A visit in it twice (a pack holding two of its states) is sent
/// as its last: a statement may change a row only once.
pub(super) fn kiosk_visits(
    tx: &mut Transaction,
    origin: &Origin,
    run: &[&Change],
) -> Result<Tally, postgres::Error> {
    let mut seen = std::collections::HashSet::new();
    let last: Vec<&Change> = run
        .iter()
        .rev()
        .filter(|c| match c {
            Change::KioskVisit { uuid, .. } => seen.insert(*uuid),
            _ => false,
        })
        .copied()
        .collect();
    let n = last.len();
    let mut uuid = Vec::with_capacity(n);
    let mut learner = Vec::with_capacity(n);
    let (mut site, mut started, mut ended) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for &change in last.iter().rev() {
        if let Change::KioskVisit {
            uuid: u,
            learner: l,
            site: s,
            started: from,
            ended: to,
        } = change
        {
            uuid.push(*u);
            learner.push(*l);
            site.push(s.as_str());
            started.push(from.as_str());
            ended.push(to.as_str());
        }
    }
    let columns = vec![
        column("uuid", "uuid", uuid),
        column("learner", "uuid", learner),
        column("site", "text", site),
        column("started", "text", started),
        column("ended", "text", ended),
    ];
    let tally = insert_run(tx, origin, "kiosk_visit", columns, n)?;
    Ok(Tally {
        sent: run.len() as u64,
        already: tally.already + (run.len() - n) as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_one_insert_of_unnested_arrays_under_the_learner_kept() {
        let columns = vec![
            column("uuid", "uuid", Vec::<uuid::Uuid>::new()),
            column("learner", "uuid", Vec::<uuid::Uuid>::new()),
            column("at", "text", Vec::<&str>::new()),
        ];
        let sql = insert_sql("step_event", &columns, EVENT_CONFLICT);
        let flat = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.starts_with(
                "INSERT INTO step_event (uuid, learner, at, machine) \
                 SELECT u.uuid, coalesce(a.learner, u.learner), u.at, $4 \
                 FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(uuid, learner, at)"
            ),
            "{flat}"
        );
        assert!(flat.ends_with("ON CONFLICT (uuid) DO NOTHING"), "{flat}");
    }
}
