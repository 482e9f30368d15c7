//! The kiosk as a program of the runtime, and its edge: the progress store (look-ups, new
//! learners, every outcome saved as it happens) and read-aloud. No terminal here, so tests
//! drive a whole kiosk against a temp data folder by sending it messages.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use crossterm::event::Event;
use ratatui::Frame;

use super::state::{Effect, Kiosk, Msg, Reply};
use crate::progress::error::LearnerProblem;
use crate::progress::learners::masked_name;
use crate::progress::{Learner, LearnerId, LessonProgress, Store, StoreError, VisitId};
use crate::runtime::{Edge, Hits, Program, Runner};
use crate::speech::Speaker;
use crate::ui::theme::Theme;

/// Set in tests only: panic right after the first frame, to check the terminal is given
/// back and the exit status is not zero.
pub const PANIC_FOR_TESTS: &str = "ZHULAO_KIOSK_PANIC_FOR_TESTS";

/// How often the clock ticks while nothing happens (the countdowns move on screen).
const TICK: Duration = Duration::from_millis(500);

/// The kiosk with its edge, as the terminal loop and the tests run it.
pub type Driver = Runner<Kiosk, KioskEdge>;

impl Program for Kiosk {
    type Msg = Msg;
    type Effect = Effect;
    type Tap = Msg;

    fn update(&mut self, msg: Msg) -> Vec<Effect> {
        Kiosk::update(self, msg)
    }

    fn view(&self, frame: &mut Frame, theme: &Theme, hits: &mut Hits<Msg>) {
        super::view::render(frame, self, theme, hits);
    }

    fn on_event(&self, event: &Event, hits: &Hits<Msg>) -> Option<Msg> {
        super::input::to_msg(self, event, hits)
    }

    fn on_tick(&self, now: DateTime<Utc>) -> Option<Msg> {
        Some(Msg::Tick(now))
    }

    fn tick_every(&self) -> Option<Duration> {
        Some(TICK)
    }

    fn theme(&self) -> Theme {
        Theme::named(self.theme)
    }

    fn done(&self) -> bool {
        self.quit
    }
}

/// What the kiosk's effects are carried out with: its store and speaker.
pub struct KioskEdge {
    /// None when the store could not open: nothing is saved and sign-in says so calmly.
    pub store: Option<Store>,
    /// None when read-aloud is off.
    pub speaker: Option<Speaker>,
    /// Panic right after the first frame (for the test that the terminal is given back).
    pub panic_after_frame: bool,
    /// True from a text's start until its end was told (see `Reply::Speaking`).
    speaking: bool,
    /// The data folder the guessing limits are kept in; None: not kept (tests).
    pub limits_dir: Option<std::path::PathBuf>,
    /// The signed-in learner's visit, stored with the kiosk's site for the reports.
    visit: Option<VisitId>,
}

impl KioskEdge {
    /// An edge on this store and speaker.
    pub fn new(store: Option<Store>, speaker: Option<Speaker>) -> KioskEdge {
        KioskEdge {
            store,
            speaker,
            panic_after_frame: false,
            speaking: false,
            limits_dir: None,
            visit: None,
        }
    }
}

impl Edge<Kiosk> for KioskEdge {
    fn run(&mut self, kiosk: &Kiosk, effect: Effect) -> Vec<Msg> {
        self.carry_out(kiosk, effect)
            .map(Msg::Reply)
            .into_iter()
            .collect()
    }

    fn after_frame(&mut self, kiosk: &Kiosk) -> Vec<Msg> {
        if self.panic_after_frame {
            panic!("{PANIC_FOR_TESTS} is set");
        }
        if kiosk.session.is_none() {
            self.end_visit(kiosk);
        }
        let done = self.speaking
            && !self
                .speaker
                .as_mut()
                .is_some_and(crate::speech::Speaker::speaking);
        if done {
            self.speaking = false;
            return vec![Msg::Reply(Reply::Speaking(false))];
        }
        Vec::new()
    }

    fn poll_every(&self) -> Option<std::time::Duration> {
        self.speaking.then_some(crate::speech::SPEECH_POLL)
    }
}

impl KioskEdge {
    fn carry_out(&mut self, kiosk: &Kiosk, effect: Effect) -> Option<Reply> {
        let now = kiosk.now;
        match effect {
            Effect::Speak(text) => {
                // A missing speech program was reported at start; the lesson goes on.
                let pronounce = kiosk.player().map_or(&[][..], |p| &p.lesson.pronounce[..]);
                self.speaker.as_mut()?.speak_with(&text, pronounce).ok()?;
                self.speaking = true;
                Some(Reply::Speaking(true))
            }
            Effect::StopSpeech => {
                self.speaker.as_mut()?.stop();
                std::mem::take(&mut self.speaking).then_some(Reply::Speaking(false))
            }
            Effect::Quit => None,
            Effect::SaveLimits(limits) => {
                // Not kept (a read-only folder): the limits still hold while it runs.
                let _ = self
                    .limits_dir
                    .as_ref()
                    .map(|dir| super::limits::save(dir, &limits));
                None
            }
            Effect::FindLearner(code) => {
                let reply = self.sign_in(kiosk, &code);
                Some(self.begin_visit(kiosk, reply))
            }
            Effect::CreateLearner { name, code } => {
                let Some(store) = self.store.as_mut() else {
                    return Some(Reply::StoreProblem);
                };
                let reply = match store.add_learner(&name, Some(&code), now) {
                    Ok(l) => Reply::SignedIn {
                        learner: l.id,
                        masked: greeting_name(&l),
                        progress: HashMap::new(),
                    },
                    Err(StoreError::Learner {
                        detail: LearnerProblem::CodeTaken(_),
                    }) => Reply::CodeTaken,
                    Err(_) => Reply::StoreProblem,
                };
                Some(self.begin_visit(kiosk, reply))
            }
            Effect::LoadProgress(learner) => match self.progress(kiosk, learner) {
                Ok(p) => Some(Reply::Progress(p)),
                Err(_) => Some(Reply::StoreProblem),
            },
            Effect::Record(event) => {
                self.extend_visit(now);
                let store = self.store.as_mut()?;
                store.record_step(&event).err().map(|_| Reply::StoreProblem)
            }
            Effect::Answer(event) => {
                self.extend_visit(now);
                let store = self.store.as_mut()?;
                store
                    .record_answer(&event)
                    .err()
                    .map(|_| Reply::StoreProblem)
            }
        }
    }

    /// A learner signed in: their visit starts, at the kiosk's site. (A visit that cannot
    /// be stored only goes uncounted; practice goes on.)
    fn begin_visit(&mut self, kiosk: &Kiosk, reply: Reply) -> Reply {
        self.end_visit(kiosk);
        if let (Reply::SignedIn { learner, .. }, Some(store)) = (&reply, self.store.as_mut()) {
            self.visit = store.start_visit(*learner, &kiosk.site, kiosk.now).ok();
        }
        reply
    }

    fn extend_visit(&mut self, now: DateTime<Utc>) {
        if let (Some(id), Some(store)) = (self.visit, self.store.as_mut()) {
            let _ = store.extend_visit(id, now);
        }
    }

    /// The visit ends with the session (signing out or the idle timeout).
    fn end_visit(&mut self, kiosk: &Kiosk) {
        self.extend_visit(kiosk.now);
        self.visit = None;
    }

    fn sign_in(&self, kiosk: &Kiosk, code: &str) -> Reply {
        let Some(store) = &self.store else {
            return Reply::StoreProblem;
        };
        match store.learner_by_code(code) {
            Ok(l) => match self.progress(kiosk, l.id) {
                Ok(progress) => Reply::SignedIn {
                    learner: l.id,
                    masked: greeting_name(&l),
                    progress,
                },
                Err(_) => Reply::StoreProblem,
            },
            Err(StoreError::Learner {
                detail: LearnerProblem::NotFound(_),
            }) if crate::progress::code::is_mistyped(code) => Reply::CodeMistyped,
            Err(StoreError::Learner {
                detail: LearnerProblem::NotFound(_),
            }) => Reply::CodeUnknown,
            Err(_) => Reply::StoreProblem,
        }
    }

    /// A learner's progress by lesson id, for the lessons the kiosk offers that they have
    /// begun (the others show as not started).
    fn progress(
        &self,
        kiosk: &Kiosk,
        learner: LearnerId,
    ) -> Result<HashMap<String, LessonProgress>, StoreError> {
        let Some(store) = &self.store else {
            return Ok(HashMap::new());
        };
        store.begun_progress(learner, &kiosk.library.lessons)
    }
}

/// The name the kiosk greets a learner by: masked (王*英), except the name the kiosk stores
/// for a learner who gave none ("学员 4096"), which holds nothing personal; salutations
/// (王女士) `masked_name` itself leaves as they are.
fn greeting_name(learner: &Learner) -> String {
    if super::draft::is_unnamed(&learner.display_name, &learner.code) {
        return learner.display_name.clone();
    }
    masked_name(&learner.display_name)
}
