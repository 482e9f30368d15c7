//! Loading lessons from the bundle and from folders: overrides, duplicates, broken files,
//! and sanitising of text that contains control characters.

use std::fs;
use std::path::Path;

use zhulao::lesson::library::{Library, Origin, bundled_files, read_lesson_file};
use zhulao::lesson::{Problem, template};

fn ok_fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ok-lessons")
        .join(name)
}

#[test]
fn control_characters_in_escapes_are_stripped_on_load() {
    let (result, _) = read_lesson_file(&ok_fixture("escaped-controls.toml"));
    let lesson = result.expect("loads");
    assert_eq!(lesson.title, "扫码]0;已被接管付款");
    assert_eq!(lesson.steps[0].instruction, "第一行    缩进\n[31m第二行[0m");
    let everything = format!("{lesson:?}");
    assert!(
        !everything.contains('\u{1b}')
            && !everything.contains('\u{7}')
            && !everything.contains('\u{202e}')
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let (result, _) = read_lesson_file(&ok_fixture("with-bom-crlf.toml"));
    let lesson = result.expect("loads");
    assert_eq!(lesson.title, "扫码付款");
    assert!(!lesson.steps[0].instruction.contains('\r'));
}

#[test]
fn bundled_lessons_all_load() {
    let lib = Library::load(&[]);
    assert!(lib.broken.is_empty(), "{:#?}", lib.broken);
    assert_eq!(lib.lessons.len(), bundled_files().len());
    assert!(lib.lessons.len() >= 3);
    assert!(
        lib.lessons
            .iter()
            .all(|l| matches!(l.origin, Origin::Bundled(_)))
    );
}

#[test]
fn a_folder_adds_lessons_and_overrides_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let bundled_id = Library::load(&[]).lessons[0].lesson.id.to_string();
    let replacement = template(&bundled_id).replace("课程标题", "本地替换的课");
    fs::write(dir.path().join("replace.toml"), replacement).unwrap();
    fs::write(dir.path().join("extra.toml"), template("extra-lesson")).unwrap();
    fs::write(dir.path().join("notes.txt"), "not a lesson").unwrap();
    fs::write(dir.path().join(".hidden.toml"), "garbage").unwrap();

    let lib = Library::load(&[dir.path().to_path_buf()]);
    assert!(lib.broken.is_empty(), "{:#?}", lib.broken);
    assert_eq!(lib.lessons.len(), bundled_files().len() + 1);
    let replaced = lib.get(&bundled_id).unwrap();
    assert_eq!(replaced.lesson.title, "本地替换的课");
    assert_eq!(
        replaced.origin,
        Origin::File(dir.path().join("replace.toml"))
    );
    assert!(lib.get("extra-lesson").is_some());
}

#[test]
fn one_broken_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a-good.toml"), template("good-one")).unwrap();
    fs::write(dir.path().join("b-bad.toml"), "title = \"没写完").unwrap();
    fs::write(dir.path().join("c-binary.toml"), [0xffu8, 0xfe, 0x00, 0x1b]).unwrap();
    fs::write(dir.path().join("d-empty.toml"), "").unwrap();
    let lib = Library::load(&[dir.path().to_path_buf()]);
    assert!(lib.get("good-one").is_some());
    assert_eq!(lib.broken.len(), 3, "{:#?}", lib.broken);
    assert!(lib.lessons.len() > bundled_files().len());
}

#[test]
fn two_files_with_one_id_in_a_folder_break_the_second() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.toml"), template("same-id")).unwrap();
    fs::write(dir.path().join("b.toml"), template("same-id")).unwrap();
    let lib = Library::load(&[dir.path().to_path_buf()]);
    assert_eq!(lib.broken.len(), 1);
    let d = &lib.broken[0].diagnostics[0];
    assert!(d.file.ends_with("b.toml"));
    assert!(
        matches!(&d.problem, Problem::DuplicateLesson { id, other } if id == "same-id" && other.ends_with("a.toml"))
    );
    let id_line = template("same-id")
        .lines()
        .position(|l| l.starts_with("id = "))
        .unwrap()
        + 1;
    assert_eq!(
        d.position.unwrap().line,
        id_line,
        "points at the id line of b.toml"
    );
}

#[test]
fn a_missing_folder_is_skipped() {
    let lib = Library::load(&[Path::new("/nonexistent/zhulao/lessons").to_path_buf()]);
    assert!(lib.broken.is_empty());
}

#[test]
fn the_full_example_in_the_format_docs_passes_the_checker() {
    let doc =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lesson-format.md"))
            .unwrap();
    let start = doc
        .find("```toml\nformat_version")
        .expect("the docs have a full example")
        + "```toml\n".len();
    let example = &doc[start..start + doc[start..].find("```").unwrap()];
    let lesson = zhulao::lesson::parse_lesson("docs/lesson-format.md", example.as_bytes())
        .expect("example is valid");
    assert_eq!(lesson.steps.len(), 4);
    assert!(
        lesson
            .steps
            .iter()
            .any(|s| matches!(s.task, zhulao::lesson::Task::Type { .. }))
    );
    assert!(
        lesson
            .steps
            .iter()
            .any(|s| matches!(s.task, zhulao::lesson::Task::Choose { .. }))
    );
}
