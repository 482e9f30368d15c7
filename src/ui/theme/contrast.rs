//! Contrast of two colours as WCAG 2 measures it, for colours whose shade is known.

use ratatui::style::Color;

/// The levels of the xterm 6×6×6 colour cube (indices 16–231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The shade a colour is shown in on every terminal: exact for `Rgb`, the standard xterm
/// value for `Indexed` 16–255; `None` for the 16 named colours (and indices 0–15) and
/// `Reset`, whose shade each terminal's palette decides.
pub fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    match c {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(n @ 232..=255) => {
            let v = 8 + 10 * (n - 232);
            Some((v, v, v))
        }
        Color::Indexed(n @ 16..=231) => {
            let n = usize::from(n - 16);
            Some((CUBE[n / 36], CUBE[n / 6 % 6], CUBE[n % 6]))
        }
        _ => None,
    }
}

/// WCAG 2 contrast ratio of two colours (1 to 21); `None` when either colour's shade is
/// up to the terminal (see [`rgb`]).
pub fn contrast(a: Color, b: Color) -> Option<f64> {
    let luminance = |(r, g, b): (u8, u8, u8)| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    };
    let (x, y) = (luminance(rgb(a)?), luminance(rgb(b)?));
    Some((x.max(y) + 0.05) / (x.min(y) + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_colours_follow_the_xterm_formula() {
        assert_eq!(rgb(Color::Indexed(16)), Some((0, 0, 0)));
        assert_eq!(rgb(Color::Indexed(196)), Some((255, 0, 0)));
        assert_eq!(rgb(Color::Indexed(231)), Some((255, 255, 255)));
        assert_eq!(rgb(Color::Indexed(244)), Some((128, 128, 128)));
        assert_eq!(rgb(Color::Indexed(232)), Some((8, 8, 8)));
        assert_eq!(rgb(Color::Indexed(255)), Some((238, 238, 238)));
        assert_eq!(rgb(Color::Indexed(209)), Some((255, 135, 95)));
        assert_eq!(rgb(Color::Indexed(19)), Some((0, 0, 175)));
    }

    #[test]
    fn colours_the_terminal_decides_have_no_known_shade() {
        for c in [
            Color::Black,
            Color::White,
            Color::LightRed,
            Color::Reset,
            Color::Indexed(0),
            Color::Indexed(15),
        ] {
            assert_eq!(rgb(c), None, "{c:?}");
        }
        assert_eq!(contrast(Color::Red, Color::Rgb(0, 0, 0)), None);
    }

    #[test]
    fn ratios_match_wcag() {
        let ratio = |a, b| contrast(a, b).unwrap();
        assert!((ratio(Color::Rgb(255, 255, 255), Color::Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((ratio(Color::Indexed(16), Color::Indexed(16)) - 1.0).abs() < 1e-9);
        // WebAIM's checker gives #767676 on white 4.54:1.
        let grey = ratio(Color::Rgb(0x76, 0x76, 0x76), Color::Rgb(255, 255, 255));
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }
}
