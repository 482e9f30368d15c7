//! One sitting at a lesson, the same for the home app and the kiosk: the player, who is
//! practising and in which mode, and how long each step was shown. Player outcomes become
//! step and quiz events (none for a guest), and a new step stops the voice and, with
//! read-aloud on, reads the step.

use chrono::{DateTime, TimeDelta, Utc};

use super::{Msg, Player};
use crate::i18n::Lang;
use crate::lesson::Lesson;
use crate::progress::{LearnerId, Mode, QuizEvent, StepEvent};

/// How long after a lesson opens or moves on (a new step, a new question) a key or tap
/// that answers or moves on is ignored. Each one ignored keeps it so, so a held Enter or a
/// trembling double tap does nothing to a step the learner has not seen; a key let go and
/// pressed again works.
pub const SETTLE: TimeDelta = TimeDelta::milliseconds(400);

/// What a sitting asks its host to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save a step outcome.
    Record(StepEvent),
    /// Save an answer to a check question.
    Answer(QuizEvent),
    /// Read this aloud, stopping anything being read.
    Speak(String),
    /// Stop reading aloud.
    StopSpeech,
    /// The learner left the lesson: the host closes the sitting.
    Closed,
}

/// A learner (or a guest) at one lesson.
#[derive(Debug, Clone)]
pub struct Sitting {
    /// The lesson being played.
    pub player: Player,
    /// None for a guest: nothing is saved.
    pub learner: Option<LearnerId>,
    /// Practice on the home screen, or the kiosk.
    pub mode: Mode,
    /// Read each new step aloud without a key press.
    pub read_aloud: bool,
    /// When the step showing was shown, for the time spent on it.
    step_shown: DateTime<Utc>,
    /// Until when answering and moving on are ignored (see [`SETTLE`]).
    settle_until: DateTime<Utc>,
}

impl Sitting {
    /// Opens `lesson` at `step` at time `now`; with read-aloud on, the first step is read.
    pub fn open(
        lesson: Lesson,
        lang: Lang,
        step: usize,
        who: (Option<LearnerId>, Mode),
        read_aloud: bool,
        now: DateTime<Utc>,
    ) -> (Sitting, Vec<Effect>) {
        let mut player = Player::at_step(lesson, lang, step);
        // Self-practice shuffles the check questions' options per learner; a class keeps
        // the file's order so that "option 2" means one thing to the whole room (see
        // `player::quiz`).
        player.shuffle_for = match who {
            (_, Mode::Class) => None,
            (Some(learner), _) => Some(format!("learner-{}", learner.0)),
            (None, _) => Some("guest".to_string()),
        };
        let effects = match read_aloud {
            true => vec![Effect::Speak(player.speech_text())],
            false => Vec::new(),
        };
        let sitting = Sitting {
            player,
            learner: who.0,
            mode: who.1,
            read_aloud,
            step_shown: now,
            settle_until: now + SETTLE,
        };
        (sitting, effects)
    }

    /// Runs a player message at time `now` and says what must happen outside.
    pub fn update(&mut self, msg: Msg, now: DateTime<Utc>) -> Vec<Effect> {
        if msg.acts() && now < self.settle_until {
            self.settle_until = now + SETTLE;
            return Vec::new();
        }
        let player = &mut self.player;
        let before = player.position();
        let feedback = player.feedback;
        let inner = player.update(msg);
        let moved = player.position() != before;
        let answered = !moved && player.feedback != feedback;
        let seconds = (now - self.step_shown).num_seconds().clamp(0, 3600) as u32;
        let (lesson, version) = (&player.lesson.id, player.lesson.version);
        let mut out = Vec::new();
        for effect in inner {
            use super::Effect as P;
            match (effect, self.learner) {
                (P::Record { step, outcome, .. }, Some(learner)) => {
                    self.step_shown = now;
                    out.push(Effect::Record(StepEvent {
                        learner,
                        lesson: lesson.clone(),
                        lesson_version: version,
                        step,
                        outcome,
                        mode: self.mode,
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
                    lesson: lesson.clone(),
                    lesson_version: version,
                    question,
                    chosen,
                    correct,
                    mode: self.mode,
                    session: None,
                    at: now,
                })),
                (P::Speak(text), _) => out.push(Effect::Speak(text)),
                (P::Silence, _) => out.push(Effect::StopSpeech),
                (P::Exit, _) => {
                    out.extend([Effect::StopSpeech, Effect::Closed]);
                    return out;
                }
                (P::Record { .. } | P::Answer { .. }, None) => {}
            }
        }
        if moved {
            self.settle_until = now + SETTLE;
            self.step_shown = now;
            out.push(Effect::StopSpeech);
            if self.read_aloud {
                out.push(Effect::Speak(self.player.speech_text()));
            }
        } else if answered
            && self.read_aloud
            && let Some(words) = self.player.feedback_words()
        {
            // With read-aloud on, the hint or the "done" after a try is read too.
            out.push(Effect::Speak(words));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::Library;
    use chrono::TimeDelta;

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + TimeDelta::seconds(s)
    }

    fn lesson() -> Lesson {
        Library::load(&[]).lessons.remove(0).lesson
    }

    #[test]
    fn a_learner_step_is_saved_with_its_time_and_a_new_step_is_read() {
        let who = (Some(LearnerId(7)), Mode::Kiosk);
        let (mut s, first) = Sitting::open(lesson(), Lang::Zh, 0, who, true, t(0));
        assert!(matches!(&first[..], [Effect::Speak(_)]));
        // Moving on saves the step (if it counts) with the time it was shown; the voice
        // stops and the next step is read.
        let effects = s.update(Msg::NextStep, t(30));
        for e in &effects {
            if let Effect::Record(event) = e {
                assert_eq!((event.seconds, event.mode), (30, Mode::Kiosk));
                assert_eq!(event.learner, LearnerId(7));
            }
        }
        assert!(effects.contains(&Effect::StopSpeech));
        assert_eq!(s.player.step, 1);
        assert!(matches!(effects.last(), Some(Effect::Speak(_))));
        let effects = s.update(Msg::Back, t(40));
        assert_eq!(effects, vec![Effect::StopSpeech, Effect::Closed]);
    }

    #[test]
    fn practice_shuffles_the_options_per_learner_and_a_class_keeps_the_file_order() {
        let open = |who| Sitting::open(lesson(), Lang::Zh, 0, who, false, t(0)).0;
        let class = open((Some(LearnerId(7)), Mode::Class));
        assert_eq!(class.player.shuffle_for, None);
        let a = open((Some(LearnerId(7)), Mode::Practice));
        let b = open((Some(LearnerId(7)), Mode::Kiosk));
        assert_eq!(a.player.shuffle_for.as_deref(), Some("learner-7"));
        assert_eq!(
            a.player.shuffle_for, b.player.shuffle_for,
            "one order per learner"
        );
        assert_eq!(
            open((None, Mode::Practice)).player.shuffle_for.as_deref(),
            Some("guest")
        );
    }

    #[test]
    fn a_guest_saves_nothing() {
        let (mut s, first) =
            Sitting::open(lesson(), Lang::Zh, 0, (None, Mode::Practice), false, t(0));
        assert!(first.is_empty());
        for _ in 0..5 {
            for e in s.update(Msg::Activate, t(1)) {
                assert!(!matches!(e, Effect::Record(_) | Effect::Answer(_)), "{e:?}");
            }
        }
    }
}
