//! Progress that is never lost: one SQLite file in the data folder with learners, class
//! sessions and an append-only event log; current progress is derived from the events.

pub mod background_check;
pub mod classes;
pub mod code;
pub mod connection;
pub mod derive;
pub mod erase;
pub mod error;
pub mod facts;
pub mod groups;
pub mod learners;
pub mod model;
pub mod plans;
pub mod schema;
pub mod session_time;
pub mod sessions;
pub mod state;
pub mod step_log;
pub mod store;
pub mod visits;
pub mod volunteers;

pub use classes::{Attendee, ClassSession, NewSession, SessionId, SessionRecord};
pub use derive::{LessonProgress, LessonStatus, lesson_progress};
pub use error::StoreError;
pub use facts::{StepFacts, StepStatus};
pub use groups::{ClassGroup, GroupId, GroupPick};
pub use model::{Learner, LearnerId, Mode, Outcome, PlanId, QuizEvent, StepEvent};
pub use plans::{NewPlan, Plan, TodayPlan};
pub use session_time::{SessionFacts, SessionTime};
pub use sessions::{Deleted, PastSession, Presence};
pub use store::Store;
pub use visits::{KioskVisit, VisitId, VisitLesson};
pub use volunteers::Volunteers;
