//! The preview's edge: the lesson file read from disk, its folder watched for saves
//! (debounced, so an editor's write-rename-write is one change), and the terminal loop.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};
use ratatui::Frame;

use super::state::{Effect, Key, Msg, Preview};
use crate::lesson::library::read_lesson_file;
use crate::runtime::{Edge, Hits, Program, Runner, tapped};
use crate::ui::theme::Theme;

/// How long a burst of file events must be quiet before it counts as one save.
const DEBOUNCE: Duration = Duration::from_millis(150);
/// How often the loop looks for a save while no key comes.
const POLL: Duration = Duration::from_millis(100);

/// The preview with its edge, as the terminal loop and the tests run it.
pub type Driver = Runner<Preview, FileEdge>;

/// The key a terminal key means in the preview.
pub fn key_of(code: KeyCode, modifiers: KeyModifiers) -> Option<Key> {
    Some(match code {
        KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => Key::Quit,
        KeyCode::Left => Key::Prev,
        KeyCode::Right => Key::Next,
        KeyCode::PageDown | KeyCode::Down => Key::PageDown,
        KeyCode::PageUp | KeyCode::Up => Key::PageUp,
        KeyCode::Char('s' | 'S') => Key::Size,
        KeyCode::Char('m' | 'M') => Key::Mode,
        KeyCode::Char('r' | 'R') | KeyCode::F(5) => Key::Reload,
        KeyCode::Char('q' | 'Q') | KeyCode::Esc => Key::Quit,
        _ => return None,
    })
}

impl Program for Preview {
    type Msg = Msg;
    type Effect = Effect;
    type Tap = Key;

    fn update(&mut self, msg: Msg) -> Vec<Effect> {
        Preview::update(self, msg)
    }

    fn view(&self, frame: &mut Frame, theme: &Theme, hits: &mut Hits<Key>) {
        super::view::render(frame, self, theme, hits);
    }

    fn on_event(&self, event: &Event, hits: &Hits<Key>) -> Option<Msg> {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                key_of(k.code, k.modifiers).map(Msg::Key)
            }
            Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
            _ => tapped(event, hits).map(Msg::Key),
        }
    }

    fn theme(&self) -> Theme {
        Theme::named(self.theme)
    }

    fn done(&self) -> bool {
        Preview::done(self)
    }
}

/// The lesson file and the watch on its folder.
pub struct FileEdge {
    /// The lesson file.
    pub path: PathBuf,
    /// What the watch reports; None when the folder cannot be watched.
    changes: Option<Receiver<DebounceEventResult>>,
    /// Kept for as long as the watch is to last.
    _watcher: Option<Debouncer<RecommendedWatcher>>,
    /// Why the watch could not start, told to the preview once.
    problem: Option<String>,
}

impl FileEdge {
    /// Watches the folder holding `path` (a folder, not the file: editors that save by
    /// writing a new file and renaming it over the old one would end a watch on the file).
    pub fn new(path: &Path) -> FileEdge {
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let (tx, rx) = channel();
        let watch = new_debouncer(DEBOUNCE, tx).and_then(|mut d| {
            d.watcher().watch(&folder, RecursiveMode::NonRecursive)?;
            Ok(d)
        });
        let (changes, watcher, problem) = match watch {
            Ok(d) => (Some(rx), Some(d), None),
            Err(e) => (
                None,
                None,
                Some(crate::lesson::sanitize::escape_controls(&e.to_string())),
            ),
        };
        FileEdge {
            path: path.to_path_buf(),
            changes,
            _watcher: watcher,
            problem,
        }
    }

    /// The file as it is now: the lesson, or its problems (as `lesson check` finds them).
    pub fn read(&self) -> Msg {
        Msg::FileChanged(read_lesson_file(&self.path).0.map(Box::new))
    }

    /// True when the watch has reported a change to the lesson file since last asked.
    fn saved(&mut self) -> bool {
        let Some(rx) = &self.changes else {
            return false;
        };
        let name: Option<OsString> = self.path.file_name().map(|n| n.to_os_string());
        let mut saved = false;
        while let Ok(result) = rx.try_recv() {
            match result {
                Ok(events) => {
                    saved |= events
                        .iter()
                        .any(|e| e.path.file_name().map(|n| n.to_os_string()) == name);
                }
                // A lost event (the queue overflowed) may have been the save.
                Err(_) => saved = true,
            }
        }
        saved
    }
}

impl Edge<Preview> for FileEdge {
    fn run(&mut self, _: &Preview, effect: Effect) -> Vec<Msg> {
        match effect {
            Effect::Reload => vec![self.read()],
        }
    }

    fn after_frame(&mut self, _: &Preview) -> Vec<Msg> {
        let mut out = Vec::new();
        if let Some(why) = self.problem.take() {
            out.push(Msg::WatchFailed(why));
        }
        if self.saved() {
            out.push(self.read());
        }
        out
    }

    fn poll_every(&self) -> Option<Duration> {
        self.changes.as_ref().map(|_| POLL)
    }
}
