//! The fuzz targets' harness (`fuzz/harness.rs`: arbitrary bytes as a lesson file, or as
//! the texts of a valid lesson, loaded and drawn) run by `cargo test`: over every input the
//! fuzzers ever crashed on, kept in `tests/fixtures/fuzz/<target>/`, and over the seeds
//! they start from.

use std::path::{Path, PathBuf};

#[path = "../fuzz/harness.rs"]
mod harness;

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    files
}

fn replay(files: &[PathBuf], target: fn(&[u8])) {
    for file in files {
        let bytes = std::fs::read(file).unwrap();
        let name = file.display().to_string();
        if let Err(panic) = std::panic::catch_unwind(|| target(&bytes)) {
            std::panic::resume_unwind(Box::new(format!("{name}: {panic:?}")));
        }
    }
}

#[test]
fn inputs_the_fuzzers_crashed_on_stay_fixed() {
    replay(
        &files("tests/fixtures/fuzz/lesson"),
        harness::load_and_render,
    );
    replay(
        &files("tests/fixtures/fuzz/lesson_text"),
        harness::text_in_lesson,
    );
}

#[test]
fn the_bundled_lessons_go_through_the_fuzz_harness() {
    for (name, text) in zhulao::lesson::library::bundled_files() {
        if let Err(panic) = std::panic::catch_unwind(|| harness::load_and_render(text.as_bytes())) {
            std::panic::resume_unwind(Box::new(format!("{name}: {panic:?}")));
        }
    }
}

#[test]
fn the_fixture_seeds_go_through_the_fuzz_harness() {
    replay(
        &files("tests/fixtures/ok-lessons"),
        harness::load_and_render,
    );
    replay(
        &files("tests/fixtures/bad-lessons"),
        harness::load_and_render,
    );
    replay(&files("fuzz/seeds/lesson_text"), harness::text_in_lesson);
}

#[test]
fn the_text_target_builds_valid_lessons() {
    let weird = "e\u{301}\u{200b}👨‍👩‍👧 مرحبا שלום \u{202e}abc\"\\\u{1b}[31m 长长长";
    for data in [
        &b""[..],
        weird.as_bytes(),
        &[weird.as_bytes(), &[0xFF], b"x"].concat(),
    ] {
        let text = harness::lesson_with_text(data);
        let lesson = zhulao::lesson::parse_lesson("fuzz.toml", text.as_bytes());
        assert!(lesson.is_ok(), "{text}\n{lesson:?}");
        harness::text_in_lesson(data);
    }
}
