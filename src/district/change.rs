//! One change that travels from a site to the district: a row as it is now, keyed by
//! uuids only (never by a machine's own row numbers), so it means the same everywhere and
//! sending it twice changes nothing the second time.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A row to send, or a row gone (a `…Gone` change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Change {
    /// A learner as first registered; later names and notes are `LearnerEdit`s.
    Learner {
        uuid: Uuid,
        code: String,
        name: String,
        notes: String,
        created: String,
    },
    /// A rename (`field` "name") or new notes ("notes"), with when: the newest wins.
    LearnerEdit {
        uuid: Uuid,
        learner: Uuid,
        field: String,
        value: String,
        at: String,
    },
    /// Two records of one person made one: `gone` lives on as an alias of `kept`.
    LearnerMerge {
        uuid: Uuid,
        kept: Uuid,
        gone: Uuid,
        at: String,
    },
    /// A learner erased (个人信息保护法 第47条): only the uuid travels.
    LearnerErased {
        uuid: Uuid,
        at: String,
    },
    ClassGroup {
        uuid: Uuid,
        name: String,
        site: String,
        created: String,
    },
    GroupMember {
        group: Uuid,
        learner: Uuid,
        added: String,
    },
    GroupMemberGone {
        group: Uuid,
        learner: Uuid,
    },
    ClassSession {
        uuid: Uuid,
        date: String,
        site: String,
        trainer: String,
        lesson_id: String,
        created: String,
        current_step: String,
        group: Option<Uuid>,
        started: Option<String>,
        ended: Option<String>,
        deleted: Option<String>,
        /// The plan the session was started from (packs written before it: none).
        #[serde(default)]
        plan: Option<Uuid>,
    },
    ClassSessionGone {
        uuid: Uuid,
    },
    Attendance {
        session: Uuid,
        learner: Uuid,
        added: String,
        seconds: i64,
        /// When the learner left early (packs written before it: none).
        #[serde(default)]
        left_at: Option<String>,
    },
    AttendanceGone {
        session: Uuid,
        learner: Uuid,
    },
    /// The whole list of a session's volunteers: name, role, position.
    SessionVolunteers {
        session: Uuid,
        volunteers: Vec<(String, String, i64)>,
    },
    KioskVisit {
        uuid: Uuid,
        learner: Uuid,
        site: String,
        started: String,
        ended: String,
    },
    StepEvent {
        uuid: Uuid,
        learner: Uuid,
        lesson_id: String,
        lesson_version: i64,
        step_id: String,
        outcome: String,
        mode: String,
        session: Option<Uuid>,
        seconds: i64,
        at: String,
    },
    QuizAnswer {
        uuid: Uuid,
        learner: Uuid,
        lesson_id: String,
        lesson_version: i64,
        question_id: String,
        chosen: i64,
        correct: bool,
        mode: String,
        session: Option<Uuid>,
        at: String,
    },
    MarkCleared {
        event: Uuid,
        at: String,
    },
    PlannedSession {
        uuid: Uuid,
        date: String,
        time: String,
        site: String,
        lesson_id: String,
        trainer: String,
        expected: i64,
        created: String,
    },
    PlannedSessionGone {
        uuid: Uuid,
    },
}

/// What kind of row a change is, for counting them in a receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Learners, their edits, merges and erasures.
    Learners,
    /// Class groups and sessions, who attended, volunteers.
    Classes,
    /// Steps and answers recorded, marks taken back.
    Events,
    /// Kiosk visits.
    Visits,
    /// Sessions planned ahead.
    Plans,
}

impl Change {
    /// The kind of row it is.
    pub fn kind(&self) -> Kind {
        use Change::*;
        match self {
            Learner { .. } | LearnerEdit { .. } | LearnerMerge { .. } | LearnerErased { .. } => {
                Kind::Learners
            }
            ClassGroup { .. }
            | GroupMember { .. }
            | GroupMemberGone { .. }
            | ClassSession { .. }
            | ClassSessionGone { .. }
            | Attendance { .. }
            | AttendanceGone { .. }
            | SessionVolunteers { .. } => Kind::Classes,
            StepEvent { .. } | QuizAnswer { .. } | MarkCleared { .. } => Kind::Events,
            KioskVisit { .. } => Kind::Visits,
            PlannedSession { .. } | PlannedSessionGone { .. } => Kind::Plans,
        }
    }

    /// True for the changes that touch who a learner is (the server numbers them for
    /// `sync --pull`).
    pub fn is_about_learners(&self) -> bool {
        self.kind() == Kind::Learners
    }
}

/// Counts of changes: how many were sent and how many of them the other side already had.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Changes sent (or read from a pack).
    pub sent: u64,
    /// Of those, changes the other side already had, so nothing changed for them.
    pub already: u64,
}

impl Tally {
    /// Adds another tally to this one.
    pub fn add(&mut self, other: Tally) {
        self.sent += other.sent;
        self.already += other.already;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_keep_their_kind_through_json() {
        let change = Change::StepEvent {
            uuid: Uuid::from_u128(1),
            learner: Uuid::from_u128(2),
            lesson_id: "wechat-voice".into(),
            lesson_version: 3,
            step_id: "open".into(),
            outcome: "done".into(),
            mode: "kiosk".into(),
            session: None,
            seconds: 12,
            at: "2026-12-02T10:00:00.000Z".into(),
        };
        let text = serde_json::to_string(&change).unwrap();
        assert!(text.starts_with(r#"{"kind":"step_event""#), "{text}");
        assert_eq!(serde_json::from_str::<Change>(&text).unwrap(), change);
        assert_eq!(change.kind(), Kind::Events);
        assert!(!change.is_about_learners());
        let erased = Change::LearnerErased {
            uuid: Uuid::from_u128(2),
            at: "2026-12-02T10:00:00.000Z".into(),
        };
        assert!(erased.is_about_learners());
    }
}
