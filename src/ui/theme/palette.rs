//! The colours the themes are made of, each given exactly (for truecolor terminals) and as
//! an entry of the xterm 256-colour cube or grey ramp (indices 16–255, whose colours are
//! standardised), never as one of the 16 named colours whose shade each terminal picks.

use ratatui::style::Color;

/// How many colours the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Any 24-bit colour (`Color::Rgb`).
    TrueColor,
    /// The xterm 256-colour palette (`Color::Indexed`), which nearly every terminal has.
    Indexed256,
}

/// The depth a terminal offers, from its `COLORTERM`, `TERM` and `WT_SESSION` variables.
///
/// `COLORTERM=truecolor` or `24bit` is the common promise; Windows Terminal sets
/// `WT_SESSION` but not `COLORTERM`; a `TERM` of the `*-direct` kind (such as
/// `xterm-direct`) names a 24-bit terminfo entry. Anything else gets the 256 colours.
pub fn depth_from(colorterm: Option<&str>, term: Option<&str>, wt_session: Option<&str>) -> Depth {
    fn set(v: Option<&str>) -> Option<&str> {
        v.map(str::trim).filter(|v| !v.is_empty())
    }
    let truecolor = set(colorterm)
        .is_some_and(|v| v.eq_ignore_ascii_case("truecolor") || v.eq_ignore_ascii_case("24bit"))
        || set(wt_session).is_some()
        || set(term).is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.ends_with("-direct") || t.contains("truecolor") || t.contains("24bit")
        });
    if truecolor {
        Depth::TrueColor
    } else {
        Depth::Indexed256
    }
}

/// One colour of a theme, both ways: the exact shade, and the 256-colour entry used where
/// the terminal has no truecolor (chosen by hand so that every pair still reaches 7:1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Swatch {
    rgb: (u8, u8, u8),
    index: u8,
}

impl Swatch {
    const fn new(r: u8, g: u8, b: u8, index: u8) -> Swatch {
        Swatch {
            rgb: (r, g, b),
            index,
        }
    }

    /// The colour to send to a terminal of this depth.
    pub(super) fn at(self, depth: Depth) -> Color {
        match depth {
            Depth::TrueColor => Color::Rgb(self.rgb.0, self.rgb.1, self.rgb.2),
            Depth::Indexed256 => Color::Indexed(self.index),
        }
    }
}

/// Pure black; 16 is the cube's (0,0,0).
pub(super) const BLACK: Swatch = Swatch::new(0, 0, 0, 16);
/// Pure white; 231 is the cube's (255,255,255).
pub(super) const WHITE: Swatch = Swatch::new(255, 255, 255, 231);

/// High contrast: headings and the selected row's background; 220 is (255,215,0).
pub(super) const YELLOW: Swatch = Swatch::new(255, 230, 0, 220);
/// High contrast: buttons and tips; 45 is (0,215,255).
pub(super) const CYAN: Swatch = Swatch::new(0, 230, 255, 45);
/// High contrast: warnings and problems, a light red that keeps 7:1 on black (pure red
/// reaches only 5.3:1); 209 is (255,135,95).
pub(super) const SALMON: Swatch = Swatch::new(255, 140, 110, 209);
/// High contrast: right answers and the revealed element's background; 83 is (95,255,95).
pub(super) const GREEN: Swatch = Swatch::new(80, 240, 110, 83);

/// Light: text, a near-black softer than pure black on white; 233 is the grey (18,18,18).
pub(super) const INK: Swatch = Swatch::new(20, 20, 20, 233);
/// Light: headings, buttons and the title bar; 19 is (0,0,175) (the nearer (0,95,175)
/// falls to 6.5:1).
pub(super) const NAVY: Swatch = Swatch::new(0, 50, 160, 19);
/// Light: tips; 23 is (0,95,95).
pub(super) const TEAL: Swatch = Swatch::new(0, 80, 110, 23);
/// Light: warnings and problems; 124 is (175,0,0).
pub(super) const DARK_RED: Swatch = Swatch::new(165, 0, 0, 124);
/// Light: right answers; 22 is (0,95,0).
pub(super) const DARK_GREEN: Swatch = Swatch::new(0, 90, 20, 22);
/// Light: the revealed element's background; 120 is (135,255,135).
pub(super) const PALE_GREEN: Swatch = Swatch::new(150, 240, 150, 120);

#[cfg(test)]
mod tests {
    use super::super::contrast::rgb;
    use super::*;

    const ALL: [(&str, Swatch); 12] = [
        ("BLACK", BLACK),
        ("WHITE", WHITE),
        ("YELLOW", YELLOW),
        ("CYAN", CYAN),
        ("SALMON", SALMON),
        ("GREEN", GREEN),
        ("INK", INK),
        ("NAVY", NAVY),
        ("TEAL", TEAL),
        ("DARK_RED", DARK_RED),
        ("DARK_GREEN", DARK_GREEN),
        ("PALE_GREEN", PALE_GREEN),
    ];

    #[test]
    fn each_fallback_is_a_standard_entry_near_its_exact_shade() {
        for (name, s) in ALL {
            assert!(s.index >= 16, "{name} falls back to a named colour");
            let (r, g, b) = rgb(s.at(Depth::Indexed256)).expect("a standard entry");
            let far = [(r, s.rgb.0), (g, s.rgb.1), (b, s.rgb.2)]
                .iter()
                .map(|&(x, y)| (i32::from(x) - i32::from(y)).abs())
                .max()
                .unwrap_or(0);
            // A typo in an index would land far away; one cube step is 40.
            assert!(far <= 55, "{name}: {:?} vs index {}", s.rgb, s.index);
        }
    }

    #[test]
    fn depth_comes_from_the_environment_strings() {
        use Depth::*;
        assert_eq!(
            depth_from(Some("truecolor"), Some("xterm-256color"), None),
            TrueColor
        );
        assert_eq!(depth_from(Some("24bit"), None, None), TrueColor);
        assert_eq!(depth_from(Some("TrueColor "), None, None), TrueColor);
        assert_eq!(
            depth_from(None, Some("xterm-256color"), Some("0f3c-…")),
            TrueColor
        );
        assert_eq!(depth_from(None, Some("xterm-direct"), None), TrueColor);
        assert_eq!(depth_from(None, Some("xterm-256color"), None), Indexed256);
        assert_eq!(depth_from(Some("yes"), Some("screen"), None), Indexed256);
        assert_eq!(depth_from(Some(""), Some(""), Some("")), Indexed256);
        assert_eq!(depth_from(None, None, None), Indexed256);
        assert_eq!(depth_from(None, Some("linux"), None), Indexed256);
    }
}
