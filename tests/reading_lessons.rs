//! Numbers in the bundled lessons as read-aloud says them: no digit, colon or other sign
//! reaches the voice (only pinyin syllables with their tone number, capital letters and
//! pauses), and every sentence with a number in the sixteen first lessons reads the way
//! a Chinese speaker says it (the snapshot lists each one with its reading; it was read
//! line by line).

use std::collections::BTreeSet;

use zhulao::reading::{is_pinyin, to_pinyin};

mod reading_support;
use reading_support::{bundled, espeak, espeak_missing, texts};

/// The lessons whose sentences the snapshot holds (lessons added later are held to the
/// rule about signs and digits, but not to the snapshot).
const SNAPSHOT_LESSONS: [&str; 16] = [
    "ai-fakes",
    "elder-mode",
    "fraud-calls",
    "fraud-links",
    "fraud-schemes",
    "hospital-booking",
    "medical-code",
    "mobile-payment",
    "online-learning",
    "online-shopping",
    "pension-check",
    "rail-tickets",
    "ride-hailing",
    "wallet-settings",
    "wechat-basics",
    "wechat-video-call",
];

/// The words of `reading` that the voice would not read as Chinese: anything but a
/// syllable with its tone, a capital letter, or a pause sign after a word.
fn strays(reading: &str) -> Vec<String> {
    reading
        .split_whitespace()
        .map(|w| w.strip_suffix([',', '.', '?', '!']).unwrap_or(w))
        .filter(|w| {
            let letter = w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
            !(letter || is_pinyin(w))
        })
        .map(str::to_string)
        .collect()
}

/// The sentences of `text` that hold a digit.
fn sentences_with_digits(text: &str) -> Vec<String> {
    text.split(['。', '！', '？', '\n'])
        .map(str::trim)
        .filter(|s| {
            s.chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn no_digit_colon_or_sign_reaches_the_voice() {
    let mut checked = 0;
    for lesson in bundled() {
        for text in texts(&lesson) {
            let reading = to_pinyin(&text, &lesson.pronounce);
            let bad = strays(&reading);
            assert!(
                bad.is_empty() && !reading.contains(':'),
                "{}: {text:?} → {reading:?} ({bad:?})",
                lesson.id
            );
            // No number is left as bare digits: each digit ends a syllable (a tone).
            for word in reading.split_whitespace() {
                let word = word.trim_end_matches([',', '.', '?', '!']);
                assert!(
                    !word.chars().all(|c| c.is_ascii_digit()),
                    "{}: {text:?} → {reading:?}",
                    lesson.id
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} texts");
}

#[test]
fn every_number_in_the_first_lessons_reads_as_it_is_said() {
    let mut lines = BTreeSet::new();
    let lessons = bundled();
    for id in SNAPSHOT_LESSONS {
        let lesson = lessons
            .iter()
            .find(|l| l.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id} is bundled"));
        for text in texts(lesson) {
            for sentence in sentences_with_digits(&text) {
                let reading = to_pinyin(&sentence, &lesson.pronounce).replace('\n', " ");
                lines.insert(format!("{sentence}\n    {reading}"));
            }
        }
    }
    assert!(lines.len() > 200, "{} sentences", lines.len());
    let all: Vec<String> = lines.into_iter().collect();
    insta::assert_snapshot!("numbers_in_lessons", all.join("\n"));
}

#[test]
fn espeak_reads_times_dates_and_numbers_in_chinese() {
    if espeak_missing() {
        return;
    }
    let texts = [
        "08:00 开车，7:30 到站，14:05 检票。",
        "2026年10月19日，也写作 2026-10-19，10月19日。",
        "打 110、96110，留意 12381 的短信。",
        "¥12.50，12.5元，收益 20%，8–12 人。",
    ];
    for text in texts {
        let reading = to_pinyin(text, &[]);
        let phonemes = espeak("cmn-latn-pinyin", &reading);
        println!("{text}\n  {reading}\n  {}", phonemes.trim());
        assert!(!phonemes.trim().is_empty(), "{text}: no phonemes");
        assert!(
            !phonemes.contains("(en)"),
            "{text}: English voice in {phonemes}"
        );
    }
}
