//! Warnings about a lesson that loads but should be improved: a question bank that can be
//! passed without reading (right answers piled on one position, too few options, the
//! right option always the longest), sources a reviewer cannot look up, and steps too
//! long for the smallest screen.
//!
//! Each warning points at its place in the file, like the errors. How many pages a step
//! needs is measured by the player's own layout, which the caller passes in (the lesson
//! module cannot depend on the player without a module cycle).

use super::{Locator, sub};
use crate::lesson::error::{Diagnostic, Problem};
use crate::lesson::model::Lesson;
use crate::lesson::source::{Path, Seg};

/// Most pages a step should need on the smallest screen (40×15).
pub const MAX_STEP_PAGES: usize = 3;
/// Fewest options a check question should have.
pub const MIN_OPTIONS: usize = 3;
/// Fewest questions for the rules about the whole bank (answer positions, longest
/// option) to say anything.
pub const MIN_BANK: usize = 3;

/// The warnings for `lesson`, parsed from `text` (the file named `file`).
/// `step_pages(lesson, n)` says how many pages step `n` needs at 40×15.
pub fn lint(
    file: &str,
    text: &str,
    lesson: &Lesson,
    step_pages: &dyn Fn(&Lesson, usize) -> usize,
) -> Vec<Diagnostic> {
    let loc = Locator::new(file, text);
    let mut out = Vec::new();
    let quiz = |i: usize, key: &'static str| -> Path {
        sub(&sub(&[Seg::Key("quiz")], Seg::Index(i)), Seg::Key(key))
    };
    if let Some((position, count)) = piled_answer(lesson) {
        let first = lesson
            .quiz
            .iter()
            .position(|q| q.answer == position)
            .unwrap_or(0);
        let problem = Problem::AnswersPileUp {
            position: position + 1,
            count,
            total: lesson.quiz.len(),
        };
        out.push(loc.at(&quiz(first, "answer"), false, problem));
    }
    for (i, q) in lesson.quiz.iter().enumerate() {
        if q.options.len() < MIN_OPTIONS {
            let problem = Problem::FewOptions {
                count: q.options.len(),
            };
            out.push(loc.at(&quiz(i, "options"), false, problem));
        }
    }
    if lesson.quiz.len() >= MIN_BANK && lesson.quiz.iter().all(right_is_longest) {
        let problem = Problem::RightAlwaysLongest {
            total: lesson.quiz.len(),
        };
        out.push(loc.at(&quiz(0, "options"), false, problem));
    }
    for (i, source) in lesson.sources.iter().enumerate() {
        if !has_url(source) && !has_document_number(source) {
            let path = [Seg::Key("sources"), Seg::Index(i)];
            out.push(loc.at(&path, false, Problem::SourceUnverifiable));
        }
    }
    for n in 0..lesson.steps.len() {
        let pages = step_pages(lesson, n);
        if pages > MAX_STEP_PAGES {
            let path = [Seg::Key("steps"), Seg::Index(n), Seg::Key("instruction")];
            let problem = Problem::StepTooLong {
                pages,
                limit: MAX_STEP_PAGES,
            };
            out.push(loc.at(&path, false, problem));
        }
    }
    out
}

/// The position (0-based) holding more than half of the right answers, with how many,
/// in a bank of at least [`MIN_BANK`] questions.
pub fn piled_answer(lesson: &Lesson) -> Option<(usize, usize)> {
    let total = lesson.quiz.len();
    if total < MIN_BANK {
        return None;
    }
    let mut counts = [0usize; 6];
    for q in &lesson.quiz {
        counts[q.answer.min(5)] += 1;
    }
    let (position, &count) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    (count * 2 > total).then_some((position, count))
}

/// Whether the right option of `q` is longer (in characters) than every other option.
pub fn right_is_longest(q: &crate::lesson::Question) -> bool {
    let len = |s: &String| s.chars().count();
    let right = q.options.get(q.answer).map_or(0, len);
    q.options
        .iter()
        .enumerate()
        .all(|(i, o)| i == q.answer || len(o) < right)
}

/// Whether a source line carries a web address.
pub fn has_url(source: &str) -> bool {
    source.contains("https://") || source.contains("http://")
}

/// Whether a source line carries a document number: digits (Arabic or Chinese) then 号,
/// as in “国办发〔2020〕45号”, “国务院令第778号” or “2010年第14号”, or a national
/// standard such as “GB/T 37668-2019”.
pub fn has_document_number(source: &str) -> bool {
    if source.contains("GB/T") || source.contains("GB ") {
        return true;
    }
    let chars: Vec<char> = source.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == '号' && i > 0 && (chars[i - 1].is_ascii_digit() || is_chinese_number(&chars[..i]))
    })
}

/// Whether `before` ends in 第 and a number written in Chinese digits (第一一九号).
fn is_chinese_number(before: &[char]) -> bool {
    let digits = before
        .iter()
        .rev()
        .take_while(|c| "〇零一二三四五六七八九十百千".contains(**c))
        .count();
    digits > 0 && before.len() > digits && before[before.len() - digits - 1] == '第'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers_are_recognised() {
        for yes in [
            "国务院办公厅《关于切实解决老年人运用智能技术困难的实施方案》（国办发〔2020〕45号）",
            "《消费者权益保护法实施条例》（国务院令第778号）",
            "国家食品药品监督管理局 2010年第14号公告",
            "《反电信网络诈骗法》（中华人民共和国主席令第一一九号）",
            "《信息技术 互联网内容无障碍可访问性技术要求与测试方法》GB/T 37668-2019",
            "微信支付帮助中心 https://kf.qq.com/ （访问于 2026 年）",
        ] {
            assert!(has_url(yes) || has_document_number(yes), "{yes}");
        }
        for no in [
            "各手机厂商官方帮助页中关于字体大小的说明",
            "江苏警方，2023 年 6 月 13 日：关于“AI 换脸换声诈骗”的辟谣",
            "第号",
            "号",
        ] {
            assert!(!has_url(no) && !has_document_number(no), "{no}");
        }
    }

    const BANK: &str = r#"format_version = 1
id = "t"
version = 1
title = "t"
summary = "t"
category = "防诈骗"
level = "入门"
estimated_minutes = 5
sources = ["某报道"]

[[steps]]
id = "s"
title = "t"
instruction = "t"

[[quiz]]
id = "a"
question = "q"
options = ["短", "对的那个长一些"]
answer = 2
explanation = "e"

[[quiz]]
id = "b"
question = "q"
options = ["短", "对的那个长一些", "也短"]
answer = 2
explanation = "e"

[[quiz]]
id = "c"
question = "q"
options = ["短", "对的那个长一些", "也短"]
answer = 2
explanation = "e"
"#;

    #[test]
    fn each_rule_warns_at_its_place() {
        let lesson = crate::lesson::parse_lesson("t.toml", BANK.as_bytes()).unwrap();
        let pages = |_: &Lesson, _: usize| 4;
        let found = lint("t.toml", BANK, &lesson, &pages);
        let at = |p: &Problem| {
            found
                .iter()
                .find(|d| &d.problem == p)
                .and_then(|d| d.position)
                .map(|p| (p.line, p.column))
        };
        let pile = Problem::AnswersPileUp {
            position: 2,
            count: 3,
            total: 3,
        };
        assert_eq!(at(&pile), Some((20, 10)));
        assert_eq!(at(&Problem::FewOptions { count: 2 }), Some((19, 11)));
        assert_eq!(
            at(&Problem::RightAlwaysLongest { total: 3 }),
            Some((19, 11))
        );
        assert_eq!(at(&Problem::SourceUnverifiable), Some((9, 12)));
        let long = Problem::StepTooLong { pages: 4, limit: 3 };
        assert_eq!(at(&long), Some((14, 15)));
        assert_eq!(found.len(), 5, "{found:#?}");
        let shown = found[0].render(crate::i18n::Lang::Zh);
        assert!(shown.starts_with("t.toml:20:10: 警告："), "{shown}");
        let en = found[0].render(crate::i18n::Lang::En);
        assert!(en.starts_with("t.toml:20:10: warning: "), "{en}");
    }

    #[test]
    fn a_fair_bank_has_no_warnings() {
        let fair = BANK
            .replace(
                "[\"短\", \"对的那个长一些\"]",
                "[\"对\", \"错的那个长一些\", \"错\"]",
            )
            .replacen("answer = 2", "answer = 1", 1)
            .replacen("answer = 2", "answer = 3", 1)
            .replace(
                "sources = [\"某报道\"]",
                "sources = [\"某报道 https://example.org/a\"]",
            );
        let lesson = crate::lesson::parse_lesson("t.toml", fair.as_bytes()).unwrap();
        let pages = |_: &Lesson, _: usize| 1;
        let found = lint("t.toml", &fair, &lesson, &pages);
        assert!(found.is_empty(), "{found:#?}");
    }
}
