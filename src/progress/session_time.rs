//! A class session's time, by one rule for every report and screen (the statistics
//! table's 课时, the volunteer ledger's 服务时长, the class history's minutes).
//!
//! A session the class screens ran has its start and end saved (the first and latest
//! tick, see `sessions`), and every learner signed in is credited the time between ticks
//! no more than [`IDLE_SECONDS`] apart. Its time is the same: from the start to the end,
//! without the gaps longer than that (the laptop left open over lunch, a session reopened
//! the next day). The ticks themselves are not kept, so it is read from what is: the
//! longest time a learner on the roster was credited, plus the start up to the first
//! sign-in when that wait was no longer than [`IDLE_SECONDS`]; never more than end − start.
//!
//! A session from before the start and end were saved counts from its creation to its
//! last mark or answer, or the lesson's estimated time when it holds none.

use chrono::{DateTime, Duration, Utc};
use rusqlite::OptionalExtension;

use super::classes::SessionId;
use super::{Store, StoreError};

/// The longest gap between two saved actions of a session that still counts as class time.
pub const IDLE_SECONDS: i64 = 30 * 60;

/// A session's start and end.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// What a session's time is read from, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFacts {
    /// When the session was made.
    pub created: Option<DateTime<Utc>>,
    /// Its first tick (None before the class screens saved it).
    pub started: Option<DateTime<Utc>>,
    /// Its latest tick.
    pub ended: Option<DateTime<Utc>>,
    /// The most seconds credited to one learner on its roster.
    pub longest_presence: i64,
    /// The first sign-in of a learner on its roster.
    pub first_sign_in: Option<DateTime<Utc>>,
    /// Its latest mark or answer.
    pub last_record: Option<DateTime<Utc>>,
}

/// A session's start, end and the seconds of it that count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionTime {
    /// When it began and ended.
    pub span: Span,
    /// The seconds that count (gaps left out).
    pub seconds: i64,
}

impl SessionTime {
    /// The minutes that count.
    pub fn minutes(&self) -> f64 {
        self.seconds as f64 / 60.0
    }
}

/// The time of a session with `facts`; `estimated_minutes` (the lesson's) stands in for an
/// older session with nothing recorded. See the module's note.
pub fn session_time(facts: &SessionFacts, estimated_minutes: u32) -> SessionTime {
    if let (Some(start), Some(end)) = (facts.started, facts.ended)
        && end >= start
    {
        let wait = facts
            .first_sign_in
            .map(|s| (s - start).num_seconds())
            .filter(|w| (0..=IDLE_SECONDS).contains(w))
            .unwrap_or(0);
        let seconds = (facts.longest_presence.max(0) + wait).min((end - start).num_seconds());
        return SessionTime {
            span: (start, end),
            seconds,
        };
    }
    let start = facts.created.or(facts.started).unwrap_or_default();
    match facts.last_record.filter(|e| *e > start) {
        Some(end) => SessionTime {
            span: (start, end),
            seconds: (end - start).num_seconds(),
        },
        None => {
            let seconds = i64::from(estimated_minutes) * 60;
            SessionTime {
                span: (start, start + Duration::seconds(seconds)),
                seconds,
            }
        }
    }
}

fn parse(text: Option<String>) -> Option<DateTime<Utc>> {
    text.and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc))
}

impl Store {
    /// What a session's time is read from; None for a session that is not there.
    pub fn session_facts(&self, id: SessionId) -> Result<Option<SessionFacts>, StoreError> {
        self.conn
            .query_row(
                "SELECT created, started, ended,
                   (SELECT coalesce(max(seconds), 0) FROM attendance WHERE session = ?1),
                   (SELECT min(added) FROM attendance WHERE session = ?1),
                   (SELECT max(at) FROM (
                      SELECT max(at) AS at FROM step_event WHERE session = ?1
                      UNION ALL SELECT max(at) FROM quiz_answer WHERE session = ?1))
                 FROM class_session WHERE id = ?1",
                [id.0],
                |r| {
                    Ok(SessionFacts {
                        created: parse(r.get(0)?),
                        started: parse(r.get(1)?),
                        ended: parse(r.get(2)?),
                        longest_presence: r.get(3)?,
                        first_sign_in: parse(r.get(4)?),
                        last_record: parse(r.get(5)?),
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// A session's time by the one rule (see [`session_time`]); None for a session that is
    /// not there.
    pub fn session_time(
        &self,
        id: SessionId,
        estimated_minutes: u32,
    ) -> Result<Option<SessionTime>, StoreError> {
        Ok(self
            .session_facts(id)?
            .map(|f| session_time(&f, estimated_minutes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 10, 19, h, m, 0).unwrap()
    }

    fn ran(
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        presence_min: i64,
        sign_in: DateTime<Utc>,
    ) -> SessionFacts {
        SessionFacts {
            created: Some(start),
            started: Some(start),
            ended: Some(end),
            longest_presence: presence_min * 60,
            first_sign_in: Some(sign_in),
            last_record: None,
        }
    }

    #[test]
    fn a_session_the_class_screens_ran_counts_its_start_to_its_end() {
        let t = session_time(&ran(at(1, 0), at(1, 50), 48, at(1, 2)), 30);
        assert_eq!(t.span, (at(1, 0), at(1, 50)));
        assert_eq!(
            t.seconds,
            50 * 60,
            "the two minutes before the first sign-in count"
        );
    }

    #[test]
    fn a_gap_longer_than_half_an_hour_counts_nothing() {
        // 50 minutes of class, the laptop left open, the class ended 70 minutes later.
        let t = session_time(&ran(at(1, 0), at(3, 0), 50, at(1, 0)), 30);
        assert_eq!(t.span, (at(1, 0), at(3, 0)));
        assert_eq!(t.minutes(), 50.0);
        // A first sign-in more than half an hour after the start: the wait counts nothing.
        let t = session_time(&ran(at(1, 0), at(2, 40), 60, at(1, 40)), 30);
        assert_eq!(t.minutes(), 60.0);
    }

    #[test]
    fn never_more_than_the_end_less_the_start() {
        let t = session_time(&ran(at(1, 0), at(1, 30), 30, at(1, 10)), 30);
        assert_eq!(t.minutes(), 30.0);
    }

    #[test]
    fn an_older_session_counts_to_its_last_record_or_the_lesson_time() {
        let mut f = SessionFacts {
            created: Some(at(1, 0)),
            last_record: Some(at(2, 30)),
            ..SessionFacts::default()
        };
        assert_eq!(session_time(&f, 30).minutes(), 90.0);
        f.last_record = None;
        let t = session_time(&f, 30);
        assert_eq!(t.minutes(), 30.0);
        assert_eq!(t.span, (at(1, 0), at(1, 30)));
    }
}
