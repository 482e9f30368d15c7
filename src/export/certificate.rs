//! Completion certificates (结业证书) as one self-contained HTML page per learner, each one
//! A4 page: the certificate number, the learner, the lessons completed in a table (so a
//! long title can never push a date beside the next lesson), their 学时 and dates, the
//! issuing unit with room for its stamp, and a signature line. Up to 21 lessons fit one
//! page: the type gets smaller as the list grows, and a title longer than fits one line
//! of the smallest type is shortened with "…". A class's certificates go in one file,
//! a page each.

use chrono::NaiveDate;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::book::Context;
use super::dates::long_date;
use super::html_page::html_page;
use super::learner::RecordLine;
use super::safe::html;
use crate::i18n::{fill, fill_escaped};
use crate::progress::{Learner, LessonStatus};

/// The certificates' style sheet: one to an A4 page, in a double border.
const STYLE: &str = include_str!("certificate.css");

/// The most lessons one page holds.
pub const LESSONS_PER_PAGE: usize = 21;

/// A size of type for the lesson table, with what one row takes on paper.
struct Size {
    /// The CSS class.
    name: &'static str,
    /// Type size, in points.
    points: f64,
    /// Line height, as a multiple of the type size.
    line: f64,
    /// Cell padding above and below, in millimetres.
    padding: f64,
    /// The width of the lesson column, in millimetres: the frame's 164 inside its
    /// padding, less the number, 学时 and date columns (whose widths the CSS sets).
    title_mm: f64,
}

/// From the largest type down; the CSS below must say the same.
const SIZES: [Size; 3] = [
    Size {
        name: "roomy",
        points: 14.0,
        line: 1.35,
        padding: 2.2,
        title_mm: 164.0 - 15.0 - 16.0 - 40.0,
    },
    Size {
        name: "medium",
        points: 12.0,
        line: 1.3,
        padding: 1.3,
        title_mm: 164.0 - 12.0 - 14.0 - 35.0,
    },
    Size {
        name: "compact",
        points: 10.5,
        line: 1.25,
        padding: 0.7,
        title_mm: 164.0 - 11.0 - 13.0 - 31.0,
    },
];
/// The height the lesson rows may take on the page, in millimetres.
const ROWS_MM: f64 = 146.0;
const MM_PER_POINT: f64 = 25.4 / 72.0;

impl Size {
    /// Display columns (a Chinese character is two) one line of the title column holds,
    /// with a little to spare: fonts differ, and "…" is as wide as a Chinese character.
    fn columns(&self) -> usize {
        let per_char = self.points * MM_PER_POINT;
        let room = self.title_mm - 2.0 * 1.5 - 2.0 * per_char;
        (room / per_char * 2.0 * 0.95).floor() as usize
    }

    /// Millimetres the rows of these titles take.
    fn height(&self, titles: &[&str]) -> f64 {
        let line = self.points * self.line * MM_PER_POINT;
        let cols = self.columns().max(1);
        titles
            .iter()
            .map(|t| t.width().div_ceil(cols).max(1) as f64 * line + 2.0 * self.padding + 0.3)
            .sum()
    }
}

/// The largest type whose rows fit the page, and the widest title it shows whole; when
/// none fits, the smallest type with every title cut to one line.
fn layout(titles: &[&str]) -> (&'static str, usize) {
    for size in &SIZES {
        if size.height(titles) <= ROWS_MM {
            return (size.name, usize::MAX);
        }
    }
    let smallest = &SIZES[SIZES.len() - 1];
    (smallest.name, smallest.columns())
}

/// `text` cut to `columns` display columns, with "…" when it was longer.
fn shorten(text: &str, columns: usize) -> String {
    if text.width() <= columns {
        return text.to_string();
    }
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Hours (学时) from minutes, one decimal.
fn hours(minutes: u32) -> String {
    format!("{:.1}", f64::from(minutes) / 60.0)
}

/// The certificate's number: the day it is issued and the learner code, so a certificate
/// issued again the same day has the same number.
pub fn number(learner: &Learner, issued: NaiveDate) -> String {
    format!("{}-{}", issued.format("%Y%m%d"), learner.code)
}

/// The lessons a certificate lists: those completed.
pub fn completed(lines: &[RecordLine]) -> Vec<&RecordLine> {
    lines
        .iter()
        .filter(|l| l.progress.status == LessonStatus::Completed)
        .collect()
}

/// One certificate's page; None when the learner completed no lesson (there is nothing
/// to certify).
fn page(learner: &Learner, lines: &[RecordLine], cx: &Context) -> Option<String> {
    let w = &cx.lang.text().export;
    let done = completed(lines);
    if done.is_empty() {
        return None;
    }
    let minutes: u32 = done.iter().map(|l| l.minutes).sum();
    let body = fill_escaped(
        w.certificate_body,
        &html,
        &[
            ("name", &html(&learner.display_name)),
            ("code", &html(&learner.code)),
            ("count", &done.len()),
            ("hours", &hours(minutes)),
        ],
    );
    let titles: Vec<&str> = done.iter().map(|l| l.title.as_str()).collect();
    let (size, cap) = layout(&titles);
    let rows: String = done
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let date = l.finished_on.map_or_else(String::new, |d| long_date(d, cx.lang));
            format!(
                "<tr><td class=\"n\">{}</td><td>{}</td><td class=\"h\">{}</td><td class=\"d\">{}</td></tr>\n",
                i + 1,
                html(&shorten(&l.title, cap)),
                hours(l.minutes),
                html(&date)
            )
        })
        .collect();
    let unit = crate::lesson::sanitize::sanitize_line(&cx.unit)
        .trim()
        .to_string();
    let unit = if unit.is_empty() {
        w.unit_blank.to_string()
    } else {
        unit
    };
    let t = |s: &str| html(s);
    Some(format!(
        r#"<section class="cert {size}">
<p class="no">{number}</p>
<h1>{title}</h1>
<p class="body">{body}</p>
<table class="lessons">
<colgroup><col class="n"><col><col class="h"><col class="d"></colgroup>
<thead><tr><th>{col_n}</th><th>{col_lesson}</th><th>{col_hours}</th><th>{col_date}</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p class="note">{note}</p>
<div class="sign">
<div class="who">{signature}<span class="line"></span></div>
<div class="unit">{issuer}<br>{issued}<div class="stamp">{stamp}</div></div>
</div>
</section>
"#,
        number = t(&fill(
            w.certificate_number,
            &[("number", &number(learner, cx.today))]
        )),
        title = t(w.certificate_title),
        col_n = t(w.certificate_col_number),
        col_lesson = t(cx.lang.text().ui.lesson),
        col_hours = t(w.certificate_col_hours),
        col_date = t(w.finished_on),
        note = t(w.certificate_hours_note),
        issuer = t(&fill(w.certificate_issuer, &[("unit", &unit)])),
        stamp = t(w.certificate_stamp),
        signature = t(w.certificate_signature),
        issued = t(&fill(
            w.certificate_issued,
            &[("date", &long_date(cx.today, cx.lang))]
        )),
    ))
}

/// The certificates of `learners` (with their records) in one HTML file, a page each;
/// those who completed nothing are left out. None when nobody completed anything.
pub fn certificates(learners: &[(&Learner, &[RecordLine])], cx: &Context) -> Option<String> {
    let pages: Vec<String> = learners
        .iter()
        .filter_map(|(l, lines)| page(l, lines, cx))
        .collect();
    if pages.is_empty() {
        return None;
    }
    let w = &cx.lang.text().export;
    Some(html_page(
        cx.lang,
        w.certificate_title,
        STYLE,
        &pages.join(""),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_gets_smaller_as_the_list_grows() {
        let short = ["扫码付款"; 7];
        assert_eq!(layout(&short).0, "roomy");
        assert_eq!(layout(&["扫码付款"; 14]).0, "medium");
        let (size, cap) = layout(&["扫码付款"; 21]);
        assert_eq!((size, cap), ("compact", usize::MAX));
        let long = "智慧助老手机课程".repeat(4);
        let (size, cap) = layout(&[long.as_str(); 21]);
        assert_eq!(size, "compact");
        assert!(cap < long.width(), "cut to one line when nothing else fits");
    }

    #[test]
    fn long_titles_are_shortened_and_short_ones_kept() {
        assert_eq!(shorten("扫码付款", 64), "扫码付款");
        let exactly = "长".repeat(32);
        assert_eq!(shorten(&exactly, 64), exactly);
        assert_eq!(shorten("扫码", usize::MAX), "扫码");
        let long = "长".repeat(40);
        let cut = shorten(&long, 64);
        assert!(cut.ends_with('…'));
        assert!(unicode_width::UnicodeWidthStr::width(cut.as_str()) <= 64);
    }
}
