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
    /// Which lesson this is; progress is recorded under this id.
    pub id: LessonId,
    /// The content version, raised on every edit; progress records which version was used.
    pub version: u32,
    /// The lesson's title, as the library and the player show it.
    pub title: String,
    /// One or two sentences on what the lesson teaches, shown in the lesson's details.
    pub summary: String,
    /// The library heading the lesson is listed under.
    pub category: Category,
    /// How much the learner should already know.
    pub level: Level,
    /// About how long the lesson takes, shown in the library.
    pub estimated_minutes: u32,
    /// Keywords the author gave for finding the lesson.
    pub tags: Vec<String>,
    /// Where the lesson's facts come from (official help pages and the like), for reviewers.
    pub sources: Vec<String>,
    /// Notes for authors and trainers; never shown to the learner.
    pub notes: Option<String>,
    /// The steps, in the order the learner takes them; never empty.
    pub steps: Vec<Step>,
    /// The check questions asked after the last step; may be empty.
    pub quiz: Vec<Question>,
    /// How read-aloud says some words (word, pinyin with tone numbers), checked to have
    /// one syllable per Chinese character.
    pub pronounce: Vec<(String, String)>,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Which step this is within the lesson; progress is recorded under this id.
    pub id: StepId,
    /// The short title on the step card.
    pub title: String,
    /// What to do on this step, in plain words.
    pub instruction: String,
    /// A friendly tip shown under the instruction.
    pub tip: Option<String>,
    /// A safety warning, shown under a ⚠ caution label.
    pub warning: Option<String>,
    /// Notes only the trainer sees, on the class screen.
    pub trainer_notes: Option<String>,
    /// What the learner is told after a wrong try; every task but observe has one.
    pub hint: Option<String>,
    /// The simulated phone screen of this step, if it shows one.
    pub screen: Option<Screen>,
    /// What the learner must do to finish the step.
    pub task: Task,
}

/// The simulated phone screen of a step.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// The app's name, shown on the phone's frame.
    pub app: String,
    /// The title bar text at the top of the phone screen.
    pub title: String,
    /// What the screen shows, from top to bottom.
    pub elements: Vec<Element>,
}

/// One thing drawn on the simulated phone.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// A paragraph of plain text.
    Text {
        /// The text shown.
        text: String,
    },
    /// A button the learner can tap.
    Button {
        /// The id a task uses to point at this button, if any.
        id: Option<ElementId>,
        /// The label on the button.
        text: String,
    },
    /// An input box the learner types into.
    Input {
        /// The id a `type` task uses to point at this input.
        id: ElementId,
        /// The words above the box saying what goes in it.
        label: Option<String>,
        /// Hint text shown in the box while it is empty.
        placeholder: Option<String>,
        /// What the box already holds before the learner types.
        value: Option<String>,
    },
    /// A list item the learner can tap, such as a contact or a setting.
    Item {
        /// The id a task uses to point at this item, if any.
        id: Option<ElementId>,
        /// The item's main line.
        text: String,
        /// A second, smaller line under the item.
        detail: Option<String>,
    },
    /// A QR code drawn on the phone.
    Qr {
        /// What the code encodes.
        data: String,
        /// Text under the code, also shown in its place when the code does not fit.
        caption: Option<String>,
    },
    /// A sum of money, as on a payment screen.
    Amount {
        /// What the sum is for, shown above it.
        label: Option<String>,
        /// The amount, a plain number with at most two decimals, shown after a ¥ sign.
        value: String,
    },
    /// A pop-up with its own buttons.
    Dialog {
        /// The dialog's title, in its top border.
        title: Option<String>,
        /// The dialog's message.
        text: String,
        /// The dialog's buttons, side by side; each is a target of its own.
        buttons: Vec<DialogButton>,
    },
    /// A text message or chat bubble the learner can tap.
    Message {
        /// The id a task uses to point at this message, if any.
        id: Option<ElementId>,
        /// Who sent it (`label` in the file).
        sender: Option<String>,
        /// The message itself.
        text: String,
        /// When it was sent (`detail` in the file).
        time: Option<String>,
    },
}

/// A button inside a dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogButton {
    /// The id a task uses to point at this button.
    pub id: ElementId,
    /// The label on the button.
    pub text: String,
}

/// What the learner does on a step.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Tap the element with this id (a button, item, message or dialog button).
    Tap {
        /// The element to tap.
        target: ElementId,
    },
    /// Type `expect` into the input with this id.
    Type {
        /// The input to type into.
        target: ElementId,
        /// The text that counts as right, compared by [`crate::player::typed_matches`].
        expect: String,
        /// Other words the phone's suggestion bar offers beside `expect`, for learners
        /// who type by touch (a real phone's input method shows such candidates).
        suggest: Vec<String>,
    },
    /// Pick one of `options`; `answer` is a 0-based index into them.
    Choose {
        /// The choices offered to the learner.
        options: Vec<String>,
        /// 0-based index of the right option.
        answer: usize,
    },
    /// Read and continue.
    Observe,
}

/// A single-choice check question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Which question this is within the lesson; answers are recorded under this id.
    pub id: QuestionId,
    /// The question as asked.
    pub question: String,
    /// The choices, two to six.
    pub options: Vec<String>,
    /// 0-based index of the right option.
    pub answer: usize,
    /// Why the right option is right, shown after answering.
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
