//! The class-mode state and its pure `update`: set-up, attendance, presenting, the roster
//! grid, check questions as a class, and the summary. Disk and clock stay outside: what
//! must be saved comes back as effects, and what the store answers comes in as messages.

mod grid;
pub mod history;
mod open;
pub mod plan_form;
mod plans;
mod present;
pub mod quiz;
mod setup;
pub mod steps;
pub mod time;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use super::msg::{Effect, Mark, Msg, Pane, Stage};
use super::search;
pub use crate::class::times::{Present, Times};
use crate::i18n::{Lang, fill};
use crate::lesson::Lesson;
use crate::progress::PlanId;
use crate::progress::{Attendee, ClassSession, GroupId, Learner, LearnerId};
pub use history::{History, SessionEdit};
pub use plan_form::PlanForm;
pub use present::Pages;
pub use setup::Setup;
pub use steps::StepsScreen;

/// Set-up row: the class group (the latest class's first).
pub const ROW_GROUP: usize = 0;
/// Set-up row: the date.
pub const ROW_DATE: usize = 1;
/// Set-up row: the site.
pub const ROW_SITE: usize = 2;
/// Set-up row: the trainer.
pub const ROW_TRAINER: usize = 3;
/// Set-up row: the lesson.
pub const ROW_LESSON: usize = 4;
/// Set-up row: the start button.
pub const ROW_START: usize = 5;
/// Set-up row: the list of past sessions.
pub const ROW_HISTORY: usize = 6;
/// Set-up row: plan a later session.
pub const ROW_PLAN: usize = 7;
/// Rows of the set-up form before the sessions to go on with.
pub const SETUP_ROWS: usize = 8;
pub(super) const TEXT_CAP: usize = 40;

/// One row of the attendance search results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A learner in the store who matches and is not signed in yet.
    Learner(Learner),
    /// What was typed, offered as a newcomer's name.
    New(String),
}

/// Everything class mode shows.
#[derive(Debug, Clone)]
pub struct Class {
    /// The language of class mode's words.
    pub lang: Lang,
    /// Today, as class mode was opened.
    pub today: NaiveDate,
    /// Every lesson that can be taught.
    pub lessons: Vec<Lesson>,
    /// Every learner in the store, for the attendance search.
    pub learners: Vec<Learner>,
    /// Which class screen is showing.
    pub stage: Stage,
    /// The set-up form.
    pub setup: Setup,
    /// What is typed into the attendance search.
    pub query: String,
    /// The selected row of the search results.
    pub pick: usize,
    /// In attendance: the cursor is on the list of who is here (for removing).
    pub in_list: bool,
    /// The session being taught; None until one is started or reopened.
    pub session: Option<ClassSession>,
    /// The group of the session being taught: whoever signs in joins it.
    pub group: Option<GroupId>,
    /// The list of past sessions.
    pub history: History,
    /// True while the session being taught was started here and nobody has been signed
    /// in to it by hand (its group's members came by themselves, or nobody came).
    pub untouched: bool,
    /// True between starting a session and the store's answer.
    pub(crate) starting: bool,
    /// The plan the session being started holds, between starting it and the answer.
    pub(crate) starting_plan: Option<PlanId>,
    /// The session's start and end and each learner's time in it.
    pub times: Times,
    /// The screen of the steps learners find hard.
    pub steps_screen: StepsScreen,
    /// Index into `lessons` of the lesson being taught.
    pub lesson: usize,
    /// Who is here, in the order they signed in.
    pub attendees: Vec<Attendee>,
    /// The latest mark of each learner on each step (by step index).
    pub marks: HashMap<(LearnerId, usize), Mark>,
    /// The option (from 0) each learner chose on each question (by question index).
    pub answers: HashMap<(LearnerId, usize), usize>,
    /// Index of the step being presented.
    pub step: usize,
    /// True while the trainer's notes are shown with the step being presented.
    pub notes_open: bool,
    /// Which page of each part of the present screen (or of a question) is shown; all
    /// back to the top on each new step.
    pub pages: Pages,
    /// On a narrow window: the step's phone is shown instead of its text.
    pub phone_open: bool,
    /// True while the key help covers the screen.
    pub help_open: bool,
    /// Which page of a help taller than its box is shown.
    pub help_page: u16,
    /// True while a question is shown without the roster, so the room does not see who
    /// answered what.
    pub roster_hidden: bool,
    /// The option last recorded on the question being asked, offered for everyone else.
    pub last_chosen: Option<usize>,
    /// The learner row in the grid, quiz and attendance list.
    pub row: usize,
    digits: String,
    /// Index of the question being asked.
    pub question: usize,
    /// True while the right answer and the room's tally are shown.
    pub revealed: bool,
    /// The note being typed for the selected learner, while one is being edited.
    pub note_edit: Option<String>,
    /// A line saying what just happened or went wrong, shown above the key line.
    pub status: Option<String>,
    /// True once the trainer left class mode.
    pub finished: bool,
}

pub(super) fn editable(c: char) -> bool {
    !c.is_control() && !crate::lesson::sanitize::is_dangerous(c)
}

impl Class {
    /// Class mode at the set-up form, with `site` and `trainer` remembered from last time.
    pub fn new(
        lang: Lang,
        lessons: Vec<Lesson>,
        learners: Vec<Learner>,
        today: NaiveDate,
        remembered: (&str, &str),
        today_sessions: Vec<ClassSession>,
    ) -> Class {
        Class {
            lang,
            lessons,
            learners,
            stage: Stage::Setup,
            setup: Setup {
                date: today.format("%Y-%m-%d").to_string(),
                site: remembered.0.to_string(),
                trainer: remembered.1.to_string(),
                lesson: 0,
                row: if remembered.0.is_empty() {
                    ROW_SITE
                } else {
                    ROW_LESSON
                },
                today: today_sessions,
                groups: Vec::new(),
                group: 0,
                plans: Vec::new(),
                on_plan: None,
                plan_form: None,
            },
            today,
            query: String::new(),
            pick: 0,
            in_list: false,
            session: None,
            group: None,
            history: History::default(),
            untouched: false,
            starting: false,
            starting_plan: None,
            times: Times::default(),
            steps_screen: StepsScreen::default(),
            lesson: 0,
            attendees: Vec::new(),
            marks: HashMap::new(),
            answers: HashMap::new(),
            step: 0,
            notes_open: true,
            pages: Pages::default(),
            phone_open: false,
            help_open: false,
            help_page: 0,
            roster_hidden: false,
            last_chosen: None,
            row: 0,
            digits: String::new(),
            question: 0,
            revealed: false,
            note_edit: None,
            status: None,
            finished: false,
        }
    }

    /// The lesson being taught (or picked in the set-up).
    pub fn current_lesson(&self) -> Option<&Lesson> {
        let i = if self.session.is_some() {
            self.lesson
        } else {
            self.setup.lesson
        };
        self.lessons.get(i)
    }

    pub(super) fn step_id(&self, step: usize) -> String {
        self.current_lesson()
            .and_then(|l| l.steps.get(step))
            .map(|s| s.id.to_string())
            .unwrap_or_default()
    }

    /// The search results on the attendance screen, best first.
    pub fn found(&self) -> Vec<Found> {
        // Nothing typed yet: no list (and no scoring of every learner on each redraw).
        if self.query.is_empty() {
            return Vec::new();
        }
        let here: Vec<LearnerId> = self.attendees.iter().map(|a| a.learner.id).collect();
        let mut scored: Vec<(u8, &Learner)> = self
            .learners
            .iter()
            .filter(|l| !here.contains(&l.id))
            .filter_map(|l| search::score(&l.display_name, &l.code, &self.query).map(|s| (s, l)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.display_name.cmp(&b.1.display_name)));
        let mut out: Vec<Found> = scored
            .into_iter()
            .take(8)
            .map(|(_, l)| Found::Learner(l.clone()))
            .collect();
        let name = self.query.trim();
        if search::looks_like_a_name(name) {
            out.push(Found::New(name.to_string()));
        }
        out
    }

    /// How many learners in the store are called `name`.
    pub fn same_name(&self, name: &str) -> usize {
        self.learners
            .iter()
            .filter(|l| l.display_name == name.trim())
            .count()
    }

    /// A learner's name as the room's screens show it: with the learner code when another
    /// learner in the room has the same name (王秀英 1003, 王秀英 2087).
    pub fn label(&self, learner: &Learner) -> String {
        let twin = self
            .attendees
            .iter()
            .any(|a| a.learner.id != learner.id && a.learner.display_name == learner.display_name);
        let name = crate::lesson::sanitize::escape_controls(&learner.display_name);
        if twin {
            format!("{name} {}", learner.code)
        } else {
            name
        }
    }

    /// The mark of attendee row `row` on `step`.
    pub fn mark(&self, row: usize, step: usize) -> Option<Mark> {
        let a = self.attendees.get(row)?;
        self.marks.get(&(a.learner.id, step)).copied()
    }

    /// How many attendees are done with `step`, and who needs help on it (as
    /// [`Class::label`] shows them).
    pub fn step_tally(&self, step: usize) -> (usize, Vec<String>) {
        let mut done = 0;
        let mut help = Vec::new();
        for (row, a) in self.attendees.iter().enumerate() {
            match self.mark(row, step) {
                Some(Mark::Done) => done += 1,
                Some(Mark::NeedsHelp) => help.push(self.label(&a.learner)),
                _ => {}
            }
        }
        (done, help)
    }

    /// Applies one message; returns what must be saved or done outside.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Opened(session, attendees, record) => {
                return self.opened(session, attendees, record);
            }
            Msg::Attended(a) => {
                if self.same_name(&a.learner.display_name) > 0 {
                    self.status = Some(fill(
                        self.lang.text().week.same_name_added,
                        &[
                            (
                                "name",
                                &crate::lesson::sanitize::escape_controls(&a.learner.display_name),
                            ),
                            ("code", &a.learner.code),
                        ],
                    ));
                }
                if !self.learners.iter().any(|l| l.id == a.learner.id) {
                    self.learners.push(a.learner.clone());
                }
                if !self.attendees.iter().any(|x| x.learner.id == a.learner.id) {
                    self.attendees.push(a);
                }
                return Vec::new();
            }
            Msg::Grouped(group) => {
                self.group = group;
                // A class of a group that met before, everyone signed in: said so.
                let known = self.setup.groups.iter().find(|g| Some(g.id) == group);
                let fresh = self.marks.is_empty() && self.answers.is_empty();
                if let Some(g) = known
                    && fresh
                    && self.stage == Stage::Attendance
                    && !self.attendees.is_empty()
                {
                    self.status = Some(fill(
                        self.lang.text().week.group_signed_in,
                        &[
                            ("name", &crate::lesson::sanitize::escape_controls(&g.name)),
                            ("n", &self.attendees.len()),
                        ],
                    ));
                }
                return Vec::new();
            }
            Msg::History(sessions) => {
                self.history.loaded(sessions);
                return Vec::new();
            }
            Msg::Planned(plan) => {
                self.planned(plan);
                return Vec::new();
            }
            Msg::Times(times) => {
                self.times = times;
                return Vec::new();
            }
            Msg::Steps(figures) => {
                self.steps_screen.lines = figures.0;
                self.steps_screen.loaded = true;
                return Vec::new();
            }
            Msg::SessionDeleted(id, _) => {
                self.deleted(id);
                return Vec::new();
            }
            Msg::Exported(path) => {
                self.status = Some(path);
                return Vec::new();
            }
            Msg::Saved(record) => {
                self.take_record(&record);
                return Vec::new();
            }
            Msg::Failed(error) => {
                self.status = Some(fill(
                    self.lang.text().class.save_failed,
                    &[("error", &error)],
                ));
                return Vec::new();
            }
            _ => {}
        }
        // A number is typed digit after digit; any other key (a mark too) ends it.
        if !matches!(msg, Msg::Jump(_)) {
            self.digits.clear();
        }
        // The help covers the screen: the keys that close it close it, others wait.
        if self.help_open {
            match msg {
                Msg::ToggleHelp | Msg::Back | Msg::Confirm | Msg::Pick(_) => {
                    self.help_open = false;
                }
                Msg::PageDown(_) => self.help_page = self.help_page.saturating_add(1),
                Msg::PageUp(_) => self.help_page = self.help_page.saturating_sub(1),
                _ => {}
            }
            return Vec::new();
        }
        if msg == Msg::ToggleHelp {
            self.help_open = true;
            self.help_page = 0;
            return Vec::new();
        }
        if self.note_edit.is_some() {
            return self.edit_note(msg);
        }
        match self.stage {
            Stage::Setup => self.update_setup(msg),
            Stage::Attendance => self.update_attendance(msg),
            Stage::Present => self.update_present(msg),
            Stage::Grid => self.update_grid(msg),
            Stage::Quiz => quiz::update(self, msg),
            Stage::History => self.update_history(msg),
            Stage::Steps => self.update_steps(msg),
            Stage::Summary => match msg {
                Msg::Prev => {
                    self.stage = if self.current_lesson().is_some_and(|l| !l.quiz.is_empty()) {
                        Stage::Quiz
                    } else {
                        Stage::Present
                    };
                    self.pages = Pages::default();
                    Vec::new()
                }
                Msg::Back => {
                    self.stage = Stage::Present;
                    self.pages = Pages::default();
                    Vec::new()
                }
                Msg::Confirm | Msg::Pick(_) => {
                    self.finished = true;
                    vec![Effect::Exit]
                }
                Msg::Export => vec![Effect::Export],
                Msg::Handout => vec![Effect::Handout],
                Msg::OpenSteps => self.open_steps(),
                Msg::PageDown(pane) => {
                    self.pages.turn(pane, true);
                    Vec::new()
                }
                Msg::PageUp(pane) => {
                    self.pages.turn(pane, false);
                    Vec::new()
                }
                _ => Vec::new(),
            },
        }
    }

    /// To the summary; the session's times are read for it.
    pub(super) fn open_summary(&mut self) -> Vec<Effect> {
        self.stage = Stage::Summary;
        self.pages = Pages::default();
        vec![Effect::LoadTimes]
    }
}
