//! Snapshot tests of the home screen at 80×24 and 40×15 (huge fonts), in Chinese and in
//! English, with the details open, with broken lesson files, and in a window too small.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::home::view::render;
use zhulao::app::{Home, Msg};
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

fn draw(home: &Home, width: u16, height: u16) -> (Terminal<TestBackend>, Hits<Msg>) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = Hits::new();
    terminal
        .draw(|f| render(f, home, &Theme::high_contrast(), &mut hits))
        .unwrap();
    (terminal, hits)
}

fn bundled(lang: Lang) -> Home {
    Home::new(&Library::load(&[]), lang)
}

fn with_broken_files() -> Home {
    let dir = tempfile::tempdir().unwrap();
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-lessons");
    for name in ["unknown-key.toml", "raw-escape.toml"] {
        std::fs::copy(fixtures.join(name), dir.path().join(name)).unwrap();
    }
    let mut library = Library::load(&[dir.path().to_path_buf()]);
    for b in &mut library.broken {
        // Snapshots must not depend on the temp folder's name.
        if let zhulao::lesson::Origin::File(p) = &b.origin {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            b.origin = zhulao::lesson::Origin::File(name.clone().into());
            for d in &mut b.diagnostics {
                d.file = name.clone();
            }
        }
    }
    Home::new(&library, Lang::Zh)
}

#[test]
fn library_80x24() {
    insta::assert_snapshot!(draw(&bundled(Lang::Zh), 80, 24).0.backend());
}

#[test]
fn library_40x15() {
    insta::assert_snapshot!(draw(&bundled(Lang::Zh), 40, 15).0.backend());
}

#[test]
fn library_english_80x24() {
    insta::assert_snapshot!(draw(&bundled(Lang::En), 80, 24).0.backend());
}

#[test]
fn details_80x24() {
    let mut home = bundled(Lang::Zh);
    home.update(Msg::Down);
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 80, 24).0.backend());
}

#[test]
fn library_and_details_120x40() {
    let mut home = bundled(Lang::Zh);
    insta::assert_snapshot!(draw(&home, 120, 40).0.backend());
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 120, 40).0.backend());
}

#[test]
fn details_40x15() {
    let mut home = bundled(Lang::Zh);
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 40, 15).0.backend());
}

#[test]
fn broken_lessons_80x24() {
    let mut home = with_broken_files();
    home.update(Msg::Last);
    insta::assert_snapshot!(draw(&home, 80, 24).0.backend());
}

#[test]
fn broken_lessons_40x15() {
    let mut home = with_broken_files();
    home.update(Msg::Last);
    insta::assert_snapshot!(draw(&home, 40, 15).0.backend());
}

#[test]
fn window_too_small() {
    insta::assert_snapshot!(draw(&bundled(Lang::Zh), 16, 4).0.backend());
}

#[test]
fn any_size_draws_without_panic_and_clicks_map_back() {
    let home = with_broken_files();
    for (w, h) in [
        (0, 0),
        (1, 1),
        (2, 1),
        (19, 6),
        (20, 6),
        (33, 9),
        (80, 24),
        (300, 100),
    ] {
        let (_, hits) = draw(&home, w, h);
        for (rect, msg) in hits.iter() {
            assert_eq!(hits.at(rect.x, rect.y), Some(msg));
        }
    }
    let (_, hits) = draw(&home, 80, 24);
    let lessons: Vec<_> = hits
        .iter()
        .filter_map(|(r, m)| match m {
            Msg::Select(i) => Some((*r, *i)),
            _ => None,
        })
        .collect();
    let (rect, index) = lessons[1];
    let mut home = home;
    home.update(
        zhulao::app::home::keys::home_mouse(
            crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
            rect.x + 3,
            rect.y,
            &hits,
            |m| m,
        )
        .unwrap(),
    );
    assert_eq!(home.selected, index);
}
