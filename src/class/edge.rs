//! Class mode as a program of the runtime, and its edge: every effect is carried out on the
//! store at once (a mark is on disk before the next key is read), and what the store
//! answers goes back into the class state as messages. The keys are in `keys.rs`.

use chrono::{DateTime, Utc};
use crossterm::event::Event;
use ratatui::Frame;

use super::state::{Class, Effect, Msg};
use crate::i18n::Lang;
use crate::progress::{Attendee, Mode, QuizEvent, SessionRecord, StepEvent, Store, StoreError};
use crate::runtime::{Edge, Hits, Program};
use crate::ui::theme::{Theme, ThemeName};

pub use super::keys::class_msg;

impl Program for Class {
    type Msg = Msg;
    type Effect = Effect;
    type Tap = Msg;

    fn update(&mut self, msg: Msg) -> Vec<Effect> {
        Class::update(self, msg)
    }

    fn view(&self, frame: &mut Frame, theme: &Theme, hits: &mut Hits<Msg>) {
        super::view::render(frame, self, theme, hits);
    }

    fn on_event(&self, event: &Event, hits: &Hits<Msg>) -> Option<Msg> {
        class_msg(self, event, hits, |m| m)
    }

    fn theme(&self) -> Theme {
        Theme::named(ThemeName::default())
    }

    fn done(&self) -> bool {
        self.finished
    }
}

/// What the host must do once the class's effects ran.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct After {
    /// Site and trainer to remember in the settings.
    pub remember: Option<(String, String)>,
    /// The trainer left class mode.
    pub exit: bool,
}

/// Class mode's edge: the store it saves to, the time it saves with, and what the host
/// (the home app) must do afterwards.
pub struct ClassEdge<'a> {
    /// Where every mark and answer is saved.
    pub store: &'a mut Store,
    /// The time written with what is saved.
    pub now: DateTime<Utc>,
    /// Settings to remember and whether class mode was left.
    pub after: After,
}

impl<'a> ClassEdge<'a> {
    /// An edge saving to `store` at time `now`.
    pub fn new(store: &'a mut Store, now: DateTime<Utc>) -> Self {
        ClassEdge {
            store,
            now,
            after: After::default(),
        }
    }
}

impl Edge<Class> for ClassEdge<'_> {
    fn run(&mut self, class: &Class, effect: Effect) -> Vec<Msg> {
        let marks = matches!(
            effect,
            Effect::Mark { .. }
                | Effect::Answer { .. }
                | Effect::ClearMark { .. }
                | Effect::ClearAnswer { .. }
        );
        match run(class, effect, self.store, self.now, &mut self.after) {
            Ok(reply) => reply.into_iter().collect(),
            Err(e) => {
                let mut replies = vec![Msg::Failed(e.message(class.lang))];
                // A mark that was not saved must not stay on the grid: it shows the
                // store's record again.
                let session = class.session.as_ref().map(|s| s.id);
                if let Some(record) = session
                    .filter(|_| marks)
                    .and_then(|id| self.store.session_record(id).ok())
                {
                    replies.push(Msg::Saved(record));
                }
                replies
            }
        }
    }
}

/// Feeds `msg` to the class and carries out every effect that follows, at time `now`.
pub fn step(class: &mut Class, msg: Msg, store: &mut Store, now: DateTime<Utc>) -> After {
    let mut edge = ClassEdge::new(store, now);
    crate::runtime::send(class, &mut edge, msg);
    edge.after
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
        Effect::ClearMark { learner, step } => {
            let step = lesson.and_then(|l| l.steps.get(step));
            if let (Some(id), Some(s)) = (session, step) {
                store.clear_mark(id, learner, s.id.as_str(), now)?;
            }
            None
        }
        Effect::ClearAnswer { learner, question } => {
            let found = lesson.and_then(|l| Some((l, l.quiz.get(question)?)));
            if let (Some(id), Some((lesson, q))) = (session, found) {
                store.clear_answer(id, learner, (&lesson.id, lesson.version), &q.id, now)?;
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
            // The sheet holds what the store holds, not what the screen shows.
            let mut saved = class.clone();
            if let Some(id) = session {
                saved.take_record(&store.session_record(id)?);
                saved.attendees = store.attendees(id)?;
            }
            Some(
                match crate::export::write_xlsx_creating(&super::sheet::class_sheets(&saved), &path)
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
        Effect::Handout => {
            let data = store.path().parent().unwrap_or(std::path::Path::new("."));
            let local = now.with_timezone(&chrono::Local).naive_local();
            let lesson = class.current_lesson();
            lesson
                .map(|l| crate::export::handout::written(l, class.lang, data, local))
                .map(Msg::Exported)
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
