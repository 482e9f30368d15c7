//! The district's decisions about who a learner is, made the same way on the server
//! (`server::push`), at a centre loading a pack (`import_local`) and at a site that pulls
//! (`local`): pure, so they are tested without a database.
//!
//! - A name or notes: the newest wins, by time and then by the edit's uuid.
//! - A merge: the record merged away becomes an alias of the one kept.
//! - An erasure: only tombstones (uuids) stay, for the person and every record merged
//!   into them.

use uuid::Uuid;

/// When a learner's name or notes were set: the time, then the edit's uuid (None: set
/// when the learner was registered, older than any edit made at the same time).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// The time, as stored (`2026-12-02T10:00:00.000Z`: compared as text).
    pub at: String,
    /// The edit's uuid; None for the value given at registration.
    pub edit: Option<Uuid>,
}

impl Stamp {
    /// The value given when the learner was registered at `created`.
    pub fn registered(created: &str) -> Stamp {
        Stamp {
            at: created.to_string(),
            edit: None,
        }
    }

    /// The value set by edit `uuid` at `at`.
    pub fn edit(at: &str, uuid: Uuid) -> Stamp {
        Stamp {
            at: at.to_string(),
            edit: Some(uuid),
        }
    }

    /// A stamp as the server keeps it: the time and the edit's uuid as text ('' for the
    /// registration).
    pub fn from_text(at: &str, edit: &str) -> Stamp {
        Stamp {
            at: at.to_string(),
            edit: Uuid::parse_str(edit).ok(),
        }
    }

    /// The edit's uuid as the server keeps it ('' for the registration).
    pub fn edit_text(&self) -> String {
        self.edit.map(|u| u.to_string()).unwrap_or_default()
    }
}

/// True when a value set at `incoming` replaces the one set at `current`: the newest wins;
/// two set at the same time are settled by the edits' uuids, so every place that sees
/// both keeps the same one, whatever the order they arrived in.
pub fn replaces(current: &Stamp, incoming: &Stamp) -> bool {
    incoming > current
}

/// What a merge of one learner record into another does, given each as the learner it
/// stands for now (None: not known here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeAction<T> {
    /// Nothing: the learner kept is not known here, or both are one person already.
    Nothing,
    /// The record merged away is not known here: its uuid becomes an alias of the learner
    /// kept, so rows arriving later under it find the person.
    Alias {
        /// The learner kept.
        kept: T,
    },
    /// Everything of `gone` moves to `kept`; `gone` is deleted and lives on as an alias.
    Move {
        /// The learner kept.
        kept: T,
        /// The learner merged away.
        gone: T,
    },
}

/// Decides a merge of `gone` into `kept` (each resolved through the aliases already).
pub fn merge_action<T: PartialEq + Copy>(kept: Option<T>, gone: Option<T>) -> MergeAction<T> {
    match (kept, gone) {
        (None, _) => MergeAction::Nothing,
        (Some(kept), None) => MergeAction::Alias { kept },
        (Some(kept), Some(gone)) if kept == gone => MergeAction::Nothing,
        (Some(kept), Some(gone)) => MergeAction::Move { kept, gone },
    }
}

/// The uuids an erasure of `erased` leaves as tombstones, in order and once each: the
/// uuid erased, the person it stands for (`person`, when known), and every record merged
/// into that person (`aliases`). Rows about any of them that arrive later are dropped.
pub fn tombstones(erased: Uuid, person: Option<Uuid>, aliases: &[Uuid]) -> Vec<Uuid> {
    let mut all = vec![erased];
    for uuid in person.into_iter().chain(aliases.iter().copied()) {
        if !all.contains(&uuid) {
            all.push(uuid);
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn the_newest_name_wins_and_a_tie_goes_to_the_larger_edit_uuid() {
        let registered = Stamp::registered("2026-12-01T09:00:00.000Z");
        let later = Stamp::edit("2026-12-02T09:00:00.000Z", u(5));
        let earlier = Stamp::edit("2026-11-30T09:00:00.000Z", u(9));
        assert!(replaces(&registered, &later));
        assert!(!replaces(&later, &registered));
        assert!(
            !replaces(&registered, &earlier),
            "older than the registration"
        );
        assert!(replaces(&earlier, &registered));
        // At the same instant: the larger uuid wins, whichever arrives first.
        let twin = Stamp::edit("2026-12-02T09:00:00.000Z", u(7));
        assert!(replaces(&later, &twin));
        assert!(!replaces(&twin, &later));
        // An edit at the very time of the registration still wins over it.
        let same_time = Stamp::edit("2026-12-01T09:00:00.000Z", u(1));
        assert!(replaces(&registered, &same_time));
        // The same edit twice changes nothing.
        assert!(!replaces(&later, &later.clone()));
    }

    #[test]
    fn stamps_read_back_from_the_servers_text() {
        let s = Stamp::edit("2026-12-02T09:00:00.000Z", u(0xabc));
        assert_eq!(Stamp::from_text(&s.at, &s.edit_text()), s);
        let r = Stamp::registered("2026-12-01T09:00:00.000Z");
        assert_eq!(r.edit_text(), "");
        assert_eq!(Stamp::from_text(&r.at, ""), r);
        // The server compares the uuid as text: the same order as the uuids themselves.
        let (a, b) = (u(0x0f00), u(0xa000));
        assert!(a < b && a.to_string() < b.to_string());
    }

    #[test]
    fn a_merge_aliases_or_moves_or_does_nothing() {
        assert_eq!(merge_action::<i64>(None, Some(2)), MergeAction::Nothing);
        assert_eq!(merge_action::<i64>(None, None), MergeAction::Nothing);
        assert_eq!(merge_action(Some(1), None), MergeAction::Alias { kept: 1 });
        assert_eq!(merge_action(Some(1), Some(1)), MergeAction::Nothing);
        assert_eq!(
            merge_action(Some(1), Some(2)),
            MergeAction::Move { kept: 1, gone: 2 }
        );
    }

    #[test]
    fn an_erasure_tombstones_the_person_and_every_record_merged_into_them() {
        assert_eq!(tombstones(u(1), None, &[]), vec![u(1)]);
        assert_eq!(tombstones(u(1), Some(u(1)), &[]), vec![u(1)]);
        // A record merged away is erased: the person it became goes too, with the rest.
        assert_eq!(
            tombstones(u(2), Some(u(1)), &[u(2), u(3)]),
            vec![u(2), u(1), u(3)]
        );
    }
}
