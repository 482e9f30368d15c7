//! How wide the simulated phone must be for none of its one-line texts (a button, a list
//! item, an input, a title) to be cut with "…", and which of them are cut at a given
//! width, so the present screen can size the phone to fit, and write out in full what a
//! narrow phone cannot show whole. Wrapped texts (text, details, messages, captions)
//! are never cut and need no width.

use unicode_width::UnicodeWidthStr;

use crate::lesson::{Element, Screen};

/// Cells the phone takes around its content: a border and a margin cell each side.
const FRAME: usize = 4;

/// The one-line texts of a screen, each with the content width (inside the phone's
/// borders and margins) it needs to be drawn whole, as the phone widget draws them.
fn lines(screen: &Screen) -> Vec<(usize, String)> {
    let w = |s: &str| s.width();
    // The app's name sits in the top border between two spaces, the title on the bar
    // that spans the margins too.
    let mut out = vec![
        (w(&screen.app), screen.app.clone()),
        (w(&screen.title).saturating_sub(2), screen.title.clone()),
    ];
    for e in &screen.elements {
        match e {
            // "▶[ text ]"
            Element::Button { text, .. } => out.push((w(text) + 5, text.clone())),
            // "▶› text"
            Element::Item { text, .. } => out.push((w(text) + 3, text.clone())),
            Element::Input {
                label,
                placeholder,
                value,
                ..
            } => {
                if let Some(l) = label {
                    out.push((w(l), l.clone()));
                }
                // The value is shown when there is one, else the placeholder: "▶[text]".
                if let Some(v) = value.as_ref().or(placeholder.as_ref()) {
                    let v = crate::lesson::sanitize_line(v).into_owned();
                    out.push((w(&v) + 3, v));
                }
            }
            Element::Amount { label, value } => {
                if let Some(l) = label {
                    out.push((w(l), l.clone()));
                }
                out.push((w(value) + 2, value.clone()));
            }
            Element::Message { sender, time, .. } => {
                let head = [sender.as_deref(), time.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("  ");
                if !head.is_empty() {
                    out.push((w(&head), head));
                }
            }
            Element::Dialog { title, buttons, .. } => {
                // "┌ title " leaves a cell for the corner.
                if let Some(t) = title {
                    out.push((w(t) + 4, t.clone()));
                }
                // "│ ▶[a] ▶[b] │": each button its word and four cells, the sides three.
                let need = buttons.iter().map(|b| w(&b.text) + 4).sum::<usize>() + 3;
                for b in buttons {
                    out.push((need, b.text.clone()));
                }
            }
            Element::Text { .. } | Element::Qr { .. } => {}
        }
    }
    out
}

/// The narrowest phone (borders included) that draws every one-line text of `screen`
/// whole.
pub fn whole_width(screen: &Screen) -> u16 {
    let content = lines(screen).into_iter().map(|(n, _)| n).max().unwrap_or(0);
    u16::try_from(content + FRAME).unwrap_or(u16::MAX)
}

/// The one-line texts of `screen` that a phone `width` cells wide cuts, in screen order.
pub fn cut_at(screen: &Screen, width: u16) -> Vec<String> {
    let content = usize::from(width).saturating_sub(FRAME);
    let mut out: Vec<String> = Vec::new();
    for (need, text) in lines(screen) {
        if need > content && !text.trim().is_empty() && !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    use super::*;
    use crate::lesson::Library;
    use crate::ui::Hits;
    use crate::ui::phone::PhoneScreen;
    use crate::ui::theme::Theme;

    /// The phone drawn `width` wide and tall enough for all of it, as one string without
    /// spaces.
    fn drawn(screen: &Screen, width: u16) -> String {
        let area = Rect::new(0, 0, width, 200);
        let mut buf = Buffer::empty(area);
        let theme = Theme::high_contrast();
        PhoneScreen {
            screen,
            focus: None,
            reveal: None,
            typed: None,
            page: 0,
            keypad: None,
            more: ("▲", "▼"),
            theme: &theme,
        }
        .draw(area, &mut buf, &mut Hits::new());
        let mut text = String::new();
        for y in 0..area.height {
            for x in 0..area.width {
                text.push_str(buf[(x, y)].symbol());
            }
        }
        text.split_whitespace().collect()
    }

    #[test]
    fn what_is_said_to_fit_is_drawn_whole() {
        let library = Library::load(&[]);
        for lesson in &library.lessons {
            for step in &lesson.lesson.steps {
                let Some(screen) = &step.screen else {
                    continue;
                };
                for width in [24, 30, 34, 38, 42, 48, whole_width(screen)] {
                    let shown = drawn(screen, width);
                    let cut = cut_at(screen, width);
                    for (_, text) in lines(screen) {
                        let text: String = text.split_whitespace().collect();
                        if !cut
                            .iter()
                            .any(|c| c.split_whitespace().collect::<String>() == text)
                        {
                            assert!(
                                shown.contains(&text),
                                "{} {}: {text:?} at {width}",
                                lesson.lesson.id,
                                step.id
                            );
                        }
                    }
                }
                assert!(cut_at(screen, whole_width(screen)).is_empty());
            }
        }
    }
}
