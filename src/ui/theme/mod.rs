//! Colours and styles.
//!
//! What the themes guarantee:
//! - Every pair of colours a theme defines (each style's foreground on its background, the
//!   base colours standing in where a style sets none, and the base itself) reaches at
//!   least 7:1, WCAG AAA, in both colour depths; the tests measure every one.
//! - The colours are explicit: 24-bit `Rgb` where the terminal says it has truecolor
//!   (`COLORTERM`, Windows Terminal's `WT_SESSION`), otherwise entries 16–255 of the xterm
//!   256-colour palette, whose shades are standardised. None of the 16 named colours is
//!   used, since each terminal's palette decides what those look like (pure red on black
//!   measured 5.3:1 in xterm and 3.0:1 in GNOME's Tango palette).
//! - With `NO_COLOR` set (and not empty), no colour at all: the monochrome theme.
//! - No dim grey for text, and every meaning is also carried by a symbol or a word
//!   (▶ ★ ✓ ✗ ⚠ 注意), never by colour alone.

mod contrast;
mod palette;

use std::sync::OnceLock;

use clap::ValueEnum;
use ratatui::style::{Color, Modifier, Style};

pub use contrast::{contrast, rgb};
pub use palette::{Depth, depth_from};

use palette::{
    BLACK, CYAN, DARK_GREEN, DARK_RED, GREEN, INK, NAVY, PALE_GREEN, SALMON, Swatch, TEAL, WHITE,
    YELLOW,
};

/// The themes a user can pick.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// 黑底白字，对比度最高 / White on black, highest contrast.
    #[default]
    HighContrast,
    /// 白底黑字 / Black on white.
    Light,
}

/// The styles every screen draws with.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Painted over the whole window first, so the terminal's own colours never lower the
    /// contrast.
    pub base: Style,
    /// Ordinary text.
    pub text: Style,
    /// The bar along the top of a screen, and of the simulated phone.
    pub title_bar: Style,
    /// Headings and emphasised lines, such as amounts and message senders on the phone.
    pub heading: Style,
    /// The row or control that has the focus.
    pub selected: Style,
    /// Problems and notes that something went wrong.
    pub problem: Style,
    /// The key line along the bottom of a screen.
    pub footer: Style,
    /// Buttons on the phone and in dialogs.
    pub button: Style,
    /// Input boxes and text fields.
    pub input: Style,
    /// The right element, highlighted after three wrong tries.
    pub reveal: Style,
    /// Tips and the trainer's notes.
    pub tip: Style,
    /// Safety warnings, hints, wrong answers and whatever else needs attention.
    pub warning: Style,
    /// Right answers, and the word that a task or lesson is done.
    pub success: Style,
}

/// What this terminal shows, read from the environment on first use: `None` under
/// `NO_COLOR`, otherwise its colour depth.
fn terminal_depth() -> Option<Depth> {
    static DEPTH: OnceLock<Option<Depth>> = OnceLock::new();
    *DEPTH.get_or_init(|| {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return None;
        }
        let var = |key| std::env::var(key).ok();
        Some(depth_from(
            var("COLORTERM").as_deref(),
            var("TERM").as_deref(),
            var("WT_SESSION").as_deref(),
        ))
    })
}

impl Theme {
    /// The theme with this name in the colours this terminal has; with `NO_COLOR` set, the
    /// monochrome theme.
    pub fn named(name: ThemeName) -> Theme {
        match terminal_depth() {
            Some(depth) => Theme::build(name, depth),
            None => Theme::monochrome(),
        }
    }

    /// The theme with this name, in colours of this depth.
    pub fn build(name: ThemeName, depth: Depth) -> Theme {
        match name {
            ThemeName::HighContrast => Theme::high_contrast_in(depth),
            ThemeName::Light => Theme::light_in(depth),
        }
    }

    /// White on black with bright accents, in truecolor.
    pub fn high_contrast() -> Theme {
        Theme::high_contrast_in(Depth::TrueColor)
    }

    /// Black on white with dark accents, in truecolor.
    pub fn light() -> Theme {
        Theme::light_in(Depth::TrueColor)
    }

    fn high_contrast_in(depth: Depth) -> Theme {
        let c = |s: Swatch| s.at(depth);
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new().fg(c(WHITE)).bg(c(BLACK)),
            text: Style::new().fg(c(WHITE)),
            title_bar: Style::new().fg(c(BLACK)).bg(c(WHITE)).add_modifier(bold),
            heading: Style::new().fg(c(YELLOW)).add_modifier(bold),
            selected: Style::new().fg(c(BLACK)).bg(c(YELLOW)).add_modifier(bold),
            problem: Style::new().fg(c(SALMON)).add_modifier(bold),
            footer: Style::new().fg(c(BLACK)).bg(c(WHITE)),
            button: Style::new().fg(c(CYAN)).add_modifier(bold),
            input: Style::new().fg(c(WHITE)).add_modifier(Modifier::UNDERLINED),
            reveal: Style::new().fg(c(BLACK)).bg(c(GREEN)).add_modifier(bold),
            tip: Style::new().fg(c(CYAN)),
            warning: Style::new().fg(c(SALMON)).add_modifier(bold),
            success: Style::new().fg(c(GREEN)).add_modifier(bold),
        }
    }

    fn light_in(depth: Depth) -> Theme {
        let c = |s: Swatch| s.at(depth);
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new().fg(c(INK)).bg(c(WHITE)),
            text: Style::new().fg(c(INK)),
            title_bar: Style::new().fg(c(WHITE)).bg(c(NAVY)).add_modifier(bold),
            heading: Style::new().fg(c(NAVY)).add_modifier(bold),
            selected: Style::new().fg(c(WHITE)).bg(c(NAVY)).add_modifier(bold),
            problem: Style::new().fg(c(DARK_RED)).add_modifier(bold),
            footer: Style::new().fg(c(WHITE)).bg(c(INK)),
            button: Style::new().fg(c(NAVY)).add_modifier(bold),
            input: Style::new().fg(c(INK)).add_modifier(Modifier::UNDERLINED),
            reveal: Style::new().fg(c(INK)).bg(c(PALE_GREEN)).add_modifier(bold),
            tip: Style::new().fg(c(TEAL)),
            warning: Style::new().fg(c(DARK_RED)).add_modifier(bold),
            success: Style::new().fg(c(DARK_GREEN)).add_modifier(bold),
        }
    }

    /// No colour at all (for `NO_COLOR`): meaning comes from bold, reverse, underline and the
    /// symbols and words every screen already carries.
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        let reversed = plain.add_modifier(Modifier::REVERSED);
        Theme {
            base: plain,
            text: plain,
            title_bar: reversed.add_modifier(Modifier::BOLD),
            heading: bold,
            selected: reversed.add_modifier(Modifier::BOLD),
            problem: bold,
            footer: reversed,
            button: bold,
            input: plain.add_modifier(Modifier::UNDERLINED),
            reveal: reversed.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            tip: plain,
            warning: bold,
            success: bold,
        }
    }

    /// Every style, `base` included, with its name, foreground and background: the base
    /// colours where a style sets none, and `Color::Reset` (the terminal's own) where the
    /// base sets none either.
    #[deny(unused_variables)]
    pub fn pairs(&self) -> Vec<(&'static str, Color, Color)> {
        // Destructured without `..`, so a new field does not compile until it is listed.
        let Theme {
            base,
            text,
            title_bar,
            heading,
            selected,
            problem,
            footer,
            button,
            input,
            reveal,
            tip,
            warning,
            success,
        } = *self;
        let fg = base.fg.unwrap_or(Color::Reset);
        let bg = base.bg.unwrap_or(Color::Reset);
        [
            ("base", base),
            ("text", text),
            ("title_bar", title_bar),
            ("heading", heading),
            ("selected", selected),
            ("problem", problem),
            ("footer", footer),
            ("button", button),
            ("input", input),
            ("reveal", reveal),
            ("tip", tip),
            ("warning", warning),
            ("success", success),
        ]
        .into_iter()
        .map(|(name, s)| (name, s.fg.unwrap_or(fg), s.bg.unwrap_or(bg)))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coloured_themes() -> Vec<(String, Theme)> {
        let mut all = Vec::new();
        for name in [ThemeName::HighContrast, ThemeName::Light] {
            for depth in [Depth::TrueColor, Depth::Indexed256] {
                all.push((format!("{name:?}/{depth:?}"), Theme::build(name, depth)));
            }
        }
        all
    }

    #[test]
    fn every_pair_reaches_7_to_1_in_every_theme_and_depth() {
        for (theme, t) in coloured_themes() {
            let mut lowest = (f64::MAX, "");
            for (name, fg, bg) in t.pairs() {
                let ratio = contrast(fg, bg)
                    .unwrap_or_else(|| panic!("{theme} {name}: {fg:?} on {bg:?} has no shade"));
                assert!(
                    ratio >= 7.0,
                    "{theme} {name}: {fg:?} on {bg:?} is {ratio:.2}:1"
                );
                if ratio < lowest.0 {
                    lowest = (ratio, name);
                }
            }
            println!("{theme}: lowest {:.2}:1 ({})", lowest.0, lowest.1);
        }
    }

    #[test]
    fn no_pair_uses_a_colour_the_terminal_picks() {
        for (theme, t) in coloured_themes() {
            for (name, fg, bg) in t.pairs() {
                for c in [fg, bg] {
                    assert!(
                        matches!(c, Color::Rgb(..) | Color::Indexed(16..)),
                        "{theme} {name} uses {c:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn each_depth_uses_only_its_own_kind_of_colour() {
        for name in [ThemeName::HighContrast, ThemeName::Light] {
            for (_, fg, bg) in Theme::build(name, Depth::TrueColor).pairs() {
                assert!(matches!((fg, bg), (Color::Rgb(..), Color::Rgb(..))));
            }
            for (_, fg, bg) in Theme::build(name, Depth::Indexed256).pairs() {
                assert!(matches!((fg, bg), (Color::Indexed(_), Color::Indexed(_))));
            }
        }
        let hc = Theme::build(ThemeName::HighContrast, Depth::TrueColor);
        assert_eq!(Theme::high_contrast().pairs(), hc.pairs());
        assert_eq!(
            Theme::light().pairs(),
            Theme::build(ThemeName::Light, Depth::TrueColor).pairs()
        );
    }

    #[test]
    fn pairs_cover_every_style_of_the_theme() {
        let pairs = Theme::high_contrast().pairs();
        // Theme holds nothing but styles, so this counts its fields.
        let fields = std::mem::size_of::<Theme>() / std::mem::size_of::<Style>();
        assert_eq!(pairs.len(), fields);
        let mut names: Vec<_> = pairs.iter().map(|p| p.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), fields, "a name given twice");
    }

    #[test]
    fn monochrome_sets_no_colour() {
        let m = Theme::monochrome();
        for (name, fg, bg) in m.pairs() {
            assert_eq!((fg, bg), (Color::Reset, Color::Reset), "{name}");
        }
        assert_ne!(m.selected, m.text, "the selection still stands out");
        assert_ne!(
            m.reveal, m.selected,
            "the revealed answer differs from the focus"
        );
    }
}
