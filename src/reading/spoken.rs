//! Numbers as words: the digits, whole numbers as they are said (18 → 十八, 2000 → 两千),
//! counts before a measure word (1 → 一 with its tone change, 2 → 两) and digits one by one
//! (1 as 幺). Shared by [`super::numbers`] and [`super::clock`].

use super::Token;

pub(super) const DIGITS: [&str; 10] = [
    "ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3",
];

pub(super) fn say(s: &str) -> Token {
    Token::Say(s.to_string())
}

/// A count before its measure word: 1 is 一 with its tone change, 2 is 两.
pub(super) fn count(n: u32, out: &mut Vec<Token>) {
    match n {
        1 => out.push(Token::Yi),
        2 => out.push(say("liang3")),
        n => cardinal_into(&n.to_string(), out),
    }
}

/// Each digit on its own, 1 as yao1 (how phone numbers and codes are read).
pub(super) fn one_by_one(digits: &str, out: &mut Vec<Token>) {
    for d in digits.bytes() {
        out.push(say(match d {
            b'1' => "yao1",
            d => DIGITS[usize::from(d - b'0')],
        }));
    }
}

pub(super) fn cardinal_into(digits: &str, out: &mut Vec<Token>) {
    match digits.parse::<u64>() {
        Ok(n) if digits.len() <= 12 => out.extend(cardinal(n).into_iter().map(say)),
        _ => one_by_one(digits, out),
    }
}

/// A whole number below a trillion as it is said: 18 → shi2 ba1, 120 → yi4 bai3 er4 shi2,
/// 10000 → yi2 wan4, 2000 → liang3 qian1, 105 → yi4 bai3 ling2 wu3.
pub(super) fn cardinal(n: u64) -> Vec<&'static str> {
    if n == 0 {
        return vec!["ling2"];
    }
    let groups = [
        (n / 100_000_000, "yi4"),
        (n / 10_000 % 10_000, "wan4"),
        (n % 10_000, ""),
    ];
    let mut said = Vec::new();
    let mut zero = false;
    for (group, unit) in groups {
        if group == 0 {
            zero = !said.is_empty();
            continue;
        }
        if zero || (!said.is_empty() && group < 1000) {
            said.push("ling2");
        }
        zero = false;
        four(group, said.is_empty(), unit, &mut said);
        if !unit.is_empty() {
            said.push(unit);
        }
    }
    said
}

/// One group of up to four digits (`leading` when nothing was said before it), followed
/// by `unit` (万, 亿 or nothing), whose tone the last 一 of the group takes its change from.
fn four(group: u64, leading: bool, unit: &str, said: &mut Vec<&'static str>) {
    let digits = [group / 1000, group / 100 % 10, group / 10 % 10, group % 10];
    let places = ["qian1", "bai3", "shi2", ""];
    let first = digits.iter().position(|&d| d != 0).unwrap_or(3);
    let mut zero = false;
    for p in first..4 {
        let d = digits[p] as usize;
        if d == 0 {
            zero = true;
            continue;
        }
        if zero {
            said.push("ling2");
            zero = false;
        }
        let name = match (d, p) {
            // 十八, not 一十八, when the number starts with its tens.
            (1, 2) if leading && p == first => None,
            (1, 0 | 1) => Some("yi4"),
            // 一万, 一亿 (4th tones), but 十一万.
            (1, 3) if !unit.is_empty() && digits[2] == 0 => Some("yi2"),
            (2, 0) => Some("liang3"),
            (2, 3) if !unit.is_empty() && p == first => Some("liang3"),
            _ => Some(DIGITS[d]),
        };
        said.extend(name);
        if !places[p].is_empty() {
            said.push(places[p]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cardinal;

    fn c(n: u64) -> String {
        cardinal(n).join(" ")
    }

    #[test]
    fn cardinals() {
        assert_eq!(c(0), "ling2");
        assert_eq!(c(1), "yi1");
        assert_eq!(c(10), "shi2");
        assert_eq!(c(18), "shi2 ba1");
        assert_eq!(c(20), "er4 shi2");
        assert_eq!(c(105), "yi4 bai3 ling2 wu3");
        assert_eq!(c(110), "yi4 bai3 yi1 shi2");
        assert_eq!(c(120), "yi4 bai3 er4 shi2");
        assert_eq!(c(199), "yi4 bai3 jiu3 shi2 jiu3");
        assert_eq!(c(200), "er4 bai3");
        assert_eq!(c(1000), "yi4 qian1");
        assert_eq!(c(2000), "liang3 qian1");
        assert_eq!(c(4000), "si4 qian1");
        assert_eq!(c(1031), "yi4 qian1 ling2 san1 shi2 yi1");
        assert_eq!(c(10000), "yi2 wan4");
        assert_eq!(c(20000), "liang3 wan4");
        assert_eq!(c(110000), "shi2 yi1 wan4");
        assert_eq!(c(100500), "shi2 wan4 ling2 wu3 bai3");
        assert_eq!(c(1_0000_0000), "yi2 yi4");
        assert_eq!(c(1_0000_0001), "yi2 yi4 ling2 yi1");
    }
}
