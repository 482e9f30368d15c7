//! A learner leaving early (their class time stops then) or coming back.

use super::{Class, Effect};
use crate::i18n::fill;
use crate::progress::LearnerId;

impl Class {
    /// The chosen learner (in the grid or the list of who is here) left early, or, if they
    /// had, came back.
    pub(crate) fn left_early(&mut self) -> Vec<Effect> {
        let Some(a) = self.attendees.get(self.row) else {
            return Vec::new();
        };
        let learner = a.learner.id;
        let left = self.times.left(learner).is_none();
        let r = &self.lang.text().room;
        let said = if left { r.left_early } else { r.came_back };
        self.status = Some(fill(said, &[("name", &self.label(&a.learner))]));
        vec![Effect::LeftEarly { learner, left }]
    }

    /// True when `learner` left early and is not back.
    pub fn has_left(&self, learner: LearnerId) -> bool {
        self.times.left(learner).is_some()
    }
}
