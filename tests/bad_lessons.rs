//! Every broken fixture gives its own message at the right line and column, in Chinese and
//! in English, and no raw control character reaches the output.

use std::path::{Path, PathBuf};

use zhulao::i18n::Lang;
use zhulao::lesson::library::read_lesson_file;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bad-lessons")
        .join(name)
}

/// (file, line, column, part of the Chinese message, part of the English message)
const CASES: &[(&str, usize, usize, &str, &str)] = &[
    (
        "unknown-key.toml",
        4,
        1,
        "不认识的键“titel”。你是不是想写“title”？",
        "unknown key 'titel'. Did you mean 'title'?",
    ),
    (
        "missing-key.toml",
        1,
        1,
        "缺少必填的键“summary”",
        "missing required key 'summary'",
    ),
    (
        "wrong-type.toml",
        8,
        21,
        "这里应该写整数",
        "expected an integer, found a string",
    ),
    (
        "unknown-category.toml",
        6,
        12,
        "你是不是想写“掌上金融”？",
        "Did you mean '掌上金融'?",
    ),
    (
        "duplicate-step-id.toml",
        37,
        6,
        "步骤编号“open-scan”重复了：第 11 行已经用过",
        "step id 'open-scan' is used twice; it was first used on line 11",
    ),
    (
        "missing-target.toml",
        27,
        10,
        "“scna”在这一步的画面上找不到。你是不是想写“scan”？",
        "target 'scna' is not on this step's screen. Did you mean 'scan'?",
    ),
    (
        "quiz-answer-out-of-range.toml",
        33,
        10,
        "答案写的是第 4 个，但只有 3 个选项",
        "the answer is option 4, but there are only 3 options",
    ),
    (
        "no-steps.toml",
        9,
        1,
        "这节课还没有步骤",
        "the lesson has no steps",
    ),
    (
        "too-many-steps.toml",
        10,
        3,
        "有 501 个，最多只能有 500 个",
        "too many 'steps': 501, at most 500",
    ),
    (
        "field-too-long.toml",
        13,
        15,
        "有 10001 个字符，最多 10000 个",
        "10001 characters, at most 10000",
    ),
    ("invalid-utf8.toml", 4, 11, "不是 UTF-8 编码", "not UTF-8"),
    (
        "deep-nesting.toml",
        35,
        88,
        "套得太深了",
        "nested too deeply",
    ),
    (
        "raw-escape.toml",
        4,
        10,
        "文字里有一个控制字符 ^[",
        "a control character ^[ ",
    ),
    (
        "syntax-error.toml",
        5,
        21,
        "这段文字少了结尾的双引号",
        "no closing quote",
    ),
    (
        "format-version.toml",
        1,
        18,
        "格式版本是 2，这个版本的 zhulao 只认识格式版本 1",
        "format version 2",
    ),
    (
        "bad-id.toml",
        2,
        6,
        "课程编号“Scan To Pay”不合格",
        "lesson id 'Scan To Pay' is not valid",
    ),
    (
        "key-not-for-kind.toml",
        24,
        1,
        "“placeholder”不能用在 button 上",
        "'placeholder' cannot be used on a button",
    ),
    (
        "type-into-button.toml",
        27,
        10,
        "“scan”是 button，不能用于 type 任务",
        "'scan' is a button and cannot be the target of a type task",
    ),
    ("missing-hint.toml", 11, 1, "请写一个 hint", "write a hint"),
    (
        "duplicate-key.toml",
        5,
        1,
        "同一个键写了两次",
        "duplicate key",
    ),
    (
        "empty-title.toml",
        4,
        9,
        "这里不能是空的",
        "must not be empty",
    ),
    (
        "bad-amount.toml",
        27,
        9,
        "金额“¥25”要写成数字",
        "the amount '¥25' must be a number",
    ),
    (
        "bad-reading.toml",
        10,
        2,
        "“重阳”的读法“chong2yang2”不对：要写 2 个带声调数字",
        "the reading 'chong2yang2' of '重阳' must be 2 pinyin syllables",
    ),
];

#[test]
fn every_bad_fixture_is_covered_by_a_case() {
    let mut files: Vec<String> = std::fs::read_dir(fixture(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut named: Vec<String> = CASES.iter().map(|c| c.0.to_string()).collect();
    named.push(TOO_LARGE.to_string());
    named.sort();
    assert_eq!(files, named);
    assert!(files.len() >= 12);
}

/// Refused before it is read: no place and no line of it is shown.
const TOO_LARGE: &str = "too-large.toml";

#[test]
fn a_file_over_the_limit_is_refused_unread_naming_its_size() {
    let (result, bytes) = read_lesson_file(&fixture(TOO_LARGE));
    assert!(bytes.is_none());
    let first = &result.expect_err("refused")[0];
    assert_eq!((first.position, &first.snippet), (None, &None));
    let zh = first.render(Lang::Zh);
    let en = first.render(Lang::En);
    assert!(zh.ends_with("too-large.toml: 错误：文件太大（2097847 字节）。一节课的文件最多 1048576 字节（1 MiB），请把内容分成几节课。"), "{zh}");
    assert!(
        en.contains("too-large.toml: error: the file is too large (2097847 bytes)"),
        "{en}"
    );
    let text = std::fs::read_to_string(fixture(TOO_LARGE)).unwrap();
    let some_line = text.lines().nth(5760).unwrap().trim();
    assert!(!some_line.is_empty() && !zh.contains(some_line) && !en.contains(some_line));
}

#[test]
fn each_bad_fixture_has_its_own_message_at_the_right_place() {
    for &(file, line, column, zh, en) in CASES {
        let (result, _) = read_lesson_file(&fixture(file));
        let diagnostics = result.expect_err(file);
        let first = &diagnostics[0];
        let pos = first
            .position
            .unwrap_or_else(|| panic!("{file} has no position"));
        assert_eq!((pos.line, pos.column), (line, column), "{file}");
        let zh_text = first.render(Lang::Zh);
        let en_text = first.render(Lang::En);
        assert!(zh_text.contains(zh), "{file}: {zh_text}");
        assert!(en_text.contains(en), "{file}: {en_text}");
        let header = format!("bad-lessons/{file}:{line}:{column}: ");
        assert!(zh_text.contains(&format!("{header}错误：")), "{zh_text}");
        assert!(en_text.contains(&format!("{header}error: ")), "{en_text}");
        for text in [&zh_text, &en_text] {
            assert!(
                !text
                    .chars()
                    .any(|c| c != '\n' && zhulao::lesson::sanitize::is_dangerous(c)),
                "{file}: raw control in {text:?}"
            );
            assert!(
                text.lines()
                    .nth(2)
                    .is_some_and(|l| l.trim_start().starts_with('|') && l.contains('^')),
                "{file}: no caret line in {text}"
            );
        }
    }
}

#[test]
fn messages_are_distinct() {
    let mut seen = std::collections::HashSet::new();
    for &(file, ..) in CASES {
        let (result, _) = read_lesson_file(&fixture(file));
        let problem = format!(
            "{:?}",
            std::mem::discriminant(&result.unwrap_err()[0].problem)
        );
        let message = read_lesson_file(&fixture(file)).0.unwrap_err()[0]
            .problem
            .message(Lang::Zh);
        assert!(
            seen.insert(message),
            "{file} repeats another file's message ({problem})"
        );
    }
}

#[test]
fn raw_escape_sequences_are_shown_escaped_in_the_snippet() {
    let (result, _) = read_lesson_file(&fixture("raw-escape.toml"));
    let text = result.unwrap_err()[0].render(Lang::Zh);
    assert!(
        text.contains("title = \"^[]0;已被接管^G^[[2J扫码付款\""),
        "{text}"
    );
}

#[test]
fn invalid_utf8_bytes_are_shown_as_hex() {
    let (result, _) = read_lesson_file(&fixture("invalid-utf8.toml"));
    let text = result.unwrap_err()[0].render(Lang::En);
    assert!(text.contains("\\xC2") && text.contains("\\xEE"), "{text}");
}

#[test]
fn unknown_category_lists_the_allowed_values() {
    let (result, _) = read_lesson_file(&fixture("unknown-category.toml"));
    let text = result.unwrap_err()[0].render(Lang::Zh);
    for c in ["基础操作", "防诈骗", "健康养老"] {
        assert!(text.contains(c), "{text}");
    }
}
