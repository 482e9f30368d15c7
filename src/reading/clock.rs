//! Times and dates as they are said: 8:00 → 八点, 08:00 开 → 八点, 7:30 → 七点半,
//! 14:05 → 十四点零五分; a timer or a recording's length in minutes and seconds
//! (00:45 → 四十五秒, 00:00 / 08:30 → 零秒 八分三十秒); 2026-10-19 → 二〇二六年十月十九日.
//!
//! A time with a zero in front (08:30) can be either: a clock (a timetable writes 08:30)
//! or a timer (a call of 08:30 minutes). It is a clock after a word of the day (上午, 时间),
//! before a word that follows a time (开, 出发, 以前), in a range, or when it is a whole
//! hour (08:00); it is a timer at 0 hours, next to `/` (a player's 01:12 / 08:30), after a
//! word of recordings (语音, 通话, 倒计时), and otherwise.

use super::spoken::{DIGITS, cardinal_into, count, say};
use super::{Text, Token};

/// Words before a time of day: 上午 08:30 is a clock time, not eight minutes thirty.
const DAY_PARTS: [&str; 21] = [
    "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜里", "半夜", "时间", "今天", "明天",
    "昨天", "前天", "后天", "每天", "发车", "开车", "出发", "到达", "截止",
];

/// Words right after a clock time: 08:30 开, 9:00 以前, 12:30 到.
const AFTER_CLOCK: [&str; 16] = [
    "开", "出发", "发车", "到", "前", "以前", "之前", "以后", "之后", "左右", "准时", "起", "开始",
    "截止", "结束", "见",
];

/// Words before a length of time: 语音 0:06, 通话 01:12, 倒计时 00:10.
const TIMER_WORDS: [&str; 10] = [
    "语音",
    "录音",
    "通话",
    "时长",
    "视频",
    "倒计时",
    "播放",
    "进度",
    "用时",
    "看到",
];

/// Where a range's second part may start: 9:00-9:30, 9:00 ~ 9:30, 8–12.
pub(super) const RANGE_SIGNS: &str = "-~～—–";

/// A clock time `H:MM` (or `H:MM:SS`) at `i`, not yet said.
#[derive(Debug, Clone, Copy)]
struct Time {
    start: usize,
    end: usize,
    hours: u32,
    minutes: u32,
    seconds: Option<u32>,
}

/// A time or a range of times at `i`, said; `None` when the text at `i` is not one.
pub(super) fn time_or_range(t: &Text, i: usize, out: &mut Vec<Token>) -> Option<usize> {
    let first = time_at(t, i)?;
    let k = t.skip_spaces(first.end);
    let second = t
        .get(k)
        .filter(|c| RANGE_SIGNS.contains(*c))
        .and_then(|_| time_at(t, t.skip_spaces(k + 1)));
    match second {
        Some(second) => {
            // A range of timers is not a thing people write: both ends are clock times.
            say_clock(first, out);
            out.push(say("dao4"));
            say_clock(second, out);
            Some(second.end)
        }
        None => {
            if is_clock(t, first) {
                say_clock(first, out);
            } else {
                say_timer(first, out);
            }
            Some(first.end)
        }
    }
}

fn two_digits(t: &Text, at: usize, max: u32) -> Option<u32> {
    let end = t.digits_end(at);
    if end - at != 2 {
        return None;
    }
    t.slice(at, end).parse().ok().filter(|&n| n <= max)
}

fn time_at(t: &Text, i: usize) -> Option<Time> {
    let h_end = t.digits_end(i);
    if h_end == i || h_end - i > 2 || t.get(h_end) != Some(':') {
        return None;
    }
    let hours: u32 = t.slice(i, h_end).parse().ok()?;
    let minutes = two_digits(t, h_end + 1, 59)?;
    let mut end = h_end + 3;
    let mut seconds = None;
    if t.get(end) == Some(':') {
        seconds = two_digits(t, end + 1, 59);
        if seconds.is_some() {
            end += 3;
        }
    }
    // A timer may run past a day's hours (25:00 of recording); a clock may not.
    (hours <= 99).then_some(Time {
        start: i,
        end,
        hours,
        minutes,
        seconds,
    })
}

fn is_clock(t: &Text, time: Time) -> bool {
    if time.hours > 24 {
        return false;
    }
    if t.follows_word(time.start, &DAY_PARTS) {
        return true;
    }
    let next_to_slash = t.prev_is(time.start, "/") || t.next_is(time.end, "/");
    if next_to_slash || t.follows_word(time.start, &TIMER_WORDS) {
        return false;
    }
    let after = t.slice(t.skip_spaces(time.end), t.len());
    if AFTER_CLOCK.iter().any(|w| after.starts_with(w)) {
        return time.hours > 0 || t.get(time.start) != Some('0');
    }
    let padded = t.get(time.start) == Some('0');
    match (time.hours, padded) {
        // 1:02:03 on its own is how long something ran.
        _ if time.seconds.is_some() => false,
        (0, _) => false,
        (_, false) => true,
        // 08:00 is eight o'clock; 05:20 on its own is how far a timer has run.
        (_, true) => time.minutes == 0,
    }
}

/// 9:00 → 九点, 9:30 → 九点半, 10:05 → 十点零五分, 14:05:30 → 十四点零五分三十秒.
fn say_clock(time: Time, out: &mut Vec<Token>) {
    count(time.hours, out);
    out.push(say("dian3"));
    let seconds = time.seconds.filter(|&s| s > 0);
    match (time.minutes, seconds) {
        (0, None) => {}
        (30, None) => out.push(say("ban4")),
        (m @ 1..=9, _) => {
            out.push(say("ling2"));
            out.push(say(DIGITS[m as usize]));
            out.push(say("fen1"));
        }
        (0, Some(_)) => out.push(say("ling2")),
        (m, None) => cardinal_into(&m.to_string(), out),
        (m, Some(_)) => {
            cardinal_into(&m.to_string(), out);
            out.push(say("fen1"));
        }
    }
    if let Some(s) = seconds {
        cardinal_into(&s.to_string(), out);
        out.push(say("miao3"));
    }
}

/// 00:45 → 四十五秒, 05:20 → 五分二十秒, 1:02:03 → 一小时两分三秒, 00:00 → 零秒.
fn say_timer(time: Time, out: &mut Vec<Token>) {
    let (h, m, s) = match time.seconds {
        Some(s) => (time.hours, time.minutes, s),
        None => (0, time.hours, time.minutes),
    };
    if h > 0 {
        count(h, out);
        out.push(say("xiao3"));
        out.push(say("shi2"));
    }
    if m > 0 {
        count(m, out);
        out.push(say("fen1"));
    }
    if s > 0 || (h == 0 && m == 0) {
        count(s, out);
        out.push(say("miao3"));
    }
}

/// A date at `i` written with `-`, `/` or `.` (2026-10-19, 2026/10/19, 2026.10.19, and
/// 2026-10 for a month): the year digit by digit, then the month and day as numbers.
pub(super) fn date(t: &Text, i: usize, out: &mut Vec<Token>) -> Option<usize> {
    let y_end = t.digits_end(i);
    let year = t.slice(i, y_end);
    let sep = t.get(y_end).filter(|c| "-/.".contains(*c))?;
    if year.len() != 4 || !(year.starts_with("19") || year.starts_with("20")) {
        return None;
    }
    let m_end = t.digits_end(y_end + 1);
    let month: u32 = t.slice(y_end + 1, m_end).parse().ok()?;
    if !(1..=2).contains(&(m_end - y_end - 1)) || !(1..=12).contains(&month) {
        return None;
    }
    let mut end = m_end;
    let mut day = None;
    if t.get(m_end) == Some(sep) {
        let d_end = t.digits_end(m_end + 1);
        let d: Option<u32> = t.slice(m_end + 1, d_end).parse().ok();
        if (1..=2).contains(&(d_end - m_end - 1)) && d.is_some_and(|d| (1..=31).contains(&d)) {
            day = d;
            end = d_end;
        }
    }
    // 2026-10 is a month only with a dash and two digits (2026.5 is a number, 2026/10 a
    // fraction, 2020-2025 a range of years).
    if day.is_none() && (sep != '-' || m_end - y_end - 1 != 2) {
        return None;
    }
    if t.get(end)
        .is_some_and(|c| c.is_ascii_digit() || (day.is_none() && "-/.".contains(c)))
    {
        return None;
    }
    for d in year.bytes() {
        out.push(say(DIGITS[usize::from(d - b'0')]));
    }
    out.push(say("nian2"));
    cardinal_into(&month.to_string(), out);
    out.push(say("yue4"));
    if let Some(d) = day {
        cardinal_into(&d.to_string(), out);
        out.push(say("ri4"));
    }
    Some(end)
}
