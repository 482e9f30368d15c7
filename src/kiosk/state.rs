//! The kiosk's state and its pure update: welcome, sign-in, a new learner's registration,
//! the learner's lessons, the player, the idle prompt and the staff PIN. No disk, clock or terminal here: time comes
//! in as `Msg::Tick`, and what the store answers comes back as `Msg::Reply`.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};

use super::draft::{Draft, NewName, Title};
use super::pad::{Pad, PadKey};
use super::pin::{PinHash, RateLimit};
use crate::app::Home;
use crate::i18n::Lang;
use crate::lesson::Library;
use crate::player::sitting::Sitting;
use crate::player::{Msg as PlayerMsg, Player};
use crate::progress::{LearnerId, LessonProgress, QuizEvent, StepEvent};
use crate::ui::theme::ThemeName;

/// How long the "还在吗？" prompt counts down before the session ends.
pub const IDLE_COUNTDOWN: i64 = 60;
/// Shortest idle timeout accepted, in seconds.
pub const MIN_IDLE_SECONDS: u32 = 5;

/// Something on a kiosk screen that can be tapped or chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    /// The welcome screen's start area.
    Start,
    /// The small staff label on the welcome screen: the staff PIN prompt.
    Staff,
    /// "I have a learner card": sign in with its code.
    SignIn,
    /// "I am new here": register with a new card's code and, if they like, a name.
    NewLearner,
    /// "Just practise": nothing is saved.
    Guest,
    /// One screen back.
    Back,
    /// A surname on the new learner's surname screen (an index into `SURNAMES`).
    Surname(usize),
    /// Another page of surnames, the one beginning with this index into `SURNAMES`.
    SurnamePage(usize),
    /// "不写姓名": register without a name.
    SkipName,
    /// Type the name on a keyboard instead.
    TypeName,
    /// 女士 or 先生 after the surname.
    Salutation(Title),
    /// OK under the name being typed.
    NameOk,
    /// Yes, the name and code are right: register and start.
    ConfirmYes,
    /// No: go through the number and the name again, with what was entered kept.
    ConfirmNo,
    /// "I am here": the answer to the idle prompt.
    StillHere,
    /// Finish practising and go back to the welcome screen.
    SignOut,
    /// Continue where the learner stopped last time.
    Resume,
    /// Open the lesson at this index of the list.
    Lesson(usize),
}

/// The three ways in, in the order the choice screen shows them.
pub const CHOICES: [Button; 3] = [Button::SignIn, Button::NewLearner, Button::Guest];

/// What the store answered to an effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A learner signed in (or was just registered); only the masked name is kept.
    SignedIn {
        /// The learner's row id; their outcomes are recorded under it.
        learner: LearnerId,
        /// The masked name the greeting shows.
        masked: String,
        /// The learner's progress on the lessons begun, by lesson id.
        progress: HashMap<String, LessonProgress>,
    },
    /// No learner has the code typed.
    CodeUnknown,
    /// No learner has the code typed, and its check digit does not hold: a slip.
    CodeMistyped,
    /// The code chosen for a new learner is already someone's.
    CodeTaken,
    /// The learner's progress, loaded again after a lesson, by lesson id.
    Progress(HashMap<String, LessonProgress>),
    /// Saving or looking up failed; the learner is told calmly and can go on.
    StoreProblem,
    /// The speech program started (true) or finished or was stopped (false).
    Speaking(bool),
}

/// What can happen in the kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// The clock: the only way time reaches the state.
    Tick(DateTime<Utc>),
    /// ↑, ← or Shift+Tab: the button above, or the lesson above.
    Up,
    /// ↓, → or Tab: the button below, or the lesson below.
    Down,
    /// Enter: the focused button, or OK.
    Enter,
    /// Esc: one screen back. It never leaves the program.
    Back,
    /// A tap on a button, or a key that stands for one.
    Press(Button),
    /// A key of the number pad, tapped or typed.
    Pad(PadKey),
    /// A character typed into a new learner's name (on the surname screen it starts
    /// typing the name).
    Char(char),
    /// Delete the last character or digit typed.
    Backspace,
    /// F12 on the welcome screen: the staff PIN prompt.
    Staff,
    /// F10 on the lessons screen or in a lesson: finish practising.
    SignOut,
    /// A message for the lesson being played.
    Player(PlayerMsg),
    /// What the store answered.
    Reply(Reply),
}

/// What the update asks the edge to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Sign in the learner with this code (answered with a [`Reply`]).
    FindLearner(String),
    /// Register a new learner and sign them in (answered with a [`Reply`]).
    CreateLearner {
        /// The name to store: as typed and cleaned, a salutation (王女士), or "学员 4096".
        name: String,
        /// The code chosen, as written on the learner's new card.
        code: String,
    },
    /// Load the learner's progress again (answered with `Reply::Progress`).
    LoadProgress(LearnerId),
    /// Save a step outcome.
    Record(StepEvent),
    /// Keep the guessing limits, which changed, for the next start.
    SaveLimits(Box<super::pin::Limits>),
    /// Save an answer to a check question.
    Answer(QuizEvent),
    /// Read this aloud, stopping anything being read.
    Speak(String),
    /// Stop reading aloud.
    StopSpeech,
    /// The right staff PIN was given: leave the program.
    Quit,
}

/// A kind word shown on the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// No learner has the code typed.
    CodeUnknown,
    /// The code typed has a slip: its check digit does not hold (see `progress::code`).
    CodeMistyped,
    /// The code typed is not 3 to 12 digits.
    CodeShort,
    /// The code chosen for a new learner is already someone's.
    CodeTaken,
    /// No name was typed, or nothing is left of it once cleaned.
    NameEmpty,
    /// Progress cannot be saved or looked up just now.
    StoreProblem,
    /// The staff PIN typed is wrong.
    PinWrong,
}

/// Where the visitor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Waiting for someone to start.
    Welcome,
    /// Choosing one of the three ways in (see [`CHOICES`]).
    Choose {
        /// Index into [`CHOICES`] of the focused button.
        focus: usize,
    },
    /// Typing the code on a learner card, on the number pad.
    SignIn(Pad),
    /// A new learner typing the number of their new card: the first step.
    NewCode {
        /// What was entered so far.
        draft: Draft,
        /// The number typed so far.
        pad: Pad,
    },
    /// A new learner tapping their surname, or choosing no name, or to type it.
    Surname {
        /// What was entered so far.
        draft: Draft,
        /// The focused surname (an index into `SURNAMES`), `FOCUS_SKIP` or `FOCUS_TYPE`;
        /// none at first, so that no surname looks chosen before a tap.
        focus: Option<usize>,
        /// A surname the page shown must hold (the view pages by what fits).
        shown: usize,
    },
    /// A new learner choosing 女士 or 先生 after the surname.
    Title {
        /// What was entered so far.
        draft: Draft,
        /// The surname picked, an index into `SURNAMES`.
        surname: usize,
        /// The focused button, an index into `TITLES`; none at first, so that neither
        /// looks chosen before a tap.
        focus: Option<usize>,
    },
    /// A new learner typing their name on a keyboard (`draft.typed`).
    NewName(Draft),
    /// A new learner checking name and number before registering.
    Confirm {
        /// What was entered; `draft.code` is the number to register.
        draft: Draft,
        /// The name to register.
        name: NewName,
        /// The focused button: 0 for yes, 1 for no.
        focus: usize,
    },
    /// The learner's lessons, or the player over them (see `Session::player`).
    Lessons,
}

/// One person's visit, from signing in (or "随便练练") to finishing or the idle timeout.
#[derive(Debug, Clone)]
pub struct Session {
    /// None for a guest: nothing is saved.
    pub learner: Option<LearnerId>,
    /// The name the greeting shows: masked (王*英), or a salutation (王女士) or "学员 4096"
    /// as they are; the full name is never kept here.
    pub masked: String,
    /// The lesson list with this learner's progress, copied from the kiosk's library.
    pub home: Home,
    /// The lesson open over the list, if one is.
    pub sitting: Option<Sitting>,
}

/// The whole kiosk.
#[derive(Debug, Clone)]
pub struct Kiosk {
    /// The language of the kiosk's words.
    pub lang: Lang,
    /// The site's name, shown in the welcome screen's title bar.
    pub site: String,
    /// Whether each new step and the idle prompt are read aloud.
    pub read_aloud: bool,
    /// The clock as last ticked.
    pub now: DateTime<Utc>,
    /// Where the visitor is.
    pub screen: Screen,
    /// The current visit, from signing in (or choosing to just practise); None before.
    pub session: Option<Session>,
    /// When the "还在吗？" prompt is up: the moment the session ends.
    pub idle: Option<DateTime<Utc>>,
    /// The staff PIN prompt, over the welcome screen.
    pub staff: Option<Pad>,
    /// A kind word about what went wrong, shown on the current screen.
    pub note: Option<Note>,
    /// True once the right staff PIN was given: the program ends.
    pub quit: bool,
    /// The colours the kiosk is drawn in.
    pub theme: ThemeName,
    pub(super) idle_after: TimeDelta,
    pub(super) last_input: DateTime<Utc>,
    pub(super) pin: PinHash,
    pub(super) code_limit: RateLimit,
    pub(super) pin_limit: RateLimit,
    /// The library with nobody's progress, copied for each session.
    pub(super) library: Home,
}

impl Kiosk {
    /// A kiosk at the welcome screen. `idle_seconds` of no input bring up the idle prompt.
    pub fn new(
        library: &Library,
        lang: Lang,
        pin: PinHash,
        idle_seconds: u32,
        now: DateTime<Utc>,
    ) -> Kiosk {
        Kiosk {
            lang,
            site: String::new(),
            read_aloud: true,
            now,
            screen: Screen::Welcome,
            session: None,
            idle: None,
            staff: None,
            note: None,
            quit: false,
            theme: ThemeName::default(),
            idle_after: TimeDelta::seconds(i64::from(idle_seconds.max(MIN_IDLE_SECONDS))),
            last_input: now,
            pin,
            // Five wrong codes in a minute pause the pad for 30 s (doubling up to 2 min);
            // three wrong PINs in ten minutes, for a minute (doubling up to an hour).
            code_limit: RateLimit::new(5, 60, 30, 120),
            pin_limit: RateLimit::new(3, 600, 60, 3600),
            library: Home::new(library, lang),
        }
    }

    /// Seconds left of a pause of the code pad, if it is paused.
    pub fn code_paused(&self) -> Option<i64> {
        self.code_limit.paused_for(self.now)
    }

    /// Seconds left of a pause of the PIN pad, if it is paused.
    pub fn pin_paused(&self) -> Option<i64> {
        self.pin_limit.paused_for(self.now)
    }

    /// Seconds left on the idle prompt's countdown.
    pub fn idle_left(&self) -> Option<i64> {
        self.idle
            .map(|end| ((end - self.now).num_milliseconds().max(0) + 999) / 1000)
    }

    /// The lessons the kiosk offers.
    pub fn lessons(&self) -> Vec<&crate::lesson::Lesson> {
        crate::lesson::catalog::read_all(&self.library.lessons)
    }

    /// The player, when a lesson is open.
    pub fn player(&self) -> Option<&Player> {
        let sitting = self.session.as_ref()?.sitting.as_ref()?;
        Some(&sitting.player)
    }

    /// Applies one message (see `limits` for the `update` that wraps this one).
    pub(super) fn update_screens(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Tick(now) => return self.tick(now),
            Msg::Reply(reply) => return self.reply(reply),
            _ => {}
        }
        self.last_input = self.now;
        let mut effects = Vec::new();
        if self.idle.take().is_some() {
            // Any key or tap answers "还在吗？". A digit or character typed also counts (a
            // learner typing 7777 as the prompt came up keeps all four); anything else,
            // Enter above all, does nothing more.
            effects.push(Effect::StopSpeech);
            if !is_typing(&msg) {
                return effects;
            }
        }
        if self.staff.is_some() {
            effects.extend(self.staff_input(msg));
            return effects;
        }
        let screen = std::mem::replace(&mut self.screen, Screen::Welcome);
        let (screen, more) = self.screen_input(screen, msg);
        self.screen = screen;
        effects.extend(more);
        effects
    }

    fn tick(&mut self, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        // A clock set back must not keep a session open for the hours it went back.
        self.last_input = self.last_input.min(now);
        let countdown = TimeDelta::seconds(IDLE_COUNTDOWN);
        self.idle = self.idle.map(|end| end.min(now + countdown));
        if let Some(end) = self.idle {
            return if now >= end {
                self.end_session()
            } else {
                Vec::new()
            };
        }
        if now - self.last_input < self.idle_after {
            return Vec::new();
        }
        if self.screen == Screen::Welcome {
            // Nobody is here: a PIN prompt left open just closes.
            self.staff = None;
            return Vec::new();
        }
        self.idle = Some(now + countdown);
        let s = &self.lang.text().kiosk;
        let mut effects = vec![Effect::StopSpeech];
        if self.read_aloud {
            effects.push(Effect::Speak(format!("{}\n{}", s.idle_title, s.idle_body)));
        }
        effects
    }

    /// Ends the visit: back to the welcome screen with nothing of the learner left in the
    /// state. Every outcome was saved when it happened.
    pub(super) fn end_session(&mut self) -> Vec<Effect> {
        self.screen = Screen::Welcome;
        self.session = None;
        self.idle = None;
        self.staff = None;
        self.note = None;
        vec![Effect::StopSpeech]
    }

    fn staff_input(&mut self, msg: Msg) -> Vec<Effect> {
        let paused = self.pin_paused().is_some();
        let Some(pad) = &mut self.staff else {
            return Vec::new();
        };
        match msg {
            Msg::Back | Msg::Press(Button::Back) => {
                self.staff = None;
                self.note = None;
            }
            Msg::Pad(PadKey::Ok) | Msg::Enter if !paused && !pad.digits.is_empty() => {
                let digits = std::mem::take(&mut pad.digits);
                if self.pin.verify(&digits) {
                    self.pin_limit.succeed();
                    self.quit = true;
                    return vec![Effect::StopSpeech, Effect::Quit];
                }
                self.pin_limit.fail(self.now);
                self.note = Some(Note::PinWrong);
            }
            Msg::Pad(key) if !paused => pad.press(key),
            Msg::Backspace => pad.press(PadKey::Delete),
            _ => {}
        }
        Vec::new()
    }

    fn screen_input(&mut self, screen: Screen, msg: Msg) -> (Screen, Vec<Effect>) {
        let none = Vec::new();
        match (screen, msg) {
            (Screen::Welcome, Msg::Enter | Msg::Press(Button::Start)) => {
                (Screen::Choose { focus: 0 }, none)
            }
            (Screen::Welcome, Msg::Staff | Msg::Press(Button::Staff)) => {
                self.staff = Some(Pad::new(true));
                self.note = None;
                (Screen::Welcome, none)
            }
            (Screen::Choose { .. }, Msg::Back | Msg::Press(Button::Back)) => {
                (Screen::Welcome, none)
            }
            (Screen::Choose { focus }, Msg::Up) => (
                Screen::Choose {
                    focus: focus.saturating_sub(1),
                },
                none,
            ),
            (Screen::Choose { focus }, Msg::Down) => (
                Screen::Choose {
                    focus: (focus + 1).min(CHOICES.len() - 1),
                },
                none,
            ),
            (Screen::Choose { focus }, Msg::Enter) => self.choose(CHOICES[focus.min(2)]),
            (Screen::Choose { .. }, Msg::Press(b)) if CHOICES.contains(&b) => self.choose(b),
            (Screen::SignIn(pad), msg) => self.sign_in_input(pad, msg),
            (
                screen @ (Screen::NewCode { .. }
                | Screen::Surname { .. }
                | Screen::Title { .. }
                | Screen::NewName(_)
                | Screen::Confirm { .. }),
                msg,
            ) => self.register_input(screen, msg),
            (Screen::Lessons, msg) => {
                let effects = self.lessons_input(msg);
                match self.session {
                    Some(_) => (Screen::Lessons, effects),
                    None => (Screen::Welcome, effects),
                }
            }
            (screen, _) => (screen, none),
        }
    }
}

/// Whether a message is a digit or character typed, which counts even when it answers the
/// idle prompt.
fn is_typing(msg: &Msg) -> bool {
    matches!(
        msg,
        Msg::Pad(PadKey::Digit(_)) | Msg::Char(_) | Msg::Player(PlayerMsg::Char(_))
    )
}
