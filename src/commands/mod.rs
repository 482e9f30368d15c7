//! The non-interactive commands: each writes its report to a writer and says whether it
//! succeeded, so `main` only maps that to an exit code.

pub mod district;
pub mod export;
pub mod handout;
pub mod import;
pub mod learner;
pub mod lesson;
pub mod plan;
pub mod report;
pub mod speak;

use std::io::{self, Write};

use crate::i18n::Lang;
use crate::progress::StoreError;

/// Says on `note` why the store could not do what a command asked (the error's own words
/// after the error prefix); false, for the command to end with.
pub(crate) fn store_failed(e: &StoreError, lang: Lang, note: &mut dyn Write) -> io::Result<bool> {
    writeln!(note, "{}{}", lang.text().ui.error_prefix, e.message(lang))?;
    Ok(false)
}

/// The lesson `name` names for a command: a lesson file (its first problem when it has
/// any), else the id of a lesson the program loads; `unknown` (with `{name}`) says neither.
pub fn find_lesson(
    name: &str,
    library: &crate::lesson::Library,
    lang: crate::i18n::Lang,
    unknown: crate::i18n::Template,
) -> Result<crate::lesson::Lesson, String> {
    use crate::lesson::sanitize::escape_controls;
    if std::path::Path::new(name).is_file() {
        let results = crate::lesson::check_paths(&[name.into()]);
        return match results.into_iter().next().map(|(_, r)| r) {
            Some(Ok(lesson)) => Ok(lesson),
            Some(Err(d)) => Err(d.first().map(|d| d.render(lang)).unwrap_or_default()),
            None => Err(escape_controls(name)),
        };
    }
    match library.get(name) {
        Some(loaded) => Ok(loaded.lesson.clone()),
        None => Err(crate::i18n::fill(
            unknown,
            &[("name", &escape_controls(name))],
        )),
    }
}
