//! The edge of class mode: keys and clicks become messages, and every effect is carried out
//! on the store at once (a mark is on disk before the next key is read). What the store
//! answers goes back into the class state as messages.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use crossterm::event::MouseEventKind;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton};

use super::state::{Class, Effect, Msg};
use super::view::{Hits, hit};
use crate::i18n::Lang;
use crate::progress::{Attendee, Mode, QuizEvent, SessionRecord, StepEvent, Store, StoreError};

/// Maps a terminal event to a class message.
pub fn class_msg(event: &Event, hits: &Hits) -> Option<Msg> {
    match event {
        Event::Key(key) => key_msg(*key),
        Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
            hit(hits, m.column, m.row)
        }
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollUp => Some(Msg::Up),
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollDown => Some(Msg::Down),
        _ => None,
    }
}

fn key_msg(key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    Some(match key.code {
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        KeyCode::Left | KeyCode::PageUp => Msg::Left,
        KeyCode::Right | KeyCode::PageDown => Msg::Right,
        KeyCode::Enter => Msg::Enter,
        KeyCode::Esc => Msg::Esc,
        KeyCode::Tab | KeyCode::BackTab => Msg::Tab,
        KeyCode::Delete => Msg::Delete,
        KeyCode::Backspace => Msg::Backspace,
        KeyCode::Char(c) => Msg::Char(c),
        _ => return None,
    })
}

/// What the caller must do after the effects ran.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct After {
    /// Site and trainer to remember in the settings.
    pub remember: Option<(String, String)>,
    pub exit: bool,
}

/// Feeds `msg` to the class and carries out every effect that follows, at time `now`.
pub fn step(class: &mut Class, msg: Msg, store: &mut Store, now: DateTime<Utc>) -> After {
    let mut after = After::default();
    let mut queue: VecDeque<Msg> = VecDeque::from([msg]);
    while let Some(msg) = queue.pop_front() {
        for effect in class.update(msg) {
            match run(class, effect, store, now, &mut after) {
                Ok(Some(reply)) => queue.push_back(reply),
                Ok(None) => {}
                Err(e) => queue.push_back(Msg::Failed(e.message(class.lang))),
            }
        }
    }
    after
}

fn run(
    class: &Class,
    effect: Effect,
    store: &mut Store,
    now: DateTime<Utc>,
    after: &mut After,
) -> Result<Option<Msg>, StoreError> {
    let session = class.session.as_ref().map(|s| s.id);
    let lesson = class.current_lesson();
    Ok(match effect {
        Effect::Create(new) => {
            let s = store.create_session(&new, now)?;
            Some(Msg::Opened(s, Vec::new(), SessionRecord::default()))
        }
        Effect::Reopen(id) => match store.session(id)? {
            Some(s) => {
                let attendees = store.attendees(id)?;
                let record = store.session_record(id)?;
                Some(Msg::Opened(s, attendees, record))
            }
            None => None,
        },
        Effect::Attend(learner) => {
            if let Some(id) = session {
                store.attend(id, learner, now)?;
            }
            None
        }
        Effect::AddLearner(name) => {
            let learner = store.add_learner(&name, None, now)?;
            if let Some(id) = session {
                store.attend(id, learner.id, now)?;
            }
            Some(Msg::Attended(Attendee {
                learner,
                note: String::new(),
            }))
        }
        Effect::Unattend(learner) => {
            if let Some(id) = session {
                store.unattend(id, learner)?;
            }
            None
        }
        Effect::Mark {
            learner,
            step,
            mark,
        } => {
            if let Some((lesson, s)) = lesson.and_then(|l| Some((l, l.steps.get(step)?))) {
                store.record_step(&StepEvent {
                    learner,
                    lesson: lesson.id.clone(),
                    lesson_version: lesson.version,
                    step: s.id.clone(),
                    outcome: mark.outcome(),
                    mode: Mode::Class,
                    session: session.map(|s| s.0),
                    seconds: 0,
                    at: now,
                })?;
            }
            None
        }
        Effect::Answer {
            learner,
            question,
            chosen,
            correct,
        } => {
            if let Some((lesson, q)) = lesson.and_then(|l| Some((l, l.quiz.get(question)?))) {
                store.record_answer(&QuizEvent {
                    learner,
                    lesson: lesson.id.clone(),
                    lesson_version: lesson.version,
                    question: q.id.clone(),
                    chosen,
                    correct,
                    mode: Mode::Class,
                    session: session.map(|s| s.0),
                    at: now,
                })?;
            }
            None
        }
        Effect::Note { learner, text } => {
            if let Some(id) = session {
                store.set_attendance_note(id, learner, &text)?;
            }
            None
        }
        Effect::SetStep(step) => {
            if let Some(id) = session {
                store.set_session_step(id, &step)?;
            }
            None
        }
        Effect::Export => {
            let data = store.path().parent().unwrap_or(std::path::Path::new("."));
            let s = &class.lang.text().class;
            let local = now.with_timezone(&chrono::Local).naive_local();
            let path = crate::export::screen_export_path(data, s.class_sheet, local);
            let shown = crate::lesson::sanitize::escape_controls(&path.display().to_string());
            let ui = &class.lang.text().ui;
            Some(
                match crate::export::write_xlsx_creating(&super::sheet::class_sheets(class), &path)
                {
                    Ok(()) => Msg::Exported(crate::i18n::fill(ui.written, &[("path", &shown)])),
                    Err(e) => Msg::Exported(crate::i18n::fill(
                        ui.export_failed,
                        &[(
                            "detail",
                            &crate::lesson::sanitize::escape_controls(&e.to_string()),
                        )],
                    )),
                },
            )
        }
        Effect::Remember { site, trainer } => {
            after.remember = Some((site, trainer));
            None
        }
        Effect::Exit => {
            after.exit = true;
            None
        }
    })
}

/// Class mode for the program's store and settings: today's sessions, all learners.
pub fn open(
    lang: Lang,
    lessons: Vec<crate::lesson::Lesson>,
    store: &Store,
    settings: &crate::settings::Settings,
    now: DateTime<Utc>,
) -> Result<Class, StoreError> {
    let today = now.with_timezone(&chrono::Local).date_naive();
    Ok(Class::new(
        lang,
        lessons,
        store.learners()?,
        today,
        (&settings.default_site, &settings.trainer_name),
        store.sessions_on(today)?,
    ))
}

impl crate::app::run::App {
    /// Opens class mode from the home screen (or `zhulao class`).
    pub fn open_class(&mut self, now: DateTime<Utc>) {
        let lang = self.home.lang;
        let Some(store) = &self.store else {
            self.home.notice = Some(lang.text().ui.class_needs_store.to_string());
            return;
        };
        // Class mode shows every lesson's steps and questions: read them all now.
        let lessons = crate::lesson::catalog::read_all(&self.home.lessons)
            .into_iter()
            .cloned()
            .collect();
        match open(lang, lessons, store, &self.settings, now) {
            Ok(class) => self.class = Some(class),
            Err(e) => self.home.notice = Some(e.message(lang)),
        }
    }

    /// One terminal event in class mode; marks are saved before this returns.
    pub fn handle_class(&mut self, event: &Event, hits: &Hits, now: DateTime<Utc>) {
        let (Some(class), Some(store)) = (&mut self.class, &mut self.store) else {
            self.class = None;
            return;
        };
        let Some(msg) = class_msg(event, hits) else {
            return;
        };
        let after = step(class, msg, store, now);
        if let Some((site, trainer)) = after.remember {
            let mut settings = self.settings.clone();
            if settings.default_site != site || settings.trainer_name != trainer {
                settings.default_site = site;
                settings.trainer_name = trainer;
                self.apply_settings(settings);
            }
        }
        if after.exit {
            self.class = None;
            self.refresh_progress();
        }
    }
}
