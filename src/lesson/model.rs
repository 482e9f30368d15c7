//! A lesson after validation: types that cannot hold an invalid lesson.
//!
//! Every text here has been sanitised, every id checked, every task target exists and has
//! the right kind, and every answer is in range. The rest of the program relies on that
//! and never checks again.

use std::fmt;

use crate::i18n::Lang;

pub use super::raw::{RawCategory as Category, RawLevel as Level};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The id as written in the lesson file.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub(crate) fn new_unchecked(s: String) -> Self {
                Self(s)
            }

            /// An id for tests, which build lessons by hand; panics on an invalid id.
            pub fn new_for_tests(s: &str) -> Self {
                assert!(is_valid_id(s), "invalid id {s:?}");
                Self(s.to_string())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A lesson's stable id (`mobile-payment`): progress is keyed by it.
    LessonId
);
id_type!(
    /// A step's stable id within its lesson.
    StepId
);
id_type!(
    /// An element's id within one screen.
    ElementId
);
id_type!(
    /// A check question's stable id within its lesson.
    QuestionId
);

/// Longest id.
pub const MAX_ID_CHARS: usize = 64;

/// True for ids like `scan-to-pay`: lowercase ASCII letters, digits and inner hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A validated lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: LessonId,
    pub version: u32,
    pub title: String,
    pub summary: String,
    pub category: Category,
    pub level: Level,
    pub estimated_minutes: u32,
    pub tags: Vec<String>,
    pub sources: Vec<String>,
    pub notes: Option<String>,
    pub steps: Vec<Step>,
    pub quiz: Vec<Question>,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: StepId,
    pub title: String,
    pub instruction: String,
    pub tip: Option<String>,
    pub warning: Option<String>,
    pub trainer_notes: Option<String>,
    pub hint: Option<String>,
    pub screen: Option<Screen>,
    pub task: Task,
}

/// The simulated phone screen of a step.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    pub app: String,
    pub title: String,
    pub elements: Vec<Element>,
}

/// One thing drawn on the simulated phone.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    Text {
        text: String,
    },
    Button {
        id: Option<ElementId>,
        text: String,
    },
    Input {
        id: ElementId,
        label: Option<String>,
        placeholder: Option<String>,
        value: Option<String>,
    },
    Item {
        id: Option<ElementId>,
        text: String,
        detail: Option<String>,
    },
    Qr {
        data: String,
        caption: Option<String>,
    },
    Amount {
        label: Option<String>,
        value: String,
    },
    Dialog {
        title: Option<String>,
        text: String,
        buttons: Vec<DialogButton>,
    },
    Message {
        id: Option<ElementId>,
        sender: Option<String>,
        text: String,
        time: Option<String>,
    },
}

/// A button inside a dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogButton {
    pub id: ElementId,
    pub text: String,
}

/// What the learner does on a step.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Tap the element with this id (a button, item, message or dialog button).
    Tap { target: ElementId },
    /// Type `expect` into the input with this id.
    Type { target: ElementId, expect: String },
    /// Pick one of `options`; `answer` is a 0-based index into them.
    Choose { options: Vec<String>, answer: usize },
    /// Read and continue.
    Observe,
}

/// A single-choice check question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub question: String,
    pub options: Vec<String>,
    /// 0-based index of the right option.
    pub answer: usize,
    pub explanation: String,
}

impl Category {
    /// Every category, in the order the library shows them.
    pub const ALL: [Category; 10] = [
        Category::Basics,
        Category::Social,
        Category::Finance,
        Category::Travel,
        Category::Health,
        Category::Fraud,
        Category::Shopping,
        Category::Services,
        Category::Learning,
        Category::Wellbeing,
    ];

    /// The category's name in the UI language.
    pub fn name(self, lang: Lang) -> &'static str {
        let t = &lang.text().categories;
        match self {
            Category::Basics => t.basics,
            Category::Social => t.social,
            Category::Finance => t.finance,
            Category::Travel => t.travel,
            Category::Health => t.health,
            Category::Fraud => t.fraud,
            Category::Shopping => t.shopping,
            Category::Services => t.services,
            Category::Learning => t.learning,
            Category::Wellbeing => t.wellbeing,
        }
    }
}

impl Level {
    /// Every level, easiest first.
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Basic, Level::Advanced];

    /// The level's name in the UI language.
    pub fn name(self, lang: Lang) -> &'static str {
        let t = &lang.text().levels;
        match self {
            Level::Beginner => t.beginner,
            Level::Basic => t.basic,
            Level::Advanced => t.advanced,
        }
    }
}

impl Element {
    /// The id a task can point at, if this element has one (a dialog has none; each of
    /// its buttons has its own: see [`DialogButton`]).
    pub fn id(&self) -> Option<&ElementId> {
        match self {
            Element::Button { id, .. } | Element::Item { id, .. } | Element::Message { id, .. } => {
                id.as_ref()
            }
            Element::Input { id, .. } => Some(id),
            Element::Text { .. } | Element::Qr { .. } | Element::Amount { .. } => None,
            Element::Dialog { .. } => None,
        }
    }
}

impl Lesson {
    /// Finds a step by its stable id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id.as_str() == id)
    }
}
