//! `zhulao lesson speak LESSON [--step N] [--say]`: what read-aloud says for each step of a
//! lesson, and exactly what the speech program is given (pinyin for espeak-ng's pinyin
//! voice), so an author can hear or check a `[pronounce]` entry without opening the lesson.

use std::io::{self, Write};

use crate::i18n::{Lang, fill};
use crate::lesson::Library;
use crate::lesson::sanitize::escape_controls;
use crate::player::Player;
use crate::settings::Settings;
use crate::speech::{Reading, Speaker};

/// Prints each step's words and what the program is given; with `say`, reads them too.
pub fn speak(
    name: &str,
    step: Option<usize>,
    say: bool,
    (library, settings): (&Library, &Settings),
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let s = &lang.text().ui;
    let lesson = match super::find_lesson(name, library, lang, lang.text().ui.speak_no_lesson) {
        Ok(lesson) => lesson,
        Err(message) => {
            writeln!(out, "{}{message}", s.error_prefix)?;
            return Ok(false);
        }
    };
    let mut speaker = Speaker::from_settings(settings);
    match speaker.command() {
        Some(command) => {
            let reading = match speaker.reading() {
                Reading::Pinyin => s.speak_gets_pinyin,
                Reading::Characters => s.speak_gets_characters,
            };
            let command = escape_controls(&command.join(" "));
            writeln!(
                out,
                "{}",
                fill(
                    s.speak_program,
                    &[("command", &command), ("reading", &reading)]
                )
            )?;
        }
        None => writeln!(out, "{}", s.speech_missing)?,
    }
    let steps = lesson.steps.len();
    let wanted: Vec<usize> = match step {
        Some(n) if (1..=steps).contains(&n) => vec![n - 1],
        Some(_) => {
            let range = fill(s.speak_no_step, &[("total", &steps)]);
            writeln!(out, "{}{range}", s.error_prefix)?;
            return Ok(false);
        }
        None => (0..steps).collect(),
    };
    for n in wanted {
        let player = Player::at_step(lesson.clone(), lang, n);
        let text = player.speech_text();
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            fill(s.step_progress, &[("n", &(n + 1)), ("total", &steps)])
        )?;
        for line in text.lines() {
            writeln!(out, "  {}", escape_controls(line))?;
        }
        let given = speaker.prepare(&text, &lesson.pronounce);
        if given != text {
            for line in given.lines() {
                writeln!(out, "→ {}", escape_controls(line))?;
            }
        }
        if say && speaker.speak_with(&text, &lesson.pronounce).is_ok() {
            speaker.wait();
        }
    }
    Ok(true)
}
