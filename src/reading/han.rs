//! Chinese characters: the longest word of the phrase dictionary at each place, else the
//! character's everyday reading (the dictionary's own one-character entries, then the
//! `pinyin` crate's first reading), with 一 and 不 left for [`super::sandhi`].

use std::collections::HashMap;
use std::sync::OnceLock;

use pinyin::ToPinyin;

use super::{Text, Token, syllables};

/// The phrase dictionary: one `word reading` a line, `#` for comments.
pub(super) const PHRASES: &str = include_str!("phrases.txt");

/// The phrase dictionary, built once.
pub(super) struct Dictionary {
    /// Word → reading.
    words: HashMap<&'static str, &'static str>,
    /// The length in characters of the longest word starting with each character.
    longest: HashMap<char, usize>,
}

impl Dictionary {
    /// The longest word at `i` and its reading.
    fn longest_at(&self, t: &Text, i: usize) -> Option<(usize, &'static str)> {
        let longest = *self.longest.get(&t.get(i)?)?;
        (2..=longest.min(t.len() - i))
            .rev()
            .find_map(|len| Some((len, *self.words.get(t.slice(i, i + len))?)))
    }

    /// A character's own entry, when the crate's first reading is not the everyday one.
    fn character(&self, t: &Text, i: usize) -> Option<&'static str> {
        self.words.get(t.slice(i, i + 1)).copied()
    }
}

/// The phrase dictionary, read from `phrases.txt` on first use.
pub(super) fn dictionary() -> &'static Dictionary {
    static DICTIONARY: OnceLock<Dictionary> = OnceLock::new();
    DICTIONARY.get_or_init(|| {
        let mut words = HashMap::new();
        let mut longest = HashMap::new();
        for (word, reading) in entries() {
            let first = word.chars().next().unwrap_or_default();
            let len = longest.entry(first).or_insert(1);
            *len = word.chars().count().max(*len);
            words.insert(word, reading);
        }
        Dictionary { words, longest }
    })
}

/// The dictionary's entries in file order.
pub(super) fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    PHRASES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(char::is_whitespace))
        .map(|(word, reading)| (word, reading.trim()))
}

/// True for a Chinese character (CJK ideographs, and 〇).
pub(super) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

/// Chinese numerals that make a neighbouring 一 part of a number (十一, 一一〇).
const NUMERALS: &str = "零〇一二三四五六七八九十";

/// Reads the word or character at `i`; answers where the text goes on.
pub(super) fn read(t: &Text, i: usize, out: &mut Vec<Token>) -> usize {
    let dictionary = dictionary();
    if let Some((len, reading)) = dictionary.longest_at(t, i) {
        out.extend(
            reading
                .split_whitespace()
                .map(|s| Token::Say(s.to_string())),
        );
        return i + len;
    }
    let c = t.get(i).expect("a character at i");
    let said = match c {
        '一' => match yi(t, i) {
            Some(s) => s.to_string(),
            None => {
                out.push(Token::Yi);
                return i + 1;
            }
        },
        '不' => {
            out.push(Token::Bu);
            return i + 1;
        }
        '〇' => "ling2".to_string(),
        // 慢慢地, “嘟嘟”地: the adverb ending, not the ground.
        '地' if i >= 2 && (t.get(i - 1) == t.get(i - 2) || t.get(i - 1) == Some('”')) => {
            "de5".to_string()
        }
        c => match dictionary.character(t, i) {
            Some(reading) => reading.to_string(),
            None => match c.to_pinyin() {
                Some(p) => neutral(syllables::ascii(p.with_tone_num_end())),
                None => return i + 1,
            },
        },
    };
    out.push(Token::Say(said));
    i + 1
}

/// The crate writes a neutral tone with no number; the voice wants 5.
fn neutral(mut syllable: String) -> String {
    if !syllable.ends_with(|c: char| c.is_ascii_digit()) {
        syllable.push('5');
    }
    syllable
}

/// 一 whose tone does not change: yi1 in 第一 and in numbers (十一, 一一〇), yi5 between
/// a doubled verb (看一看, but not in 一步一步); `None` when it takes its tone from the
/// next syllable.
fn yi(t: &Text, i: usize) -> Option<&'static str> {
    let prev = if i > 0 { t.get(i - 1) } else { None };
    let next = t.get(i + 1);
    let numeral = |c: Option<char>| c.is_some_and(|c| NUMERALS.contains(c) || c.is_ascii_digit());
    if t.prev_is(i, "第") || numeral(prev) || numeral(next) {
        Some("yi1")
    } else if prev.is_some_and(is_han) && prev == next && (i < 2 || t.get(i - 2) != Some('一')) {
        Some("yi5")
    } else {
        None
    }
}
