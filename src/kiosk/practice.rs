//! Practising at the kiosk: the learner's lessons and the player, whose outcomes become
//! events with mode `kiosk` for a signed-in learner and nothing at all for a guest.

use std::collections::HashMap;

use super::state::{Button, Effect, Kiosk, Msg, Session};
use crate::player::Msg as PlayerMsg;
use crate::player::sitting::{Effect as SittingEffect, Sitting};
use crate::progress::{LearnerId, LessonProgress, Mode};

impl Kiosk {
    pub(super) fn start_session(
        &mut self,
        learner: Option<LearnerId>,
        masked: String,
        progress: HashMap<String, LessonProgress>,
    ) {
        let mut home = self.library.clone();
        home.set_progress(None, progress);
        self.session = Some(Session {
            learner,
            masked,
            home,
            sitting: None,
        });
    }

    pub(super) fn lessons_input(&mut self, msg: Msg) -> Vec<Effect> {
        use crate::app::home::{Action, Msg as HomeMsg};
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        if session.sitting.is_some() {
            return match msg {
                Msg::Player(PlayerMsg::EndVisit) => self.end_session(),
                Msg::Player(m) => self.player_input(m),
                // F10 finishes from inside a lesson too: every outcome was saved as it
                // happened, so closing the sitting loses nothing.
                Msg::SignOut | Msg::Press(Button::SignOut) => self.end_session(),
                _ => Vec::new(),
            };
        }
        let home = &mut session.home;
        let action = match msg {
            Msg::Up => home.update(HomeMsg::Up),
            Msg::Down => home.update(HomeMsg::Down),
            Msg::Press(Button::Resume) => {
                home.on_resume = home.resume.is_some();
                home.update(HomeMsg::Open)
            }
            Msg::Press(Button::Lesson(i)) if i < home.lessons.len() => {
                home.selected = i;
                home.on_resume = false;
                // One tap opens the lesson: the kiosk has no details step.
                home.details_open = true;
                home.update(HomeMsg::Open)
            }
            Msg::Enter => {
                home.details_open = !home.on_resume;
                home.update(HomeMsg::Open)
            }
            Msg::SignOut | Msg::Press(Button::SignOut) => return self.end_session(),
            _ => None,
        };
        home.details_open = false;
        match action {
            Some(Action::Start { lesson, step }) => self.open_lesson(lesson, step),
            _ => Vec::new(),
        }
    }

    fn open_lesson(&mut self, lesson: usize, step: usize) -> Vec<Effect> {
        let (lang, now, read_aloud) = (self.lang, self.now, self.read_aloud);
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        let Some(Ok(lesson)) = session.home.lessons.get(lesson).map(|l| l.lesson()) else {
            return Vec::new();
        };
        let who = (session.learner, Mode::Kiosk);
        let (mut sitting, effects) =
            Sitting::open(lesson.clone(), lang, step, who, read_aloud, now);
        if let Some(p) = session.home.progress.get(lesson.id.as_str()) {
            sitting.player.done_before(&p.done);
        }
        sitting.player.end_visit = true;
        session.sitting = Some(sitting);
        effects.into_iter().filter_map(from_sitting).collect()
    }

    /// Runs a player message in the sitting: outcomes are recorded with mode `kiosk` for a
    /// signed-in learner, and not at all for a guest; leaving reloads the learner's progress.
    fn player_input(&mut self, msg: PlayerMsg) -> Vec<Effect> {
        let now = self.now;
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        let Some(sitting) = &mut session.sitting else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for effect in sitting.update(msg, now) {
            match from_sitting(effect) {
                Some(e) => out.push(e),
                None => {
                    session.sitting = None;
                    out.extend(session.learner.map(Effect::LoadProgress));
                    return out;
                }
            }
        }
        out
    }
}

/// A sitting's effect as the kiosk's own; None for `Closed`, which closes the lesson.
fn from_sitting(effect: SittingEffect) -> Option<Effect> {
    Some(match effect {
        SittingEffect::Record(event) => Effect::Record(event),
        SittingEffect::Answer(event) => Effect::Answer(event),
        SittingEffect::Speak(text) => Effect::Speak(text),
        SittingEffect::StopSpeech => Effect::StopSpeech,
        SittingEffect::Closed => return None,
    })
}
