//! Which pinyin syllables exist, taken once from the `pinyin` crate's own readings, and
//! the checks on a reading that a lesson's `[readings]` can be held to.

use std::collections::HashSet;
use std::sync::OnceLock;

use pinyin::ToPinyinMulti;

/// Every toneless syllable the `pinyin` crate knows, with ü written as v.
fn known() -> &'static HashSet<String> {
    static KNOWN: OnceLock<HashSet<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut set = HashSet::new();
        let ideographs = (0x3400u32..=0x9FFF).chain(0x2_0000..=0x2_FFFF);
        for c in ideographs.filter_map(char::from_u32) {
            if let Some(readings) = c.to_pinyin_multi() {
                for p in readings {
                    set.insert(ascii(p.plain()));
                }
            }
        }
        set
    })
}

/// A syllable as the voice wants it: ü as v, ê as e.
pub(super) fn ascii(syllable: &str) -> String {
    if syllable.is_ascii() {
        syllable.to_string()
    } else {
        syllable.replace('ü', "v").replace('ê', "e")
    }
}

/// True when `syllable` is one syllable with its tone number, such as `hang2` or `lv4`.
pub(super) fn is_syllable(syllable: &str) -> bool {
    let Some(tone) = syllable.chars().last() else {
        return false;
    };
    let base = &syllable[..syllable.len() - tone.len_utf8()];
    ('1'..='5').contains(&tone)
        && !base.is_empty()
        && base.chars().all(|c| c.is_ascii_lowercase() || c == 'ü')
        && known().contains(&ascii(base))
}

/// True when `reading` is one or more valid pinyin syllables with tone numbers 1-5 (ü as v
/// or ü), separated by spaces: `"chong2 yang2"` is one, `"chong2yang2"`, `"xyz3"`, `"ma6"`
/// and `""` are not.
pub fn is_pinyin(reading: &str) -> bool {
    let mut parts = reading.split_whitespace().peekable();
    parts.peek().is_some() && parts.all(is_syllable)
}

/// The number of syllables in a reading (for checking an override against its word's
/// characters): each space-separated part counts once, and a part that runs several
/// syllables together (`chong2yang2`) counts once per tone number in it.
pub fn syllable_count(reading: &str) -> usize {
    reading
        .split_whitespace()
        .map(|part| {
            let tones = part.split_inclusive(|c: char| c.is_ascii_digit()).count();
            tones.max(1)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_readings_pass() {
        for r in [
            "chong2 yang2",
            "yin2 hang2",
            "lv4",
            "lü4",
            "nv3 er2",
            "de5",
            " ma5  ",
        ] {
            assert!(is_pinyin(r), "{r}");
        }
    }

    #[test]
    fn bad_readings_fail() {
        for r in [
            "",
            "  ",
            "chong2yang2",
            "xyz3",
            "ma6",
            "ma",
            "Ma1",
            "ma1,",
            "a1 b2",
            "5",
        ] {
            assert!(!is_pinyin(r), "{r}");
        }
    }

    #[test]
    fn syllables_are_counted() {
        assert_eq!(syllable_count(""), 0);
        assert_eq!(syllable_count("chong2 yang2"), 2);
        assert_eq!(syllable_count("chong2yang2"), 2);
        assert_eq!(syllable_count("chong yang"), 2);
        assert_eq!(syllable_count("yi1 er4 san1"), 3);
        assert_eq!(syllable_count("ma5x"), 2);
    }
}
