use std::collections::HashSet;

use super::han::{entries, is_han};
use super::*;

fn p(text: &str) -> String {
    to_pinyin(text, &[])
}

#[test]
fn every_dictionary_line_is_a_word_and_its_reading() {
    let mut seen = HashSet::new();
    let mut count = 0;
    for (word, reading) in entries() {
        count += 1;
        assert!(
            word.chars().all(is_han),
            "{word}: not all Chinese characters"
        );
        assert!(is_pinyin(reading), "{word}: {reading:?} is not pinyin");
        assert_eq!(
            syllable_count(reading),
            word.chars().count(),
            "{word}: {reading:?} has the wrong number of syllables"
        );
        assert!(!reading.contains('ü'), "{word}: write ü as v");
        assert!(seen.insert(word), "{word} is in the dictionary twice");
    }
    let lines = han::PHRASES.lines().filter(|l| {
        let l = l.trim();
        !l.is_empty() && !l.starts_with('#')
    });
    assert_eq!(lines.count(), count, "a line without a reading");
}

#[test]
fn words_come_before_characters() {
    assert_eq!(p("银行"), "yin2 hang2");
    assert_eq!(p("长辈"), "zhang3 bei4");
    assert_eq!(p("长按"), "chang2 an4");
    assert_eq!(p("你好"), "ni3 hao3");
}

#[test]
fn neutral_tones_get_a_five() {
    assert_eq!(p("好吗"), "hao3 ma5");
    assert_eq!(p("我的"), "wo3 de5");
    assert_eq!(p("慢慢地走"), "man4 man4 de5 zou3");
}

#[test]
fn yi_and_bu_take_their_tone_from_what_follows() {
    assert_eq!(p("一定"), "yi2 ding4");
    assert_eq!(p("一天"), "yi4 tian1");
    assert_eq!(p("不要"), "bu2 yao4");
    assert_eq!(p("不好"), "bu4 hao3");
    assert_eq!(p("不一定"), "bu4 yi2 ding4");
    assert_eq!(p("看一看"), "kan4 yi5 kan4");
    assert_eq!(p("第一"), "di4 yi1");
    assert_eq!(p("一。"), "yi1.");
}

#[test]
fn pauses_collapse_and_end_lines() {
    assert_eq!(p("好，好。好？好！好"), "hao3, hao3.\nhao3?\nhao3!\nhao3");
    assert_eq!(p("，。好……“好”"), "hao3, hao3");
    assert_eq!(p("好\n\n好"), "hao3.\nhao3");
    assert_eq!(p("★▶⚠✓😀"), "");
    assert_eq!(p("“放大”“加速”"), "fang4 da4, jia1 su4");
}

#[test]
fn fullwidth_letters_and_digits_are_plain_ones() {
    assert_eq!(p("ＡＰＰ"), "A P P");
    assert_eq!(p("１８元"), "shi2 ba1 yuan2");
}

#[test]
fn the_text_iterator_is_safe_at_the_edges() {
    let t = Text::new("a");
    assert_eq!(t.get(1), None);
    assert_eq!(t.slice(0, 9), "a");
    assert_eq!(t.prev_non_space(0), None);
    assert_eq!(p(""), "");
    assert_eq!(p("   "), "");
}
