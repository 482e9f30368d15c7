//! What happens on the class screens (messages), what must happen outside them (effects),
//! and the small types both speak of: the trainer's mark and the screen showing.

use chrono::NaiveDate;

use super::times::Times;
use crate::export::stats::steps::StepLine;
use crate::progress::{Attendee, ClassSession, Deleted, GroupId, GroupPick, LearnerId};
use crate::progress::{NewPlan, NewSession, Outcome, PastSession, Plan, PlanId};
use crate::progress::{SessionId, SessionRecord};

/// A trainer's mark for one learner on one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Did the step.
    Done,
    /// Needs the trainer's help with the step.
    NeedsHelp,
    /// Not there for this step (stepped out, left early).
    Absent,
}

impl Mark {
    /// The outcome the mark is saved as; absent is saved as skipped.
    pub fn outcome(self) -> Outcome {
        match self {
            Mark::Done => Outcome::Done,
            Mark::NeedsHelp => Outcome::NeedsHelp,
            Mark::Absent => Outcome::Skipped,
        }
    }

    pub(super) fn from_outcome(o: Outcome) -> Option<Mark> {
        match o {
            Outcome::Done => Some(Mark::Done),
            Outcome::NeedsHelp => Some(Mark::NeedsHelp),
            Outcome::Skipped => Some(Mark::Absent),
            Outcome::WrongTry => None,
        }
    }
}

/// Which class screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The form that starts a session or reopens one of today's.
    Setup,
    /// Signing learners in by name, pinyin initials or code.
    Attendance,
    /// Presenting a step to the room, with its phone screen and the trainer's notes.
    Present,
    /// The roster grid: each learner's mark on each step.
    Grid,
    /// The check questions, asked of the room, with each learner's answer recorded.
    Quiz,
    /// The end-of-class summary, ready to export.
    Summary,
    /// The list of past sessions: go on with one, correct or delete it.
    History,
    /// What the learners found hard in the lesson: each step's wrong tries, needs-help
    /// marks, time and drop-off, from every record of it.
    Steps,
}

/// A part of the present screen that is paged on its own when it does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The step's text: instruction, tip, warning, options (and, on a narrow window, notes).
    Text,
    /// The trainer's notes, where they have a place of their own.
    Notes,
    /// The simulated phone.
    Phone,
}

impl Pane {
    /// The panes in the order PageDown goes through them.
    pub const ALL: [Pane; 3] = [Pane::Text, Pane::Notes, Pane::Phone];
}

/// What can happen on the class screens: what the trainer means (the keys that mean it
/// are in `keys.rs`), and what the store answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// The row above (↑).
    Up,
    /// The row below (↓).
    Down,
    /// The step (or question, or lesson choice) before (←; PageUp once at the top).
    Prev,
    /// The step (or question, or lesson choice) after (→; PageDown once all is seen).
    Next,
    /// The next page of a part that does not fit (PageDown, or a click on its ▼ line).
    PageDown(Pane),
    /// The page before of a paged part (PageUp, or a click on its ▲ line).
    PageUp(Pane),
    /// On a narrow window: between the step's text and its phone (P).
    TogglePhone,
    /// Open or close the key help (? or F1).
    ToggleHelp,
    /// Enter: the focused row, or "done" for the learner in the grid.
    Confirm,
    /// Esc: one screen back, or close what is open.
    Back,
    /// Tab: the next field; between the steps and the grid; between search and list.
    Switch,
    /// A character typed into the field being edited.
    Type(char),
    /// Backspace: the last character typed goes (in the attendance list: sign out).
    Erase,
    /// Delete: sign the chosen learner out of the attendance list.
    Remove,
    /// Mark the chosen learner for this step.
    Mark(Mark),
    /// Everyone present who has no mark yet is marked done.
    MarkEveryone,
    /// The chosen learner's mark on this step is taken back (U, Backspace, Delete).
    ClearMark,
    /// A digit of a learner's number in the grid (typed digit after digit).
    Jump(u8),
    /// Write a note about the chosen learner.
    EditNote,
    /// Show or hide the trainer notes.
    ToggleNotes,
    /// Between the step and the roster grid.
    ToggleGrid,
    /// The check questions.
    OpenQuiz,
    /// The chosen learner's answer: option `n` (from 0).
    Answer(usize),
    /// The chosen learner's answer is taken back.
    ClearAnswer,
    /// Everyone present without an answer chose option `n` (from 0).
    AnswerAll(usize),
    /// Show or hide the right answer.
    Reveal,
    /// Hide or show the roster beside a question, so the room does not see who answered
    /// what.
    ToggleRoster,
    /// Write the class sheet.
    Export,
    /// Write the lesson's printable handout (打印讲义).
    Handout,
    /// A click on row `n` of the list on screen (set-up rows, search results, learners).
    Pick(usize),
    /// A click on a cell of the roster grid: learner row, step.
    Cell(usize, usize),
    /// The attendance list: the chosen learner leaves the class group for good (X).
    LeaveGroup,
    /// History: correct the chosen session's date, site and trainer (E).
    Correct,
    /// Set-up: a tap on today's planned session `n`, which starts it.
    PickPlan(usize),
    /// The chosen learner left early (L): their class time stops now; again, they are back.
    LeftEarly,
    /// Summary: the screen of which steps the learners find hard (S).
    OpenSteps,
    /// Steps screen: hardest first, or in step order (O or Tab).
    ToggleOrder,
    /// The session's start and end and each learner's time in it, as the store holds them.
    Times(Times),
    /// The step figures of the lesson, as the step-difficulty sheet computes them.
    Steps(Figures),
    /// A plan was saved.
    Planned(Plan),
    /// The store opened (or created) a session.
    Opened(ClassSession, Vec<Attendee>, SessionRecord),
    /// The group the opened session belongs to.
    Grouped(Option<GroupId>),
    /// The past sessions, newest first, for the history.
    History(Vec<PastSession>),
    /// A session was deleted.
    SessionDeleted(SessionId, Deleted),
    /// A new learner was added and signed in.
    Attended(Attendee),
    /// The class sheet was written here.
    Exported(String),
    /// Something could not be saved.
    Failed(String),
    /// The session's marks and answers as the store holds them, after a save failed: the
    /// grid shows what is saved, never a mark that is not.
    Saved(SessionRecord),
}

/// A lesson's step figures, as a message.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures(pub Vec<StepLine>);

// The medians are counts of seconds or their halves, never NaN, so equality is total.
impl Eq for Figures {}

/// What must happen outside: saving, mostly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Start a new session for a group (answered with `Msg::Opened` and `Msg::Grouped`):
    /// the members of a group that met before are signed in at once.
    Create {
        /// The session's date, site, trainer and lesson.
        new: NewSession,
        /// The group it is for.
        group: GroupPick,
        /// The planned session it holds, when started from one.
        plan: Option<PlanId>,
    },
    /// The learner left early (`left`), or came back: their class time stops, or goes on.
    LeftEarly {
        /// Who.
        learner: LearnerId,
        /// True when they left; false when they came back.
        left: bool,
    },
    /// Read the session's times (answered with `Msg::Times`).
    LoadTimes,
    /// Read the step figures of the lesson being taught (answered with `Msg::Steps`).
    LoadSteps,
    /// Save a plan made at the set-up (answered with `Msg::Planned`).
    AddPlan(NewPlan),
    /// Delete a session started by mistake or held for nobody (answered with
    /// `Msg::SessionDeleted`).
    DeleteSession(SessionId),
    /// Read the past sessions (answered with `Msg::History`).
    LoadHistory,
    /// Correct a past session (answered with `Msg::History`).
    CorrectSession {
        /// The session corrected.
        id: SessionId,
        /// Its right date.
        date: NaiveDate,
        /// Its right site.
        site: String,
        /// Its right trainer.
        trainer: String,
    },
    /// Reopen a session (answered with `Msg::Opened` and `Msg::Grouped`).
    Reopen(SessionId),
    /// Sign this learner in to the session.
    Attend(LearnerId),
    /// Register a newcomer by name and sign them in (answered with `Msg::Attended`).
    AddLearner(String),
    /// Take this learner off the session's attendance and out of its group for good.
    LeaveGroup(LearnerId),
    /// Take this learner off the session's attendance.
    Unattend(LearnerId),
    /// Mark step `step` (index in the lesson) of a learner.
    Mark {
        /// Whose mark it is.
        learner: LearnerId,
        /// The step, by index in the lesson.
        step: usize,
        /// The mark given.
        mark: Mark,
    },
    /// Take back every mark of a learner on step `step` in this session.
    ClearMark {
        /// Whose mark it was.
        learner: LearnerId,
        /// The step, by index in the lesson.
        step: usize,
    },
    /// Save the note on a learner (the learner's own; it shows in every class).
    Note {
        /// Whose note it is.
        learner: LearnerId,
        /// The note as typed; empty for none.
        text: String,
    },
    /// A learner's answer to question `question` (index in the lesson).
    Answer {
        /// Who answered.
        learner: LearnerId,
        /// The question, by index in the lesson.
        question: usize,
        /// The option chosen, counting from 0.
        chosen: usize,
        /// True when it is the right option.
        correct: bool,
    },
    /// Take back a learner's answer to question `question` (index in the lesson).
    ClearAnswer {
        /// Whose answer it was.
        learner: LearnerId,
        /// The question, by index in the lesson.
        question: usize,
    },
    /// Save the step the class is on (its id), so a reopened session starts there.
    SetStep(String),
    /// Write the class sheet (roster, marks, summary) to the exports folder.
    Export,
    /// Write the lesson's printable handout to the exports folder.
    Handout,
    /// Remember the site and trainer for next time.
    Remember {
        /// The site of the session just started.
        site: String,
        /// The trainer of the session just started.
        trainer: String,
    },
    /// The trainer left class mode.
    Exit,
}
