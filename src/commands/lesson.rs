//! `zhulao lesson check | schema | new`.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, fill};
use crate::lesson::Diagnostic;
use crate::lesson::catalog::bundled_headers;
use crate::lesson::library::{FileResult, Origin, bundled_files};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::validate::is_valid_id;
use crate::lesson::validate::lint::lint;
use crate::lesson::{Lesson, check_paths, parse_lesson, template};

/// One line for a file that passed: `✓ file  title（10 步，5 道题）`.
fn ok_line(name: &str, lesson: &Lesson, lang: Lang) -> String {
    let s = &lang.text().ui;
    let (steps, questions) = (lesson.steps.len(), lesson.quiz.len());
    let counts = fill(
        s.check_counts,
        &[
            ("steps", &format!("{steps} {}", s.steps_unit)),
            ("questions", &format!("{questions} {}", s.questions_unit)),
        ],
    );
    format!("✓ {}  {}{counts}", escape_controls(name), lesson.title)
}

/// The warnings for a lesson that loaded from `text` (see `lesson::validate::lint`),
/// its steps measured on the smallest screen the player supports well (40×15).
pub fn warnings(name: &str, text: &str, lesson: &Lesson) -> Vec<Diagnostic> {
    let pages = |l: &Lesson, n: usize| crate::player::view::step_pages(l, n, Lang::Zh, 40, 15);
    lint(name, text, lesson, &pages)
}

/// The bundled lesson that a file from disk with `lesson`'s id and contents `text` would
/// replace: its id, unless the file is that very lesson (the same text, as when the
/// program's own `lessons/` folder is checked).
fn replaced_bundled<'a>(lesson: &'a Lesson, text: Option<&str>) -> Option<&'a str> {
    let id = lesson.id.as_str();
    let (_, bundled) = bundled_files()
        .iter()
        .zip(bundled_headers())
        .find(|(_, header)| header.as_ref().is_some_and(|h| h.id.as_str() == id))?
        .0;
    (text != Some(bundled.strip_prefix('\u{feff}').unwrap_or(bundled))).then_some(id)
}

/// Writes the report for each file (its warnings under a file that passed) and the
/// summary; true when every file is valid. Warnings do not make a file fail. A file from
/// disk (those from `disk_from` on) that takes the place of a bundled lesson is told.
fn report(
    results: &[(String, FileResult)],
    texts: &[Option<String>],
    disk_from: usize,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let mut bad = 0;
    let mut warned = 0;
    for (i, ((name, result), text)) in results.iter().zip(texts).enumerate() {
        match result {
            Ok(lesson) => {
                writeln!(out, "{}", ok_line(name, lesson, lang))?;
                if i >= disk_from
                    && let Some(id) = replaced_bundled(lesson, text.as_deref())
                {
                    let file = escape_controls(name);
                    let said = fill(
                        lang.text().ui.check_replaces,
                        &[("file", &file), ("id", &id)],
                    );
                    writeln!(out, "  ⚠ {said}")?;
                }
                let found = text
                    .as_deref()
                    .map_or_else(Vec::new, |t| warnings(name, t, lesson));
                for d in &found {
                    let text = d.render(lang).replace('\n', "\n  ");
                    writeln!(out, "  {text}")?;
                }
                warned += found.len();
            }
            Err(diagnostics) => {
                bad += 1;
                for (i, d) in diagnostics.iter().enumerate() {
                    let mark = if i == 0 { "✗" } else { " " };
                    let text = d.render(lang).replace('\n', "\n  ");
                    writeln!(out, "{mark} {text}")?;
                }
            }
        }
    }
    let total = results.len();
    let summary = fill(
        lang.text().ui.check_summary,
        &[("total", &total), ("ok", &(total - bad)), ("bad", &bad)],
    );
    writeln!(out, "{summary}")?;
    if warned > 0 {
        let t = lang.text().lesson_errors.warnings_summary;
        writeln!(out, "{}", fill(t, &[("count", &warned)]))?;
    }
    Ok(bad == 0)
}

/// `zhulao lesson check [PATH...]`. With no paths it checks what the program would load:
/// the bundled lessons and the lesson folders.
pub fn check(
    paths: &[PathBuf],
    dirs: &[PathBuf],
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let disk_from = if paths.is_empty() {
        bundled_files().len()
    } else {
        0
    };
    let (results, mut texts) = if paths.is_empty() {
        let (mut results, texts): (Vec<(String, FileResult)>, Vec<Option<String>>) =
            bundled_files()
                .iter()
                .map(|(name, text)| {
                    let result = (
                        Origin::Bundled(name).label(lang),
                        parse_lesson(name, text.as_bytes()),
                    );
                    (result, Some(text.to_string()))
                })
                .unzip();
        let existing: Vec<PathBuf> = dirs.iter().filter(|d| d.exists()).cloned().collect();
        results.extend(check_paths(&existing));
        (results, texts)
    } else {
        (check_paths(paths), Vec::new())
    };
    // The files read from disk are read again for their warnings' places.
    for (name, result) in results.iter().skip(texts.len()) {
        let text = result
            .as_ref()
            .ok()
            .and_then(|_| std::fs::read(name).ok())
            .map(|b| {
                let t = String::from_utf8_lossy(&b).into_owned();
                t.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(t)
            });
        texts.push(text);
    }
    if results.is_empty() {
        let dirs: Vec<String> = paths
            .iter()
            .map(|p| escape_controls(&p.display().to_string()))
            .collect();
        writeln!(out, "{} {}", lang.text().ui.check_no_files, dirs.join(", "))?;
        return Ok(false);
    }
    report(&results, &texts, disk_from, lang, out)
}

/// `zhulao lesson schema`.
pub fn schema(out: &mut dyn Write) -> io::Result<bool> {
    writeln!(out, "{}", crate::lesson::schema_json())?;
    Ok(true)
}

/// `zhulao lesson new ID [-o FILE]`: writes the template, never over an existing file.
pub fn new(id: &str, output: Option<&Path>, lang: Lang, out: &mut dyn Write) -> io::Result<bool> {
    if !is_valid_id(id) {
        let problem = crate::lesson::Problem::BadId {
            value: id.to_string(),
            kind: crate::lesson::error::IdKind::Lesson,
        };
        writeln!(
            out,
            "{}{}",
            lang.text().ui.error_prefix,
            problem.message(lang)
        )?;
        return Ok(false);
    }
    let path = output.map_or_else(|| PathBuf::from(format!("{id}.toml")), Path::to_path_buf);
    let shown = escape_controls(&path.display().to_string());
    let file = OpenOptions::new().write(true).create_new(true).open(&path);
    match file {
        Ok(mut f) => {
            f.write_all(template(id).as_bytes())?;
            f.sync_all()?;
            writeln!(
                out,
                "{}",
                fill(lang.text().ui.new_written, &[("path", &shown)])
            )?;
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            writeln!(out, "{} {shown}", lang.text().ui.new_exists)?;
            Ok(false)
        }
        Err(e) => {
            writeln!(
                out,
                "{}{shown}: {}",
                lang.text().ui.error_prefix,
                escape_controls(&e.to_string())
            )?;
            Ok(false)
        }
    }
}
