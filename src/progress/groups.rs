//! Class groups: a class that meets every week (周二上午班) keeps its roster. A session
//! started for a group signs every member in at once; whoever is signed in to a group's
//! session (a newcomer too) joins the group; signing out for one week leaves them in it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::classes::{Attendee, ClassSession, NewSession, SessionId};
use super::model::{LearnerId, timestamp};
use super::{Store, StoreError};

/// A class group's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupId(pub i64);

/// A class group as the set-up offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassGroup {
    /// The group's row id.
    pub id: GroupId,
    /// Its name, such as 幸福社区周二班.
    pub name: String,
    /// Where it meets.
    pub site: String,
    /// How many learners are in it.
    pub members: usize,
    /// The lesson of its latest session, if it met already.
    pub last_lesson: Option<String>,
    /// The date of its latest session, if it met already.
    pub last_date: Option<NaiveDate>,
}

/// What a new session's group is: one that met before, or a new one of this name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupPick {
    /// The group that met before: its members are signed in at once.
    Existing(GroupId),
    /// A new group of this name, whose roster starts with this session.
    New(String),
}

impl Store {
    /// Every group with members, the one that met most recently first (a group that never
    /// met last).
    pub fn groups(&self) -> Result<Vec<ClassGroup>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT g.id, g.name, g.site,
                        (SELECT count(*) FROM group_member m WHERE m.grp = g.id),
                        (SELECT s.lesson_id FROM class_session s
                          WHERE s.grp = g.id AND s.deleted IS NULL ORDER BY s.date DESC, s.id DESC LIMIT 1),
                        (SELECT max(s.date) FROM class_session s WHERE s.grp = g.id AND s.deleted IS NULL),
                        (SELECT max(s.id) FROM class_session s WHERE s.grp = g.id AND s.deleted IS NULL) AS latest
                 FROM class_group g
                 ORDER BY latest IS NULL, 6 DESC, latest DESC, g.id DESC",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                let date: Option<String> = r.get(5)?;
                Ok(ClassGroup {
                    id: GroupId(r.get(0)?),
                    name: r.get(1)?,
                    site: r.get(2)?,
                    members: r.get::<_, i64>(3)?.max(0) as usize,
                    last_lesson: r.get(4)?,
                    last_date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        // A group nobody is in (its only session held for nobody) is nothing to offer.
        Ok(rows.into_iter().filter(|g| g.members > 0).collect())
    }

    /// The group a session belongs to, if any.
    pub fn session_group(&self, id: SessionId) -> Result<Option<GroupId>, StoreError> {
        self.conn
            .query_row("SELECT grp FROM class_session WHERE id = ?1", [id.0], |r| {
                r.get::<_, Option<i64>>(0)
            })
            .map(|g| g.map(GroupId))
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(self.err(e)),
            })
    }

    /// Starts a session for a group in one transaction: a new group is made first; every
    /// member of a group that met before is signed in. Returns the session, who is signed
    /// in and the group.
    pub fn start_group_session(
        &mut self,
        new: &NewSession,
        group: &GroupPick,
        now: DateTime<Utc>,
    ) -> Result<(ClassSession, Vec<Attendee>, GroupId), StoreError> {
        let session = self.create_session(new, now)?;
        let at = timestamp(now);
        let group = self.write(|tx| {
            let group = match group {
                GroupPick::Existing(g) => g.0,
                GroupPick::New(name) => {
                    let name = crate::lesson::sanitize_line(name).trim().to_string();
                    tx.execute(
                        "INSERT INTO class_group (uuid, name, site, created) VALUES (?1, ?2, ?3, ?4)",
                        params![
                            uuid::Uuid::new_v4().as_bytes().as_slice(),
                            name,
                            new.site,
                            at
                        ],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            tx.execute(
                "UPDATE class_session SET grp = ?2 WHERE id = ?1",
                params![session.id.0, group],
            )?;
            tx.execute(
                "INSERT OR IGNORE INTO attendance (session, learner, added)
                 SELECT ?1, m.learner, ?3 FROM group_member m WHERE m.grp = ?2",
                params![session.id.0, group, at],
            )?;
            Ok(GroupId(group))
        })?;
        let attendees = self.attendees(session.id)?;
        Ok((session, attendees, group))
    }

    /// Puts a learner in a group (again is harmless).
    pub fn join_group(
        &mut self,
        group: GroupId,
        learner: LearnerId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO group_member (grp, learner, added) VALUES (?1, ?2, ?3)",
                params![group.0, learner.0, timestamp(now)],
            )
            .map(drop)
        })
    }

    /// Takes a learner out of a group for good (moved away, joined another class).
    pub fn leave_group(&mut self, group: GroupId, learner: LearnerId) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM group_member WHERE grp = ?1 AND learner = ?2",
                params![group.0, learner.0],
            )
            .map(drop)
        })
    }

    /// The learners in a group, by the order they joined.
    pub fn group_members(&self, group: GroupId) -> Result<Vec<LearnerId>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT learner FROM group_member WHERE grp = ?1 ORDER BY added, learner")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([group.0], |r| Ok(LearnerId(r.get(0)?)))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }
}
