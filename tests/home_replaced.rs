//! A folder lesson that takes the place of a bundled one (same id) is shown as such
//! (issue 22): a mark after its title on the home screen, and in its details which file
//! replaced the bundled lesson. Snapshots at 80×24, 40×15 and 120×40, in Chinese; the
//! fixture's title is the kind a scam would use.

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::home::view::render;
use zhulao::app::{Home, Msg};
use zhulao::i18n::Lang;
use zhulao::lesson::Catalog;
use zhulao::lesson::library::Origin;
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

/// The fixture folder, named relative to the package (tests run there), so the snapshots
/// do not depend on where the checkout is.
fn replacing() -> PathBuf {
    PathBuf::from("tests/fixtures/replacing")
}

fn home(lang: Lang) -> Home {
    let mut home = Home::from_catalog(Catalog::load(&[replacing()]), lang);
    home.selected = home
        .lessons
        .iter()
        .position(|e| e.id.as_str() == "mobile-payment")
        .unwrap();
    home.on_resume = false;
    home
}

fn draw(home: &Home, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| render(f, home, &Theme::high_contrast(), &mut Hits::new()))
        .unwrap();
    format!("{}", terminal.backend())
}

#[test]
fn only_the_lesson_that_replaces_a_bundled_one_is_marked() {
    let catalog = Catalog::load(&[replacing()]);
    let marked: Vec<&str> = catalog
        .lessons
        .iter()
        .filter(|e| e.replaces_bundled())
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(marked, ["mobile-payment"]);
    let entry = catalog
        .lessons
        .iter()
        .find(|e| e.id.as_str() == "mobile-payment")
        .unwrap();
    assert_eq!(
        entry.origin(),
        &Origin::File(replacing().join("mobile-payment.toml"))
    );
    assert!(
        Catalog::load(&[])
            .lessons
            .iter()
            .all(|e| !e.replaces_bundled())
    );
    // A folder lesson with an id of its own replaces nothing.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("own.toml"),
        zhulao::lesson::template("own-lesson"),
    )
    .unwrap();
    let catalog = Catalog::load(&[dir.path().to_path_buf()]);
    assert!(catalog.lessons.iter().all(|e| !e.replaces_bundled()));
}

#[test]
fn the_mark_and_the_file_are_said_at_every_size() {
    let t = &Lang::Zh.text().ui;
    for (w, h) in [(80, 24), (40, 15), (120, 40)] {
        let mut home = home(Lang::Zh);
        let list = draw(&home, w, h);
        assert!(list.contains(t.home_replaced_mark), "{w}×{h}:\n{list}");
        home.update(Msg::Open);
        let details = draw(&home, w, h);
        assert!(
            details.contains("这节课来自本机文件"),
            "{w}×{h}:\n{details}"
        );
    }
}

#[test]
fn replaced_80x24() {
    let mut home = home(Lang::Zh);
    insta::assert_snapshot!(draw(&home, 80, 24));
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 80, 24));
}

#[test]
fn replaced_40x15() {
    let mut home = home(Lang::Zh);
    insta::assert_snapshot!(draw(&home, 40, 15));
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 40, 15));
}

#[test]
fn replaced_120x40() {
    let mut home = home(Lang::Zh);
    insta::assert_snapshot!(draw(&home, 120, 40));
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 120, 40));
}

#[test]
fn replaced_english_80x24() {
    let mut home = home(Lang::En);
    insta::assert_snapshot!(draw(&home, 80, 24));
    home.update(Msg::Open);
    insta::assert_snapshot!(draw(&home, 80, 24));
}
