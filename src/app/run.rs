//! The interactive program's state and pure update: the home screen, and over it a lesson,
//! the learner picker, the settings or class mode. Everything the disk answers comes back
//! as a [`Reply`]; the edge that carries the effects out is in `edge.rs`, the drawing and
//! the keys in `view.rs`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::home::{Action, Home, LearnerLabel};
use super::picker::{Choice, Picker};
use super::settings_screen::SettingsScreen;
use crate::class::Class;
use crate::lesson::Catalog;
use crate::player::Player;
use crate::player::sitting::{Effect as SittingEffect, Sitting};
use crate::progress::{Learner, LearnerId, LessonProgress, Mode, QuizEvent, StepEvent};
use crate::settings::Settings;

/// The screen showing over the home screen, if any.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Nothing over it: the home screen itself.
    Home,
    /// A lesson being played.
    Lesson(Box<Sitting>),
    /// The learner picker.
    Picker(Picker),
    /// The settings screen.
    Settings(SettingsScreen),
    /// Class mode, for a trainer leading a class.
    Class(Box<Class>),
}

/// What a person can do: a key or a tap, already read as the showing screen's message.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Ctrl+C, on any screen.
    Quit,
    /// A message for the home screen.
    Home(super::home::Msg),
    /// A message for the lesson being played.
    Player(crate::player::Msg),
    /// A message for the learner picker.
    Picker(super::picker::Msg),
    /// A message for the settings screen.
    Settings(super::settings_screen::Msg),
    /// A message for class mode.
    Class(crate::class::Msg),
}

/// What the edge answers.
#[derive(Debug)]
pub enum Reply {
    /// The lesson files were looked at after the first frame and some had changed.
    Catalog(Catalog),
    /// The store could not open, or its check found it damaged: why, and whether a fresh
    /// start is offered.
    StoreFailed {
        /// What went wrong, for the home screen's notice.
        notice: String,
        /// True when F may set the damaged store aside and start a new one.
        fresh_start: bool,
    },
    /// The store's background check finished and found nothing wrong.
    StoreChecked,
    /// A damaged store was set aside and a new one started; the notice says where.
    FreshStart(String),
    /// Something to tell on the home screen (an export written, a save that failed).
    Notice(String),
    /// Reading aloud failed (told once).
    SpeechFailed(String),
    /// The speech program started (true) or finished or was stopped (false).
    Speaking(bool),
    /// Everyone who can be picked, for the learner picker.
    Learners(Vec<Learner>),
    /// A new learner was registered and is now the one learning.
    LearnerAdded(Learner),
    /// The current learner's progress, by lesson id.
    Progress(HashMap<String, LessonProgress>),
    /// Class mode opened.
    ClassOpened(Box<Class>),
    /// An answer for class mode.
    Class(crate::class::Msg),
    /// Class mode asks to remember this site and trainer.
    Remember {
        /// The site the class was held at, filled in for the next class.
        site: String,
        /// The trainer's name, filled in for the next class.
        trainer: String,
    },
    /// The trainer left class mode.
    ClassClosed,
}

/// What can happen in the program.
#[derive(Debug)]
pub enum Msg {
    /// The clock, before each event.
    Tick(DateTime<Utc>),
    /// A key or a tap, read as the showing screen's message.
    Input(Input),
    /// What the edge answers to an effect, or finds out by itself.
    Reply(Reply),
}

/// What the update asks the edge to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save a step outcome.
    Record(StepEvent),
    /// Save an answer to a check question.
    Answer(QuizEvent),
    /// Read this aloud, stopping anything being read.
    Speak(String),
    /// Stop reading aloud.
    StopSpeech,
    /// Load a learner's progress (answered with `Reply::Progress`).
    LoadProgress(LearnerId),
    /// List the learners for the picker (answered with `Reply::Learners`).
    ListLearners,
    /// Register a learner by name (answered with `Reply::LearnerAdded`).
    AddLearner(String),
    /// Set the damaged store aside and start a new one.
    StartFresh,
    /// Write the progress sheet once the "正在导出" frame is on the screen.
    Export,
    /// Save the settings; a new speech command needs a new speaker.
    SaveSettings {
        /// The settings to save.
        settings: Settings,
        /// True when the speech command or its input changed.
        new_speaker: bool,
    },
    /// Open class mode on the store.
    OpenClass,
    /// An effect of class mode.
    Class(crate::class::Effect),
}

/// The interactive program.
#[derive(Debug, Clone)]
pub struct App {
    /// The home screen, always under whatever else shows.
    pub home: Home,
    /// What shows over the home screen.
    pub screen: Screen,
    /// The settings in force.
    pub settings: Settings,
    /// Who is learning; None for a guest.
    pub learner: Option<Learner>,
    /// True once the program should end.
    pub quit: bool,
    /// The clock as last ticked.
    pub now: DateTime<Utc>,
    /// A speech problem is told once, not at every step.
    speech_warned: bool,
    /// True while the notice shown is that one: it goes at the next step, so that it
    /// is said once and then leaves the lesson alone.
    speech_notice: bool,
}

impl App {
    /// The program at the home screen.
    pub fn new(home: Home, settings: Settings, now: DateTime<Utc>) -> App {
        App {
            home,
            screen: Screen::Home,
            settings,
            learner: None,
            quit: false,
            now,
            speech_warned: false,
            speech_notice: false,
        }
    }

    /// The player, while a lesson is open.
    pub fn player(&self) -> Option<&Player> {
        match &self.screen {
            Screen::Lesson(s) => Some(&s.player),
            _ => None,
        }
    }

    /// Class mode, while it is open.
    pub fn class(&self) -> Option<&Class> {
        match &self.screen {
            Screen::Class(c) => Some(c),
            _ => None,
        }
    }

    /// Applies one message and returns what the edge must do.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Tick(now) => {
                self.now = now;
                Vec::new()
            }
            Msg::Input(input) => self.input(input),
            Msg::Reply(reply) => self.reply(reply),
        }
    }

    fn input(&mut self, input: Input) -> Vec<Effect> {
        let now = self.now;
        match (&mut self.screen, input) {
            (_, Input::Quit) => {
                self.quit = true;
                Vec::new()
            }
            (Screen::Class(class), Input::Class(m)) => {
                class.update(m).into_iter().map(Effect::Class).collect()
            }
            (Screen::Lesson(sitting), Input::Player(m)) => {
                let mut out = Vec::new();
                let before = sitting.player.position();
                let effects = sitting.update(m, now);
                if self.speech_notice && sitting.player.position() != before {
                    self.speech_notice = false;
                    self.home.notice = None;
                }
                for effect in effects {
                    match from_sitting(effect) {
                        Some(e) => out.push(e),
                        None => {
                            self.screen = Screen::Home;
                            self.home.details_open = false;
                            out.extend(self.refresh_progress());
                            return out;
                        }
                    }
                }
                out
            }
            (Screen::Settings(screen), Input::Settings(m)) => {
                let changed = screen.update(m).then(|| screen.settings.clone());
                let closed = screen.closed;
                let effects = changed.map(|s| self.apply_settings(s));
                if closed {
                    self.screen = Screen::Home;
                }
                effects.into_iter().flatten().collect()
            }
            (Screen::Picker(picker), Input::Picker(m)) => match picker.update(m) {
                Some(choice) => {
                    self.screen = Screen::Home;
                    self.choose(choice)
                }
                None => Vec::new(),
            },
            (Screen::Home, Input::Home(m)) => {
                let action = self.home.update(m);
                self.quit = self.home.quit;
                action.map(|a| self.act(a)).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    fn act(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Start { lesson, step } => {
                let Some(lesson) = self.home.open_lesson(lesson) else {
                    return Vec::new();
                };
                let who = (self.learner.as_ref().map(|l| l.id), Mode::Practice);
                let read = self.settings.auto_read;
                let done = self.home.progress.get(lesson.id.as_str());
                let done = done.map(|p| p.done.clone()).unwrap_or_default();
                let (mut sitting, effects) =
                    Sitting::open(lesson, self.home.lang, step, who, read, self.now);
                sitting.player.done_before(&done);
                self.screen = Screen::Lesson(Box::new(sitting));
                effects.into_iter().filter_map(from_sitting).collect()
            }
            Action::StartFresh => vec![Effect::StartFresh],
            Action::Class => vec![Effect::OpenClass],
            Action::Export => {
                self.home.notice = Some(self.home.lang.text().ui.exporting.to_string());
                vec![Effect::Export]
            }
            Action::Settings => {
                self.screen = Screen::Settings(SettingsScreen::new(self.settings.clone()));
                Vec::new()
            }
            Action::PickLearner => vec![Effect::ListLearners],
        }
    }

    fn choose(&mut self, choice: Choice) -> Vec<Effect> {
        match choice {
            Choice::Cancel => {}
            Choice::Guest => self.learner = None,
            Choice::Learner(l) => self.learner = Some(l),
            Choice::Create(name) => return vec![Effect::AddLearner(name)],
        }
        self.refresh_progress()
    }

    fn reply(&mut self, reply: Reply) -> Vec<Effect> {
        let home = &mut self.home;
        match reply {
            Reply::Catalog(catalog) => home.replace_catalog(catalog),
            Reply::StoreFailed {
                notice,
                fresh_start,
            } => {
                home.offer_fresh_start = fresh_start;
                home.notice = Some(notice);
            }
            Reply::StoreChecked => {}
            Reply::FreshStart(notice) => {
                home.offer_fresh_start = false;
                home.notice = Some(notice);
            }
            Reply::Notice(notice) => home.notice = Some(notice),
            Reply::Speaking(on) => {
                if let Screen::Lesson(sitting) = &mut self.screen {
                    sitting.player.speaking = on;
                }
            }
            Reply::SpeechFailed(notice) => {
                if !self.speech_warned {
                    self.speech_warned = true;
                    self.speech_notice = true;
                    home.notice = Some(notice);
                }
            }
            Reply::Learners(learners) => {
                let current = self.learner.as_ref().map(|l| l.code.as_str());
                self.screen = Screen::Picker(Picker::new(learners, current));
            }
            Reply::LearnerAdded(learner) => {
                self.learner = Some(learner);
                return self.refresh_progress();
            }
            Reply::Progress(progress) => {
                let label = self.label();
                self.home.set_progress(label, progress);
            }
            Reply::ClassOpened(class) => self.screen = Screen::Class(class),
            Reply::Class(m) => {
                if let Screen::Class(class) = &mut self.screen {
                    return class.update(m).into_iter().map(Effect::Class).collect();
                }
            }
            Reply::Remember { site, trainer } => {
                let mut settings = self.settings.clone();
                if settings.default_site != site || settings.trainer_name != trainer {
                    settings.default_site = site;
                    settings.trainer_name = trainer;
                    return self.apply_settings(settings);
                }
            }
            Reply::ClassClosed => {
                self.screen = Screen::Home;
                return self.refresh_progress();
            }
        }
        Vec::new()
    }

    /// Puts new settings in force and asks for them to be saved.
    fn apply_settings(&mut self, settings: Settings) -> Vec<Effect> {
        self.home.lang = settings.lang;
        let new_speaker = settings.speech_command != self.settings.speech_command
            || settings.speech_input != self.settings.speech_input;
        if new_speaker {
            self.speech_warned = false;
        }
        self.settings = settings.clone();
        vec![Effect::SaveSettings {
            settings,
            new_speaker,
        }]
    }

    fn label(&self) -> Option<LearnerLabel> {
        self.learner.as_ref().map(|l| LearnerLabel {
            name: l.display_name.clone(),
            code: l.code.clone(),
        })
    }

    /// Shows the current learner's progress on the home screen (asking the store for it).
    fn refresh_progress(&mut self) -> Vec<Effect> {
        match &self.learner {
            Some(l) => vec![Effect::LoadProgress(l.id)],
            None => {
                self.home.set_progress(None, HashMap::new());
                Vec::new()
            }
        }
    }
}

/// A sitting's effect as the program's own; None for `Closed`, which closes the lesson.
fn from_sitting(effect: SittingEffect) -> Option<Effect> {
    Some(match effect {
        SittingEffect::Record(e) => Effect::Record(e),
        SittingEffect::Answer(e) => Effect::Answer(e),
        SittingEffect::Speak(t) => Effect::Speak(t),
        SittingEffect::StopSpeech => Effect::StopSpeech,
        SittingEffect::Closed => return None,
    })
}
