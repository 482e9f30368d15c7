//! The simulated phone: a frame with the app's title bar and the screen's elements, the
//! focused element marked, and (after three wrong tries) the right one highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Hits;
use super::qr::{QrMatrix, QrWidget};
use super::text::{fit, wrap};
use super::theme::Theme;
use crate::lesson::{Element, Screen};

/// Something on the current step that can take focus and be pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The n-th element of the screen (button, item, message, input).
    Element(usize),
    /// Button `b` of the dialog that is element `e`.
    DialogButton(usize, usize),
    /// The n-th option of a `choose` task.
    Option(usize),
}

/// Marks the focused element without relying on colour.
pub const FOCUS_MARK: &str = "▶";
/// Marks the right element after three wrong tries.
pub const REVEAL_MARK: &str = "★";

/// The phone widget for one screen.
pub struct PhoneScreen<'a> {
    /// The screen to draw.
    pub screen: &'a Screen,
    /// The target marked with ▶ as focused, if any.
    pub focus: Option<Target>,
    /// The target highlighted with ★ after three wrong tries, if any.
    pub reveal: Option<Target>,
    /// What the learner has typed, and into which element.
    pub typed: Option<(usize, &'a str)>,
    /// The styles to draw with.
    pub theme: &'a Theme,
}

/// One drawn row of the phone's content.
enum Row {
    /// Spans, each possibly a target a click can hit.
    Spans(Vec<(String, Style, Option<Target>)>),
    /// Half-row `n` of a QR code (two module rows), centred.
    Qr(usize, std::rc::Rc<QrMatrix>),
}

fn centred(text: String, width: usize, style: Style, target: Option<Target>) -> Row {
    let pad = width.saturating_sub(text.width()) / 2;
    Row::Spans(vec![
        (" ".repeat(pad), Style::new(), None),
        (text, style, target),
    ])
}

impl PhoneScreen<'_> {
    fn style_for(&self, target: Target, base: Style) -> (Style, &'static str) {
        if self.reveal == Some(target) {
            (self.theme.reveal, REVEAL_MARK)
        } else if self.focus == Some(target) {
            (self.theme.selected, FOCUS_MARK)
        } else {
            (base, " ")
        }
    }

    /// The content rows; with `spaced`, a blank row between elements for a calmer look.
    fn rows(&self, width: usize, spaced: bool) -> Vec<Row> {
        let t = self.theme;
        let mut rows = Vec::new();
        let plain = |s: String, style: Style| Row::Spans(vec![(s, style, None)]);
        for (i, element) in self.screen.elements.iter().enumerate() {
            let target = Target::Element(i);
            if spaced && i > 0 {
                rows.push(Row::Spans(Vec::new()));
            }
            match element {
                Element::Text { text } => {
                    rows.extend(wrap(text, width).into_iter().map(|l| plain(l, t.text)));
                }
                Element::Button { text, .. } => {
                    let (style, mark) = self.style_for(target, t.button);
                    rows.push(centred(
                        fit(&format!("{mark}[ {text} ]"), width),
                        width,
                        style,
                        Some(target),
                    ));
                }
                Element::Item { text, detail, .. } => {
                    let (style, mark) = self.style_for(target, t.text);
                    let line = format!("{mark}› {text}");
                    let pad = width.saturating_sub(line.width());
                    rows.push(Row::Spans(vec![(
                        format!("{}{}", fit(&line, width), " ".repeat(pad)),
                        style,
                        Some(target),
                    )]));
                    if let Some(d) = detail {
                        rows.extend(
                            wrap(d, width.saturating_sub(3))
                                .into_iter()
                                .map(|l| plain(format!("   {l}"), t.text)),
                        );
                    }
                }
                Element::Input {
                    label,
                    placeholder,
                    value,
                    ..
                } => {
                    let (style, mark) = self.style_for(target, t.input);
                    if let Some(l) = label {
                        rows.push(plain(fit(l, width), t.text));
                    }
                    let typed = self.typed.filter(|(e, _)| *e == i).map(|(_, s)| s);
                    let shown = match (typed, value, placeholder) {
                        (Some(s), _, _) if !s.is_empty() => format!("{s}▏"),
                        (Some(_), _, Some(p)) => format!("▏{p}"),
                        (Some(_), _, None) => "▏".to_string(),
                        (None, Some(v), _) => v.clone(),
                        (None, None, Some(p)) => p.clone(),
                        (None, None, None) => String::new(),
                    };
                    let inner = width.saturating_sub(3);
                    let text = fit(&crate::lesson::sanitize_line(&shown), inner);
                    let pad = inner.saturating_sub(text.width());
                    rows.push(Row::Spans(vec![(
                        format!("{mark}[{text}{}]", " ".repeat(pad)),
                        style,
                        Some(target),
                    )]));
                }
                Element::Qr { data, caption } => match QrMatrix::encode(data) {
                    Some(m) if (m.cells().0 as usize) <= width => {
                        let m = std::rc::Rc::new(m);
                        rows.extend((0..m.cells().1 as usize).map(|n| Row::Qr(n, m.clone())));
                        if let Some(c) = caption {
                            rows.extend(
                                wrap(c, width)
                                    .into_iter()
                                    .map(|l| centred(l, width, t.text, None)),
                            );
                        }
                    }
                    _ => rows.push(centred(
                        fit(&format!("▣ {}", caption.as_deref().unwrap_or("QR")), width),
                        width,
                        t.text,
                        None,
                    )),
                },
                Element::Amount { label, value } => {
                    if let Some(l) = label {
                        rows.push(centred(fit(l, width), width, t.text, None));
                    }
                    rows.push(centred(
                        fit(&format!("¥ {value}"), width),
                        width,
                        t.heading,
                        None,
                    ));
                }
                Element::Message {
                    sender, text, time, ..
                } => {
                    let (style, mark) = self.style_for(target, t.text);
                    let head = [sender.as_deref(), time.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join("  ");
                    if !head.is_empty() {
                        rows.push(plain(fit(&head, width), t.heading));
                    }
                    for l in wrap(text, width.saturating_sub(2)) {
                        rows.push(Row::Spans(vec![(
                            format!("{mark}│{l}"),
                            style,
                            Some(target),
                        )]));
                    }
                }
                Element::Dialog {
                    title,
                    text,
                    buttons,
                } => {
                    let inner = width.saturating_sub(4);
                    let top = match title {
                        Some(title) => fit(&format!("┌ {title} "), width.saturating_sub(1)),
                        None => "┌".to_string(),
                    };
                    let fill = width.saturating_sub(top.width() + 1);
                    rows.push(plain(format!("{top}{}┐", "─".repeat(fill)), t.heading));
                    for l in wrap(text, inner.max(1)) {
                        let pad = inner.saturating_sub(l.width());
                        rows.push(plain(format!("│ {l}{} │", " ".repeat(pad)), t.text));
                    }
                    let mut spans = vec![("│ ".to_string(), t.text, None)];
                    let mut used = 2;
                    for (b, button) in buttons.iter().enumerate() {
                        let target = Target::DialogButton(i, b);
                        let (style, mark) = self.style_for(target, t.button);
                        let label = fit(
                            &format!("{mark}[{}]", button.text),
                            inner.saturating_sub(used - 2),
                        );
                        used += label.width() + 1;
                        spans.push((label, style, Some(target)));
                        spans.push((" ".into(), t.text, None));
                    }
                    let pad = width.saturating_sub(used + 1);
                    spans.push((format!("{}│", " ".repeat(pad)), t.text, None));
                    rows.push(Row::Spans(spans));
                    rows.push(plain(
                        format!("└{}┘", "─".repeat(width.saturating_sub(2))),
                        t.heading,
                    ));
                }
            }
        }
        rows
    }

    /// Draws the phone, registering where each target was drawn in `hits`.
    pub fn draw(self, area: Rect, buf: &mut Buffer, hits: &mut Hits<Target>) {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_set(border::ROUNDED)
            .border_style(self.theme.text)
            .title(Line::styled(
                format!(" {} ", self.screen.app),
                self.theme.text,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width < 6 || inner.height < 3 {
            return;
        }
        let width = inner.width as usize;
        let title = fit(&self.screen.title, width);
        let pad = width.saturating_sub(title.width());
        let bar = format!(
            "{}{title}{}",
            " ".repeat(pad / 2),
            " ".repeat(pad - pad / 2)
        );
        Paragraph::new(bar)
            .style(self.theme.title_bar)
            .render(Rect { height: 1, ..inner }, buf);
        let content = Rect {
            y: inner.y + 2,
            height: inner.height.saturating_sub(2),
            ..inner
        }
        .inner(ratatui::layout::Margin {
            horizontal: 1,
            vertical: 0,
        });
        let width = content.width as usize;
        let spaced = self.rows(width, true);
        let rows = if spaced.len() <= content.height as usize {
            spaced
        } else {
            self.rows(width, false)
        };
        let wanted = self.reveal.or(self.focus);
        let wanted_row = rows.iter().position(|r| match r {
            Row::Spans(spans) => spans.iter().any(|(_, _, t)| t.is_some() && *t == wanted),
            Row::Qr(..) => false,
        });
        let height = content.height as usize;
        let offset = wanted_row.map_or(0, |r| (r + 1).saturating_sub(height));
        for (n, row) in rows.iter().skip(offset).take(height).enumerate() {
            let y = content.y + n as u16;
            match row {
                Row::Qr(half, m) => {
                    let (w, _) = m.cells();
                    let x = content.x + (content.width.saturating_sub(w)) / 2;
                    let widget = QrWidget {
                        matrix: m,
                        skip_rows: *half as u16,
                    };
                    widget.render(
                        Rect {
                            x,
                            y,
                            width: w,
                            height: 1,
                        },
                        buf,
                    );
                }
                Row::Spans(spans) => {
                    let mut x = content.x;
                    for (text, style, target) in spans {
                        let w = (text.width() as u16).min(content.right().saturating_sub(x));
                        if w == 0 {
                            break;
                        }
                        let rect = Rect {
                            x,
                            y,
                            width: w,
                            height: 1,
                        };
                        Paragraph::new(Span::styled(text.clone(), *style)).render(rect, buf);
                        if let Some(t) = target {
                            hits.add(rect, *t);
                        }
                        x += w;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::Library;

    #[test]
    fn every_bundled_screen_draws_into_any_area_and_taps_stay_inside() {
        let theme = Theme::high_contrast();
        let library = Library::load(&[]);
        let sizes = [(0, 0), (1, 1), (2, 1), (6, 3), (8, 5), (34, 20), (80, 40)];
        for lesson in &library.lessons {
            for step in &lesson.lesson.steps {
                let Some(screen) = &step.screen else {
                    continue;
                };
                for (w, h) in sizes {
                    let area = Rect::new(0, 0, w, h);
                    let mut buf = Buffer::empty(area);
                    let mut hits = Hits::new();
                    PhoneScreen {
                        screen,
                        focus: Some(Target::Element(0)),
                        reveal: None,
                        typed: Some((0, "12")),
                        theme: &theme,
                    }
                    .draw(area, &mut buf, &mut hits);
                    for (r, _) in hits.iter() {
                        assert!(r.right() <= area.right() && r.bottom() <= area.bottom());
                    }
                }
            }
        }
    }
}
