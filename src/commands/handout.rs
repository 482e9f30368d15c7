//! `zhulao lesson handout ID|FILE -o FILE.html`: the lesson's printable take-home handout.

use std::io::{self, Write};
use std::path::Path;

use crate::export::handout::handout as page;
use crate::fsio::write_atomically;
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::{Lesson, Library};

/// The lesson `name` names: a lesson file (its first problem when it has any), else the
/// id of a lesson the program loads.
pub fn find(name: &str, library: &Library, lang: Lang) -> Result<Lesson, String> {
    if Path::new(name).is_file() {
        let results = crate::lesson::check_paths(&[name.into()]);
        return match results.into_iter().next().map(|(_, r)| r) {
            Some(Ok(lesson)) => Ok(lesson),
            Some(Err(d)) => Err(d.first().map(|d| d.render(lang)).unwrap_or_default()),
            None => Err(escape_controls(name)),
        };
    }
    match library.get(name) {
        Some(loaded) => Ok(loaded.lesson.clone()),
        None => Err(fill(
            lang.text().authoring.no_lesson,
            &[("name", &escape_controls(name))],
        )),
    }
}

/// Writes the handout of lesson `name` to `output` (`-`: to `out`), replacing a file
/// there whole; says where it went, or why not.
pub fn handout(
    name: &str,
    output: &Path,
    library: &Library,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let prefix = lang.text().ui.error_prefix;
    let lesson = match find(name, library, lang) {
        Ok(lesson) => lesson,
        Err(message) => {
            writeln!(out, "{prefix}{message}")?;
            return Ok(false);
        }
    };
    let html = page(&lesson, lang);
    if output == Path::new("-") {
        out.write_all(html.as_bytes())?;
        return Ok(true);
    }
    let shown = escape_controls(&output.display().to_string());
    match write_atomically(output, html.as_bytes()) {
        Ok(()) => {
            let steps = lesson.steps.len();
            let text = fill(
                lang.text().authoring.handout_written,
                &[("path", &shown), ("steps", &steps)],
            );
            writeln!(out, "{text}")?;
            Ok(true)
        }
        Err(e) => {
            let detail = escape_controls(&e.to_string());
            writeln!(out, "{prefix}{shown}: {detail}")?;
            Ok(false)
        }
    }
}
