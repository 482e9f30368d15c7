//! The interactive program's edge: the progress store, the speaker, the settings file and
//! the lesson files. It carries out every effect at once (an outcome is on disk before the
//! next key is read) and answers with replies. What waits for the first frame (the lesson
//! files looked at, the store opened and checked in the background, the speech program
//! found) and an export started from the home screen run after a frame is drawn.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::run::{App, Effect, Msg, Reply};
use crate::lesson::Unchecked;
use crate::lesson::sanitize::escape_controls;
use crate::progress::{Store, StoreError};
use crate::runtime::Edge;
use crate::settings::Settings;
use crate::speech::{Speaker, SpeechError};

/// How often the loop looks for the outcome of the store's background check.
const CHECK_POLL: Duration = Duration::from_millis(100);

/// Where start-up timing stops the program (see `start::EXIT_AFTER_FIRST_FRAME`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BenchExit {
    /// Right after the first frame.
    FirstFrame,
    /// Once the store is open and drawn.
    Open,
    /// Once the store's background check has finished as well.
    Ready,
}

/// What the home app's effects are carried out with.
pub struct AppEdge {
    /// None until opened after the first frame, or when it failed to open.
    pub store: Option<Store>,
    /// Reads steps aloud; None until found after the first frame.
    pub speaker: Option<Speaker>,
    /// The data folder (for the store, exports and a fresh start).
    pub data_dir: Option<PathBuf>,
    /// Where the settings are saved (None: not saved, e.g. in tests).
    pub settings_path: Option<PathBuf>,
    /// The clock that stamps what is saved.
    pub clock: fn() -> DateTime<Utc>,
    /// Work waiting for the first frame: lesson files listed on trust, and whether the
    /// store is still to be opened.
    first_frame: Option<Option<Unchecked>>,
    export_pending: bool,
    /// True from a text's start until its end was told (see `Reply::Speaking`).
    speaking: bool,
    /// Start-up timing: where to stop.
    pub bench: Option<BenchExit>,
}

impl AppEdge {
    /// An edge with this store already open (or none); [`AppEdge::attach`] puts one in place
    /// later and says why when it failed.
    pub fn new(store: Option<Store>) -> AppEdge {
        AppEdge {
            store,
            speaker: None,
            data_dir: None,
            settings_path: None,
            clock: Utc::now,
            first_frame: None,
            export_pending: false,
            speaking: false,
            bench: None,
        }
    }

    /// After the first frame, look at `unchecked` lesson files, open the store in `data_dir`
    /// (checked in the background) and find the speech program.
    pub fn open_after_first_frame(&mut self, unchecked: Option<Unchecked>) {
        self.first_frame = Some(unchecked);
    }

    /// Puts a store in place, or says why there is none.
    pub fn attach(&mut self, store: Result<Store, StoreError>, app: &App) -> Vec<Msg> {
        match store {
            Ok(s) => {
                self.store = Some(s);
                Vec::new()
            }
            Err(e) => {
                self.store = None;
                vec![store_failed(&e, app)]
            }
        }
    }

    fn checking(&self) -> bool {
        self.store
            .as_ref()
            .is_some_and(Store::background_check_pending)
    }

    /// Takes the outcome of the store's background check, waiting up to `wait`: a damaged
    /// file is set aside like one that failed to open.
    pub fn take_store_check(&mut self, app: &App, wait: Duration) -> Vec<Msg> {
        match self.store.as_mut().and_then(|s| s.background_check(wait)) {
            Some(Ok(())) => vec![Msg::Reply(Reply::StoreChecked)],
            Some(Err(e)) => self.attach(Err(e), app),
            None => Vec::new(),
        }
    }

    fn reply(&mut self, app: &App, effect: Effect) -> Vec<Reply> {
        let lang = app.home.lang;
        let now = (self.clock)();
        let failed = |e: StoreError| vec![Reply::Notice(e.message(lang))];
        match effect {
            Effect::Speak(text) => {
                // The open lesson's own readings of some words.
                let pronounce = app.player().map_or(&[][..], |p| &p.lesson.pronounce[..]);
                let result = match &mut self.speaker {
                    Some(speaker) => speaker.speak_with(&text, pronounce),
                    None => Err(SpeechError::NotConfigured),
                };
                match result {
                    Ok(()) => {
                        self.speaking = true;
                        vec![Reply::Speaking(true)]
                    }
                    Err(e) => vec![Reply::SpeechFailed(e.message(lang))],
                }
            }
            Effect::StopSpeech => {
                if let Some(speaker) = &mut self.speaker {
                    speaker.stop();
                }
                match std::mem::take(&mut self.speaking) {
                    true => vec![Reply::Speaking(false)],
                    false => Vec::new(),
                }
            }
            Effect::Record(event) => match self.store.as_mut().map(|s| s.record_step(&event)) {
                Some(Err(e)) => failed(e),
                _ => Vec::new(),
            },
            Effect::Answer(event) => match self.store.as_mut().map(|s| s.record_answer(&event)) {
                Some(Err(e)) => failed(e),
                _ => Vec::new(),
            },
            Effect::LoadProgress(learner) => match &self.store {
                None => vec![Reply::Progress(Default::default())],
                Some(store) => match store.begun_progress(learner, &app.home.lessons) {
                    Ok(p) => vec![Reply::Progress(p)],
                    Err(e) => vec![
                        Reply::Notice(e.message(lang)),
                        Reply::Progress(Default::default()),
                    ],
                },
            },
            Effect::ListLearners => {
                let learners = self.store.as_ref().and_then(|s| s.learners().ok());
                vec![Reply::Learners(learners.unwrap_or_default())]
            }
            Effect::AddLearner(name) => match self.store.as_mut() {
                Some(store) => match store.add_learner(&name, None, now) {
                    Ok(l) => vec![Reply::LearnerAdded(l)],
                    Err(e) => failed(e),
                },
                None => Vec::new(),
            },
            Effect::StartFresh => {
                let Some(dir) = &self.data_dir else {
                    return Vec::new();
                };
                match Store::start_fresh(dir, now) {
                    Ok((store, kept)) => {
                        self.store = Some(store);
                        let kept = escape_controls(&kept.display().to_string());
                        let said = lang.text().ui.fresh_start_done;
                        vec![Reply::FreshStart(crate::i18n::fill(
                            said,
                            &[("path", &kept)],
                        ))]
                    }
                    Err(e) => failed(e),
                }
            }
            Effect::Export => {
                self.export_pending = true;
                Vec::new()
            }
            Effect::SaveSettings {
                settings,
                new_speaker,
            } => self.save_settings(&settings, new_speaker),
            Effect::OpenClass => self.open_class(app, now),
            Effect::Class(effect) => {
                let (Some(store), Some(class)) = (self.store.as_mut(), app.class()) else {
                    return Vec::new();
                };
                let mut edge = crate::class::edge::ClassEdge::new(store, now);
                let mut out: Vec<Reply> = crate::runtime::Edge::run(&mut edge, class, effect)
                    .into_iter()
                    .map(Reply::Class)
                    .collect();
                if let Some((site, trainer)) = edge.after.remember {
                    out.push(Reply::Remember { site, trainer });
                }
                if edge.after.exit {
                    out.push(Reply::ClassClosed);
                }
                out
            }
        }
    }

    fn save_settings(&mut self, settings: &Settings, new_speaker: bool) -> Vec<Reply> {
        if new_speaker {
            self.speaker = Some(Speaker::from_settings(settings));
        }
        let Some(path) = &self.settings_path else {
            return Vec::new();
        };
        match crate::settings::save(path, settings) {
            Ok(()) => Vec::new(),
            Err(e) => {
                let detail = escape_controls(&e.to_string());
                let said = settings.lang.text().ui.settings_saved_failed;
                vec![Reply::Notice(crate::i18n::fill(
                    said,
                    &[("detail", &detail)],
                ))]
            }
        }
    }

    /// Class mode for the program's store and settings: today's sessions, all learners,
    /// every lesson read in full (it shows their steps and questions).
    fn open_class(&self, app: &App, now: DateTime<Utc>) -> Vec<Reply> {
        let lang = app.home.lang;
        let Some(store) = &self.store else {
            return vec![Reply::Notice(lang.text().ui.class_needs_store.to_string())];
        };
        let lessons = crate::lesson::catalog::read_all(&app.home.lessons)
            .into_iter()
            .cloned()
            .collect();
        match crate::class::edge::open(lang, lessons, store, &app.settings, now) {
            Ok(class) => vec![Reply::ClassOpened(Box::new(class))],
            Err(e) => vec![Reply::Notice(e.message(lang))],
        }
    }

    /// What waits for the first frame: the lesson files listed on trust are looked at, the
    /// store opens (its full check goes on in the background) and the speech program is
    /// looked for. With `background` false (class mode, which needs its store from the first screen
    /// on) the store's full check is done before this returns.
    pub fn make_ready(
        &mut self,
        app: &App,
        unchecked: Option<Unchecked>,
        background: bool,
    ) -> Vec<Msg> {
        let mut out: Vec<Msg> = check_lessons(unchecked)
            .map(|c| Msg::Reply(Reply::Catalog(c)))
            .into_iter()
            .collect();
        if let Some(dir) = self.data_dir.clone() {
            let now = (self.clock)();
            let store = match background {
                true => Store::open_checking_in_background(&dir, now),
                false => Store::open(&dir, now),
            };
            out.extend(self.attach(store, app));
        }
        self.speaker = Some(Speaker::from_settings(&app.settings));
        if out.is_empty() {
            // Nothing to tell, but the screen is drawn again with the store open.
            out.push(Msg::Reply(Reply::StoreChecked));
        }
        out
    }
}

impl Edge<App> for AppEdge {
    fn run(&mut self, app: &App, effect: Effect) -> Vec<Msg> {
        self.reply(app, effect)
            .into_iter()
            .map(Msg::Reply)
            .collect()
    }

    fn after_frame(&mut self, app: &App) -> Vec<Msg> {
        if self.bench == Some(BenchExit::FirstFrame) {
            return Vec::new();
        }
        if let Some(unchecked) = self.first_frame.take() {
            return self.make_ready(app, unchecked, true);
        }
        if self.checking() {
            let wait = match self.bench {
                Some(_) => Duration::MAX,
                None => Duration::ZERO,
            };
            return self.take_store_check(app, wait);
        }
        if std::mem::take(&mut self.export_pending) {
            let local = (self.clock)().with_timezone(&chrono::Local).naive_local();
            let (store, dir) = (self.store.as_ref(), self.data_dir.as_deref());
            let notice = super::exports::export_progress(store, dir, app, local);
            return vec![Msg::Reply(Reply::Notice(notice))];
        }
        let done = self.speaking && !self.speaker.as_mut().is_some_and(Speaker::speaking);
        if done {
            self.speaking = false;
            return vec![Msg::Reply(Reply::Speaking(false))];
        }
        Vec::new()
    }

    fn poll_every(&self) -> Option<Duration> {
        let check = self.checking().then_some(CHECK_POLL);
        let speech = self.speaking.then_some(crate::speech::SPEECH_POLL);
        check.into_iter().chain(speech).min()
    }

    fn stop(&self, _: &App) -> bool {
        let opened = self.first_frame.is_none();
        match self.bench {
            None => false,
            Some(BenchExit::FirstFrame) => true,
            Some(BenchExit::Open) => opened,
            Some(BenchExit::Ready) => opened && !self.checking(),
        }
    }
}

/// The reply telling why the store is not there.
fn store_failed(e: &StoreError, app: &App) -> Msg {
    let lang = app.home.lang;
    let fresh_start = e.offers_fresh_start();
    let mut notice = e.message(lang);
    if fresh_start {
        notice.push_str(lang.text().ui.fresh_start_offer);
    }
    Msg::Reply(Reply::StoreFailed {
        notice,
        fresh_start,
    })
}

/// Looks at the lesson files listed from the index; if any changed since it was written,
/// the list is made again (and the index rewritten).
fn check_lessons(unchecked: Option<Unchecked>) -> Option<crate::lesson::Catalog> {
    let mut fresh = unchecked.and_then(Unchecked::check)?;
    if let Some(update) = fresh.take_index_update() {
        // Not written only makes the next start read those files again.
        let _ = update.save();
    }
    Some(fresh)
}
