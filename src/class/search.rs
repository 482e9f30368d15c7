//! Finding a learner by a few typed characters: Chinese characters (王秀), pinyin initials
//! (wxy), whole or partial syllables (wangxy, xiuying), or the learner code (1003). Every
//! reading of a 多音字 counts, so 曾 is found by z and c, 单 by s and d, 解 by x and j.

use pinyin::ToPinyinMulti;

/// How well a name matches a query; higher is better. None: no match.
pub fn score(name: &str, code: &str, query: &str) -> Option<u8> {
    let query: String = query
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if query.is_empty() {
        return Some(1);
    }
    if query.chars().all(|c| c.is_ascii_digit()) {
        return code.starts_with(&query).then_some(3);
    }
    if name.starts_with(&query) {
        return Some(5);
    }
    if name.contains(&query) {
        return Some(4);
    }
    // A Latin-script name (Anna Li) is found without its capitals and spaces too.
    let plain: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if plain != name && plain.starts_with(&query) {
        return Some(5);
    }
    if plain != name && plain.contains(&query) {
        return Some(4);
    }
    if !query.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let syllables: Vec<Vec<String>> = name.chars().map(readings).collect();
    if spells(&syllables, &query) {
        return Some(3);
    }
    (1..syllables.len())
        .any(|start| spells(&syllables[start..], &query))
        .then_some(2)
}

/// Whether what was typed in the attendance search can be a new learner's name: at least
/// two characters, not only digits (a code), and, in Latin script, written as a name is
/// (a capital letter or a space: Anna, Li Ming), since lower-case letters are the pinyin
/// search (wxy).
pub fn looks_like_a_name(typed: &str) -> bool {
    let name = typed.trim();
    let latin_name = name.chars().any(|c| c.is_uppercase()) || name.contains(' ');
    name.chars().count() >= 2
        && !name.chars().all(|c| c.is_ascii_digit())
        && name.chars().any(char::is_alphabetic)
        && (!name.is_ascii() || latin_name)
}

/// The toneless readings of a character; a letter or digit reads as itself.
fn readings(c: char) -> Vec<String> {
    match c.to_pinyin_multi() {
        Some(multi) => {
            let mut out: Vec<String> = multi.into_iter().map(|p| p.plain().to_string()).collect();
            out.dedup();
            out
        }
        None => vec![c.to_lowercase().collect()],
    }
}

/// Whether `query` can be read as a prefix (at least one letter) of a reading of each
/// character in turn, from the first, until the query is used up.
fn spells(syllables: &[Vec<String>], query: &str) -> bool {
    if query.is_empty() {
        return true;
    }
    let Some((first, rest)) = syllables.split_first() else {
        return false;
    };
    first.iter().any(|reading| {
        let common = reading
            .bytes()
            .zip(query.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        (1..=common).rev().any(|n| spells(rest, &query[n..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(name: &str, query: &str) -> bool {
        score(name, "1001", query).is_some()
    }

    #[test]
    fn names_are_found_by_characters_initials_and_syllables() {
        let cases = [
            ("王秀英", ["王秀", "wxy", "wangxy", "xiuying"]),
            ("李建国", ["建国", "ljg", "lijg", "jg"]),
            ("张桂兰", ["张", "zgl", "zhangguilan", "zhgl"]),
            ("刘淑珍", ["淑珍", "lsz", "liushuzhen", "lszh"]),
            ("陈玉梅", ["陈玉梅", "cym", "chenym", "ym"]),
            ("杨德明", ["德明", "ydm", "yangdm", "dm"]),
            ("曾秀兰", ["曾", "zxl", "zengxl", "cxl"]),
            ("单桂芳", ["单", "sgf", "shanguifang", "dgf"]),
            ("解淑华", ["解", "xsh", "xieshuhua", "jsh"]),
            ("黄志强", ["志强", "hzq", "huangzq", "zhiqiang"]),
            ("周长友", ["长友", "zcy", "zzy", "zhouchangyou"]),
        ];
        for (name, queries) in cases {
            for q in queries {
                assert!(finds(name, q), "{name} not found by {q:?}");
            }
        }
    }

    #[test]
    fn wrong_queries_do_not_match() {
        assert!(!finds("王秀英", "lxy"));
        assert!(!finds("王秀英", "wangxiuyingg"));
        assert!(!finds("王秀英", "李"));
        assert!(!finds("曾秀兰", "zxy"));
        assert!(score("王秀英", "1003", "1004").is_none());
        assert!(score("王秀英", "1003", "100").is_some());
    }

    #[test]
    fn latin_names_are_found_and_can_be_new_names() {
        assert!(finds("Anna Li", "anna"));
        assert!(finds("Anna Li", "annali"));
        assert!(finds("Anna Li", "Anna L"));
        assert!(looks_like_a_name("Anna"));
        assert!(looks_like_a_name("Li Ming"));
        assert!(looks_like_a_name("王秀英"));
        assert!(
            !looks_like_a_name("wxy"),
            "lower-case letters are a pinyin search"
        );
        assert!(!looks_like_a_name("1003"));
        assert!(!looks_like_a_name("王"));
    }

    #[test]
    fn better_matches_score_higher() {
        let s = |name, q| score(name, "1001", q).unwrap_or(0);
        assert!(s("王秀英", "王") > s("汪王", "王"));
        assert!(s("王秀英", "wxy") > s("老王秀英", "wxy"));
    }
}
