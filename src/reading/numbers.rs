//! Digits as a person says them: counts and amounts as numbers (18 → 十八, 120 元 →
//! 一百二十元, ¥ 25.00 → 二十五元), years, times and ranges, percentages, and phone,
//! service and code numbers one digit at a time with 1 as yao1 (96110, 010-96110, 打 110).

use super::spoken::{DIGITS, cardinal_into, count, one_by_one, say};
use super::{Text, Token, clock};

/// Words after which a number is a code read digit by digit: 尾号 1234, 验证码 382916.
const CODE_WORDS: [&str; 16] = [
    "尾号",
    "号码",
    "电话",
    "热线",
    "验证码",
    "取件码",
    "会议号",
    "手机号",
    "卡号",
    "密码",
    "编号",
    "账号",
    "单号",
    "工号",
    "拨打",
    "拨",
];

/// Service numbers read digit by digit even though they are short.
const SERVICE_NUMBERS: [&str; 5] = ["110", "114", "119", "120", "122"];

/// Measure words: 1 and 2 before them are 一 (with its tone change) and 两 (1 个, 2 万).
const MEASURES: &str = "个位次张条件种台辆份本只双天周年岁元块毛角万千百亿步层节门家样遍下倍斤米秒分点半片颗粒瓶杯碗盒包袋支把部首句段篇项笔趟回场顿套批群名人小";

/// Units that make even a long or service number a quantity, not a code (120 人, 50000 元).
const UNITS: &str = "元块角毛人个岁年月日天周次米斤克万千百亿分秒位件张条台辆份本步倍号楼户公平";

/// Reads the number (or `¥` amount) starting at `i`, pushing what is said onto `out`;
/// answers where the text goes on.
pub(super) fn read(t: &Text, i: usize, out: &mut Vec<Token>) -> usize {
    let mut j = i;
    let yuan_sign = matches!(t.get(j), Some('¥' | '￥'));
    if yuan_sign {
        j = t.skip_spaces(j + 1);
        if !t.get(j).is_some_and(|c| c.is_ascii_digit()) {
            return i + 1;
        }
    }
    if let Some(end) = clock::time_or_range(t, j, out) {
        return end;
    }
    if !yuan_sign && let Some(end) = clock::date(t, j, out) {
        return end;
    }
    let (int_end, grouped) = thousands(t, j);
    let int = grouped.as_str();
    let after = t.get(int_end);
    let next_digit = |k: usize| t.get(k).is_some_and(|c| c.is_ascii_digit());

    if after == Some('-') && next_digit(int_end + 1) {
        return dashed(t, j, out);
    }
    if after == Some('.') && next_digit(int_end + 1) && !t.is_latin_next_to(j, int_end) {
        let frac_end = t.digits_end(int_end + 1);
        let mut frac = t.slice(int_end + 1, frac_end);
        if t.get(frac_end) == Some('%') {
            out.extend(["bai3", "fen1", "zhi1"].map(say));
            decimal(int, frac, out);
            return frac_end + 1;
        }
        // 18.00 is said 十八, 17.60 十七点六.
        frac = frac.trim_end_matches('0');
        decimal(int, frac, out);
        if yuan_sign && !t.next_is(frac_end, "元块") {
            out.push(say("yuan2"));
        }
        return frac_end;
    }
    if after == Some('%') {
        out.extend(["bai3", "fen1", "zhi1"].map(say));
        cardinal_into(int, out);
        return int_end + 1;
    }
    if !yuan_sign && list_marker(t, j, int_end) {
        // A pause before it too: 核对信息 2. 刷脸 is two items, not 信息二.
        out.push(Token::Pause(super::Pause::Comma));
        cardinal_into(int, out);
        out.push(Token::Pause(super::Pause::Comma));
        return int_end + 1;
    }

    let quantity = t.next_is(int_end, UNITS) || yuan_sign;
    let year = int.len() == 4 && (int.starts_with("19") || int.starts_with("20"));
    if year && t.next_is(int_end, "年") {
        for d in int.bytes() {
            out.push(say(DIGITS[usize::from(d - b'0')]));
        }
        return int_end;
    }
    let code = t.follows_word(j, &CODE_WORDS)
        || (int.len() > 1 && int.starts_with('0'))
        || t.is_latin_next_to(j, int_end)
        || (!quantity && (int.len() >= 5 || SERVICE_NUMBERS.contains(&int)))
        || int.len() > 12
        || dialled(t, j, int_end)
        || spaced_number(t, j, int_end);
    if code {
        let mut end = int_end;
        one_by_one(int, out);
        // A code written in groups (会议号 123 456 789) is still one code; a single digit
        // after it (验证码 382916 5 分钟内有效) is not part of it.
        // A time after it (G1234 08:30) is not either.
        while t.get(end) == Some(' ')
            && t.digits_end(end + 1) >= end + 3
            && t.get(t.digits_end(end + 1)) != Some(':')
        {
            let group_end = t.digits_end(end + 1);
            out.push(Token::Pause(super::Pause::Comma));
            one_by_one(t.slice(end + 1, group_end), out);
            end = group_end;
        }
        return end;
    }

    match int.parse() {
        Ok(n @ (1 | 2)) if !t.prev_is(j, "第") && t.next_is(int_end, MEASURES) => count(n, out),
        _ => cardinal_into(int, out),
    }
    if yuan_sign && !t.next_is(int_end, "元块") {
        out.push(say("yuan2"));
    }
    int_end
}

/// Numbers joined by `-`: two short counts are a range (3-5 → 三到五); anything else is a
/// code (5-2-1031, 010-96110), read digit by digit with a short pause at each dash.
fn dashed(t: &Text, i: usize, out: &mut Vec<Token>) -> usize {
    let mut groups = vec![(i, t.digits_end(i))];
    loop {
        let (_, end) = *groups.last().expect("one group");
        if t.get(end) == Some('-') && t.get(end + 1).is_some_and(|c| c.is_ascii_digit()) {
            groups.push((end + 1, t.digits_end(end + 1)));
        } else {
            break;
        }
    }
    let texts: Vec<&str> = groups.iter().map(|&(a, b)| t.slice(a, b)).collect();
    let range = texts.len() == 2
        && texts
            .iter()
            .all(|g| g.len() <= 4 && !(g.len() > 1 && g.starts_with('0')));
    let end = groups.last().expect("one group").1;
    let is_year = |g: &&str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    // 2020-2025 年: years, digit by digit; 1-2 个: 一到两个.
    let years = range && texts.iter().all(is_year) && t.next_is(end, "年");
    let counted = range && t.next_is(end, MEASURES);
    for (n, g) in texts.iter().enumerate() {
        if n > 0 {
            if range {
                out.push(say("dao4"));
            } else {
                out.push(Token::Pause(super::Pause::Comma));
            }
        }
        match g.parse::<u32>() {
            _ if years => {
                for d in g.bytes() {
                    out.push(say(DIGITS[usize::from(d - b'0')]));
                }
            }
            Ok(2) if counted => out.push(say("liang3")),
            Ok(1) if counted && n + 1 == texts.len() => count(1, out),
            _ if range => cardinal_into(g, out),
            _ => one_by_one(g, out),
        }
    }
    end
}

/// A number written in groups with spaces, like a phone number (138 0013 8000): groups of
/// three digits or more, seven digits or more in all.
fn spaced_number(t: &Text, i: usize, end: usize) -> bool {
    if end - i < 3 {
        return false;
    }
    let (mut digits, mut at) = (end - i, end);
    while t.get(at) == Some(' ') && t.digits_end(at + 1) >= at + 4 {
        let group_end = t.digits_end(at + 1);
        digits += group_end - at - 1;
        at = group_end;
    }
    at > end && digits >= 7
}

/// `1.` or `2、` opening a line, following a colon or standing after a space (激活需要：1. 核对
/// 2. 刷脸): a list number, said with a pause.
fn list_marker(t: &Text, i: usize, end: usize) -> bool {
    let before = if i == 0 { None } else { t.get(i - 1) };
    let opens = matches!(before, None | Some('\n' | ':' | ' '));
    let mark = matches!(t.get(end), Some('.' | '、'));
    let then = t.get(end + 1);
    opens && end - i <= 2 && mark && then.is_none_or(|c| c == ' ' || super::han::is_han(c))
}

/// The whole number at `i`, with thousands separators taken out (3,260 → 3260); answers
/// where it ends.
fn thousands(t: &Text, i: usize) -> (usize, String) {
    let mut end = t.digits_end(i);
    let mut digits = t.slice(i, end).to_string();
    if end - i <= 3 {
        while t.get(end) == Some(',') && t.digits_end(end + 1) == end + 4 {
            digits.push_str(t.slice(end + 1, end + 4));
            end += 4;
        }
    }
    (end, digits)
}

/// A single digit in a row like 9、6、1、1、0 (dialling a number key by key).
fn dialled(t: &Text, i: usize, end: usize) -> bool {
    let single = |k: usize| {
        t.get(k).is_some_and(|c| c.is_ascii_digit())
            && !t.get(k + 1).is_some_and(|c| c.is_ascii_digit())
            && (k == 0 || !t.get(k - 1).is_some_and(|c| c.is_ascii_digit()))
    };
    if end != i + 1 {
        return false;
    }
    let (mut first, mut last) = (i, i);
    while first >= 2 && t.get(first - 1) == Some('、') && single(first - 2) {
        first -= 2;
    }
    while t.get(last + 1) == Some('、') && single(last + 2) {
        last += 2;
    }
    (last - first) / 2 + 1 >= 4
}

/// `int.frac`: the whole part as a number, then 点 and each decimal digit.
fn decimal(int: &str, frac: &str, out: &mut Vec<Token>) {
    cardinal_into(int, out);
    if !frac.is_empty() {
        out.push(say("dian3"));
        for d in frac.bytes() {
            out.push(say(DIGITS[usize::from(d - b'0')]));
        }
    }
}
