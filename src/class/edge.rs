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
            Ok(reply) => reply,
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

/// How many past sessions the history lists.
pub const HISTORY_LIMIT: usize = 200;

/// Whether an effect is something the running session does (a tick of its time).
fn ticks(effect: &Effect) -> bool {
    matches!(
        effect,
        Effect::Attend(_)
            | Effect::AddLearner(_)
            | Effect::Unattend(_)
            | Effect::LeaveGroup(_)
            | Effect::Mark { .. }
            | Effect::ClearMark { .. }
            | Effect::Answer { .. }
            | Effect::ClearAnswer { .. }
            | Effect::Note { .. }
            | Effect::SetStep(_)
            | Effect::LeftEarly { .. }
            | Effect::LoadTimes
            | Effect::Exit
    )
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
) -> Result<Vec<Msg>, StoreError> {
    let session = class.session.as_ref().map(|s| s.id);
    if let Some(id) = session
        && ticks(&effect)
    {
        store.session_tick(id, now)?;
    }
    Ok(match effect {
        Effect::Create { new, group, plan } => {
            let (s, attendees, group) = store.start_group_session(&new, &group, now)?;
            if let Some(plan) = plan {
                store.link_plan(s.id, plan)?;
            }
            store.session_tick(s.id, now)?;
            let times = super::reads::times(store, s.id)?;
            vec![
                Msg::Opened(s, attendees, SessionRecord::default()),
                Msg::Grouped(Some(group)),
                Msg::Times(times),
            ]
        }
        Effect::Reopen(id) => match store.session(id)? {
            Some(s) => {
                let attendees = store.attendees(id)?;
                let record = store.session_record(id)?;
                let group = store.session_group(id)?;
                let times = super::reads::times(store, id)?;
                vec![
                    Msg::Opened(s, attendees, record),
                    Msg::Grouped(group),
                    Msg::Times(times),
                ]
            }
            None => Vec::new(),
        },
        Effect::LeftEarly { learner, left } => match session {
            Some(id) => {
                store.set_left(id, learner, left.then_some(now))?;
                vec![Msg::Times(super::reads::times(store, id)?)]
            }
            None => Vec::new(),
        },
        Effect::LoadTimes => match session {
            Some(id) => vec![Msg::Times(super::reads::times(store, id)?)],
            None => Vec::new(),
        },
        Effect::AddPlan(new) => vec![Msg::Planned(store.add_plan(&new, now)?)],
        Effect::LoadSteps => match class.current_lesson() {
            Some(lesson) => vec![Msg::Steps(super::reads::step_figures(store, lesson)?)],
            None => Vec::new(),
        },
        Effect::DeleteSession(id) => {
            let deleted = store.delete_session(id, now)?;
            let mut out = vec![Msg::SessionDeleted(id, deleted)];
            if class.stage == super::Stage::History {
                out.push(Msg::History(store.past_sessions(HISTORY_LIMIT)?));
            }
            out
        }
        Effect::LoadHistory => vec![Msg::History(store.past_sessions(HISTORY_LIMIT)?)],
        Effect::CorrectSession {
            id,
            date,
            site,
            trainer,
        } => {
            store.correct_session(id, date, &site, &trainer)?;
            vec![Msg::History(store.past_sessions(HISTORY_LIMIT)?)]
        }
        other => run_in_session(class, other, store, now, after)?
            .into_iter()
            .collect(),
    })
}

/// When a mark or answer of `session` made at `now` is dated: on the session's date (typed
/// when the laptop's clock was wrong, or for a class entered afterwards), at the time of
/// day it is now, so exports and periods count it on the day the class was held.
pub fn event_time(
    session: Option<&crate::progress::ClassSession>,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    let local = now.with_timezone(&chrono::Local);
    match session {
        Some(s) if s.date != local.date_naive() => s
            .date
            .and_time(local.time())
            .and_local_timezone(chrono::Local)
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc)),
        _ => now,
    }
}

/// The effects of a session being taught.
fn run_in_session(
    class: &Class,
    effect: Effect,
    store: &mut Store,
    now: DateTime<Utc>,
    after: &mut After,
) -> Result<Option<Msg>, StoreError> {
    let session = class.session.as_ref().map(|s| s.id);
    let lesson = class.current_lesson();
    let mut dated = event_time(class.session.as_ref(), now);
    // Never before what the session already holds (its date corrected in between), so
    // the latest mark stays the one made last.
    let records = matches!(
        effect,
        Effect::Mark { .. } | Effect::Answer { .. } | Effect::ClearAnswer { .. }
    );
    if let Some(id) = session.filter(|_| records)
        && let Some(latest) = store.latest_record(id)?
        && latest >= dated
    {
        dated = latest + chrono::Duration::milliseconds(1);
    }
    Ok(match effect {
        Effect::Attend(learner) => {
            if let Some(id) = session {
                store.attend(id, learner, now)?;
            }
            if let Some(group) = class.group {
                store.join_group(group, learner, now)?;
            }
            None
        }
        Effect::AddLearner(name) => {
            let learner = store.add_learner(&name, None, now)?;
            if let Some(id) = session {
                store.attend(id, learner.id, now)?;
            }
            if let Some(group) = class.group {
                store.join_group(group, learner.id, now)?;
            }
            Some(Msg::Attended(Attendee {
                learner,
                note: String::new(),
            }))
        }
        Effect::LeaveGroup(learner) => {
            if let Some(id) = session {
                store.unattend(id, learner)?;
            }
            if let Some(group) = class.group {
                store.leave_group(group, learner)?;
            }
            None
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
                    at: dated,
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
                    at: dated,
                })?;
            }
            None
        }
        Effect::ClearMark { learner, step } => {
            let step = lesson.and_then(|l| l.steps.get(step));
            if let (Some(id), Some(s)) = (session, step) {
                store.clear_mark(id, learner, s.id.as_str(), dated)?;
            }
            None
        }
        Effect::ClearAnswer { learner, question } => {
            let found = lesson.and_then(|l| Some((l, l.quiz.get(question)?)));
            if let (Some(id), Some((lesson, q))) = (session, found) {
                store.clear_answer(id, learner, (&lesson.id, lesson.version), &q.id, dated)?;
            }
            None
        }
        Effect::Note { learner, text } => {
            store.set_learner_notes(learner, &text)?;
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
            // Named by the session's date (corrected, or typed when the laptop's clock was
            // wrong), at the time of day it is written.
            let mut local = now.with_timezone(&chrono::Local).naive_local();
            if let Some(s) = &class.session {
                local = s.date.and_time(local.time());
            }
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
        Effect::Create { .. }
        | Effect::LeftEarly { .. }
        | Effect::LoadTimes
        | Effect::LoadSteps
        | Effect::AddPlan(_)
        | Effect::Reopen(_)
        | Effect::DeleteSession(_)
        | Effect::LoadHistory
        | Effect::CorrectSession { .. } => None,
    })
}

/// Class mode for the program's store and settings: the sessions to go on with, all
/// learners, the class groups (the latest class's first).
pub fn open(
    lang: Lang,
    lessons: Vec<crate::lesson::Lesson>,
    store: &Store,
    settings: &crate::settings::Settings,
    now: DateTime<Utc>,
) -> Result<Class, StoreError> {
    let today = now.with_timezone(&chrono::Local).date_naive();
    let mut class = Class::new(
        lang,
        lessons,
        store.learners()?,
        today,
        (&settings.default_site, &settings.trainer_name),
        store.sessions_to_continue(today, now)?,
    );
    class.offer_groups(store.groups()?);
    // Today's plans at this laptop's site (every site's, when none is set).
    let site = Some(settings.default_site.trim()).filter(|s| !s.is_empty());
    class.offer_plans(store.plans_on(today, site)?);
    Ok(class)
}
