//! The take-home handout of a lesson (课后讲义): one self-contained A4 HTML page set in big,
//! high-contrast type (body 18 pt and up, black on white), a card per step (its title,
//! what to do, the choices of a choose step with the right one marked, the ⚠ warning, and a small drawing of the phone screen with the
//! practice QR code as SVG), then the points to remember: the check questions'
//! explanations, and for a fraud lesson the numbers 110 and 96110. Every lesson text goes
//! through [`crate::export::safe::html`], as on the certificate. Nothing on the page loads
//! or links anything from outside.

pub mod phone;

use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDateTime;

use crate::export::html_page::html_page;
use crate::export::safe::{html, html_lines};
use crate::i18n::{Lang, fill};
use crate::lesson::sanitize::escape_controls;
use crate::lesson::{Category, Lesson, Step, Task};

/// The page's look: A4, big type, black on white, a card never split over two pages.
const STYLE: &str = include_str!("style.css");

/// The points to remember: each check question's explanation; a lesson without questions
/// gives its steps' warnings instead.
pub fn remember_points(lesson: &Lesson) -> Vec<&str> {
    let mut points: Vec<&str> = lesson.quiz.iter().map(|q| q.explanation.as_str()).collect();
    if points.is_empty() {
        points = lesson
            .steps
            .iter()
            .filter_map(|s| s.warning.as_deref())
            .collect();
    }
    let mut seen = std::collections::HashSet::new();
    points.retain(|p| !p.trim().is_empty() && seen.insert(p.trim()));
    points
}

/// One step's card.
fn card(lesson: &Lesson, n: usize, step: &Step, lang: Lang) -> String {
    let (ui, a) = (&lang.text().ui, &lang.text().authoring);
    // The tip stays on the screen: the card keeps what to do and what to watch out for,
    // so that twelve steps print on a few pages.
    let mut text = String::new();
    let count = fill(
        a.handout_step,
        &[("n", &(n + 1)), ("total", &lesson.steps.len())],
    );
    let _ = writeln!(
        text,
        r#"<h2><span class="count">{}</span> {}</h2>"#,
        html(&count),
        html(&step.title)
    );
    let _ = writeln!(
        text,
        r#"<p class="do"><b>{}</b>{}</p>"#,
        html(a.handout_do),
        html_lines(&step.instruction)
    );
    if let Task::Choose { options, answer } = &step.task {
        text.push_str("<ol class=\"options\">\n");
        for (i, o) in options.iter().enumerate() {
            let (class, mark) = match i == *answer {
                true => (" class=\"right\"", "✓ "),
                false => ("", ""),
            };
            let _ = writeln!(text, "<li{class}>{mark}{}</li>", html(o));
        }
        text.push_str("</ol>\n");
    }
    if let Some(warning) = &step.warning {
        let _ = writeln!(
            text,
            r#"<p class="warning"><b>{}</b>{}</p>"#,
            html(ui.warning_label),
            html_lines(warning)
        );
    }
    let phone = step
        .screen
        .as_ref()
        .map(|s| phone::phone(s, &step.task, a.handout_qr))
        .unwrap_or_default();
    let class = if phone.is_empty() {
        "card"
    } else {
        "card with-phone"
    };
    format!("<section class=\"{class}\">\n<div class=\"words\">\n{text}</div>\n{phone}</section>\n")
}

/// Writes the handout of `lesson` into the data folder's exports folder (named by the
/// lesson and the time `now`) and says where, or why it could not: the class summary's
/// "打印讲义".
pub fn written(lesson: &Lesson, lang: Lang, data_dir: &Path, now: NaiveDateTime) -> String {
    let a = &lang.text().authoring;
    let stem = format!("{}-{}", a.handout_kind, lesson.id.as_str());
    let path = crate::export::screen_export_path(data_dir, &stem, now).with_extension("html");
    let result = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| crate::fsio::write_atomically(&path, handout(lesson, lang).as_bytes()));
    let ui = &lang.text().ui;
    match result {
        Ok(()) => fill(
            ui.written,
            &[("path", &escape_controls(&path.display().to_string()))],
        ),
        Err(e) => fill(
            ui.export_failed,
            &[("detail", &escape_controls(&e.to_string()))],
        ),
    }
}

/// The whole handout of `lesson` as one HTML page.
pub fn handout(lesson: &Lesson, lang: Lang) -> String {
    let a = &lang.text().authoring;
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<header>\n<p class=\"kind\">{} · {} · {}</p>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n</header>",
        html(a.handout_kind),
        html(lesson.category.name(lang)),
        html(lesson.level.name(lang)),
        html(&lesson.title),
        html_lines(&lesson.summary)
    );
    for (n, step) in lesson.steps.iter().enumerate() {
        body.push_str(&card(lesson, n, step, lang));
    }
    let points = remember_points(lesson);
    let fraud = lesson.category == Category::Fraud;
    if !points.is_empty() || fraud {
        let _ = writeln!(
            body,
            "<section class=\"remember\">\n<h2>{}</h2>\n<ul>",
            html(a.handout_remember)
        );
        for p in points {
            let _ = writeln!(body, "<li>{}</li>", html_lines(p));
        }
        body.push_str("</ul>\n");
        if fraud {
            let _ = writeln!(body, "<p class=\"hotline\">{}</p>", html(a.handout_fraud));
        }
        body.push_str("</section>\n");
    }
    let footer = fill(
        a.handout_footer,
        &[
            ("version", &env!("CARGO_PKG_VERSION")),
            ("id", &lesson.id.as_str()),
            ("lesson_version", &lesson.version),
        ],
    );
    let title = format!("{} · {}", a.handout_kind, lesson.title);
    let body = format!("{body}<footer>{}</footer>\n", html(&footer));
    html_page(lang, &title, STYLE, &body)
}
