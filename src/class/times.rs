//! A session's time as class mode shows it: its start and end, each learner's time in it
//! and when one left early, in local time as the store answered.

use chrono::NaiveDateTime;

use crate::progress::LearnerId;

/// The session's times, as the store holds them (see `progress::sessions` on time).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Times {
    /// The session's start and end so far (its first and latest saved action).
    pub span: Option<(NaiveDateTime, NaiveDateTime)>,
    /// Each attendee's time in it, in the order they signed in.
    pub presence: Vec<Present>,
}

/// One attendee's time in the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Present {
    /// Who.
    pub learner: LearnerId,
    /// The seconds they were there.
    pub seconds: u64,
    /// When they left early; None while they stay.
    pub left: Option<NaiveDateTime>,
}

/// Whole minutes, rounded to the nearest (as the history counts a session's minutes).
pub fn minutes(seconds: u64) -> u64 {
    (seconds + 30) / 60
}

impl Times {
    /// When `learner` left early, if they did (and did not come back).
    pub fn left(&self, learner: LearnerId) -> Option<NaiveDateTime> {
        self.presence
            .iter()
            .find(|p| p.learner == learner)
            .and_then(|p| p.left)
    }

    /// The seconds `learner` was there; None when the store has no time for them.
    pub fn seconds(&self, learner: LearnerId) -> Option<u64> {
        self.presence
            .iter()
            .find(|p| p.learner == learner)
            .map(|p| p.seconds)
    }

    /// The session's length in whole minutes (rounded), once it has a start and an end.
    pub fn session_minutes(&self) -> Option<u64> {
        self.span
            .map(|(start, end)| minutes((end - start).num_seconds().max(0) as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn minutes_are_rounded_and_a_session_has_its_length() {
        assert_eq!(minutes(0), 0);
        assert_eq!(minutes(29), 0);
        assert_eq!(minutes(30), 1);
        assert_eq!(minutes(5_700), 95);
        let times = Times {
            span: Some((at(9, 30), at(11, 5))),
            presence: vec![Present {
                learner: LearnerId(7),
                seconds: 2_400,
                left: Some(at(10, 10)),
            }],
        };
        assert_eq!(times.session_minutes(), Some(95));
        assert_eq!(times.left(LearnerId(7)), Some(at(10, 10)));
        assert_eq!(times.seconds(LearnerId(7)), Some(2_400));
        assert_eq!(times.left(LearnerId(8)), None);
        assert_eq!(Times::default().session_minutes(), None);
    }
}
