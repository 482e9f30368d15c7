//! The lazy lesson list: bundled headers written at build time, the folder index in the
//! data folder, and bodies read when a lesson is opened. Whatever the index says, the
//! program must list the same lessons as reading every file, and never lose a problem.

use std::fs;
use std::path::Path;

use zhulao::app::Home;
use zhulao::i18n::Lang;
use zhulao::lesson::catalog::bundled_headers;
use zhulao::lesson::library::{Origin, bundled_files};
use zhulao::lesson::{Catalog, Header, Library, parse_lesson, template};

mod common;

use common::{LessonFolder, set_time, write_old};

/// A lessons folder and an index path in a fresh temporary data folder.
type Data = LessonFolder;

fn data() -> Data {
    LessonFolder::new()
}

/// Lesson files made from the template, one per id, left alone for an hour.
fn write_lessons(d: &Data, ids: &[&str]) {
    for id in ids {
        write_old(&d.lessons.join(format!("{id}.toml")), &template(id));
    }
}

fn load(d: &Data) -> Catalog {
    Catalog::load_indexed(std::slice::from_ref(&d.lessons), &d.index)
}

fn entry<'a>(c: &'a Catalog, id: &str) -> &'a zhulao::lesson::Entry {
    c.lessons.iter().find(|e| e.id.as_str() == id).unwrap()
}

fn headers(c: &Catalog) -> Vec<Header> {
    c.lessons.iter().map(|e| e.header().clone()).collect()
}

#[test]
fn bundled_headers_equal_what_the_checker_makes_of_each_file() {
    let headers: Vec<Option<Header>> = bundled_headers().collect();
    assert_eq!(headers.len(), bundled_files().len());
    for ((name, text), header) in bundled_files().iter().zip(headers) {
        let lesson = parse_lesson(name, text.as_bytes()).expect("bundled lessons load");
        assert_eq!(header, Some(Header::of(&lesson)), "{name}");
    }
}

#[test]
fn the_bundled_lessons_are_listed_unread_and_read_when_opened() {
    let catalog = Catalog::load(&[]);
    assert_eq!(catalog.lessons.len(), bundled_files().len());
    assert!(catalog.lessons.iter().all(|e| !e.is_read()));
    let library = Library::load(&[]);
    let first = &catalog.lessons[0];
    assert_eq!(first.lesson().unwrap(), &library.lessons[0].lesson);
    assert!(first.is_read());
}

#[test]
fn an_index_lists_unchanged_files_without_reading_them() {
    let d = data();
    write_lessons(&d, &["pay-first", "pay-second", "pay-third"]);
    write_old(&d.lessons.join("broken.toml"), "id = \"oops\"\ntitle = [");

    // First start: every folder file is read, and the index is to be written.
    let mut first = load(&d);
    assert!(entry(&first, "pay-first").is_read());
    assert_eq!(first.broken.len(), 1);
    first
        .take_index_update()
        .expect("a new index")
        .save()
        .unwrap();
    assert!(d.index.exists());

    // Next start: the same list, nothing read, nothing to write; the broken file is still
    // shown (its first problem kept in the index, see tests/hostile_lessons.rs).
    let mut second = load(&d);
    assert_eq!(headers(&second), headers(&first));
    assert!(second.lessons.iter().all(|e| !e.is_read()));
    assert_eq!(second.broken.len(), 1);
    assert!(second.take_index_update().is_none());
    let lesson = entry(&second, "pay-second").lesson().unwrap();
    assert_eq!(lesson.id.as_str(), "pay-second");

    // A changed file is read again; a removed one leaves the index.
    let changed = template("pay-first") + "\n# 改过了\n";
    write_old(&d.lessons.join("pay-first.toml"), &changed);
    fs::remove_file(d.lessons.join("pay-third.toml")).unwrap();
    let mut third = load(&d);
    assert!(entry(&third, "pay-first").is_read());
    assert!(!entry(&third, "pay-second").is_read());
    assert!(third.lessons.iter().all(|e| e.id.as_str() != "pay-third"));
    third
        .take_index_update()
        .expect("index changed")
        .save()
        .unwrap();
    let text = fs::read_to_string(&d.index).unwrap();
    assert!(!text.contains("pay-third") && text.contains("pay-first"));
}

#[test]
fn the_lazy_list_matches_reading_every_file() {
    let d = data();
    let ok = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ok-lessons");
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-lessons");
    for dir in [&ok, &bad] {
        for file in fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
            let target = d.lessons.join(file.file_name().unwrap());
            write_old(&target, &String::from_utf8_lossy(&fs::read(&file).unwrap()));
        }
    }
    let dirs = [d.lessons.clone()];
    let library = Library::load(&dirs);
    for round in 0..2 {
        let mut catalog = load(&d);
        if let Some(update) = catalog.take_index_update() {
            update.save().unwrap();
        }
        let listed: Vec<(String, Origin)> = catalog
            .lessons
            .iter()
            .map(|e| (e.id.to_string(), e.origin().clone()))
            .collect();
        let loaded: Vec<(String, Origin)> = library
            .lessons
            .iter()
            .map(|l| (l.lesson.id.to_string(), l.origin.clone()))
            .collect();
        assert_eq!(listed, loaded, "round {round}");
        let broken = |b: &[zhulao::lesson::BrokenLesson]| -> Vec<String> {
            b.iter().map(|b| b.origin.label(Lang::Zh)).collect()
        };
        assert_eq!(broken(&catalog.broken), broken(&library.broken));
        let full = catalog.into_library();
        assert_eq!(full.lessons.len(), library.lessons.len());
        for (a, b) in full.lessons.iter().zip(&library.lessons) {
            assert_eq!(a.lesson, b.lesson);
        }
    }
}

#[test]
fn a_file_changed_in_the_last_seconds_is_not_indexed() {
    let d = data();
    fs::write(d.lessons.join("fresh.toml"), template("fresh-lesson")).unwrap();
    write_old(&d.lessons.join("old.toml"), &template("old-lesson"));
    let mut first = load(&d);
    first.take_index_update().unwrap().save().unwrap();
    let text = fs::read_to_string(&d.index).unwrap();
    assert!(text.contains("old-lesson") && !text.contains("fresh-lesson"));
    // So the next start reads it again rather than trust a time that may repeat.
    let second = load(&d);
    assert!(entry(&second, "fresh-lesson").is_read());
    assert!(!entry(&second, "old-lesson").is_read());
}

#[test]
fn a_damaged_index_is_ignored_and_replaced() {
    let d = data();
    write_old(&d.lessons.join("a.toml"), &template("lesson-a"));
    fs::write(&d.index, "\u{1b}[2J garbage\n\0\0\0").unwrap();
    let mut catalog = load(&d);
    assert!(entry(&catalog, "lesson-a").is_read());
    catalog.take_index_update().unwrap().save().unwrap();
    assert!(!entry(&load(&d), "lesson-a").is_read());

    // A line edited by hand into something the checker never writes is not trusted.
    let text = fs::read_to_string(&d.index).unwrap();
    fs::write(&d.index, text.replace("\tbasics\t", "\tnot-a-category\t")).unwrap();
    assert!(entry(&load(&d), "lesson-a").is_read());
}

#[test]
fn a_file_broken_behind_the_index_is_told_when_opened_and_loses_nothing() {
    let d = data();
    let path = d.lessons.join("a.toml");
    let good = template("lesson-a");
    write_old(&path, &good);
    load(&d).take_index_update().unwrap().save().unwrap();
    let time = fs::metadata(&path).unwrap().modified().unwrap();

    // Same size and time, broken text: the index still lists it.
    let broken = good.replacen("format_version = 1", "format_version = [", 1);
    assert_eq!(broken.len(), good.len());
    fs::write(&path, &broken).unwrap();
    set_time(&path, time);

    let catalog = load(&d);
    let i = catalog
        .lessons
        .iter()
        .position(|e| e.id.as_str() == "lesson-a")
        .unwrap();
    let mut home = Home::from_catalog(catalog.clone(), Lang::Zh);
    assert!(home.open_lesson(i).is_none());
    let notice = home.notice.clone().unwrap();
    assert!(
        notice.starts_with(Lang::Zh.text().ui.lesson_unreadable),
        "{notice}"
    );
    assert!(notice.contains("a.toml"), "{notice}");
    // The commands, which read every lesson, list it with the broken files.
    let library = catalog.into_library();
    assert!(library.get("lesson-a").is_none());
    assert!(
        library
            .broken
            .iter()
            .any(|b| b.origin == Origin::File(path.clone()))
    );
}

#[test]
fn a_duplicate_id_in_one_folder_stays_broken_with_an_index() {
    let d = data();
    write_old(&d.lessons.join("a.toml"), &template("same-id"));
    write_old(&d.lessons.join("b.toml"), &template("same-id"));
    for _ in 0..2 {
        let mut catalog = load(&d);
        if let Some(u) = catalog.take_index_update() {
            u.save().unwrap();
        }
        assert_eq!(catalog.broken.len(), 1);
        assert_eq!(
            catalog.broken[0].origin,
            Origin::File(d.lessons.join("b.toml"))
        );
        assert_eq!(
            entry(&catalog, "same-id").origin(),
            &Origin::File(d.lessons.join("a.toml"))
        );
    }
}

fn list(d: &Data) -> Catalog {
    Catalog::list_indexed(std::slice::from_ref(&d.lessons), &d.index)
}

#[test]
fn files_the_index_knows_are_listed_on_trust_and_checked_after() {
    let d = data();
    write_lessons(&d, &["pay-first", "pay-second"]);
    // A link is always looked at: the listing alone does not say what it points at.
    let elsewhere = d.lessons.parent().unwrap().join("pay-linked.toml");
    write_old(&elsewhere, &template("pay-linked"));
    #[cfg(unix)]
    std::os::unix::fs::symlink(&elsewhere, d.lessons.join("pay-linked.toml")).unwrap();
    load(&d).take_index_update().unwrap().save().unwrap();

    // Nothing changed: the same list as looking at every file, nothing read, nothing to
    // write, and the check afterwards finds nothing either.
    let mut quick = list(&d);
    assert_eq!(headers(&quick), headers(&load(&d)));
    assert!(quick.lessons.iter().all(|e| !e.is_read()));
    assert!(quick.take_index_update().is_none());
    let unchecked = quick.take_unchecked().expect("files taken on trust");
    assert_eq!(unchecked.len(), 2, "the plain files, not the link");
    assert!(unchecked.check().is_none());

    // Changed behind the index (and a new file added): the quick list shows the old title
    // until the check, which gives the list made again and an index to write.
    let path = d.lessons.join("pay-first.toml");
    write_old(
        &path,
        &template("pay-first").replace("课程标题", "改过的标题"),
    );
    write_old(&d.lessons.join("pay-new.toml"), &template("pay-new"));
    let mut quick = list(&d);
    assert_eq!(entry(&quick, "pay-first").title, "课程标题");
    assert!(
        entry(&quick, "pay-new").is_read(),
        "a new file is read at once"
    );
    let mut fresh = quick.take_unchecked().unwrap().check().expect("a change");
    assert_eq!(entry(&fresh, "pay-first").title, "改过的标题");
    assert_eq!(headers(&fresh), headers(&load(&d)));
    fresh
        .take_index_update()
        .expect("index changed")
        .save()
        .unwrap();

    // Once the index is written again, nothing is left to find.
    let mut quick = list(&d);
    assert_eq!(entry(&quick, "pay-first").title, "改过的标题");
    assert!(quick.take_unchecked().unwrap().check().is_none());
}

#[test]
fn a_file_removed_behind_the_index_leaves_the_quick_list_at_once() {
    let d = data();
    write_lessons(&d, &["pay-first", "pay-second"]);
    load(&d).take_index_update().unwrap().save().unwrap();
    fs::remove_file(d.lessons.join("pay-second.toml")).unwrap();
    let mut quick = list(&d);
    assert!(quick.lessons.iter().all(|e| e.id.as_str() != "pay-second"));
    assert!(quick.take_index_update().is_some(), "the index loses it");
    assert!(quick.take_unchecked().unwrap().check().is_none());
}

#[test]
fn the_home_screen_keeps_its_lesson_selected_when_the_list_is_made_again() {
    let d = data();
    write_lessons(&d, &["pay-first", "pay-second"]);
    let mut home = Home::from_catalog(load(&d), Lang::Zh);
    home.selected = home
        .lessons
        .iter()
        .position(|e| e.id.as_str() == "pay-second")
        .unwrap();
    fs::remove_file(d.lessons.join("pay-first.toml")).unwrap();
    home.replace_catalog(load(&d));
    assert_eq!(home.lessons[home.selected].id.as_str(), "pay-second");
    assert!(home.lessons.iter().all(|e| e.id.as_str() != "pay-first"));
}
