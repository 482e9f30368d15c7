//! The step player: one step at a time, a task on the simulated phone, kind feedback on
//! wrong tries, then the check questions and a summary. Pure: no disk, clock or terminal.

mod answer;
pub mod effect;
pub mod keys;
pub mod quiz;
pub mod sitting;
mod targets;
mod touch;
mod typed;
pub mod view;
mod words;

use crate::i18n::Lang;
use crate::lesson::{Lesson, Task};
pub use effect::{Effect, Outcome};
use quiz::Quiz;
pub use touch::TouchKeys;
pub use typed::{normalize_typed, typed_matches};

/// Wrong tries after which the right element is highlighted and named.
pub const REVEAL_AFTER: u32 = 3;

pub use crate::ui::phone::Target;

/// What can happen in the player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// → or PageDown: on to the next step (or question), or out of the summary.
    NextStep,
    /// ← or PageUp: back to the previous step (or question).
    PrevStep,
    /// ↓ or Tab: focus the next thing on the step.
    FocusNext,
    /// ↑ or Shift+Tab: focus the previous thing on the step.
    FocusPrev,
    /// Enter: press the focused thing, submit typed text, or continue.
    Activate,
    /// A click or tap on something.
    Press(Target),
    /// Pick option n (0-based) of a `choose` task or a check question.
    Pick(usize),
    /// A character typed into the step's input.
    Char(char),
    /// Delete the last character typed.
    Backspace,
    /// F1 or ?: open or close the key help.
    ToggleHelp,
    /// On narrow screens: switch between the instruction and the phone.
    TogglePhone,
    /// Esc: close help, else leave the lesson.
    Back,
    /// F5 or the 朗读 label: read the current step (or question) aloud.
    ReadAloud,
    /// PageDown (while the text goes on below) or a click on "▼ 下面还有": the next page.
    ScrollDown,
    /// PageUp (while the text was paged down) or a click on "▲ 上面还有".
    ScrollUp,
    /// PageDown or "▼" on the phone (when its screen is taller than the window).
    PhoneDown,
    /// PageUp or "▲" on the phone.
    PhoneUp,
    /// The kiosk's "结束练习" button in a lesson: leave the lesson, and the host ends
    /// the visit (see [`Player::end_visit`]).
    EndVisit,
}

impl Msg {
    /// Whether the message answers, presses or moves on: what a held key or a second tap
    /// must not do to a step the learner has not seen yet.
    pub fn acts(self) -> bool {
        matches!(
            self,
            Msg::NextStep | Msg::Activate | Msg::Press(_) | Msg::Pick(_) | Msg::Char(_)
        )
    }
}

/// How the current step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    /// Nothing yet.
    None,
    /// A wrong try: show the step's hint.
    Hint,
    /// Three wrong tries: the right element is highlighted and named.
    Reveal,
    /// The task is done.
    Done,
}

/// Where the learner is in the lesson.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Working through the steps.
    Steps,
    /// Answering the check questions after the last step.
    Quiz(Quiz),
    /// The summary at the end; Enter leaves the lesson.
    Summary,
}

/// Progress on one step during this sitting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StepProgress {
    /// True once the step was done in this sitting (an observe step when moved on from).
    pub done: bool,
    /// True when the step was done in an earlier sitting: it counts on the summary, and
    /// moving on from it does not mark it skipped.
    pub done_before: bool,
    /// Wrong tries on the step in this sitting; three bring the reveal.
    pub wrong_tries: u32,
}

/// The player's whole state.
#[derive(Debug, Clone, PartialEq)]
pub struct Player {
    /// The lesson being played.
    pub lesson: Lesson,
    /// The language of the player's own labels, feedback and help.
    pub lang: Lang,
    /// Index of the step showing (the last one while in the questions or summary).
    pub step: usize,
    /// Whether the learner is on the steps, the questions or the summary.
    pub phase: Phase,
    /// How each step went in this sitting, by step index.
    pub progress: Vec<StepProgress>,
    /// Index into [`Player::targets`] of the focused target; none when a step opens, so
    /// that Enter never presses an answer the learner did not pick.
    pub focus: Option<usize>,
    /// What the learner has typed into the current step's input.
    pub typed: String,
    /// How the current step stands: untried, hinted, revealed or done.
    pub feedback: Feedback,
    /// True while the key help covers the screen.
    pub help_open: bool,
    /// On narrow screens, true while the phone is shown instead of the instruction.
    pub phone_open: bool,
    /// Which page of a text taller than the screen is shown (0 = top); back to 0 whenever
    /// the step, question or answer changes.
    pub page: u16,
    /// Which page of a phone screen taller than its room is shown (0 = follow the focus).
    pub phone_page: u16,
    /// True once the learner has left the lesson (Esc, or moving on from the summary).
    pub exited: bool,
    /// The answers of the last finished round of check questions.
    pub last_quiz: Option<Quiz>,
    /// Whether the bar offers "结束练习" (the kiosk, where it ends the whole visit).
    pub end_visit: bool,
    /// True while the speech program reads (the host sets it as the program starts and
    /// ends): the 朗读 button then says so, and F5 or a tap stops it.
    pub speaking: bool,
    /// Who the check questions' options are shuffled for (see [`quiz`]); none keeps
    /// the lesson file's order.
    pub shuffle_for: Option<String>,
}

impl Player {
    /// A player at the first step of `lesson`.
    pub fn new(lesson: Lesson, lang: Lang) -> Player {
        let steps = lesson.steps.len();
        let mut p = Player {
            lesson,
            lang,
            step: 0,
            phase: Phase::Steps,
            progress: vec![StepProgress::default(); steps],
            focus: None,
            typed: String::new(),
            feedback: Feedback::None,
            help_open: false,
            phone_open: false,
            page: 0,
            phone_page: 0,
            exited: false,
            last_quiz: None,
            end_visit: false,
            speaking: false,
            shuffle_for: None,
        };
        p.enter_step(0);
        p
    }

    /// A player opened at `step` (for "continue where I stopped").
    pub fn at_step(lesson: Lesson, lang: Lang, step: usize) -> Player {
        let mut p = Player::new(lesson, lang);
        p.enter_step(step.min(p.lesson.steps.len().saturating_sub(1)));
        p
    }

    /// Marks the steps done in earlier sittings (by step index), so that the summary
    /// counts the whole lesson and lists only what was really missed.
    pub fn done_before(&mut self, done: &[bool]) {
        for (p, &d) in self.progress.iter_mut().zip(done) {
            p.done_before = d;
        }
    }

    /// A fresh round of the check questions, shuffled when [`Player::shuffle_for`] says
    /// for whom.
    fn new_quiz(&self) -> Quiz {
        match &self.shuffle_for {
            Some(key) => Quiz::shuffled(&self.lesson, key),
            None => Quiz::new(&self.lesson),
        }
    }

    /// The task of the current step.
    pub fn task(&self) -> &Task {
        &self.lesson.steps[self.step].task
    }

    fn enter_step(&mut self, step: usize) {
        self.step = step;
        self.focus = None;
        self.typed.clear();
        self.feedback = if self.progress[step].done {
            Feedback::Done
        } else {
            Feedback::None
        };
        self.phone_open = false;
        self.page = 0;
        self.phone_page = 0;
    }

    /// Applies one message and returns what must happen outside (saving, leaving).
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::ScrollDown if !self.help_open => {
                self.page = self.page.saturating_add(1);
                return Vec::new();
            }
            Msg::ScrollUp if !self.help_open => {
                self.page = self.page.saturating_sub(1);
                return Vec::new();
            }
            Msg::PhoneDown if !self.help_open => {
                self.phone_page = self.phone_page.saturating_add(1);
                return Vec::new();
            }
            Msg::PhoneUp if !self.help_open => {
                self.phone_page = self.phone_page.saturating_sub(1);
                return Vec::new();
            }
            _ => {}
        }
        let shown = self.shown_text();
        let effects = self.apply(msg);
        if self.shown_text() != shown {
            self.page = 0;
        }
        effects
    }

    /// What decides the text on screen: a change here starts it again from the top.
    fn shown_text(&self) -> (usize, u8, usize, Option<usize>) {
        match &self.phase {
            Phase::Steps => (self.step, 0, 0, None),
            Phase::Quiz(q) => (self.step, 1, q.index, q.current_answer()),
            Phase::Summary => (self.step, 2, 0, None),
        }
    }

    fn apply(&mut self, msg: Msg) -> Vec<Effect> {
        if self.help_open {
            if matches!(msg, Msg::ToggleHelp | Msg::Back | Msg::Activate) {
                self.help_open = false;
            }
            return Vec::new();
        }
        match (&mut self.phase, msg) {
            (_, Msg::ToggleHelp) => {
                self.help_open = true;
                Vec::new()
            }
            (_, Msg::Back | Msg::EndVisit) => {
                self.exited = true;
                vec![Effect::Exit]
            }
            (_, Msg::ReadAloud) if self.speaking => {
                self.speaking = false;
                vec![Effect::Silence]
            }
            (_, Msg::ReadAloud) => vec![Effect::Speak(self.speech_text())],
            (Phase::Steps, msg) => self.update_step(msg),
            (Phase::Quiz(quiz), msg) => {
                let (effects, finished) = quiz.update(&self.lesson, msg);
                if finished {
                    self.last_quiz = Some(quiz.clone());
                    self.phase = Phase::Summary;
                }
                effects
            }
            (Phase::Summary, Msg::PrevStep) => {
                self.phase = if self.lesson.quiz.is_empty() {
                    Phase::Steps
                } else {
                    Phase::Quiz(self.new_quiz())
                };
                Vec::new()
            }
            (Phase::Summary, Msg::Activate | Msg::NextStep) => {
                self.exited = true;
                vec![Effect::Exit]
            }
            (Phase::Summary, _) => Vec::new(),
        }
    }

    /// Moves on: to the next step, or past the last one to the questions (or the summary).
    /// An observe step counts as done when the learner moves on from it; any other
    /// unfinished step counts as skipped.
    fn advance(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        let progress = self.progress[self.step];
        if !progress.done && !progress.done_before {
            let observe = matches!(self.task(), Task::Observe);
            let id = self.lesson.steps[self.step].id.clone();
            let progress = &mut self.progress[self.step];
            progress.done = observe;
            let outcome = if observe {
                Outcome::Done
            } else {
                Outcome::Skipped
            };
            effects.push(Effect::Record {
                step: id,
                outcome,
                wrong_tries: progress.wrong_tries,
            });
        }
        if self.step + 1 < self.lesson.steps.len() {
            self.enter_step(self.step + 1);
        } else if self.lesson.quiz.is_empty() {
            self.phase = Phase::Summary;
        } else {
            self.phase = Phase::Quiz(self.new_quiz());
        }
        effects
    }

    /// True while letters, digits and space belong to the step's input box rather than
    /// steer: on a type step, also once it is done, so that keys typed after the right
    /// answer are not taken as answers to the next step.
    pub fn typing(&self) -> bool {
        matches!(self.phase, Phase::Steps)
            && matches!(self.task(), Task::Type { .. })
            && !self.help_open
    }

    /// Whether the learner has dealt with what is showing, so PageDown may move on: the
    /// step is done or only to be looked at, the question is answered, or it is the end.
    pub fn answered(&self) -> bool {
        match &self.phase {
            Phase::Steps => self.feedback == Feedback::Done || matches!(self.task(), Task::Observe),
            Phase::Quiz(q) => q.current_answer().is_some(),
            Phase::Summary => true,
        }
    }

    /// Steps done, in this sitting or an earlier one.
    pub fn steps_done(&self) -> usize {
        self.progress
            .iter()
            .filter(|p| p.done || p.done_before)
            .count()
    }

    /// Where the learner is, for telling when the screen moved on: the step, the phase
    /// and the question.
    pub fn position(&self) -> (usize, u8, usize) {
        match &self.phase {
            Phase::Steps => (self.step, 0, 0),
            Phase::Quiz(q) => (self.step, 1, q.index),
            Phase::Summary => (self.step, 2, 0),
        }
    }
}
