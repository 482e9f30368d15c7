//! The home screen: the lesson library grouped by category, and the files that need fixing.

pub mod keys;
pub mod view;

use std::collections::HashMap;

use crate::i18n::Lang;
use crate::lesson::library::Library;
use crate::lesson::{Catalog, Category, Entry};
use crate::progress::LessonProgress;

/// What can happen on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// ↑, k or Shift+Tab: the lesson above, or "继续上次" from the top of the list.
    Up,
    /// ↓, j or Tab: the lesson below.
    Down,
    /// Home: the top of the list ("继续上次" when there is one).
    First,
    /// End: the last lesson of the list.
    Last,
    /// Enter: show the selected lesson's details; in the details, start the lesson.
    Open,
    /// Esc: close the details; on the list itself it does nothing, so a stray Esc is harmless.
    Back,
    /// Q or Ctrl+C: leave the program.
    Quit,
    /// A click or tap on the n-th lesson of the list.
    Select(usize),
    /// A click or tap on "继续上次".
    SelectResume,
    /// L: choose who is learning.
    ChooseLearner,
    /// F: after a damaged progress file, keep it aside and start a new one.
    StartFresh,
    /// S: the settings screen.
    OpenSettings,
    /// C: start or continue a class (trainer mode).
    StartClass,
    /// X: export the progress sheet to the exports folder.
    Export,
}

/// What the home screen asks the program to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open lesson `lesson` at step `step`.
    Start {
        /// Index of the lesson in [`Home::lessons`].
        lesson: usize,
        /// Index of the step to open it at.
        step: usize,
    },
    /// Show the learner picker.
    PickLearner,
    /// Keep the damaged progress file aside and start a new one.
    StartFresh,
    /// Show the settings screen.
    Settings,
    /// Open class mode.
    Class,
    /// Export the progress sheet.
    Export,
}

/// Who is learning, as the home screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerLabel {
    /// The learner's name.
    pub name: String,
    /// The code on the learner's card.
    pub code: String,
}

/// The state of the home screen.
#[derive(Debug, Clone)]
pub struct Home {
    /// The language of the screen's own words.
    pub lang: Lang,
    /// The lessons on offer: headers for the list, bodies read when a lesson is opened.
    pub lessons: Vec<Entry>,
    /// Broken files: (file label, first problem in the UI language).
    pub broken: Vec<(String, String)>,
    /// Index into `lessons` of the selected lesson.
    pub selected: usize,
    /// True while the selected lesson's details are shown over the list.
    pub details_open: bool,
    /// True once the learner asked to leave the program.
    pub quit: bool,
    /// The learner whose progress is shown and recorded; None means practice, unsaved.
    pub learner: Option<LearnerLabel>,
    /// That learner's progress, by lesson id.
    pub progress: HashMap<String, LessonProgress>,
    /// "继续上次": the lesson (index) and step to reopen.
    pub resume: Option<(usize, usize)>,
    /// True while the "继续上次" row is selected.
    pub on_resume: bool,
    /// A calm notice shown above the list (e.g. progress could not be saved).
    pub notice: Option<String>,
    /// True when the progress file is damaged and F may start a new one.
    pub offer_fresh_start: bool,
}

impl Home {
    /// The home screen for a loaded library.
    pub fn new(library: &Library, lang: Lang) -> Home {
        Home::from_library(library.clone(), lang)
    }

    /// The home screen for a loaded library, taking its lessons without copying them
    /// (at start-up, copying 500 lessons took 10 ms).
    pub fn from_library(library: Library, lang: Lang) -> Home {
        Home::from_catalog(Catalog::from(library), lang)
    }

    /// The home screen for a catalog: lessons are listed from their headers and read
    /// when opened, so the first frame does not wait for them.
    pub fn from_catalog(catalog: Catalog, lang: Lang) -> Home {
        Home {
            lang,
            lessons: catalog.lessons,
            broken: broken_list(&catalog.broken, lang),
            selected: 0,
            details_open: false,
            quit: false,
            learner: None,
            progress: HashMap::new(),
            resume: None,
            on_resume: false,
            notice: None,
            offer_fresh_start: false,
        }
    }

    /// Lists the lessons of a catalog made again (a lesson file changed behind the index),
    /// keeping the selected lesson selected if it is still there. The learner's progress
    /// is refreshed by the caller.
    pub fn replace_catalog(&mut self, catalog: Catalog) {
        let selected = self.lessons.get(self.selected).map(|e| e.id.clone());
        self.lessons = catalog.lessons;
        self.broken = broken_list(&catalog.broken, self.lang);
        self.selected = selected
            .and_then(|id| self.lessons.iter().position(|e| e.id == id))
            .unwrap_or(0);
        self.resume = None;
        self.on_resume = false;
    }

    /// Shows a learner's progress; picks "继续上次" from the most recently used lesson that
    /// is not finished.
    pub fn set_progress(
        &mut self,
        learner: Option<LearnerLabel>,
        progress: HashMap<String, LessonProgress>,
    ) {
        self.learner = learner;
        self.resume = self
            .lessons
            .iter()
            .enumerate()
            .filter_map(|(i, l)| progress.get(l.id.as_str()).map(|p| (i, p)))
            .filter(|(_, p)| p.status == crate::progress::LessonStatus::InProgress)
            .max_by(|a, b| a.1.last_at.cmp(&b.1.last_at))
            .map(|(i, p)| (i, p.resume_at));
        self.on_resume = self.resume.is_some();
        self.progress = progress;
    }

    /// The selected lesson, if there is one.
    pub fn selected_lesson(&self) -> Option<&Entry> {
        self.lessons.get(self.selected)
    }

    /// The lesson at `index`, read now if it was not yet. When its file no longer reads
    /// (it was changed into a broken one while the list was shown), the notice says what
    /// is wrong and nothing opens.
    pub fn open_lesson(&mut self, index: usize) -> Option<crate::lesson::Lesson> {
        let entry = self.lessons.get(index)?;
        match entry.lesson() {
            Ok(lesson) => Some(lesson.clone()),
            Err(problems) => {
                let first =
                    crate::lesson::sanitize::escape_controls(&first_problem(problems, self.lang));
                let said = self.lang.text().ui.lesson_unreadable;
                self.notice = Some(format!("{said}{first}"));
                None
            }
        }
    }

    /// Lessons grouped by category, in the library's category order, with their indices.
    pub fn groups(&self) -> Vec<(Category, Vec<usize>)> {
        Category::ALL
            .iter()
            .filter_map(|c| {
                let idx: Vec<usize> = (0..self.lessons.len())
                    .filter(|&i| self.lessons[i].category == *c)
                    .collect();
                (!idx.is_empty()).then_some((*c, idx))
            })
            .collect()
    }

    /// Lesson indices in display order (grouped by category).
    fn display_order(&self) -> Vec<usize> {
        self.groups().into_iter().flat_map(|(_, idx)| idx).collect()
    }

    /// Applies one message. Pure: no disk, clock or terminal. Returns what the program
    /// should do next, if anything.
    pub fn update(&mut self, msg: Msg) -> Option<Action> {
        let order = self.display_order();
        let pos = order.iter().position(|&i| i == self.selected).unwrap_or(0);
        let browsing = !self.details_open;
        match msg {
            Msg::Up if browsing && !self.on_resume && pos == 0 && self.resume.is_some() => {
                self.on_resume = true
            }
            Msg::Up if browsing && !self.on_resume => {
                self.selected = order.get(pos.saturating_sub(1)).copied().unwrap_or(0)
            }
            Msg::Down if browsing && self.on_resume => self.on_resume = false,
            Msg::Down if browsing => {
                self.selected = order
                    .get((pos + 1).min(order.len().saturating_sub(1)))
                    .copied()
                    .unwrap_or(0)
            }
            Msg::First if browsing => {
                self.on_resume = self.resume.is_some();
                self.selected = order.first().copied().unwrap_or(0)
            }
            Msg::Last if browsing => {
                self.on_resume = false;
                self.selected = order.last().copied().unwrap_or(0)
            }
            Msg::Open | Msg::SelectResume if browsing && self.on_resume => {
                let (lesson, step) = self.resume?;
                return Some(Action::Start { lesson, step });
            }
            Msg::SelectResume if browsing && self.resume.is_some() => self.on_resume = true,
            Msg::Open if self.details_open => {
                let step = self
                    .lessons
                    .get(self.selected)
                    .and_then(|l| self.progress.get(l.id.as_str()));
                let step = step
                    .filter(|p| p.status == crate::progress::LessonStatus::InProgress)
                    .map_or(0, |p| p.resume_at);
                return Some(Action::Start {
                    lesson: self.selected,
                    step,
                });
            }
            Msg::Open => self.details_open = !self.lessons.is_empty(),
            Msg::Back => self.details_open = false,
            Msg::Quit => self.quit = true,
            Msg::ChooseLearner if browsing => return Some(Action::PickLearner),
            Msg::OpenSettings if browsing => return Some(Action::Settings),
            Msg::StartClass if browsing => return Some(Action::Class),
            Msg::Export if browsing => return Some(Action::Export),
            Msg::StartFresh if browsing && self.offer_fresh_start => {
                return Some(Action::StartFresh);
            }
            Msg::Select(i) if i < self.lessons.len() && browsing => {
                if self.selected == i && !self.on_resume {
                    self.details_open = true;
                }
                self.on_resume = false;
                self.selected = i;
            }
            _ => {}
        }
        None
    }
}

/// The first line of a file's first problem, as the home screen shows it.
fn first_problem(problems: &[crate::lesson::Diagnostic], lang: Lang) -> String {
    let first = problems.first().map(|d| d.render(lang)).unwrap_or_default();
    first.lines().next().unwrap_or_default().to_string()
}

/// The broken files as the home screen lists them: each file with its first problem.
fn broken_list(broken: &[crate::lesson::BrokenLesson], lang: Lang) -> Vec<(String, String)> {
    broken
        .iter()
        .map(|b| (b.origin.label(lang), first_problem(&b.diagnostics, lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn home() -> Home {
        Home::new(&Library::load(&[]), Lang::Zh)
    }

    #[test]
    fn arrows_move_within_the_list_and_stop_at_its_ends() {
        let mut h = home();
        assert!(h.lessons.len() >= 3);
        let order = h.display_order();
        h.update(Msg::Up);
        assert_eq!(h.selected, order[0]);
        h.update(Msg::Down);
        assert_eq!(h.selected, order[1]);
        for _ in 0..20 {
            h.update(Msg::Down);
        }
        assert_eq!(h.selected, *order.last().unwrap());
        h.update(Msg::First);
        assert_eq!(h.selected, order[0]);
    }

    #[test]
    fn enter_opens_details_then_starts_and_esc_closes_them() {
        let mut h = home();
        assert_eq!(h.update(Msg::Open), None);
        assert!(h.details_open);
        h.update(Msg::Down);
        assert_eq!(
            h.selected,
            h.display_order()[0],
            "the list does not move under the details"
        );
        h.update(Msg::Back);
        assert!(!h.details_open);
        h.update(Msg::Open);
        assert_eq!(
            h.update(Msg::Open),
            Some(Action::Start {
                lesson: h.selected,
                step: 0
            })
        );
        h.update(Msg::Back);
        h.update(Msg::Back);
        assert!(!h.quit, "Esc never leaves the program");
    }

    #[test]
    fn a_second_tap_on_the_same_lesson_opens_it() {
        let mut h = home();
        let target = h.display_order()[1];
        h.update(Msg::Select(target));
        assert!(!h.details_open);
        h.update(Msg::Select(target));
        assert!(h.details_open);
        h.update(Msg::Select(999));
        assert_eq!(h.selected, target);
    }

    #[test]
    fn an_empty_library_is_harmless() {
        let mut h = Home::new(&Library::default(), Lang::En);
        for m in [Msg::Up, Msg::Down, Msg::Open, Msg::Last, Msg::Select(0)] {
            h.update(m);
        }
        assert!(!h.details_open);
        assert!(h.selected_lesson().is_none());
    }
}
