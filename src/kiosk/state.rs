//! The kiosk's state and its pure update: welcome, sign-in, the learner's lessons, the
//! player, the idle prompt and the staff PIN. No disk, clock or terminal here: time comes
//! in as `Msg::Tick`, and what the store answers comes back as `Msg::Reply`.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};

use super::pad::{Pad, PadKey};
use super::pin::{PinHash, RateLimit};
use crate::app::Home;
use crate::app::player::{Msg as PlayerMsg, Player};
use crate::i18n::Lang;
use crate::lesson::Library;
use crate::progress::{LearnerId, LessonProgress, QuizEvent, StepEvent};

/// How long the "还在吗？" prompt counts down before the session ends.
pub const IDLE_COUNTDOWN: i64 = 60;
/// Shortest idle timeout accepted, in seconds.
pub const MIN_IDLE_SECONDS: u32 = 5;

/// Something on a kiosk screen that can be tapped or chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    Start,
    Staff,
    SignIn,
    NewLearner,
    Guest,
    Back,
    NameOk,
    ConfirmYes,
    ConfirmNo,
    StillHere,
    SignOut,
    Resume,
    Lesson(usize),
}

/// The three ways in, in the order the choice screen shows them.
pub const CHOICES: [Button; 3] = [Button::SignIn, Button::NewLearner, Button::Guest];

/// What the store answered to an effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A learner signed in (or was just registered); only the masked name is kept.
    SignedIn {
        learner: LearnerId,
        masked: String,
        progress: HashMap<String, LessonProgress>,
    },
    CodeUnknown,
    CodeTaken,
    Progress(HashMap<String, LessonProgress>),
    /// Saving or looking up failed; the learner is told calmly and can go on.
    StoreProblem,
}

/// What can happen in the kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// The clock: the only way time reaches the state.
    Tick(DateTime<Utc>),
    Up,
    Down,
    /// Enter: the focused button, or OK.
    Enter,
    /// Esc: one screen back. It never leaves the program.
    Back,
    Press(Button),
    Pad(PadKey),
    Char(char),
    Backspace,
    /// F12 on the welcome screen: the staff PIN prompt.
    Staff,
    /// F10 on the lessons screen: finish practising.
    SignOut,
    Player(PlayerMsg),
    Reply(Reply),
}

/// What the update asks the edge to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    FindLearner(String),
    CreateLearner {
        name: String,
        code: String,
    },
    LoadProgress(LearnerId),
    Record(StepEvent),
    Answer(QuizEvent),
    Speak(String),
    StopSpeech,
    /// The right staff PIN was given: leave the program.
    Quit,
}

/// A kind word shown on the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    CodeUnknown,
    CodeShort,
    CodeTaken,
    NameEmpty,
    StoreProblem,
    PinWrong,
}

/// Where the visitor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Choose {
        focus: usize,
    },
    SignIn(Pad),
    NewName(String),
    NewCode {
        name: String,
        pad: Pad,
    },
    Confirm {
        name: String,
        code: String,
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
    /// The masked name (王*英); the full name is never kept here.
    pub masked: String,
    pub home: Home,
    pub player: Option<Player>,
    step_shown: DateTime<Utc>,
}

/// The whole kiosk.
#[derive(Debug, Clone)]
pub struct Kiosk {
    pub lang: Lang,
    pub site: String,
    pub read_aloud: bool,
    pub now: DateTime<Utc>,
    pub screen: Screen,
    pub session: Option<Session>,
    /// When the "还在吗？" prompt is up: the moment the session ends.
    pub idle: Option<DateTime<Utc>>,
    /// The staff PIN prompt, over the welcome screen.
    pub staff: Option<Pad>,
    pub note: Option<Note>,
    pub quit: bool,
    idle_after: TimeDelta,
    last_input: DateTime<Utc>,
    pin: PinHash,
    code_limit: RateLimit,
    pin_limit: RateLimit,
    /// The library with nobody's progress, copied for each session.
    library: Home,
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
        self.library.lessons.iter().collect()
    }

    /// The player, when a lesson is open.
    pub fn player(&self) -> Option<&Player> {
        self.session.as_ref().and_then(|s| s.player.as_ref())
    }

    /// Applies one message and returns what the edge must do.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Tick(now) => return self.tick(now),
            Msg::Reply(reply) => return self.reply(reply),
            _ => {}
        }
        self.last_input = self.now;
        if self.idle.take().is_some() {
            // Any key or tap answers "还在吗？"; it does nothing else.
            return vec![Effect::StopSpeech];
        }
        if self.staff.is_some() {
            return self.staff_input(msg);
        }
        let screen = std::mem::replace(&mut self.screen, Screen::Welcome);
        let (screen, effects) = self.screen_input(screen, msg);
        self.screen = screen;
        effects
    }

    fn tick(&mut self, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
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
        self.idle = Some(now + TimeDelta::seconds(IDLE_COUNTDOWN));
        let s = super::strings::strings(self.lang);
        let mut effects = vec![Effect::StopSpeech];
        if self.read_aloud {
            effects.push(Effect::Speak(format!("{}\n{}", s.idle_title, s.idle_body)));
        }
        effects
    }

    /// Ends the visit: back to the welcome screen with nothing of the learner left in the
    /// state. Every outcome was saved when it happened.
    fn end_session(&mut self) -> Vec<Effect> {
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
            (Screen::NewName(name), msg) => self.name_input(name, msg),
            (Screen::NewCode { name, pad }, msg) => self.new_code_input(name, pad, msg),
            (Screen::Confirm { name, code, focus }, msg) => {
                self.confirm_input(name, code, focus, msg)
            }
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

    fn choose(&mut self, choice: Button) -> (Screen, Vec<Effect>) {
        self.note = None;
        match choice {
            Button::SignIn => (Screen::SignIn(Pad::new(false)), Vec::new()),
            Button::NewLearner => (Screen::NewName(String::new()), Vec::new()),
            _ => {
                self.start_session(None, String::new(), HashMap::new());
                (Screen::Lessons, Vec::new())
            }
        }
    }

    /// Digits, delete and OK on a code pad; OK hands back the code once it is well formed.
    fn code_pad(&mut self, pad: &mut Pad, msg: &Msg) -> Option<String> {
        if self.code_paused().is_some() {
            return None;
        }
        match msg {
            Msg::Pad(PadKey::Ok) | Msg::Enter if !pad.digits.is_empty() => {
                if crate::progress::learners::is_valid_code(&pad.digits) {
                    self.note = None;
                    return Some(pad.digits.clone());
                }
                self.note = Some(Note::CodeShort);
            }
            Msg::Pad(key) => pad.press(*key),
            Msg::Backspace => pad.press(PadKey::Delete),
            _ => {}
        }
        None
    }

    fn sign_in_input(&mut self, mut pad: Pad, msg: Msg) -> (Screen, Vec<Effect>) {
        if matches!(msg, Msg::Back | Msg::Press(Button::Back)) {
            self.note = None;
            return (Screen::Choose { focus: 0 }, Vec::new());
        }
        let effects = match self.code_pad(&mut pad, &msg) {
            Some(code) => vec![Effect::FindLearner(code)],
            None => Vec::new(),
        };
        (Screen::SignIn(pad), effects)
    }

    fn name_input(&mut self, mut name: String, msg: Msg) -> (Screen, Vec<Effect>) {
        match msg {
            Msg::Back | Msg::Press(Button::Back) => {
                self.note = None;
                return (Screen::Choose { focus: 1 }, Vec::new());
            }
            Msg::Char(c)
                if !crate::lesson::sanitize::is_dangerous(c)
                    && name.chars().count() < crate::progress::learners::MAX_NAME_CHARS =>
            {
                name.push(c)
            }
            Msg::Backspace | Msg::Pad(PadKey::Delete) => {
                name.pop();
            }
            Msg::Enter | Msg::Press(Button::NameOk) => {
                match crate::progress::learners::clean_name(&name) {
                    Ok(clean) => {
                        self.note = None;
                        let pad = Pad::new(false);
                        return (Screen::NewCode { name: clean, pad }, Vec::new());
                    }
                    Err(_) => self.note = Some(Note::NameEmpty),
                }
            }
            _ => {}
        }
        (Screen::NewName(name), Vec::new())
    }

    fn new_code_input(&mut self, name: String, mut pad: Pad, msg: Msg) -> (Screen, Vec<Effect>) {
        if matches!(msg, Msg::Back | Msg::Press(Button::Back)) {
            self.note = None;
            return (Screen::NewName(name), Vec::new());
        }
        match self.code_pad(&mut pad, &msg) {
            Some(code) => (
                Screen::Confirm {
                    name,
                    code,
                    focus: 0,
                },
                Vec::new(),
            ),
            None => (Screen::NewCode { name, pad }, Vec::new()),
        }
    }

    fn confirm_input(
        &mut self,
        name: String,
        code: String,
        focus: usize,
        msg: Msg,
    ) -> (Screen, Vec<Effect>) {
        let yes = match msg {
            Msg::Up => {
                return (
                    Screen::Confirm {
                        name,
                        code,
                        focus: 0,
                    },
                    Vec::new(),
                );
            }
            Msg::Down => {
                return (
                    Screen::Confirm {
                        name,
                        code,
                        focus: 1,
                    },
                    Vec::new(),
                );
            }
            Msg::Enter => focus == 0,
            Msg::Press(Button::ConfirmYes) => true,
            Msg::Press(Button::ConfirmNo) => false,
            Msg::Back | Msg::Press(Button::Back) => {
                let pad = Pad {
                    digits: code,
                    hidden: false,
                };
                return (Screen::NewCode { name, pad }, Vec::new());
            }
            _ => return (Screen::Confirm { name, code, focus }, Vec::new()),
        };
        if yes {
            let effect = Effect::CreateLearner {
                name: name.clone(),
                code: code.clone(),
            };
            (Screen::Confirm { name, code, focus }, vec![effect])
        } else {
            (Screen::NewName(name), Vec::new())
        }
    }

    fn reply(&mut self, reply: Reply) -> Vec<Effect> {
        match reply {
            Reply::SignedIn {
                learner,
                masked,
                progress,
            } => {
                self.code_limit.succeed();
                self.note = None;
                self.start_session(Some(learner), masked, progress);
                self.screen = Screen::Lessons;
            }
            Reply::CodeUnknown | Reply::CodeTaken => {
                // A taken code is a hint that it exists: it counts against guessing too.
                self.code_limit.fail(self.now);
                let taken = reply == Reply::CodeTaken;
                self.note = Some(if taken {
                    Note::CodeTaken
                } else {
                    Note::CodeUnknown
                });
                self.screen = match std::mem::replace(&mut self.screen, Screen::Welcome) {
                    Screen::SignIn(_) => Screen::SignIn(Pad::new(false)),
                    Screen::Confirm { name, .. } | Screen::NewCode { name, .. } => {
                        Screen::NewCode {
                            name,
                            pad: Pad::new(false),
                        }
                    }
                    other => other,
                };
            }
            Reply::Progress(progress) => {
                if let Some(session) = &mut self.session {
                    session.home.set_progress(None, progress);
                }
            }
            Reply::StoreProblem => self.note = Some(Note::StoreProblem),
        }
        Vec::new()
    }

    fn start_session(
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

    fn lessons_input(&mut self, msg: Msg) -> Vec<Effect> {
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
