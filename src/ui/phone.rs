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
use super::keypad::Keypad;
use super::paging::{page_of, window};
use super::qr::{QrMatrix, QrWidget};
pub use super::target::Target;
use super::text::{fit, wrap};
use super::theme::Theme;
use crate::lesson::{Element, Screen};

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
    /// Which page of a screen taller than the phone is shown; 0 follows the focus.
    pub page: u16,
    /// The touch keys under an input on a type step, if any.
    pub keypad: Option<Keypad<'a>>,
    /// The "more above" and "more below" lines of a paged screen.
    pub more: (&'a str, &'a str),
    /// The styles to draw with.
    pub theme: &'a Theme,
}

/// Where a paged phone drew its "more" lines, for the caller to make them tappable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhonePages {
    /// The "▲ more above" line, when drawn.
    pub above: Option<Rect>,
    /// The "▼ more below" line, when drawn.
    pub below: Option<Rect>,
}

/// One drawn row of the phone's content.
enum Row {
    /// Spans, each possibly a target a click can hit.
    Spans(Vec<(String, Style, Option<Target>)>),
    /// The blank row after an element; tapping it taps the element above (if any), so
    /// that buttons are two rows high to a finger.
    Gap(Option<Target>),
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
                let above = match &self.screen.elements[i - 1] {
                    Element::Button { .. } | Element::Item { .. } => Some(Target::Element(i - 1)),
                    _ => None,
                };
                rows.push(Row::Gap(above));
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
                    // Too narrow for the code: its caption, whole, in its place.
                    _ => rows.extend(
                        wrap(&format!("▣ {}", caption.as_deref().unwrap_or("QR")), width)
                            .into_iter()
                            .map(|l| centred(l, width, t.text, None)),
                    ),
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

    /// Draws the phone, registering where each target was drawn in `hits`, and says
    /// where its "more" lines are when the screen is paged.
    pub fn draw(self, area: Rect, buf: &mut Buffer, hits: &mut Hits<Target>) -> PhonePages {
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
            return PhonePages::default();
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
        let mut content = Rect {
            y: inner.y + 2,
            height: inner.height.saturating_sub(2),
            ..inner
        }
        .inner(ratatui::layout::Margin {
            horizontal: 1,
            vertical: 0,
        });
        if let Some(keypad) = self.keypad {
            let used = super::keypad::draw(keypad, content, buf, self.theme, hits);
            content.height -= used;
        }
        let width = content.width as usize;
        let spaced = self.rows(width, true);
        let rows = if spaced.len() <= content.height as usize {
            spaced
        } else {
            self.rows(width, false)
        };
        let height = content.height as usize;
        let page = if self.page > 0 {
            self.page
        } else {
            let wanted = self.reveal.or(self.focus);
            let wanted_row = rows.iter().position(|r| match r {
                Row::Spans(spans) => spans.iter().any(|(_, _, t)| t.is_some() && *t == wanted),
                _ => false,
            });
            wanted_row.map_or(0, |r| page_of(rows.len(), height, r))
        };
        let shown = window(rows.len(), height, page);
        let line = |n: usize| Rect {
            y: content.y + n as u16,
            height: 1,
            ..content
        };
        let mut pages = PhonePages::default();
        let mut n = 0;
        if shown.above {
            pages.above = Some(line(0));
            Paragraph::new(fit(self.more.0, width))
                .style(self.theme.button)
                .render(line(0), buf);
            n = 1;
        }
        for row in rows.iter().skip(shown.first).take(shown.shown) {
            self.draw_row(row, line(n), buf, hits);
            n += 1;
        }
        if shown.below && height >= 3 {
            pages.below = Some(line(n));
            Paragraph::new(fit(self.more.1, width))
                .style(self.theme.button)
                .render(line(n), buf);
        }
        pages
    }

    /// One content row; a row that is all one target is tappable across its width.
    fn draw_row(&self, row: &Row, rect: Rect, buf: &mut Buffer, hits: &mut Hits<Target>) {
        match row {
            Row::Qr(half, m) => {
                let (w, _) = m.cells();
                let x = rect.x + (rect.width.saturating_sub(w)) / 2;
                let widget = QrWidget {
                    matrix: m,
                    skip_rows: *half as u16,
                };
                widget.render(
                    Rect {
                        x,
                        width: w.min(rect.width),
                        ..rect
                    },
                    buf,
                );
            }
            Row::Gap(target) => {
                if let Some(t) = target {
                    hits.add(rect, *t);
                }
            }
            Row::Spans(spans) => {
                let mut targets = spans.iter().filter_map(|(_, _, t)| *t);
                let whole = match (targets.next(), targets.next()) {
                    (Some(t), None) => Some(t),
                    _ => None,
                };
                let mut x = rect.x;
                for (text, style, target) in spans {
                    if text.is_empty() {
                        continue;
                    }
                    let w = (text.width() as u16).min(rect.right().saturating_sub(x));
                    if w == 0 {
                        break;
                    }
                    let span = Rect {
                        x,
                        width: w,
                        ..rect
                    };
                    Paragraph::new(Span::styled(text.clone(), *style)).render(span, buf);
                    if let (Some(t), None) = (target, whole) {
                        hits.add(span, *t);
                    }
                    x += w;
                }
                if let Some(t) = whole {
                    hits.add(rect, t);
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
                        page: 0,
                        keypad: Some(Keypad::Digits {
                            erase: "删除",
                            ok: "确定",
                        }),
                        more: ("▲", "▼"),
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
