//! Learner cards (学员卡): an A4 HTML page of cards to print and cut out, eight a page
//! (two across, four down, with dashed lines to cut along). Each card has the site, the
//! learner's name, the learner code in big digits, and a line saying what to do with it,
//! so a senior can sign in at the library's practice computer. Text is escaped with the
//! certificate's helper.

use unicode_width::UnicodeWidthStr;

use super::safe::html;
use crate::i18n::Lang;
use crate::progress::Learner;
use crate::progress::code::code_groups;

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
    Some(format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="generator" content="zhulao {version}">
<title>{title}</title>
<style>
@page {{ size: A4 portrait; margin: 10mm; }}
html, body {{ margin: 0; padding: 0; background: #fff; color: #000; }}
body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; }}
.page {{ width: 190mm; height: 276mm; display: grid; grid-template-columns: 95mm 95mm;
  grid-template-rows: repeat(4, 69mm); align-content: start;
  break-after: page; page-break-after: always; break-inside: avoid; page-break-inside: avoid; }}
.page:last-child {{ break-after: auto; page-break-after: auto; }}
.card {{ box-sizing: border-box; width: 95mm; height: 69mm; padding: 4mm 5mm;
  border: 1px dashed #666; overflow: hidden; display: flex; flex-direction: column;
  justify-content: space-between; break-inside: avoid; page-break-inside: avoid; }}
.card p {{ margin: 0; }}
.site {{ font-size: 12pt; color: #333; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
.name {{ font-weight: bold; line-height: 1.15; overflow-wrap: anywhere; }}
.name.big {{ font-size: 24pt; }} .name.mid {{ font-size: 16pt; }} .name.small {{ font-size: 11pt; }}
.label {{ font-size: 11pt; }}
.code {{ font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
  font-weight: bold; letter-spacing: 0.06em; line-height: 1; white-space: nowrap; }}
.code.big {{ font-size: 34pt; }} .code.mid {{ font-size: 28pt; }} .code.small {{ font-size: 23pt; }}
.code span + span {{ margin-left: 0.35em; }}
.hint {{ font-size: 11pt; line-height: 1.35; }}
@media screen {{ body {{ background: #ccc; }} .page {{ margin: 8mm auto; background: #fff; }} }}
</style>
</head>
<body>
{pages}</body>
</html>
"#,
        lang = lang.text().language.tag,
        version = env!("CARGO_PKG_VERSION"),
        title = html(w.cards_title),
    ))
}
