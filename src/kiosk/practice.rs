//! Practising at the kiosk: the learner's lessons and the player, whose outcomes become
//! events with mode `kiosk` for a signed-in learner and nothing at all for a guest.

use std::collections::HashMap;

use super::state::{Button, Effect, Kiosk, Msg, Session};
use crate::app::player::{Msg as PlayerMsg, Player};
use crate::progress::{LearnerId, LessonProgress, QuizEvent, StepEvent};

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
            player: None,
            step_shown: self.now,
        });
    }

    pub(super) fn lessons_input(&mut self, msg: Msg) -> Vec<Effect> {
        use crate::app::home::{Action, Msg as HomeMsg};
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        if session.player.is_some() {
            return match msg {
                Msg::Player(m) => self.player_input(m),
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
        let Some(lesson) = session.home.lessons.get(lesson) else {
            return Vec::new();
        };
        let Ok(lesson) = lesson.lesson() else {
            return Vec::new();
        };
        let player = Player::at_step(lesson.clone(), lang, step);
        let text = player.speech_text();
        session.player = Some(player);
        session.step_shown = now;
        if read_aloud {
            vec![Effect::Speak(text)]
        } else {
            Vec::new()
        }
    }

    /// Runs a player message and turns its effects into kiosk effects: outcomes are
    /// recorded with mode `kiosk` for a signed-in learner, and not at all for a guest.
    fn player_input(&mut self, msg: PlayerMsg) -> Vec<Effect> {
        let (now, read_aloud) = (self.now, self.read_aloud);
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        let Some(player) = &mut session.player else {
            return Vec::new();
        };
        let before = (player.step, std::mem::discriminant(&player.phase));
        let inner = player.update(msg);
        let moved = (player.step, std::mem::discriminant(&player.phase)) != before;
        let (lesson_id, version) = (player.lesson.id.clone(), player.lesson.version);
        let text = player.speech_text();
        let seconds = (now - session.step_shown).num_seconds().clamp(0, 3600) as u32;
        let mut out = Vec::new();
        for effect in inner {
            use crate::app::Effect as P;
            match (effect, session.learner) {
                (P::Record { step, outcome, .. }, Some(learner)) => {
                    session.step_shown = now;
                    out.push(Effect::Record(StepEvent {
                        learner,
                        lesson: lesson_id.clone(),
                        lesson_version: version,
                        step,
                        outcome,
                        mode: crate::progress::Mode::Kiosk,
                        session: None,
                        seconds,
                        at: now,
                    }));
                }
                (
                    P::Answer {
                        question,
                        chosen,
                        correct,
                    },
                    Some(learner),
                ) => out.push(Effect::Answer(QuizEvent {
                    learner,
                    lesson: lesson_id.clone(),
                    lesson_version: version,
                    question,
                    chosen,
                    correct,
                    mode: crate::progress::Mode::Kiosk,
                    session: None,
                    at: now,
                })),
                (P::Speak(text), _) => out.push(Effect::Speak(text)),
                (P::Exit, learner) => {
                    session.player = None;
                    out.push(Effect::StopSpeech);
                    out.extend(learner.map(Effect::LoadProgress));
                    return out;
                }
                _ => {}
            }
        }
        if moved {
            session.step_shown = now;
            out.push(Effect::StopSpeech);
            if read_aloud {
                out.push(Effect::Speak(text));
            }
        }
        out
    }
}
