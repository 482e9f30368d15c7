//! Hostile lesson files (issue 22, item 6): a symbolic link, a FIFO, a device and a socket
//! are refused with the catalogue's message, naming the file and the reason and showing
//! nothing of what they hold; `lesson check` on a FIFO ends. A broken file with 20,000
//! problems is parsed once: later starts show its first problem from the lesson index
//! until its bytes change.

#![cfg(unix)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use zhulao::app::Home;
use zhulao::i18n::Lang;
use zhulao::lesson::library::Origin;
use zhulao::lesson::{Catalog, Library, Problem, template};

mod common;

use common::{LessonFolder, set_time, write_old};

fn check_in(lang: &str, path: &Path) -> (bool, String) {
    let out = Command::cargo_bin("zhulao")
        .unwrap()
        .args(["--lang", lang, "lesson", "check"])
        .arg(path)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn check(path: &Path) -> (bool, String) {
    check_in("en", path)
}

#[test]
fn a_symlinked_lesson_is_refused_without_showing_what_it_points_at() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("shadow");
    fs::write(&secret, "root:SECRET-HASH-LINE:19000:0:99999:7:::\n").unwrap();
    let link = dir.path().join("lesson.toml");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let (ok, text) = check(&link);
    assert!(!ok, "{text}");
    assert!(text.contains("symbolic link"), "{text}");
    assert!(!text.contains("SECRET"), "{text}");
    let (ok, text) = check_in("zh", &link);
    assert!(!ok);
    let said = Lang::Zh.text().lesson_errors.refused_link;
    assert!(
        text.contains(&format!("lesson.toml: 错误：{said}")),
        "{text}"
    );
    assert!(!text.contains("SECRET"), "{text}");
    // In a folder too.
    let (ok, text) = check(dir.path());
    assert!(!ok);
    assert!(!text.contains("SECRET"), "{text}");
}

/// Makes a FIFO at `path`.
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[test]
fn a_fifo_is_refused_and_the_check_ends() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("lesson.toml");
    mkfifo(&fifo);
    let (ok, text) = check(&fifo);
    assert!(!ok, "{text}");
    assert!(text.contains("not a plain file"), "{text}");
    let (ok, text) = check_in("zh", &fifo);
    assert!(!ok);
    let said = Lang::Zh.text().lesson_errors.refused_fifo;
    assert!(
        text.contains(&format!("lesson.toml: 错误：{said}")),
        "{text}"
    );
}

#[test]
fn a_device_is_refused_in_both_languages() {
    for (lang, said) in [
        ("zh", Lang::Zh.text().lesson_errors.refused_device),
        ("en", Lang::En.text().lesson_errors.refused_device),
    ] {
        let (ok, text) = check_in(lang, Path::new("/dev/zero"));
        assert!(!ok);
        assert!(text.contains("/dev/zero: "), "{text}");
        assert!(text.contains(said), "{text}");
    }
}

/// A lessons folder holding one of each thing that is refused, each named `*.toml`: a link
/// to a secret, a FIFO, a socket and a file over the size limit.
fn hostile_folder(dir: &Path) -> (PathBuf, std::os::unix::net::UnixListener) {
    let lessons = dir.join("lessons");
    fs::create_dir(&lessons).unwrap();
    let secret = dir.join("secret.txt");
    fs::write(&secret, "SECRET-LINE\n").unwrap();
    std::os::unix::fs::symlink(&secret, lessons.join("link.toml")).unwrap();
    mkfifo(&lessons.join("pipe.toml"));
    let socket = std::os::unix::net::UnixListener::bind(lessons.join("socket.toml")).unwrap();
    let big = format!("title = \"SECRET-BIG\"\n{}", "# 填充\n".repeat(120_000));
    write_old(&lessons.join("big.toml"), &big);
    write_old(&lessons.join("good.toml"), &template("good-one"));
    (lessons, socket)
}

#[test]
fn every_refusal_in_a_lessons_folder_says_the_catalogue_text() {
    let dir = tempfile::tempdir().unwrap();
    let (lessons, _socket) = hostile_folder(dir.path());
    let index = zhulao::data_dir::lesson_index(dir.path());
    let dirs = [lessons.clone()];
    for lang in [Lang::Zh, Lang::En] {
        let t = &lang.text().lesson_errors;
        let wanted = [
            ("link.toml", t.refused_link.to_string()),
            ("pipe.toml", t.refused_fifo.to_string()),
            ("socket.toml", t.refused_socket.to_string()),
            (
                "big.toml",
                zhulao::i18n::fill(
                    t.file_too_large,
                    &[
                        (
                            "size",
                            &fs::metadata(lessons.join("big.toml")).unwrap().len(),
                        ),
                        ("limit", &1_048_576u64),
                    ],
                ),
            ),
        ];
        // The program's list (twice: the second start lists from the index), the
        // commands' library, and `lesson check` on the folder.
        for catalog in [Catalog::list_indexed(&dirs, &index), Catalog::load(&dirs)] {
            let mut catalog = catalog;
            if let Some(update) = catalog.take_index_update() {
                update.save().unwrap();
            }
            let home = Home::from_catalog(catalog, lang);
            assert_eq!(home.broken.len(), wanted.len(), "{:?}", home.broken);
            for (name, said) in &wanted {
                let (_, problem) = home
                    .broken
                    .iter()
                    .find(|(file, _)| file.ends_with(name))
                    .unwrap_or_else(|| panic!("{name} not listed: {:?}", home.broken));
                assert!(problem.contains(&format!("{name}: ")), "{problem}");
                assert!(problem.ends_with(said.as_str()), "{name}: {problem}");
                assert!(!problem.contains("SECRET"), "{problem}");
            }
        }
        let library = Library::load(&dirs);
        assert_eq!(library.broken.len(), wanted.len());
        assert!(library.get("good-one").is_some());
        let code = if lang == Lang::Zh { "zh" } else { "en" };
        let (ok, text) = check_in(code, &lessons);
        assert!(!ok);
        for (name, said) in &wanted {
            assert!(text.contains(&format!("{name}: ")), "{name}: {text}");
            assert!(text.contains(said.as_str()), "{name}: {text}");
        }
        assert!(!text.contains("SECRET"), "{text}");
    }
}

/// A lesson file with a valid header and 20,000 bad lines (587 KB): a list of tags that
/// are only spaces, so the checker finds 20,000 problems, each on its own line.
fn broken_lesson() -> String {
    let text = template("many-problems");
    let line = format!("  \"{}\",\n", " ".repeat(23));
    text.replacen(
        "tags = [\"关键词\"]",
        &format!("tags = [\n{}]", line.repeat(20_000)),
        1,
    )
}

type Data = LessonFolder;

impl LessonFolder {
    /// A start of the program: the list as the first frame shows it, the index written.
    fn start(&self) -> Catalog {
        let mut catalog = Catalog::list_indexed(std::slice::from_ref(&self.lessons), &self.index);
        if let Some(update) = catalog.take_index_update() {
            update.save().unwrap();
        }
        catalog
    }
}

fn remembered(catalog: &Catalog) -> bool {
    catalog.broken[0]
        .diagnostics
        .iter()
        .all(|d| matches!(d.problem, Problem::Remembered { .. }))
}

#[test]
fn a_broken_file_is_parsed_once_and_shown_the_same_at_every_start() {
    let d = Data::new();
    let text = broken_lesson();
    assert!((580_000..600_000).contains(&text.len()), "{}", text.len());
    let path = d.lessons.join("many.toml");
    write_old(&path, &text);
    write_old(&d.lessons.join("good.toml"), &template("good-one"));

    let first = d.start();
    assert_eq!(first.broken.len(), 1);
    assert!(first.broken[0].diagnostics.len() > 20_000);
    assert!(!remembered(&first), "the first start parses the file");
    for lang in [Lang::Zh, Lang::En] {
        let shown = Home::from_catalog(first.clone(), lang).broken;
        // Later starts: the file is not parsed (its problem comes from the index), and
        // the home screen says exactly what it said the first time.
        for _ in 0..2 {
            let later = d.start();
            assert!(remembered(&later));
            assert_eq!(later.broken[0].origin, Origin::File(path.clone()));
            assert_eq!(Home::from_catalog(later, lang).broken, shown);
        }
        assert!(shown[0].1.contains("many.toml:"), "{shown:?}");
    }

    // Changed behind the index with the same size and time: the hash tells, and the file
    // is parsed again and its new first problem shown.
    let time = fs::metadata(&path).unwrap().modified().unwrap();
    let changed = text.replacen("tags = [", "tagz = [", 1);
    assert_eq!(changed.len(), text.len());
    fs::write(&path, &changed).unwrap();
    set_time(&path, time);
    let again = d.start();
    assert!(!remembered(&again));
    let said = Home::from_catalog(again, Lang::En).broken[0].1.clone();
    assert!(said.contains("tagz"), "{said}");
    assert!(remembered(&d.start()));

    // Mended, same size and time again: it loads.
    let mended = fs::read_to_string(&path).unwrap();
    let valid = template("many-problems");
    let padded = format!(
        "{valid}{}",
        "#".repeat(mended.len() - valid.len() - 1) + "\n"
    );
    assert_eq!(padded.len(), mended.len());
    fs::write(&path, &padded).unwrap();
    set_time(&path, time);
    let fixed = d.start();
    assert!(fixed.broken.is_empty(), "{:?}", fixed.broken.len());
    assert!(
        fixed
            .lessons
            .iter()
            .any(|e| e.id.as_str() == "many-problems")
    );
}

#[test]
fn the_commands_take_a_broken_file_from_the_index_too() {
    let d = Data::new();
    let path = d.lessons.join("many.toml");
    write_old(&path, &broken_lesson());
    write_old(&d.lessons.join("good.toml"), &template("good-one"));
    let dirs = [d.lessons.clone()];
    // Before the program has indexed it, the commands parse it (and write nothing).
    let library = Library::load_indexed(&dirs, &d.index);
    assert!(library.broken[0].diagnostics.len() > 20_000);
    assert!(!d.index.exists());
    d.start();
    let library = Library::load_indexed(&dirs, &d.index);
    assert_eq!(library.broken.len(), 1);
    assert!(matches!(
        library.broken[0].diagnostics[..],
        [zhulao::lesson::Diagnostic {
            problem: Problem::Remembered { .. },
            ..
        }]
    ));
    // Every good lesson is read in full, as before.
    assert!(
        library
            .get("good-one")
            .is_some_and(|l| !l.lesson.steps.is_empty())
    );
    assert_eq!(library.lessons.len(), Library::load(&dirs).lessons.len());
}

#[test]
fn a_broken_file_changed_in_the_last_seconds_is_parsed_again() {
    let d = Data::new();
    let path = d.lessons.join("bad.toml");
    fs::write(&path, "id = \"oops\"\ntitle = [").unwrap();
    for _ in 0..2 {
        let catalog = d.start();
        assert_eq!(catalog.broken.len(), 1);
        assert!(!remembered(&catalog), "too fresh to be kept");
    }
}

#[test]
fn lesson_check_says_which_file_replaces_a_bundled_lesson() {
    let fixture = Path::new("tests/fixtures/replacing/mobile-payment.toml");
    let (ok, text) = check_in("zh", fixture);
    assert!(ok, "a replacement is told, not an error: {text}");
    assert!(
        text.contains(
            "  ⚠ tests/fixtures/replacing/mobile-payment.toml 替换了自带的课程 mobile-payment"
        ),
        "{text}"
    );
    let (_, text) = check(fixture);
    assert!(
        text.contains("tests/fixtures/replacing/mobile-payment.toml replaces the built-in lesson mobile-payment"),
        "{text}"
    );
    // What the program would load: the data folder's lessons among the bundled ones.
    let data = tempfile::tempdir().unwrap();
    let lessons = data.path().join("lessons");
    fs::create_dir(&lessons).unwrap();
    fs::copy(fixture, lessons.join("mobile-payment.toml")).unwrap();
    let out = Command::cargo_bin("zhulao")
        .unwrap()
        .args(["--lang", "zh", "--data-dir"])
        .arg(data.path())
        .args(["lesson", "check"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let file = lessons.join("mobile-payment.toml");
    let said = format!("{} 替换了自带的课程 mobile-payment", file.display());
    assert!(text.contains(&said), "{text}");
    assert_eq!(text.matches("替换了自带的课程").count(), 1, "{text}");
    // The program's own lesson sources are the bundled lessons themselves: nothing to tell.
    let (ok, text) = check_in("zh", Path::new("lessons"));
    assert!(ok, "{text}");
    assert!(!text.contains("替换了自带的课程"), "{text}");
}
