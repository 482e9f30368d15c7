//! Carrying out the kiosk's effects: the progress store (look-ups, new learners, every
//! outcome saved as it happens) and read-aloud. No terminal here, so tests drive a whole
//! kiosk against a temp data folder by sending it messages.

use std::collections::HashMap;

use super::state::{Effect, Kiosk, Msg, Reply};
use crate::progress::error::LearnerProblem;
use crate::progress::learners::masked_name;
use crate::progress::{LearnerId, LessonProgress, Store, StoreError};
use crate::speech::Speaker;

/// A kiosk with its store and speaker.
pub struct Driver {
    pub kiosk: Kiosk,
    pub store: Option<Store>,
    pub speaker: Option<Speaker>,
}

impl Driver {
    /// A driver for `kiosk`; without a store, nothing is saved and sign-in says so calmly.
    pub fn new(kiosk: Kiosk, store: Option<Store>, speaker: Option<Speaker>) -> Driver {
        Driver {
            kiosk,
            store,
            speaker,
        }
    }

    /// Updates the kiosk with `msg`, carries out the effects, and feeds the store's answers
    /// back in until there is nothing left to do.
    pub fn send(&mut self, msg: Msg) {
        let mut queue = std::collections::VecDeque::from([msg]);
        while let Some(msg) = queue.pop_front() {
            for effect in self.kiosk.update(msg) {
                if let Some(reply) = self.run(effect) {
                    queue.push_back(Msg::Reply(reply));
                }
            }
        }
    }

    fn run(&mut self, effect: Effect) -> Option<Reply> {
        let now = self.kiosk.now;
        match effect {
            Effect::Speak(text) => {
                // A missing speech program was reported at start; the lesson goes on.
                let _ = self.speaker.as_mut()?.speak(&text);
                None
            }
            Effect::StopSpeech => {
                self.speaker.as_mut()?.stop();
                None
            }
            Effect::Quit => None,
            Effect::FindLearner(code) => Some(self.sign_in(&code)),
            Effect::CreateLearner { name, code } => {
                let Some(store) = self.store.as_mut() else {
                    return Some(Reply::StoreProblem);
                };
                Some(match store.add_learner(&name, Some(&code), now) {
                    Ok(l) => Reply::SignedIn {
                        learner: l.id,
                        masked: masked_name(&l.display_name),
                        progress: HashMap::new(),
                    },
                    Err(StoreError::Learner {
                        detail: LearnerProblem::CodeTaken(_),
                    }) => Reply::CodeTaken,
                    Err(_) => Reply::StoreProblem,
                })
            }
            Effect::LoadProgress(learner) => match self.progress(learner) {
                Ok(p) => Some(Reply::Progress(p)),
                Err(_) => Some(Reply::StoreProblem),
            },
            Effect::Record(event) => {
                let store = self.store.as_mut()?;
                store.record_step(&event).err().map(|_| Reply::StoreProblem)
            }
            Effect::Answer(event) => {
                let store = self.store.as_mut()?;
                store
                    .record_answer(&event)
                    .err()
                    .map(|_| Reply::StoreProblem)
            }
        }
    }

    fn sign_in(&self, code: &str) -> Reply {
        let Some(store) = &self.store else {
            return Reply::StoreProblem;
        };
        match store.learner_by_code(code) {
            Ok(l) => match self.progress(l.id) {
                Ok(progress) => Reply::SignedIn {
                    learner: l.id,
                    masked: masked_name(&l.display_name),
                    progress,
                },
                Err(_) => Reply::StoreProblem,
            },
            Err(StoreError::Learner {
                detail: LearnerProblem::NotFound(_),
            }) => Reply::CodeUnknown,
            Err(_) => Reply::StoreProblem,
        }
    }

    /// A learner's progress by lesson id, for the lessons the kiosk offers that they have
    /// begun (the others show as not started).
    fn progress(&self, learner: LearnerId) -> Result<HashMap<String, LessonProgress>, StoreError> {
        let Some(store) = &self.store else {
            return Ok(HashMap::new());
        };
        store.begun_progress(learner, &self.kiosk.library.lessons)
    }
}
