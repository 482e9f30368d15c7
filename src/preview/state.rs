//! The preview's state and its pure update: which lesson (the last one that loaded),
//! which step, size and mode, and the problems of the file as last saved.

use crate::lesson::{Diagnostic, Lesson};

/// The sizes a lesson can be previewed at: the whole window, or a box of a fixed size
/// (a small phone-like terminal, the usual terminal, a projector).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Size {
    /// The whole window, less the preview's own title and bar.
    #[default]
    Full,
    /// A fixed box, columns × rows.
    Box(u16, u16),
}

/// The fixed sizes, in the order S goes through them after the whole window.
pub const BOXES: [(u16, u16); 3] = [(40, 15), (80, 24), (120, 40)];

impl Size {
    /// The next size S gives: whole window, 40×15, 80×24, 120×40, whole window again.
    pub fn next(self) -> Size {
        match self {
            Size::Full => Size::Box(BOXES[0].0, BOXES[0].1),
            Size::Box(w, h) => match BOXES.iter().position(|&b| b == (w, h)) {
                Some(i) if i + 1 < BOXES.len() => Size::Box(BOXES[i + 1].0, BOXES[i + 1].1),
                _ => Size::Full,
            },
        }
    }

    /// Reads `40x15` (or `40×15`); None for anything else, or a size under 20×8 or over
    /// 400×200 (no terminal is larger, and each frame draws the whole box).
    pub fn parse(text: &str) -> Option<Size> {
        let (w, h) = text.trim().split_once(['x', 'X', '×'])?;
        let (w, h) = (w.trim().parse::<u16>().ok()?, h.trim().parse::<u16>().ok()?);
        ((20..=400).contains(&w) && (8..=200).contains(&h)).then_some(Size::Box(w, h))
    }

    /// `40×15`, or None for the whole window.
    pub fn label(self) -> Option<String> {
        match self {
            Size::Full => None,
            Size::Box(w, h) => Some(format!("{w}×{h}")),
        }
    }
}

/// Who the lesson is shown as seen by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The player, as a learner at home works through it.
    #[default]
    Player,
    /// The class present screen, as the room sees it on the trainer's screen.
    Class,
    /// The player inside the library kiosk (its "结束练习" button and all).
    Kiosk,
}

impl Mode {
    /// The next mode M gives.
    pub fn next(self) -> Mode {
        match self {
            Mode::Player => Mode::Class,
            Mode::Class => Mode::Kiosk,
            Mode::Kiosk => Mode::Player,
        }
    }
}

/// What a key or a button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// ← : the previous step.
    Prev,
    /// → : the next step.
    Next,
    /// S : the next size.
    Size,
    /// M : the next mode.
    Mode,
    /// PageDown or ↓ : the next page of a step's text taller than the view.
    PageDown,
    /// PageUp or ↑ : the page before.
    PageUp,
    /// R : read the file again now.
    Reload,
    /// q or Esc : leave.
    Quit,
}

/// What can happen to the preview.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key or a tap.
    Key(Key),
    /// The file was read again: the lesson, or its problems.
    FileChanged(Result<Box<Lesson>, Vec<Diagnostic>>),
    /// The file cannot be watched; the text says why.
    WatchFailed(String),
    /// The window is now this many columns × rows.
    Resize(u16, u16),
}

/// What the update asks the edge to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Read the lesson file again and answer with [`Msg::FileChanged`].
    Reload,
}

/// The whole preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The interface language.
    pub lang: crate::i18n::Lang,
    /// The file's name as shown in the title.
    pub file: String,
    /// The lesson as it last loaded without problems; None until it once does.
    pub lesson: Option<Lesson>,
    /// The problems of the file as last read; empty when it loaded.
    pub errors: Vec<Diagnostic>,
    /// The index of the step shown.
    pub step: usize,
    /// Which page of the step's text is shown (0 = the top; the views show the last page
    /// for a number past it).
    pub page: u16,
    /// The size it is drawn at.
    pub size: Size,
    /// Who it is shown as seen by.
    pub mode: Mode,
    /// The window, columns × rows.
    pub window: (u16, u16),
    /// Why changes are not seen, when the file cannot be watched.
    pub watch_problem: Option<String>,
    /// How many times the file has been read.
    pub loads: u32,
    /// The colours it is drawn in.
    pub theme: crate::ui::theme::ThemeName,
    /// True once the author has left.
    pub quit: bool,
}

impl Preview {
    /// A preview of `file` (not yet read), opening at step `step` (0-based).
    pub fn new(lang: crate::i18n::Lang, file: &str, step: usize, size: Size) -> Preview {
        Preview {
            lang,
            file: crate::lesson::sanitize::escape_controls(file),
            lesson: None,
            errors: Vec::new(),
            step,
            page: 0,
            size,
            mode: Mode::default(),
            window: (80, 24),
            watch_problem: None,
            loads: 0,
            theme: crate::ui::theme::ThemeName::default(),
            quit: false,
        }
    }

    /// The step count of the last good lesson (0 before one loaded).
    pub fn steps(&self) -> usize {
        self.lesson.as_ref().map_or(0, |l| l.steps.len())
    }

    /// Applies one message. Pure.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Key(Key::Prev) if self.step > 0 => {
                self.step -= 1;
                self.page = 0;
            }
            Msg::Key(Key::Next) if self.step + 1 < self.steps() => {
                self.step += 1;
                self.page = 0;
            }
            Msg::Key(Key::Prev | Key::Next) => {}
            Msg::Key(Key::PageDown) => self.page = self.page.saturating_add(1),
            Msg::Key(Key::PageUp) => self.page = self.page.saturating_sub(1),
            Msg::Key(Key::Size) => {
                self.size = self.size.next();
                self.page = 0;
            }
            Msg::Key(Key::Mode) => self.mode = self.mode.next(),
            Msg::Key(Key::Reload) => return vec![Effect::Reload],
            Msg::Key(Key::Quit) => self.quit = true,
            Msg::FileChanged(result) => self.loaded(result),
            Msg::WatchFailed(why) => self.watch_problem = Some(why),
            // The text wraps anew, so its pages start again at the top.
            Msg::Resize(w, h) if self.window != (w, h) => {
                self.window = (w, h);
                self.page = 0;
            }
            Msg::Resize(..) => {}
        }
        Vec::new()
    }

    /// A new reading of the file. A lesson replaces the last good one, keeping the step
    /// shown: the same step (by its id) when it is still there, else the same place. A
    /// file with problems keeps the last good lesson, and the problems are shown over it.
    fn loaded(&mut self, result: Result<Box<Lesson>, Vec<Diagnostic>>) {
        self.loads += 1;
        match result {
            Ok(lesson) => {
                let old_id = self
                    .lesson
                    .as_ref()
                    .and_then(|l| l.steps.get(self.step))
                    .map(|s| s.id.clone());
                let same = old_id.and_then(|id| lesson.steps.iter().position(|s| s.id == id));
                self.step = same
                    .unwrap_or(self.step)
                    .min(lesson.steps.len().saturating_sub(1));
                self.lesson = Some(*lesson);
                self.errors.clear();
            }
            Err(errors) => self.errors = errors,
        }
    }

    /// True once the author has left.
    pub fn done(&self) -> bool {
        self.quit
    }
}
