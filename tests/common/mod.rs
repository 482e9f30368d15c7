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
