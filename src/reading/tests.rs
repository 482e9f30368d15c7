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

fn table(rows: &[(&str, &str)]) {
    let wrong: Vec<String> = rows
        .iter()
        .filter(|(text, want)| p(text) != *want)
        .map(|(text, want)| format!("{text}: want {want:?}, got {:?}", p(text)))
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn clock_times_are_said_as_o_clock() {
    table(&[
        ("08:00", "ba1 dian3"),
        ("08:00 开", "ba1 dian3 kai1"),
        ("08:30 开", "ba1 dian3 ban4 kai1"),
        (
            "G1234 08:30 出发",
            "G yao1 er4 san1 si4 ba1 dian3 ban4 chu1 fa1",
        ),
        ("上午 08:30", "shang4 wu3 ba1 dian3 ban4"),
        ("7:30", "qi1 dian3 ban4"),
        ("14:05", "shi2 si4 dian3 ling2 wu3 fen1"),
        ("12:00", "shi2 er4 dian3"),
        ("2:00", "liang3 dian3"),
        ("下午 2:15", "xia4 wu3 liang3 dian3 shi2 wu3"),
        ("时间：7:05", "shi2 jian1, qi1 dian3 ling2 wu3 fen1"),
        ("9:00 以前", "jiu3 dian3 yi3 qian2"),
        ("凌晨 0:30", "ling2 chen2 ling2 dian3 ban4"),
        (
            "下午 2:05:30",
            "xia4 wu3 liang3 dian3 ling2 wu3 fen1 san1 shi2 miao3",
        ),
    ]);
}

#[test]
fn ranges_of_times_are_clock_times() {
    table(&[
        ("08:00-12:00", "ba1 dian3 dao4 shi2 er4 dian3"),
        ("08:30～09:00", "ba1 dian3 ban4 dao4 jiu3 dian3"),
        (
            "下午 14:00-14:30",
            "xia4 wu3 shi2 si4 dian3 dao4 shi2 si4 dian3 ban4",
        ),
        ("9:00 — 9:30", "jiu3 dian3 dao4 jiu3 dian3 ban4"),
    ]);
}

#[test]
fn timers_and_recordings_are_minutes_and_seconds() {
    table(&[
        ("00:45", "si4 shi2 wu3 miao3"),
        ("[语音 0:06]", "yu3 yin1 liu4 miao3."),
        ("通话 08:00", "tong1 hua4 ba1 fen1"),
        ("视频通话 00:08", "shi4 pin2 tong1 hua4 ba1 miao3"),
        ("倒计时：00:10", "dao4 ji4 shi2, shi2 miao3"),
        (
            "01:12 / 08:30",
            "yi4 fen1 shi2 er4 miao3, ba1 fen1 san1 shi2 miao3",
        ),
        ("00:00 / 08:00", "ling2 miao3, ba1 fen1"),
        ("05:20", "wu3 fen1 er4 shi2 miao3"),
        ("1:02:03", "yi4 xiao3 shi2 liang3 fen1 san1 miao3"),
        ("录音 25:00", "lu4 yin1 er4 shi2 wu3 fen1"),
    ]);
}

#[test]
fn dates_are_year_digits_then_month_and_day() {
    let day = "er4 ling2 er4 liu4 nian2 shi2 yue4 shi2 jiu3 ri4";
    table(&[
        ("2026年10月19日", day),
        ("2026 年 10 月 19 日", day),
        ("2026-10-19", day),
        ("2026/10/19", day),
        ("2026.10.19", day),
        ("10月19日", "shi2 yue4 shi2 jiu3 ri4"),
        ("2023-01", "er4 ling2 er4 san1 nian2 yi1 yue4"),
        (
            "2021-07-14 起",
            "er4 ling2 er4 yi1 nian2 qi1 yue4 shi2 si4 ri4 qi3",
        ),
        (
            "2020-2025 年",
            "er4 ling2 er4 ling2 dao4 er4 ling2 er4 wu3 nian2",
        ),
        // Not dates: an amount, a fraction, a code.
        ("1980.00 元", "yi4 qian1 jiu3 bai3 ba1 shi2 yuan2"),
        ("2000.5 元", "liang3 qian1 dian3 wu3 yuan2"),
        ("2026-13-01", "er4 ling2 er4 liu4, yao1 san1, ling2 yao1"),
    ]);
}

#[test]
fn phone_and_service_numbers_digit_by_digit_with_yao() {
    table(&[
        ("110", "yao1 yao1 ling2"),
        ("打 110", "da3 yao1 yao1 ling2"),
        ("96110", "jiu3 liu4 yao1 yao1 ling2"),
        ("12381", "yao1 er4 san1 ba1 yao1"),
        ("12306", "yao1 er4 san1 ling2 liu4"),
        ("铁路12306", "tie3 lu4 yao1 er4 san1 ling2 liu4"),
        ("12315", "yao1 er4 san1 yao1 wu3"),
        ("12333", "yao1 er4 san1 san1 san1"),
        ("95128", "jiu3 wu3 yao1 er4 ba1"),
        (
            "138 0013 8000",
            "yao1 san1 ba1, ling2 ling2 yao1 san1, ba1 ling2 ling2 ling2",
        ),
        (
            "13800138000",
            "yao1 san1 ba1 ling2 ling2 yao1 san1 ba1 ling2 ling2 ling2",
        ),
        ("010-96110", "ling2 yao1 ling2, jiu3 liu4 yao1 yao1 ling2"),
        // Counts keep their 一: 110 元 is an amount.
        ("110 元", "yi4 bai3 yi1 shi2 yuan2"),
    ]);
}

#[test]
fn money_is_said_in_yuan() {
    table(&[
        ("¥12.50", "shi2 er4 dian3 wu3 yuan2"),
        ("￥12.50", "shi2 er4 dian3 wu3 yuan2"),
        ("12.5元", "shi2 er4 dian3 wu3 yuan2"),
        ("12.50 元", "shi2 er4 dian3 wu3 yuan2"),
        ("¥ 0.50", "ling2 dian3 wu3 yuan2"),
        (
            "¥1,236.50",
            "yi4 qian1 er4 bai3 san1 shi2 liu4 dian3 wu3 yuan2",
        ),
        ("1.5万元", "yi1 dian3 wu3 wan4 yuan2"),
        ("0元下单", "ling2 yuan2 xia4 dan1"),
    ]);
}

#[test]
fn percentages_and_ranges() {
    table(&[
        ("12.5%", "bai3 fen1 zhi1 shi2 er4 dian3 wu3"),
        ("收益 20%", "shou1 yi4 bai3 fen1 zhi1 er4 shi2"),
        (
            "10%—15%",
            "bai3 fen1 zhi1 shi2 dao4 bai3 fen1 zhi1 shi2 wu3",
        ),
        (
            "10%-15%",
            "bai3 fen1 zhi1 shi2 dao4 bai3 fen1 zhi1 shi2 wu3",
        ),
        ("8–12", "ba1 dao4 shi2 er4"),
        ("8 – 12 人", "ba1 dao4 shi2 er4 ren2"),
        ("8—12", "ba1 dao4 shi2 er4"),
        ("3~5 天", "san1 dao4 wu3 tian1"),
        ("3-5 天", "san1 dao4 wu3 tian1"),
        ("1-2 个", "yi1 dao4 liang3 ge4"),
        ("2-3 天", "liang3 dao4 san1 tian1"),
        ("1–2 个", "yi1 dao4 liang3 ge4"),
        // A minus sign after a space is not a range.
        ("3:09  -98.00", "san1 dian3 ling2 jiu3 fen1, jiu3 shi2 ba1"),
    ]);
}

#[test]
fn signs_on_screens_are_said_or_paused() {
    table(&[
        (
            "www.12306.cn",
            "W W W dian3 yao1 er4 san1 ling2 liu4 dian3 C N",
        ),
        ("电饭煲 3 升 × 1", "dian4 fan4 bao1 san1 sheng1, yi1"),
        ("移到 × 上", "yi2 dao4 cha1 shang4"),
        (
            "G1234\u{3000}8:00 开",
            "G yao1 er4 san1 si4, ba1 dian3 kai1",
        ),
        (
            "激活需要：1. 核对 2. 刷脸",
            "ji1 huo2 xu1 yao4, yi1, he2 dui4, er4, shua1 lian3",
        ),
    ]);
}
