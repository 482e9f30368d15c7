//! Latin letters, which the voice reads with an English voice when they form a word
//! (`App` → `(en)'a55p`): spelled one capital at a time (`A P P`), which it names in
//! Chinese. Web addresses are spelled too, with 点 for the dots; the `http://` is dropped.

use super::{Text, Token};

/// Reads the Latin word or web address at `i`; answers where the text goes on.
pub(super) fn read(t: &Text, i: usize, out: &mut Vec<Token>) -> usize {
    let rest = t.slice(i, i + 8).to_ascii_lowercase();
    let scheme = ["https://", "http://"]
        .iter()
        .find(|s| rest.starts_with(**s));
    let mut j = i + scheme.map_or(0, |s| s.len());
    let start = j;
    let address = scheme.is_some() || is_domain(t, i);
    if !address {
        while t.get(j).is_some_and(|c| c.is_ascii_alphabetic()) {
            j += 1;
        }
        spell(t.slice(start, j), out);
        return j;
    }
    while t
        .get(j)
        .is_some_and(|c| c.is_ascii_alphanumeric() || "./-_?=&#~%".contains(c))
    {
        j += 1;
    }
    // A full stop ending the sentence is not part of the address.
    while j > start && matches!(t.get(j - 1), Some('.' | '-' | '_' | '/' | '?')) {
        j -= 1;
    }
    spell(t.slice(start, j), out);
    j
}

/// `smartedu.cn`, `pay.weixin.qq.com`: letters, a dot, and letters again.
fn is_domain(t: &Text, i: usize) -> bool {
    let mut j = i;
    while t
        .get(j)
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        j += 1;
    }
    t.get(j) == Some('.') && t.get(j + 1).is_some_and(|c| c.is_ascii_alphabetic())
}

fn spell(word: &str, out: &mut Vec<Token>) {
    for c in word.chars() {
        let said = match c {
            'a'..='z' | 'A'..='Z' => c.to_ascii_uppercase().to_string(),
            '0'..='9' => [
                "ling2", "yao1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3",
            ][usize::from(c as u8 - b'0')]
            .to_string(),
            '.' => "dian3".into(),
            '/' => "xie2 gang4".into(),
            '-' => "gang4".into(),
            '_' => "xia4 hua2 xian4".into(),
            _ => continue,
        };
        out.extend(said.split(' ').map(|s| Token::Say(s.to_string())));
    }
}
