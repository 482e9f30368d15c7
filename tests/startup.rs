//! Start-up reads lazily: the interactive program opens the progress file after its first
//! frame and leaves SQLite's full `quick_check` to a background connection, yet a damaged
//! file is still found, set aside and offered a fresh start.

use std::time::Duration;

use chrono::Utc;
use zhulao::app::Home;
use zhulao::app::edge::AppEdge;
use zhulao::app::run::App;
use zhulao::app::start::AppRunner;
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::progress::store::db_path;
use zhulao::progress::{Store, StoreError};

/// A database with enough learners to fill many pages, closed cleanly (WAL checkpointed).
fn filled(dir: &std::path::Path) {
    let mut store = Store::open(dir, Utc::now()).unwrap();
    store
        .write(|tx| {
            for i in 0..2000 {
                tx.execute(
                    "INSERT INTO learner (uuid, display_name, code, created) VALUES (randomblob(16), ?1, ?2, '2026-11-01')",
                    rusqlite::params![format!("学员{i}").repeat(5), format!("{}", 100_000 + i)],
                )?;
            }
            Ok(())
        })
        .unwrap();
}

/// Overwrites ten pages near the end of the file (the learners') with garbage, leaving the
/// header and the schema's pages, which come first however many tables there are.
fn damage(dir: &std::path::Path) {
    let path = db_path(dir);
    let mut bytes = std::fs::read(&path).unwrap();
    let pages = bytes.len() / 4096;
    assert!(pages > 60, "the test database is big enough");
    for b in &mut bytes[(pages - 15) * 4096..(pages - 5) * 4096] {
        *b = 0xA5;
    }
    std::fs::write(&path, bytes).unwrap();
}

#[test]
fn a_sound_file_passes_its_background_check() {
    let dir = tempfile::tempdir().unwrap();
    filled(dir.path());
    let mut store = Store::open_checking_in_background(dir.path(), Utc::now()).unwrap();
    assert!(store.background_check_pending());
    // The store is usable while the check runs.
    assert_eq!(store.learners().unwrap().len(), 2000);
    assert!(matches!(
        store.background_check(Duration::from_secs(60)),
        Some(Ok(()))
    ));
    assert!(!store.background_check_pending());
    assert!(store.background_check(Duration::ZERO).is_none());
}

/// A store closed while its check still reads stops the check first, so its own
/// connection is the last: SQLite folds the write-ahead log back and removes it. (With the
/// check's connection still open the log stayed, and a program ending at that moment, its
/// terminal closed in the first second, left it behind.)
#[test]
fn a_store_closed_during_its_background_check_is_closed_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    filled(dir.path());
    let wal = dir.path().join("zhulao.db-wal");
    for _ in 0..20 {
        let mut store = Store::open_checking_in_background(dir.path(), Utc::now()).unwrap();
        store.add_learner("王秀英", None, Utc::now()).unwrap();
        assert!(wal.exists(), "the store is open in WAL mode");
        drop(store);
        assert!(!wal.exists(), "the write-ahead log was left behind");
    }
    let mut store = Store::open_checking_in_background(dir.path(), Utc::now()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 2020, "nothing was lost");
    assert!(matches!(
        store.background_check(Duration::from_secs(60)),
        Some(Ok(()))
    ));
}

#[test]
fn a_damaged_file_is_found_by_the_background_check() {
    let dir = tempfile::tempdir().unwrap();
    filled(dir.path());
    damage(dir.path());
    // The synchronous open (used by the commands) refuses it at once ...
    assert!(matches!(
        Store::open(dir.path(), Utc::now()),
        Err(StoreError::Corrupt { .. })
    ));
    // ... the interactive program opens it and hears from the check a moment later.
    let mut store = Store::open_checking_in_background(dir.path(), Utc::now()).unwrap();
    assert!(matches!(
        store.background_check(Duration::from_secs(60)),
        Some(Err(StoreError::Corrupt { .. }))
    ));
}

#[test]
fn the_app_sets_a_damaged_file_aside_and_offers_a_fresh_start() {
    let dir = tempfile::tempdir().unwrap();
    filled(dir.path());
    damage(dir.path());
    let mut app = without_store();
    assert!(
        app.program.home.notice.is_none(),
        "nothing is said before the store opens"
    );
    attach(
        &mut app,
        Store::open_checking_in_background(dir.path(), Utc::now()),
    );
    assert!(app.edge.store.is_some());
    let told = app
        .edge
        .take_store_check(&app.program, Duration::from_secs(60));
    assert!(!told.is_empty());
    app.send_all(told);
    assert!(
        app.edge.store.is_none(),
        "nothing more is written to a damaged file"
    );
    assert!(app.program.home.offer_fresh_start);
    let notice = app.program.home.notice.as_deref().unwrap();
    assert!(
        notice.contains(Lang::Zh.text().ui.fresh_start_offer),
        "{notice}"
    );
    assert!(
        app.edge
            .take_store_check(&app.program, Duration::ZERO)
            .is_empty()
    );
}

#[test]
fn a_file_that_cannot_open_is_told_as_before() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(db_path(dir.path()), b"garbage, not a database").unwrap();
    let mut app = without_store();
    attach(
        &mut app,
        Store::open_checking_in_background(dir.path(), Utc::now()),
    );
    assert!(app.edge.store.is_none());
    assert!(app.program.home.offer_fresh_start);
    assert!(
        app.program
            .home
            .notice
            .as_deref()
            .unwrap()
            .contains("不是学习记录文件")
    );
}

/// The home app before its store opens, as it is for its first frame.
fn without_store() -> AppRunner {
    let home = Home::new(&Library::load(&[]), Lang::Zh);
    let app = App::new(home, zhulao::settings::Settings::default(), Utc::now());
    AppRunner::new(app, AppEdge::new(None))
}

/// Puts the store in place as the program does after its first frame.
fn attach(app: &mut AppRunner, store: Result<Store, StoreError>) {
    let told = app.edge.attach(store, &app.program);
    app.send_all(told);
}
