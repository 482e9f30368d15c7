//! Colours and styles. High contrast by default: no dim grey for text, and every meaning
//! is also carried by a symbol or a word (▶ ★ ✓ ✗ ⚠ 注意), never by colour alone.

use clap::ValueEnum;
use ratatui::style::{Color, Modifier, Style};

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

impl Theme {
    /// The theme with this name; with `NO_COLOR` set, the monochrome theme.
    pub fn named(name: ThemeName) -> Theme {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Theme::monochrome();
        }
        match name {
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::Light => Theme::light(),
        }
    }

    /// White on black with bright accents.
    pub fn high_contrast() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new().fg(Color::White).bg(Color::Black),
            text: Style::new().fg(Color::White),
            title_bar: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(bold),
            heading: Style::new().fg(Color::LightYellow).add_modifier(bold),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(bold),
            problem: Style::new().fg(Color::LightRed).add_modifier(bold),
            footer: Style::new().fg(Color::Black).bg(Color::White),
            button: Style::new().fg(Color::LightCyan).add_modifier(bold),
            input: Style::new()
                .fg(Color::White)
                .add_modifier(Modifier::UNDERLINED),
            reveal: Style::new()
                .fg(Color::Black)
                .bg(Color::LightGreen)
                .add_modifier(bold),
            tip: Style::new().fg(Color::LightCyan),
            warning: Style::new().fg(Color::LightRed).add_modifier(bold),
            success: Style::new().fg(Color::LightGreen).add_modifier(bold),
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

    /// Black on white with dark accents.
    pub fn light() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new().fg(Color::Black).bg(Color::White),
            text: Style::new().fg(Color::Black),
            title_bar: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            heading: Style::new().fg(Color::Blue).add_modifier(bold),
            selected: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            problem: Style::new().fg(Color::Red).add_modifier(bold),
            footer: Style::new().fg(Color::White).bg(Color::Black),
            button: Style::new().fg(Color::Blue).add_modifier(bold),
            input: Style::new()
                .fg(Color::Black)
                .add_modifier(Modifier::UNDERLINED),
            reveal: Style::new()
                .fg(Color::Black)
                .bg(Color::LightGreen)
                .add_modifier(bold),
            tip: Style::new().fg(Color::Blue),
            warning: Style::new().fg(Color::Red).add_modifier(bold),
            success: Style::new().fg(Color::Blue).add_modifier(bold),
        }
    }
}

/// The colour a terminal with the common xterm palette shows for a named colour.
fn rgb(c: Color) -> (u8, u8, u8) {
    match c {
        Color::Black => (0, 0, 0),
        Color::Red => (205, 0, 0),
        Color::Green => (0, 205, 0),
        Color::Yellow => (205, 205, 0),
        Color::Blue => (0, 0, 238),
        Color::Magenta => (205, 0, 205),
        Color::Cyan => (0, 205, 205),
        Color::Gray => (229, 229, 229),
        Color::DarkGray => (127, 127, 127),
        Color::LightRed => (255, 0, 0),
        Color::LightGreen => (0, 255, 0),
        Color::LightYellow => (255, 255, 0),
        Color::LightBlue => (92, 92, 255),
        Color::LightMagenta => (255, 0, 255),
        Color::LightCyan => (0, 255, 255),
        Color::Rgb(r, g, b) => (r, g, b),
        _ => (255, 255, 255),
    }
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: Color, b: Color) -> f64 {
    let luminance = |c: Color| {
        let (r, g, b) = rgb(c);
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
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

impl Theme {
    /// Every style with its name, foreground and background (the base colours where a
    /// style sets none).
    pub fn pairs(&self) -> Vec<(&'static str, Color, Color)> {
        let fg = self.base.fg.unwrap_or(Color::White);
        let bg = self.base.bg.unwrap_or(Color::Black);
        [
            ("text", self.text),
            ("title_bar", self.title_bar),
            ("heading", self.heading),
            ("selected", self.selected),
            ("problem", self.problem),
            ("footer", self.footer),
            ("button", self.button),
            ("input", self.input),
            ("reveal", self.reveal),
            ("tip", self.tip),
            ("warning", self.warning),
            ("success", self.success),
        ]
        .into_iter()
        .map(|(name, s)| (name, s.fg.unwrap_or(fg), s.bg.unwrap_or(bg)))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratios_meet_the_targets() {
        assert!((contrast(Color::White, Color::Black) - 21.0).abs() < 0.01);
        // Body text of the high-contrast theme: at least 7:1 (WCAG AAA).
        let hc = Theme::high_contrast();
        for (name, fg, bg) in hc.pairs() {
            let ratio = contrast(fg, bg);
            let target = if matches!(name, "problem" | "warning") {
                4.5
            } else {
                7.0
            };
            assert!(ratio >= target, "high contrast {name}: {ratio:.2}");
        }
        // Everything in the light theme: at least 4.5:1 (WCAG AA).
        for (name, fg, bg) in Theme::light().pairs() {
            let ratio = contrast(fg, bg);
            assert!(ratio >= 4.5, "light {name}: {ratio:.2}");
        }
    }

    #[test]
    fn themes_use_only_the_16_colours_every_terminal_has() {
        for theme in [Theme::high_contrast(), Theme::light(), Theme::monochrome()] {
            for (name, fg, bg) in theme.pairs() {
                for c in [fg, bg] {
                    assert!(
                        !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                        "{name} uses {c:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn monochrome_sets_no_colour() {
        let m = Theme::monochrome();
        for s in [m.base, m.text, m.selected, m.reveal, m.warning] {
            assert!(s.fg.is_none() && s.bg.is_none());
        }
        assert_ne!(m.selected, m.text, "the selection still stands out");
        assert_ne!(
            m.reveal, m.selected,
            "the revealed answer differs from the focus"
        );
    }
}
