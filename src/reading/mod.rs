//! What read-aloud hands the speech voice: lesson text turned into pinyin with tone
//! numbers, for espeak-ng's `cmn-latn-pinyin` voice, which reads pinyin well but Chinese
//! characters with wrong readings (银行 as yin2 xing2) and Latin words with an English voice.
//!
//! Words come from a phrase dictionary of the lesson domain (`phrases.txt`, longest match
//! first), other characters from the `pinyin` crate; 一 and 不 change tone as they are
//! said; numbers, amounts, times and phone numbers are said as a person says them
//! ([`numbers`]); Latin letters are spelled ([`latin`]); punctuation becomes pauses.

mod clock;
mod han;
mod latin;
mod numbers;
mod spoken;
mod syllables;

pub use syllables::{is_pinyin, syllable_count};

/// What espeak-ng's cmn-latn-pinyin voice reads correctly: `text` (Chinese lesson text, with
/// digits, amounts, times, Latin letters, punctuation) as pinyin syllables with tone numbers
/// 1-5, separated by spaces, with punctuation kept as ASCII `,` `.` `?` `!` for pauses.
/// `overrides` are a lesson's own readings (word → "chong2 yang2"), applied first, longest first.
///
/// Latin letters come out one by one as capitals (`App` → `A P P`), which the voice names
/// in Chinese. A pause sign is written right after its syllable; `.`, `?` and `!` end their
/// line, because the voice does not stop at `.` followed by a space and more pinyin. An
/// override whose reading is not [`is_pinyin`] is left out.
pub fn to_pinyin(text: &str, overrides: &[(String, String)]) -> String {
    let text = Text::new(text);
    let overrides = Override::prepare(overrides);
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(c) = text.get(i) {
        if let Some(o) = overrides.iter().find(|o| o.matches(&text, i)) {
            tokens.extend(o.syllables.iter().cloned().map(Token::Say));
            i += o.len;
        } else if han::is_han(c) {
            i = han::read(&text, i, &mut tokens);
        } else if c.is_ascii_digit() || c == '¥' || c == '￥' {
            i = numbers::read(&text, i, &mut tokens);
        } else if c.is_ascii_alphabetic() {
            i = latin::read(&text, i, &mut tokens);
        } else {
            symbol(&text, i, &mut tokens);
            i += 1;
        }
    }
    render(&sandhi(tokens))
}

/// One thing to say.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A syllable with its tone number, or a capital letter, said as it is.
    Say(String),
    /// 一 (or a counted 1) whose tone depends on the syllable after it.
    Yi,
    /// 不, likewise.
    Bu,
    /// A pause.
    Pause(Pause),
}

/// A pause, weakest first: where several meet, the strongest is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pause {
    Comma,
    Period,
    Question,
    Exclaim,
}

/// The text being read, with fullwidth letters, digits and signs made ASCII.
struct Text {
    s: String,
    /// Byte offset of each character, and the length of `s` at the end.
    at: Vec<usize>,
}

impl Text {
    fn new(raw: &str) -> Text {
        let s: String = raw
            .chars()
            .filter(|&c| c != '\r')
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '\t' | '\u{a0}' => ' ',
                c => c,
            })
            .collect();
        let mut at: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        at.push(s.len());
        Text { s, at }
    }

    fn len(&self) -> usize {
        self.at.len() - 1
    }

    fn get(&self, i: usize) -> Option<char> {
        self.s.get(*self.at.get(i)?..)?.chars().next()
    }

    fn slice(&self, i: usize, j: usize) -> &str {
        &self.s[self.at[i.min(self.len())]..self.at[j.min(self.len())]]
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.get(i) == Some(' ') {
            i += 1;
        }
        i
    }

    fn digits_end(&self, mut i: usize) -> usize {
        while self.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        i
    }

    /// The character before `i`, spaces skipped; `None` at the start.
    fn prev_non_space(&self, i: usize) -> Option<char> {
        (0..i)
            .rev()
            .map(|k| self.get(k))
            .find(|&c| c != Some(' '))?
    }

    fn prev_is(&self, i: usize, set: &str) -> bool {
        self.prev_non_space(i).is_some_and(|c| set.contains(c))
    }

    /// True when the first character from `i` on, spaces skipped, is one of `set`.
    fn next_is(&self, i: usize, set: &str) -> bool {
        self.get(self.skip_spaces(i))
            .is_some_and(|c| set.contains(c))
    }

    /// True when the digits from `i` to `end` touch a Latin letter (S5, 6M728).
    fn is_latin_next_to(&self, i: usize, end: usize) -> bool {
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        (i > 0 && latin(self.get(i - 1))) || latin(self.get(end))
    }

    /// True when one of `words` stands just before `i` (spaces, colons and 是 between).
    fn follows_word(&self, i: usize, words: &[&str]) -> bool {
        let mut k = i;
        while k > 0 && matches!(self.get(k - 1), Some(' ' | ':' | '是' | '为')) {
            k -= 1;
        }
        let before = self.slice(0, k);
        words.iter().any(|w| before.ends_with(w))
    }
}

/// A lesson's own reading of a word, checked and split into syllables.
struct Override {
    word: String,
    len: usize,
    syllables: Vec<String>,
}

impl Override {
    /// The usable overrides, longest word first.
    fn prepare(overrides: &[(String, String)]) -> Vec<Override> {
        let mut ready: Vec<Override> = overrides
            .iter()
            .filter(|(word, reading)| !word.trim().is_empty() && is_pinyin(reading))
            .map(|(word, reading)| {
                let word = Text::new(word.trim()).s;
                Override {
                    len: word.chars().count(),
                    word,
                    syllables: reading.split_whitespace().map(syllables::ascii).collect(),
                }
            })
            .collect();
        ready.sort_by_key(|o| std::cmp::Reverse(o.len));
        ready
    }

    fn matches(&self, text: &Text, i: usize) -> bool {
        if text.slice(i, i + self.len) != self.word {
            return false;
        }
        // A Latin or digit word must stand on its own: "App" is not inside "Apple".
        let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let starts = alnum(self.word.chars().next());
        let ends = alnum(self.word.chars().last());
        let glued_before = starts && i > 0 && alnum(text.get(i - 1));
        let glued_after = ends && alnum(text.get(i + self.len));
        !glued_before && !glued_after
    }
}

/// Punctuation and signs: pauses, a few words (`+` is 加, `↑` 向上), the rest left unsaid.
fn symbol(text: &Text, i: usize, out: &mut Vec<Token>) {
    let Some(c) = text.get(i) else {
        return;
    };
    let say = |s: &str| Token::Say(s.to_string());
    let between_alnum = i > 0
        && text.get(i - 1).is_some_and(|c| c.is_ascii_alphanumeric())
        && text.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric());
    if is_range_sign(text, i, c) {
        return out.push(say("dao4"));
    }
    let pause = match c {
        ',' | '、' | ';' | ':' | '…' | '—' | '–' | '~' | '(' | ')' | '[' | ']' | '【' | '】'
        | '〔' | '〕' | '/' | '|' | '→' | '←' | '-' => Pause::Comma,
        // A wide space parts the columns of a screen line (G1234　8:00 开).
        '\u{3000}' => Pause::Comma,
        // 电饭煲 3 升 × 1: how many; 移到 × 上: the close button, 叉.
        '×' if text.next_is(i + 1, "0123456789") => Pause::Comma,
        '×' => return out.push(say("cha1")),
        // A dot inside an address (www.12306.cn) is 点.
        '.' if between_alnum => return out.push(say("dian3")),
        '·' | '•' | '・' if !between_alnum => Pause::Comma,
        // “一键放大”“手机太卡”: quoted items in a row.
        '”' | '」' | '』' | '’' if matches!(text.get(i + 1), Some('“' | '「' | '『' | '‘')) => {
            Pause::Comma
        }
        '.' | '。' | '\n' => Pause::Period,
        '?' => Pause::Question,
        '!' => Pause::Exclaim,
        '+' => return out.push(say("jia1")),
        // 报告上的“↑”“↓”箭头: up and down.
        '↑' => return out.extend([say("xiang4"), say("shang4")]),
        '↓' => return out.extend([say("xiang4"), say("xia4")]),
        _ => return,
    };
    out.push(Token::Pause(pause));
}

/// A dash or tilde between two numbers (8–12, 10%—15%, 3 ~ 5): said 到. A plain `-` only
/// right after a percentage (10%-15%): between digits it is read with the number, and
/// after a space it is a minus sign (-98.00).
fn is_range_sign(text: &Text, i: usize, c: char) -> bool {
    let digit_after = |k: usize| text.get(k).is_some_and(|c| c.is_ascii_digit());
    let number_before = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '%');
    match c {
        '-' => i > 0 && text.get(i - 1) == Some('%') && digit_after(i + 1),
        c if clock::RANGE_SIGNS.contains(c) => {
            number_before(text.prev_non_space(i)) && digit_after(text.skip_spaces(i + 1))
        }
        _ => false,
    }
}

/// Gives each 一 and 不 its tone from the syllable after it: 不 before a 4th tone is bu2;
/// 一 before a 4th tone (or a neutral one) is yi2, before the others yi4, and yi1 alone.
/// Done from the end, so that in 不一定 the 一 is settled (yi2) before the 不 (bu4).
fn sandhi(mut tokens: Vec<Token>) -> Vec<Token> {
    let mut next_tone = None;
    for token in tokens.iter_mut().rev() {
        let said = match token {
            Token::Yi => match next_tone {
                Some('4' | '5') => "yi2",
                Some(_) => "yi4",
                None => "yi1",
            },
            Token::Bu if next_tone == Some('4') => "bu2",
            Token::Bu => "bu4",
            Token::Say(s) => {
                next_tone = s.chars().last().filter(char::is_ascii_digit);
                continue;
            }
            Token::Pause(_) => {
                next_tone = None;
                continue;
            }
        };
        next_tone = said.chars().last();
        *token = Token::Say(said.to_string());
    }
    tokens
}

/// Joins the syllables with spaces and writes each pause right after its syllable.
fn render(tokens: &[Token]) -> String {
    let mut out = String::new();
    let mut pending: Option<Pause> = None;
    for token in tokens {
        let said = match token {
            Token::Pause(p) => {
                pending = pending.max(Some(*p));
                continue;
            }
            Token::Say(s) => s.as_str(),
            // Only before sandhi: it gives each 一 and 不 its tone.
            Token::Yi => "yi1",
            Token::Bu => "bu4",
        };
        if !out.is_empty() {
            out.push_str(match pending {
                None => " ",
                Some(Pause::Comma) => ", ",
                Some(Pause::Period) => ".\n",
                Some(Pause::Question) => "?\n",
                Some(Pause::Exclaim) => "!\n",
            });
        }
        pending = None;
        out.push_str(said);
    }
    if let Some(p) = pending.filter(|_| !out.is_empty()) {
        out.push(match p {
            Pause::Comma | Pause::Period => '.',
            Pause::Question => '?',
            Pause::Exclaim => '!',
        });
    }
    out
}

#[cfg(test)]
mod tests;
