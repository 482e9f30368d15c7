//! Sessions planned ahead (date, time, site, lesson, trainer, how many are expected), for
//! the 活动安排表 and for offering today's plans first in class mode.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::params;

use super::classes::SessionId;
use super::model::{PlanId, timestamp};
use super::{Store, StoreError};

/// What a plan is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPlan {
    /// The day of the session.
    pub date: NaiveDate,
    /// When it starts (and ends), as written: "09:30" or "09:30-11:00".
    pub time: String,
    /// Where it is held.
    pub site: String,
    /// The lesson it teaches.
    pub lesson_id: String,
    /// Who teaches it.
    pub trainer: String,
    /// How many participants are expected.
    pub expected: u32,
}

/// A planned session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Its row id, which `plan remove` takes.
    pub id: PlanId,
    /// What was planned.
    pub plan: NewPlan,
}

/// A plan of one day, and the session that held it (started from it in class mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TodayPlan {
    /// The plan.
    pub plan: Plan,
    /// The session started from it and not deleted; None while it was not held.
    pub held: Option<SessionId>,
}

/// A time as plans take it: "09:30" or "09:30-11:00" (also with "～" or "至"), written
/// back as HH:MM or HH:MM-HH:MM; None when it cannot be read or ends before it starts.
pub fn read_time(text: &str) -> Option<String> {
    let text = text.trim();
    let one = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    let parts: Vec<&str> = text.split(['-', '～', '~', '至']).collect();
    match parts.as_slice() {
        [a] => one(a).map(|a| a.format("%H:%M").to_string()),
        [a, b] => {
            let (a, b) = (one(a)?, one(b)?);
            (b > a).then(|| format!("{}-{}", a.format("%H:%M"), b.format("%H:%M")))
        }
        _ => None,
    }
}

fn clean(text: &str) -> String {
    crate::lesson::sanitize_line(text).trim().to_string()
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl Store {
    /// Adds a plan (texts cleaned of control characters).
    pub fn add_plan(&mut self, new: &NewPlan, now: DateTime<Utc>) -> Result<Plan, StoreError> {
        let plan = NewPlan {
            date: new.date,
            time: clean(&new.time),
            site: clean(&new.site),
            lesson_id: clean(&new.lesson_id),
            trainer: clean(&new.trainer),
            expected: new.expected,
        };
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO planned_session (date, time, site, lesson_id, trainer, expected, created)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    iso(plan.date),
                    plan.time,
                    plan.site,
                    plan.lesson_id,
                    plan.trainer,
                    plan.expected,
                    timestamp(now)
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Plan {
            id: PlanId(id),
            plan,
        })
    }

    /// Removes a plan; false when there was none with this id.
    pub fn remove_plan(&mut self, id: PlanId) -> Result<bool, StoreError> {
        self.write(|tx| {
            tx.execute("DELETE FROM planned_session WHERE id = ?1", [id.0])
                .map(|n| n > 0)
        })
    }

    /// The plans for days `from..=to` (None: open), by date, time and site.
    pub fn plans_between(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Plan>, StoreError> {
        let from = from.map_or_else(|| "0000-01-01".to_string(), iso);
        let to = to.map_or_else(|| "9999-12-31".to_string(), iso);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, date, time, site, lesson_id, trainer, expected FROM planned_session
                 WHERE date BETWEEN ?1 AND ?2 ORDER BY date, time, site, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([from, to], |r| {
                let date: String = r.get(1)?;
                Ok(Plan {
                    id: PlanId(r.get(0)?),
                    plan: NewPlan {
                        date: NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap_or_default(),
                        time: r.get(2)?,
                        site: r.get(3)?,
                        lesson_id: r.get(4)?,
                        trainer: r.get(5)?,
                        expected: r.get(6)?,
                    },
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// The plans of day `date` (at `site` only, when one is given), with the session that
    /// held each, by time.
    pub fn plans_on(
        &self,
        date: NaiveDate,
        site: Option<&str>,
    ) -> Result<Vec<TodayPlan>, StoreError> {
        let plans = self.plans_between(Some(date), Some(date))?;
        let mut out = Vec::new();
        for plan in plans {
            if site.is_some_and(|s| s.trim() != plan.plan.site) {
                continue;
            }
            let held: Option<i64> = self
                .conn
                .query_row(
                    "SELECT min(id) FROM class_session WHERE plan = ?1 AND deleted IS NULL",
                    [plan.id.0],
                    |r| r.get(0),
                )
                .map_err(|e| self.err(e))?;
            out.push(TodayPlan {
                plan,
                held: held.map(SessionId),
            });
        }
        Ok(out)
    }

    /// Records that session `session` holds plan `plan`.
    pub fn link_plan(&mut self, session: SessionId, plan: PlanId) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE class_session SET plan = ?2 WHERE id = ?1",
                params![session.0, plan.0],
            )
            .map(drop)
        })
    }
}
