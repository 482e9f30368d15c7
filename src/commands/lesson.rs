//! `zhulao lesson check | schema | new`.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, fill};
use crate::lesson::library::{FileResult, Origin, bundled_files};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::validate::is_valid_id;
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

/// Writes the report for each file and the summary; true when every file is valid.
fn report(results: &[(String, FileResult)], lang: Lang, out: &mut dyn Write) -> io::Result<bool> {
    let mut bad = 0;
    for (name, result) in results {
        match result {
            Ok(lesson) => writeln!(out, "{}", ok_line(name, lesson, lang))?,
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
    let results = if paths.is_empty() {
        let mut results: Vec<(String, FileResult)> = bundled_files()
            .iter()
            .map(|(name, text)| {
                (
                    Origin::Bundled(name).label(lang),
                    parse_lesson(name, text.as_bytes()),
                )
            })
            .collect();
        let existing: Vec<PathBuf> = dirs.iter().filter(|d| d.exists()).cloned().collect();
        results.extend(check_paths(&existing));
        results
    } else {
        check_paths(paths)
    };
    if results.is_empty() {
        let dirs: Vec<String> = paths
            .iter()
            .map(|p| escape_controls(&p.display().to_string()))
            .collect();
        writeln!(out, "{} {}", lang.text().ui.check_no_files, dirs.join(", "))?;
        return Ok(false);
    }
    report(&results, lang, out)
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
