//! The program's edge: it owns the screens and the progress store, turns terminal events
//! into messages and carries out effects (saving every outcome as it happens). The
//! terminal loop that feeds it is in `start.rs`.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use super::effect::Effect;
use super::home::{Action, Home, LearnerLabel};
pub use super::keys::{home_key, home_mouse, picker_key, player_key, player_mouse};
use super::picker::{Choice, Msg as PickerMsg, Picker};
use super::player::Player;
use super::settings_screen::SettingsScreen;
use crate::progress::{Learner, Mode, QuizEvent, StepEvent, Store, StoreError};
use crate::settings::Settings;
use crate::speech::Speaker;
use crate::ui::home::HitMap;
use crate::ui::player::Hits;
use crate::ui::theme::Theme;

/// Where clickable things were drawn on the current screen.
#[derive(Debug, Default)]
pub struct ScreenHits {
    pub home: HitMap,
    pub player: Hits,
    pub picker: Vec<(Rect, usize)>,
    pub class: crate::class::view::Hits,
}

/// The screens of the interactive program, and the store behind them.
pub struct App {
    pub home: Home,
    pub player: Option<Player>,
    pub picker: Option<Picker>,
    pub settings_screen: Option<SettingsScreen>,
    /// Trainer mode, while a class is being set up or taught.
    pub class: Option<crate::class::Class>,
    /// The settings in force, and where they are saved (None: not saved, e.g. in tests).
    pub settings: Settings,
    pub settings_path: Option<std::path::PathBuf>,
    pub store: Option<Store>,
    pub learner: Option<Learner>,
    pub quit: bool,
    /// The data folder, for starting a new progress file after a damaged one.
    pub data_dir: Option<std::path::PathBuf>,
    /// Reads steps aloud; None when read-aloud is off.
    pub speaker: Option<Speaker>,
    /// Read each new step aloud without a key press.
    pub auto_read: bool,
    /// When the current step was shown, for the time spent on it.
    step_shown: Option<DateTime<Utc>>,
    /// A speech problem is told once, not at every step.
    speech_warned: bool,
    /// An export was asked for: it runs after the "正在导出" frame is drawn.
    pub pending_export: bool,
}

impl App {
    /// Starts at the home screen. Without a store (it failed to open), lessons can still
    /// be practised; the home screen says why nothing is saved.
    pub fn new(home: Home, store: Result<Store, StoreError>) -> App {
        let mut app = App::without_store(home);
        app.attach_store(store);
        app
    }

    /// Starts at the home screen with no store yet (and nothing said about it): the
    /// interactive program opens the store once its first frame is drawn.
    pub fn without_store(home: Home) -> App {
        App {
            home,
            player: None,
            picker: None,
            settings_screen: None,
            class: None,
            settings: Settings::default(),
            settings_path: None,
            store: None,
            learner: None,
            quit: false,
            data_dir: None,
            speaker: None,
            auto_read: false,
            step_shown: None,
            speech_warned: false,
            pending_export: false,
        }
    }

    /// Puts the store in place, or says on the home screen why there is none.
    pub fn attach_store(&mut self, store: Result<Store, StoreError>) {
        match store {
            Ok(s) => self.store = Some(s),
            Err(e) => {
                self.store = None;
                let home = &mut self.home;
                home.offer_fresh_start = e.offers_fresh_start();
                let mut notice = e.message(home.lang);
                if home.offer_fresh_start {
                    notice.push_str(home.lang.text().ui.fresh_start_offer);
                }
                home.notice = Some(notice);
            }
        }
    }

    /// Takes the outcome of the store's background check, waiting up to `wait` for it: a
    /// damaged file is set aside like one that failed to open. True when it was taken.
    pub fn take_store_check(&mut self, wait: Duration) -> bool {
        match self.store.as_mut().and_then(|s| s.background_check(wait)) {
            Some(Ok(())) => true,
            Some(Err(e)) => {
                self.attach_store(Err(e));
                true
            }
            None => false,
        }
    }

    /// Handles one terminal event at time `now`.
    pub fn handle(&mut self, event: &Event, hits: &ScreenHits, now: DateTime<Utc>) {
        if let Event::Key(k) = event
            && k.code == KeyCode::Char('c')
            && k.modifiers.contains(KeyModifiers::CONTROL)
            && k.kind != KeyEventKind::Release
        {
            self.quit = true;
            return;
        }
        if self.class.is_some() {
            self.handle_class(event, &hits.class, now);
            return;
        }
        if let Some(player) = &mut self.player {
            let msg = match event {
                Event::Key(key) => player_key(player, *key, &hits.player),
                Event::Mouse(m) => player_mouse(m.kind, m.column, m.row, &hits.player),
                _ => None,
            };
            let before = (player.step, std::mem::discriminant(&player.phase));
            let effects = msg.map(|m| player.update(m)).unwrap_or_default();
            let moved = (player.step, std::mem::discriminant(&player.phase)) != before;
            let text = player.speech_text();
            if moved {
                self.step_shown = Some(now);
                if let Some(speaker) = &mut self.speaker {
                    speaker.stop();
                }
            }
            self.apply(effects, now);
            if moved && self.auto_read && self.player.is_some() {
                self.speak(&text);
            }
            return;
        }
        if let Some(screen) = &mut self.settings_screen {
            let msg = match event {
                Event::Key(key) => super::keys::settings_key(*key),
                Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => hits
                    .picker
                    .iter()
                    .find(|(r, _)| {
                        r.contains(ratatui::layout::Position {
                            x: m.column,
                            y: m.row,
                        })
                    })
                    .map(|(_, row)| super::settings_screen::Msg::Select(*row)),
                _ => None,
            };
            let changed = msg
                .is_some_and(|m| screen.update(m))
                .then(|| screen.settings.clone());
            if let Some(settings) = changed {
                self.apply_settings(settings);
            }
            if self.settings_screen.as_ref().is_some_and(|s| s.closed) {
                self.settings_screen = None;
            }
            return;
        }
        if let Some(picker) = &mut self.picker {
            let msg = match event {
                Event::Key(key) => picker_key(*key),
                Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => hits
                    .picker
                    .iter()
                    .find(|(r, _)| {
                        r.contains(ratatui::layout::Position {
                            x: m.column,
                            y: m.row,
                        })
                    })
                    .map(|(_, row)| PickerMsg::Select(*row)),
                _ => None,
            };
            if let Some(choice) = msg.and_then(|m| picker.update(m)) {
                self.picker = None;
                self.apply_choice(choice, now);
            }
            return;
        }
        let msg = match event {
            Event::Key(key) => home_key(*key),
            Event::Mouse(m) => home_mouse(m.kind, m.column, m.row, &hits.home),
            _ => None,
        };
        match msg.and_then(|m| self.home.update(m)) {
            Some(Action::Start { lesson, step }) => {
                if let Some(lesson) = self.home.open_lesson(lesson) {
                    let player = Player::at_step(lesson, self.home.lang, step);
                    let text = player.speech_text();
                    self.player = Some(player);
                    self.step_shown = Some(now);
                    if self.auto_read {
                        self.speak(&text);
                    }
                }
            }
            Some(Action::StartFresh) => {
                if let Some(dir) = &self.data_dir {
                    let s = &self.home.lang.text().ui;
                    match Store::start_fresh(dir, now) {
                        Ok((store, kept)) => {
                            self.store = Some(store);
                            self.home.offer_fresh_start = false;
                            let kept = crate::lesson::sanitize::escape_controls(
                                &kept.display().to_string(),
                            );
                            self.home.notice =
                                Some(crate::i18n::fill(s.fresh_start_done, &[("path", &kept)]));
                        }
                        Err(e) => self.home.notice = Some(e.message(self.home.lang)),
                    }
                }
            }
            Some(Action::Class) => self.open_class(now),
            Some(Action::Export) => {
                self.home.notice = Some(self.home.lang.text().ui.exporting.to_string());
                self.pending_export = true;
            }
            Some(Action::Settings) => {
                self.settings_screen = Some(SettingsScreen::new(self.settings.clone()))
            }
            Some(Action::PickLearner) => {
                let learners = self
                    .store
                    .as_ref()
                    .and_then(|s| s.learners().ok())
                    .unwrap_or_default();
                self.picker = Some(Picker::new(
                    learners,
                    self.learner.as_ref().map(|l| l.code.as_str()),
                ));
            }
            None => {}
        }
        self.quit = self.home.quit;
    }

    fn apply_choice(&mut self, choice: Choice, now: DateTime<Utc>) {
        match choice {
            Choice::Cancel => {}
            Choice::Guest => self.learner = None,
            Choice::Learner(l) => self.learner = Some(l),
            Choice::Create(name) => {
                match self.store.as_mut().map(|s| s.add_learner(&name, None, now)) {
                    Some(Ok(l)) => self.learner = Some(l),
                    Some(Err(e)) => self.home.notice = Some(e.message(self.home.lang)),
                    None => {}
                }
            }
        }
        self.refresh_progress();
    }

    /// Puts new settings in force and saves them atomically.
    pub(crate) fn apply_settings(&mut self, settings: Settings) {
        self.home.lang = settings.lang;
        self.auto_read = settings.auto_read;
        if settings.speech_command != self.settings.speech_command
            || settings.speech_input != self.settings.speech_input
        {
            self.speaker = Some(Speaker::from_settings(&settings));
            self.speech_warned = false;
        }
        if let Some(path) = &self.settings_path
            && let Err(e) = crate::settings::save(path, &settings)
        {
            let detail = crate::lesson::sanitize::escape_controls(&e.to_string());
            self.home.notice = Some(crate::i18n::fill(
                settings.lang.text().ui.settings_saved_failed,
                &[("detail", &detail)],
            ));
        }
        self.settings = settings;
    }

    /// Reads `text` aloud; a problem is shown once, and the lesson goes on.
    fn speak(&mut self, text: &str) {
        let result = match &mut self.speaker {
            Some(speaker) => speaker.speak(text),
            None => Err(crate::speech::SpeechError::NotConfigured),
        };
        if let Err(e) = result
            && !self.speech_warned
        {
            self.speech_warned = true;
            self.home.notice = Some(e.message(self.home.lang));
        }
    }

    /// Carries out effects: every outcome is written when it happens.
    fn apply(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) {
        let seconds = self
            .step_shown
            .map_or(0, |t| (now - t).num_seconds().clamp(0, 3600) as u32);
        for effect in effects {
            let Some(player) = &self.player else { return };
            let lesson = &player.lesson;
            if let Effect::Speak(text) = &effect {
                self.speak(text);
                continue;
            }
            let result = match (&effect, &self.learner, self.store.as_mut()) {
                (Effect::Speak(_), ..) => continue,
                (Effect::Exit, ..) => {
                    if let Some(speaker) = &mut self.speaker {
                        speaker.stop();
                    }
                    self.player = None;
                    self.home.details_open = false;
                    self.refresh_progress();
                    return;
                }
                (_, None, _) | (_, _, None) => continue,
                (Effect::Record { step, outcome, .. }, Some(learner), Some(store)) => store
                    .record_step(&StepEvent {
                        learner: learner.id,
                        lesson: lesson.id.clone(),
                        lesson_version: lesson.version,
                        step: step.clone(),
                        outcome: *outcome,
                        mode: Mode::Practice,
                        session: None,
                        seconds,
                        at: now,
                    })
                    .map(|_| ()),
                (
                    Effect::Answer {
                        question,
                        chosen,
                        correct,
                    },
                    Some(learner),
                    Some(store),
                ) => store
                    .record_answer(&QuizEvent {
                        learner: learner.id,
                        lesson: lesson.id.clone(),
                        lesson_version: lesson.version,
                        question: question.clone(),
                        chosen: *chosen,
                        correct: *correct,
                        mode: Mode::Practice,
                        session: None,
                        at: now,
                    })
                    .map(|_| ()),
            };
            match result {
                Ok(()) => self.step_shown = Some(now),
                Err(e) => self.home.notice = Some(e.message(self.home.lang)),
            }
        }
    }

    /// Reloads the current learner's progress into the home screen.
    pub fn refresh_progress(&mut self) {
        let label = self.learner.as_ref().map(|l| LearnerLabel {
            name: l.display_name.clone(),
            code: l.code.clone(),
        });
        let mut progress = HashMap::new();
        if let (Some(learner), Some(store)) = (&self.learner, &self.store) {
            match store.begun_progress(learner.id, &self.home.lessons) {
                Ok(p) => progress = p,
                Err(e) => self.home.notice = Some(e.message(self.home.lang)),
            }
        }
        self.home.set_progress(label, progress);
    }

    /// Draws the current screen, remembering where clickable things are.
    pub fn draw(&self, frame: &mut ratatui::Frame, theme: &Theme, hits: &mut ScreenHits) {
        if let Some(class) = &self.class {
            hits.class = crate::class::view::render(frame, class, theme);
        } else if let Some(p) = &self.player {
            hits.player = crate::ui::player::render(frame, p, theme);
            if let Some(notice) = &self.home.notice {
                crate::ui::player::render_notice(frame, notice, theme);
            }
        } else if let Some(screen) = &self.settings_screen {
            hits.picker = crate::ui::settings::render(frame, screen, self.home.lang, theme);
        } else if let Some(picker) = &self.picker {
            hits.picker = crate::ui::picker::render(frame, picker, self.home.lang, theme);
        } else {
            hits.home = crate::ui::home::render(frame, &self.home, theme);
        }
    }
}
