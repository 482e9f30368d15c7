//! `zhulao lesson handout ID|FILE -o FILE.html`: the lesson's printable take-home handout.

use std::io::{self, Write};
use std::path::Path;

use crate::export::handout::handout as page;
use crate::fsio::write_atomically;
use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;

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
    let lesson = match super::find_lesson(name, library, lang, lang.text().authoring.no_lesson) {
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
