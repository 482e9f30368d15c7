//! Learner codes that cannot be walked: a random six-digit body and a Damm check digit
//! ("375 2014"), so the next number up is nobody's and a slip of one digit, or two digits
//! swapped, is caught before the store is asked. Codes from before (1001, 1002, …) and
//! codes a trainer chose keep working: the store is always asked first.

/// Digits of a code the store hands out: six random ones and the check digit.
pub const NEW_CODE_DIGITS: usize = 7;

/// The Damm quasigroup of order 10 (weakly totally anti-symmetric): every single-digit
/// error and every swap of two neighbouring digits changes the check.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm check digit of `digits` (ASCII digits; anything else is skipped).
pub fn check_digit(digits: &str) -> u8 {
    digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0, |interim, b| DAMM[interim as usize][(b - b'0') as usize])
}

/// True when the last digit of `code` is the Damm check digit of the others.
pub fn check_holds(code: &str) -> bool {
    !code.is_empty() && check_digit(code) == 0
}

/// True for a code shaped like the ones handed out (seven digits) whose check digit does
/// not hold: a typing slip, told apart from a code nobody has. Only asked once the store
/// found no learner with it, so a code a trainer chose is never refused.
pub fn is_mistyped(code: &str) -> bool {
    code.len() == NEW_CODE_DIGITS && code.bytes().all(|b| b.is_ascii_digit()) && !check_holds(code)
}

/// The code with the check digit for a six-digit `body` (100000 to 999999).
pub fn code_for(body: u32) -> String {
    let body = format!("{:06}", 100_000 + body % 900_000);
    let check = check_digit(&body);
    format!("{body}{check}")
}

/// A code as printed and said aloud (on the learner card, by `learner add`), split into
/// groups a reader can keep in mind: up to five digits stay whole, longer codes go in
/// groups of three or four, the shorter groups first ("482 7193").
pub fn code_groups(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() <= 5 {
        return vec![code.to_string()];
    }
    let groups = chars.len().div_ceil(4);
    let (base, extra) = (chars.len() / groups, chars.len() % groups);
    let mut out = Vec::with_capacity(groups);
    let mut at = 0;
    for g in 0..groups {
        let len = base + usize::from(g >= groups - extra);
        out.push(chars[at..at + len].iter().collect());
        at += len;
    }
    out
}

/// A code as typed: spaces and dashes between the groups dropped ("375 2014", "375-2014").
pub fn normalized(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{3000}'))
        .collect()
}

/// Where the bodies of new codes come from.
#[derive(Debug, Clone)]
pub enum CodeSource {
    /// The operating system's random numbers (through a version 4 UUID).
    Random,
    /// A fixed sequence from a seed (splitmix64): for tests that need the same codes at
    /// every run. Never used by the program itself.
    Seeded(u64),
}

impl CodeSource {
    /// The next six-digit body.
    pub fn next_body(&mut self) -> u32 {
        let n = match self {
            CodeSource::Random => (uuid::Uuid::new_v4().as_u128() >> 64) as u64,
            CodeSource::Seeded(state) => {
                *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = *state;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                z ^ (z >> 31)
            }
        };
        (n % 900_000) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_damm_check_catches_every_slip_and_swap() {
        assert_eq!(check_digit("572"), 4, "the published example");
        assert!(check_holds("5724"));
        let code = code_for(123_456);
        assert_eq!(code.len(), NEW_CODE_DIGITS);
        assert!(check_holds(&code));
        let digits: Vec<u8> = code.bytes().collect();
        for i in 0..digits.len() {
            for d in b'0'..=b'9' {
                if d == digits[i] {
                    continue;
                }
                let mut slip = digits.clone();
                slip[i] = d;
                assert!(is_mistyped(std::str::from_utf8(&slip).unwrap()));
            }
            if i + 1 < digits.len() && digits[i] != digits[i + 1] {
                let mut swap = digits.clone();
                swap.swap(i, i + 1);
                assert!(is_mistyped(std::str::from_utf8(&swap).unwrap()));
            }
        }
    }

    #[test]
    fn old_and_chosen_codes_are_never_called_mistyped() {
        assert!(!is_mistyped("1001"));
        assert!(!is_mistyped("20001"));
        assert!(!is_mistyped("123456789012"));
    }

    #[test]
    fn codes_are_grouped_for_reading_and_typed_either_way() {
        assert_eq!(code_groups("3752014"), ["375", "2014"]);
        assert_eq!(code_groups("1001"), ["1001"]);
        assert_eq!(code_groups("48271"), ["48271"]);
        assert_eq!(code_groups("482719"), ["482", "719"]);
        assert_eq!(code_groups("48271935"), ["4827", "1935"]);
        assert_eq!(code_groups("482719356"), ["482", "719", "356"]);
        assert_eq!(code_groups("123456789012"), ["1234", "5678", "9012"]);
        for code in ["1", "123456", "1234567890", "12345678901"] {
            assert_eq!(code_groups(code).concat(), code);
        }
        assert_eq!(normalized("375 2014"), "3752014");
        assert_eq!(normalized("375-2014"), "3752014");
    }

    #[test]
    fn a_seed_gives_the_same_bodies_and_bodies_are_spread() {
        let mut a = CodeSource::Seeded(7);
        let mut b = CodeSource::Seeded(7);
        let first: Vec<u32> = (0..5).map(|_| a.next_body()).collect();
        assert_eq!(first, (0..5).map(|_| b.next_body()).collect::<Vec<_>>());
        let mut random = CodeSource::Random;
        let bodies: std::collections::HashSet<u32> = (0..50).map(|_| random.next_body()).collect();
        assert!(bodies.len() > 45, "random bodies rarely repeat");
        assert!(bodies.iter().all(|b| *b < 900_000));
    }
}
