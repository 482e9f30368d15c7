//! The district database's rows as the statistics' facts: each question asked once for
//! the whole period (never once per session or visit), then handed to the same pure
//! builders the local reports use (`class_unit`, `visit_units`).

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use postgres::Transaction;
use postgres::types::ToSql;
use uuid::Uuid;

use super::{Numbering, UuidMap};
use crate::district::DistrictError;
use crate::export::dates::Zone;
use crate::export::stats::names::Names;
use crate::export::stats::units::{
    ClassFacts, Practised, Unit, class_unit, visit_span, visit_units,
};
use crate::progress::{LearnerId, NewPlan, Plan, PlanId, SessionFacts, Volunteers};

fn parse(text: Option<String>) -> Option<DateTime<Utc>> {
    text.and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc))
}

fn day(d: NaiveDate) -> Option<String> {
    (d != NaiveDate::MIN && d != NaiveDate::MAX).then(|| d.format("%Y-%m-%d").to_string())
}

fn clean(name: &str) -> String {
    crate::lesson::sanitize_line(name).trim().to_string()
}

/// The sessions of `from..=to` ($1, $2) at `site` ($3) a report looks at (`s`); those
/// nobody signed in to are no unit.
const HELD: &str = "s.deleted IS NULL
    AND ($1::text IS NULL OR s.date >= $1) AND ($2::text IS NULL OR s.date <= $2)
    AND ($3::text IS NULL OR s.site = $3)";

/// One attendance row: its learner's creation time and uuid when the server has them.
struct SignIn {
    session: Uuid,
    added: String,
    learner: Option<(String, Uuid)>,
    seconds: i64,
}

/// The sessions held in `from..=to` (at `site`), as units.
pub(super) fn sessions(
    tx: &mut Transaction,
    (from, to): (NaiveDate, NaiveDate),
    site: Option<&str>,
    names: &mut Names,
    planned: &UuidMap<Uuid, PlanId>,
    numbers: &mut Numbering,
) -> Result<Vec<Unit>, DistrictError> {
    let (first, last) = (day(from), day(to));
    let period: [&(dyn ToSql + Sync); 3] = [&first, &last, &site];
    let held = tx.query(
        &format!(
            "SELECT s.uuid, s.date, s.site, s.trainer, s.lesson_id, s.created, s.started, s.ended,
               l.at, s.plan
             FROM class_session s LEFT JOIN session_last l ON l.session = s.uuid
             WHERE {HELD} ORDER BY s.date, s.created, s.uuid"
        ),
        &period,
    )?;
    // The rosters, in the order of signing in; the longest presence and the first sign-in
    // of each session from every attendance row (a learner the server lacks included).
    // Sorted here: the server's sort of a district's sign-ins took most of a second.
    let mut signed: Vec<SignIn> = tx
        .query(
            &format!(
                "SELECT a.session, a.added, l.created, l.uuid, a.seconds FROM attendance a
                 JOIN class_session s ON s.uuid = a.session
                 LEFT JOIN learner l ON l.uuid = a.learner WHERE {HELD}"
            ),
            &period,
        )?
        .into_iter()
        .map(|r| SignIn {
            session: r.get(0),
            added: r.get(1),
            learner: r
                .get::<_, Option<String>>(2)
                .zip(r.get::<_, Option<Uuid>>(3)),
            seconds: r.get(4),
        })
        .collect();
    signed.sort_unstable_by(|a, b| {
        (a.session, &a.added, &a.learner).cmp(&(b.session, &b.added, &b.learner))
    });
    let mut rosters: UuidMap<Uuid, Vec<LearnerId>> = UuidMap::default();
    let mut present: UuidMap<Uuid, (i64, String)> = UuidMap::default();
    for s in signed {
        // Sorted: the first row of a session is its first sign-in.
        match present.entry(s.session) {
            Entry::Occupied(mut seen) => seen.get_mut().0 = seen.get().0.max(s.seconds),
            Entry::Vacant(new) => {
                new.insert((s.seconds.max(0), s.added));
            }
        }
        let roster = rosters.entry(s.session).or_default();
        if let Some((_, learner)) = s.learner {
            roster.push(numbers.id(learner));
        }
    }
    let mut answers: UuidMap<Uuid, Vec<(LearnerId, bool)>> = UuidMap::default();
    for r in tx.query(
        &format!(
            "SELECT c.session, c.learner, c.answered, c.correct FROM session_score c
             JOIN class_session s ON s.uuid = c.session WHERE {HELD}"
        ),
        &period,
    )? {
        let who = numbers.id(r.get(1));
        let mine = answers.entry(r.get(0)).or_default();
        let (answered, right): (i32, i32) = (r.get(2), r.get(3));
        mine.extend((0..answered).map(|i| (who, i < right)));
    }
    let mut volunteers: UuidMap<Uuid, Vec<(String, String)>> = UuidMap::default();
    for r in tx.query(
        &format!(
            "SELECT v.session, v.name, v.role FROM session_volunteer v
             JOIN class_session s ON s.uuid = v.session WHERE {HELD}
             ORDER BY v.session, v.role DESC, v.position, v.name"
        ),
        &period,
    )? {
        volunteers
            .entry(r.get(0))
            .or_default()
            .push((r.get(1), r.get(2)));
    }
    let mut out = Vec::new();
    for r in held {
        let uuid: Uuid = r.get(0);
        let Some((longest, first)) = present.remove(&uuid) else {
            continue;
        };
        let Ok(date) = NaiveDate::parse_from_str(r.get(1), "%Y-%m-%d") else {
            continue;
        };
        let named = volunteers.remove(&uuid).unwrap_or_default();
        let lead = named
            .iter()
            .find(|(_, role)| role == "lead")
            .map_or_else(|| clean(r.get(3)), |(n, _)| n.clone());
        let assistants = named
            .into_iter()
            .filter(|(_, role)| role == "assistant")
            .map(|(n, _)| n)
            .collect();
        let facts = ClassFacts {
            site: names.site(r.get(2)),
            lesson: names.lesson(r.get(4)),
            date,
            roster: rosters.remove(&uuid).unwrap_or_default(),
            facts: SessionFacts {
                created: parse(r.get(5)),
                started: parse(r.get(6)),
                ended: parse(r.get(7)),
                longest_presence: longest,
                first_sign_in: parse(Some(first)),
                last_record: parse(r.get(8)),
            },
            answers: answers.remove(&uuid).unwrap_or_default(),
            volunteers: Volunteers { lead, assistants },
            plan: r
                .get::<_, Option<Uuid>>(9)
                .and_then(|p| planned.get(&p).copied()),
        };
        out.extend(class_unit(facts));
    }
    Ok(out)
}

/// The lessons practised in each kiosk visit started in `start..end` (stored times, at
/// `site`), as the server keeps them (`visit_lesson`, server migration 4): the kiosk steps
/// and answers of its learner from its start to its end; with each lesson, of its latest
/// answer to each question (answers taken back left out) how many there are and how many
/// are right.
const PRACTISED: &str = "
    SELECT visit, learner, site, started, ended, lesson_id, answered, correct
    FROM visit_lesson
    WHERE started >= $1 AND started < $2 AND ($3::text IS NULL OR site = $3)
    ORDER BY started, visit, first, lesson_id";

/// How many visit lessons a fetch brings (a few megabytes).
const CHUNK: i32 = 20_000;

/// A count the server keeps as an integer (never below zero).
fn count(n: i32) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// A kiosk visit being read: its uuid, learner, site, and when it began and ended (None
/// when a stored time cannot be read: such a visit counts nothing).
type Reading = (
    Uuid,
    LearnerId,
    Arc<str>,
    Option<(DateTime<Utc>, DateTime<Utc>)>,
);

/// The kiosk visits started in `start..end` (stored times), as units.
pub(super) fn visits(
    tx: &mut Transaction,
    (start, end): (&str, &str),
    site: Option<&str>,
    names: &mut Names,
    zone: Zone,
    numbers: &mut Numbering,
) -> Result<Vec<Unit>, DistrictError> {
    let mut out = Vec::new();
    let mut visit: Option<Reading> = None;
    let mut practised: Vec<Practised> = Vec::new();
    let flush = |out: &mut Vec<Unit>, visit: &Option<Reading>, practised: &mut Vec<Practised>| {
        if let Some((_, learner, site, Some(span))) = visit {
            visit_units(out, (site, *learner), *span, practised, zone);
        }
        practised.clear();
    };
    // Read a chunk at a time (hundreds of thousands of visits), not gathered first, nor
    // row by row: the client library's work for each fetch cost as much as the rows.
    let params: [&(dyn ToSql + Sync); 3] = [&start, &end, &site];
    let portal = tx.bind(PRACTISED, &params)?;
    loop {
        let chunk = tx.query_portal(&portal, CHUNK)?;
        for r in &chunk {
            let uuid: Uuid = r.get(0);
            if visit.as_ref().is_none_or(|v| v.0 != uuid) {
                flush(&mut out, &visit, &mut practised);
                let span = visit_span(r.get(3), r.get(4));
                visit = Some((uuid, numbers.id(r.get(1)), names.site(r.get(2)), span));
            }
            let answered = count(r.get(6));
            practised.push(Practised {
                lesson: names.lesson(r.get(5)),
                answered,
                right: count(r.get(7)).min(answered),
            });
        }
        if chunk.len() < CHUNK as usize {
            break;
        }
    }
    flush(&mut out, &visit, &mut practised);
    Ok(out)
}

/// Of the learners numbered so far (those the period counts), the ones who took part
/// before `from`: in a class before that day, or in a kiosk visit begun before its first
/// moment with anything practised. Asked per learner through the indexes on attendance
/// and on visit lessons by learner, not by reading every earlier row.
pub(super) fn seen_before(
    tx: &mut Transaction,
    from: NaiveDate,
    zone: Zone,
    numbers: &mut Numbering,
) -> Result<HashSet<LearnerId>, DistrictError> {
    let (start, _) = zone.bounds(Some(from), None);
    let counted: Vec<Uuid> = numbers.ids.keys().copied().collect();
    let rows = tx.query(
        "SELECT u.learner FROM unnest($3::uuid[]) AS u(learner)
         WHERE (EXISTS (SELECT 1 FROM attendance a JOIN class_session s ON s.uuid = a.session
                        WHERE a.learner = u.learner AND s.deleted IS NULL AND s.date < $1)
                AND EXISTS (SELECT 1 FROM learner l WHERE l.uuid = u.learner))
            OR EXISTS (SELECT 1 FROM visit_lesson v
                       WHERE v.learner = u.learner AND v.started < $2)",
        &[&from.format("%Y-%m-%d").to_string(), &start, &counted],
    )?;
    Ok(rows.into_iter().map(|r| numbers.id(r.get(0))).collect())
}

/// The code of every learner numbered so far (none for one the server no longer has).
pub(super) fn codes(
    tx: &mut Transaction,
    numbers: &mut Numbering,
) -> Result<HashMap<LearnerId, String>, DistrictError> {
    let uuids: Vec<Uuid> = numbers.ids.keys().copied().collect();
    let rows = tx.query(
        "SELECT uuid, code FROM learner WHERE uuid = ANY($1)",
        &[&uuids],
    )?;
    Ok(rows
        .into_iter()
        .map(|r| (numbers.id(r.get(0)), r.get(1)))
        .collect())
}

/// The planned sessions of days `from..=to`, by date, time and site, numbered from 1; and
/// the number of each plan's uuid (sessions point at their plan by it).
pub(super) fn plans(
    tx: &mut Transaction,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<(Vec<Plan>, UuidMap<Uuid, PlanId>), DistrictError> {
    let rows = tx.query(
        "SELECT date, time, site, lesson_id, trainer, expected, uuid FROM planned_session
         WHERE ($1::text IS NULL OR date >= $1) AND ($2::text IS NULL OR date <= $2)
         ORDER BY date, time, site, uuid",
        &[&day(from), &day(to)],
    )?;
    let mut numbers = UuidMap::default();
    let plans = rows
        .into_iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let date = NaiveDate::parse_from_str(r.get(0), "%Y-%m-%d").ok()?;
            let expected: i32 = r.get(5);
            let id = PlanId(i as i64 + 1);
            numbers.insert(r.get(6), id);
            Some(Plan {
                id,
                plan: NewPlan {
                    date,
                    time: r.get(1),
                    site: r.get(2),
                    lesson_id: r.get(3),
                    trainer: r.get(4),
                    expected: u32::try_from(expected).unwrap_or(0),
                },
            })
        })
        .collect();
    Ok((plans, numbers))
}
