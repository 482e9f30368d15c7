//! Learner cards (学员卡): an A4 HTML page of cards to print and cut out, eight a page
//! (two across, four down, with dashed lines to cut along). Each card has the site, the
//! learner's name, the learner code in big digits, and a line saying what to do with it,
//! so a senior can sign in at the library's practice computer. Text is escaped with the
//! certificate's helper.

use unicode_width::UnicodeWidthStr;

use super::html_page::html_page;
use super::safe::html;
use crate::i18n::Lang;
use crate::progress::Learner;
use crate::progress::code::code_groups;

/// The cards' style sheet: eight cards to an A4 page, cut along the dashed lines.
const STYLE: &str = include_str!("cards.css");

/// Cards on one A4 page.
pub const CARDS_PER_PAGE: usize = 8;

/// The name's size class: a long name gets smaller type so it stays on the card.
fn name_size(name: &str) -> &'static str {
    match name.width() {
        0..=12 => "big",
        13..=24 => "mid",
        _ => "small",
    }
}

/// The code's size class: the longest codes (up to 12 digits) get smaller digits so they
/// stay on the card.
fn code_size(code: &str) -> &'static str {
    match code.chars().count() {
        0..=8 => "big",
        9..=10 => "mid",
        _ => "small",
    }
}

/// One card.
fn card(learner: &Learner, site: &str, lang: Lang) -> String {
    let w = &lang.text().signup;
    let name = crate::lesson::sanitize::sanitize_line(&learner.display_name);
    let digits: String = code_groups(&learner.code)
        .iter()
        .map(|g| format!("<span>{}</span>", html(g)))
        .collect();
    format!(
        r#"<div class="card" data-code="{code}">
<p class="site">{site}</p>
<p class="name {size}">{name}</p>
<p class="label">{label}</p>
<p class="code {code_size}">{digits}</p>
<p class="hint">{hint}</p>
</div>
"#,
        code = html(&learner.code),
        code_size = code_size(&learner.code),
        site = html(site),
        size = name_size(&name),
        name = html(&name),
        label = html(w.card_code_label),
        hint = html(w.card_hint),
    )
}

/// The cards of `learners` with `site` on each, in one HTML file of A4 pages; None when
/// there is nobody.
pub fn cards(learners: &[Learner], site: &str, lang: Lang) -> Option<String> {
    if learners.is_empty() {
        return None;
    }
    let site = crate::lesson::sanitize::sanitize_line(site)
        .trim()
        .to_string();
    let pages: String = learners
        .chunks(CARDS_PER_PAGE)
        .map(|chunk| {
            let cards: String = chunk.iter().map(|l| card(l, &site, lang)).collect();
            format!("<section class=\"page\">\n{cards}</section>\n")
        })
        .collect();
    let w = &lang.text().signup;
    Some(html_page(lang, w.cards_title, STYLE, &pages))
}
