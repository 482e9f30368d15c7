//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::Path;

use zhulao::lesson::{Lesson, parse_lesson};

/// The full example lesson from docs/lesson-format.md: a tap, a type, a choose and an
/// observe step, and one check question.
pub fn example_lesson() -> Lesson {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lesson-format.md"),
    )
    .unwrap();
    let start = doc
        .find("```toml\nformat_version")
        .expect("the docs have a full example")
        + "```toml\n".len();
    let example = &doc[start..start + doc[start..].find("```").unwrap()];
    parse_lesson("docs/lesson-format.md", example.as_bytes()).expect("the example is valid")
}

/// The player drawn in high contrast on a `width`×`height` test terminal.
pub fn draw(
    player: &zhulao::player::Player,
    width: u16,
    height: u16,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|f| {
            let theme = zhulao::ui::theme::Theme::high_contrast();
            zhulao::player::view::render(f, player, &theme, &mut zhulao::ui::Hits::new());
        })
        .unwrap();
    terminal
}

/// Writes a file and dates it an hour back, as a file left alone since then (the lesson
/// index trusts only files left alone for a while).
pub fn write_old(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    set_time(
        path,
        std::time::SystemTime::now() - std::time::Duration::from_secs(3600),
    );
}

/// Sets a file's modification time.
pub fn set_time(path: &Path, time: std::time::SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

/// Where `text` is drawn on screen (column and row of its first cell), wide characters
/// counted once; the last match when `text` is drawn more than once.
pub fn find(buffer: &ratatui::buffer::Buffer, text: &str) -> Option<(u16, u16)> {
    let mut found = None;
    for y in 0..buffer.area.height {
        let mut row = String::new();
        let mut cols = Vec::new();
        let mut x = 0;
        while x < buffer.area.width {
            let s = buffer[(x, y)].symbol();
            for _ in s.chars() {
                cols.push(x);
            }
            row.push_str(s);
            x += unicode_width::UnicodeWidthStr::width(s).max(1) as u16;
        }
        if let Some(at) = row.rfind(text) {
            found = Some((cols[row[..at].chars().count()], y));
        }
    }
    found
}

/// A left-button tap at column `x`, row `y`, as a touchscreen sends it.
pub fn tap_at(x: u16, y: u16) -> crossterm::event::Event {
    crossterm::event::Event::Mouse(crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: x,
        row: y,
        modifiers: crossterm::event::KeyModifiers::NONE,
    })
}

/// A data folder of its own with an empty `lessons/` folder in it, and where the program
/// keeps its lesson index for that folder.
pub struct LessonFolder {
    pub _dir: tempfile::TempDir,
    pub lessons: std::path::PathBuf,
    pub index: std::path::PathBuf,
}

impl LessonFolder {
    pub fn new() -> LessonFolder {
        let dir = tempfile::tempdir().unwrap();
        let lessons = dir.path().join("lessons");
        std::fs::create_dir(&lessons).unwrap();
        let index = zhulao::data_dir::lesson_index(dir.path());
        LessonFolder {
            _dir: dir,
            lessons,
            index,
        }
    }
}
