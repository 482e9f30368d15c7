//! Comparing what a learner typed with what a step expects, forgivingly: full-width
//! characters from a Chinese input method, case, extra spaces and number formats.

/// Folds full-width letters and digits to ASCII, trims, lowercases and squeezes spaces,
/// so that "２５ " typed with a Chinese input method matches "25".
pub fn normalize_typed(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when what was typed matches what the step expects; numbers compare by value.
pub fn typed_matches(typed: &str, expect: &str) -> bool {
    let (a, b) = (normalize_typed(typed), normalize_typed(expect));
    if a == b {
        return true;
    }
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() < 1e-9,
        _ => false,
    }
}
