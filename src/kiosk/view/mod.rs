//! Drawing the kiosk: `view(state) -> frame`. Every screen has one obvious action in large
//! calm text, big buttons for everything it offers (a row of them at the bottom, the way
//! back or out on the left) and a key line whose actions can be tapped too; taps land on
//! the same things the keys reach.

mod lessons;
mod register;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::pad::{BigButton, Pad, PadKey, draw_keys};
use super::state::{Button, CHOICES, Kiosk, Msg, Note, Screen};
use crate::i18n::KioskText;
use crate::i18n::fill;
use crate::lesson::sanitize::escape_controls;
use crate::ui::Hits;
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

/// Smallest window the kiosk draws into; below it, a "make the window larger" note.
pub const MIN_WIDTH: u16 = 20;
/// Fewest rows the kiosk draws into (see [`MIN_WIDTH`]).
pub const MIN_HEIGHT: u16 = 8;

/// Draws the kiosk, registering every tappable thing in `hits`.
pub fn render(frame: &mut Frame, kiosk: &Kiosk, theme: &Theme, hits: &mut Hits<Msg>) {
    let area = frame.area();
    let s = &kiosk.lang.text().kiosk;
    frame.render_widget(Block::default().style(theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = kiosk.lang.text().ui.window_too_small;
        frame.render_widget(TooSmall { note, theme }, area);
        return;
    }
    let mut ctx = Ctx {
        frame,
        theme,
        s,
        hits,
    };
    if let Some(pad) = &kiosk.staff {
        let note = match kiosk.pin_paused() {
            Some(n) => Some((fill(s.paused, &[("seconds", &n)]), theme.warning)),
            None => note_text(kiosk, s).map(|t| (t, theme.problem)),
        };
        ctx.pad_screen(
            area,
            s.pin_title,
            pad,
            note,
            s.pad_keys,
            kiosk.pin_paused().is_none(),
        );
    } else {
        match &kiosk.screen {
            Screen::Welcome => ctx.welcome(area, kiosk),
            Screen::Choose { focus } => ctx.choose(area, *focus),
            Screen::SignIn(pad) | Screen::NewCode { pad, .. } => {
                let title = match kiosk.screen {
                    Screen::SignIn(_) => s.pad_code_title,
                    _ => s.pad_new_code_title,
                };
                let note = match kiosk.code_paused() {
                    Some(n) => Some((fill(s.paused, &[("seconds", &n)]), theme.warning)),
                    None => note_text(kiosk, s).map(|t| (t, theme.problem)),
                };
                let enabled = kiosk.code_paused().is_none();
                ctx.pad_screen(area, title, pad, note, s.pad_keys, enabled);
            }
            Screen::Surname { focus, shown, .. } => ctx.surname(area, *focus, *shown),
            Screen::Title { surname, focus, .. } => ctx.title(area, kiosk, *surname, *focus),
            Screen::NewName(draft) => ctx.name(area, &draft.typed, note_text(kiosk, s)),
            Screen::Confirm { draft, name, focus } => {
                let note = note_text(kiosk, s);
                ctx.confirm(area, kiosk, (draft, name), *focus, note)
            }
            Screen::Lessons => match kiosk.player() {
                Some(player) => {
                    let mut taps = Hits::new();
                    crate::player::view::render(ctx.frame, player, theme, &mut taps);
                    ctx.hits.absorb(taps, Msg::Player);
                    if let Some(note) = note_text(kiosk, s) {
                        crate::player::view::render_notice(ctx.frame, &note, theme);
                    }
                }
                None => lessons::render(&mut ctx, area, kiosk),
            },
        }
    }
    if kiosk.idle.is_some() {
        ctx.hits.clear();
        ctx.idle(area, kiosk.idle_left().unwrap_or(0));
    }
}

fn note_text(kiosk: &Kiosk, s: &KioskText) -> Option<String> {
    let text = match kiosk.note? {
        Note::CodeUnknown => s.code_unknown,
        Note::CodeMistyped => s.code_mistyped,
        Note::CodeShort => s.code_short,
        Note::CodeTaken => s.code_taken,
        Note::NameEmpty => s.name_empty,
        Note::StoreProblem => s.store_problem,
        Note::PinWrong => s.pin_wrong,
    };
    Some(text.to_string())
}

/// What every screen draws with.
pub(super) struct Ctx<'a, 'f> {
    pub frame: &'a mut Frame<'f>,
    pub theme: &'a Theme,
    pub s: &'static KioskText,
    pub hits: &'a mut Hits<Msg>,
}

impl Ctx<'_, '_> {
    /// A screen's frame: the title bar and the key line. Each part of `keys` (parts are
    /// split by two spaces) that names an action can be tapped too: `taps` gives, part by
    /// part, what a tap sends (None for a part like "↑↓ 选择"). Returns the body between.
    pub fn screen(&mut self, area: Rect, title: &str, keys: &str, taps: &[Option<Msg>]) -> Rect {
        let title = format!(" {title}");
        let screen = ScreenFrame {
            title: &title,
            right: "",
            keep: Keep::Right,
            keys,
            theme: self.theme,
        };
        self.frame.render_widget(screen, area);
        if area.height >= 2 {
            let footer = ScreenFrame::footer(area);
            // The frame draws the key line one cell in.
            let mut x = footer.x.saturating_add(1);
            for (part, tap) in keys.split("  ").zip(taps) {
                let end = x.saturating_add(part.width() as u16).min(footer.right());
                if let Some(msg) = tap
                    && end > x
                {
                    let rect = Rect {
                        x,
                        width: end - x,
                        ..footer
                    };
                    self.hits.add(rect, msg.clone());
                }
                x = end.saturating_add(2);
            }
        }
        ScreenFrame::body(area)
    }

    /// The row of big buttons along the bottom of `body`: the way back (or out) first, on
    /// the left, then the screen's other actions; `focus` marks one of them. Two rows high
    /// (three on a tall screen, one on a tiny one). Returns the body above the row (each
    /// screen keeps its own gap to it).
    pub fn bar(&mut self, body: Rect, items: &[(&str, Msg)], focus: Option<usize>) -> Rect {
        let h = match body.height {
            0..=6 => 1,
            7..=29 => 2,
            _ => 3,
        };
        let n = items.len() as u16;
        if n == 0 || body.height < h + 3 || body.width < 4 * n + 2 {
            return body;
        }
        let row = Rect {
            y: body.bottom() - h,
            height: h,
            ..body
        }
        .inner(Margin::new(1, 0));
        let gap = if row.width >= 30 { 2 } else { 1 };
        let w = ((row.width - gap * (n - 1)) / n).min(24);
        for (i, (label, msg)) in items.iter().enumerate() {
            let rect = Rect {
                x: row.x + i as u16 * (w + gap),
                width: w,
                ..row
            };
            let focused = focus == Some(i);
            self.button(rect, label, focused, self.theme.title_bar, msg.clone());
        }
        Rect {
            height: body.height - h,
            ..body
        }
    }

    /// The bar with only the big "返回" button.
    pub fn back_bar(&mut self, body: Rect) -> Rect {
        self.bar(body, &[(self.s.back, Msg::Press(Button::Back))], None)
    }

    /// Wrapped lines in one style, as many as fit in `area`; returns the rows used.
    pub fn text(&mut self, area: Rect, text: &str, style: Style, centred: bool) -> u16 {
        let lines: Vec<Line> = wrap(text, area.width as usize)
            .into_iter()
            .take(area.height as usize)
            .map(|l| Line::styled(l, style))
            .collect();
        let used = lines.len() as u16;
        let p = Paragraph::new(lines);
        let p = if centred { p.centered() } else { p };
        self.frame.render_widget(p, area);
        used
    }

    /// A big button that sends `msg` when tapped.
    pub fn button(&mut self, rect: Rect, label: &str, focused: bool, style: Style, msg: Msg) {
        self.frame.render_widget(
            BigButton {
                label,
                focused,
                style,
                theme: self.theme,
            },
            rect,
        );
        self.hits.add(rect, msg);
    }

    fn welcome(&mut self, area: Rect, kiosk: &Kiosk) {
        let (top, body, footer) = (
            ScreenFrame::top(area),
            ScreenFrame::body(area),
            ScreenFrame::footer(area),
        );
        let app = kiosk.lang.text().ui.app_title;
        let site = escape_controls(&kiosk.site);
        let width = top.width as usize;
        let site = fit(&site, width.saturating_sub(app.width() + 3));
        let gap = width.saturating_sub(app.width() + site.width() + 2);
        let bar = format!(" {app}{}{site} ", " ".repeat(gap));
        self.frame.render_widget(
            Paragraph::new(fit(&bar, width)).style(self.theme.title_bar),
            top,
        );
        // The staff label is small and in the corner; everywhere else starts.
        let staff = format!(" {} ", self.s.welcome_staff);
        let w = (staff.width() as u16).min(footer.width);
        let staff_rect = Rect {
            x: footer.right() - w,
            width: w,
            ..footer
        };
        self.frame
            .render_widget(Paragraph::new(staff).style(self.theme.footer), staff_rect);
        self.hits.add(staff_rect, Msg::Press(Button::Staff));
        let inner = body.inner(Margin::new(2, 1));
        let title_h = self.text(inner, self.s.welcome_title, self.theme.heading, true);
        let gap = u16::from(inner.height > 8) + 1;
        let room = inner.height.saturating_sub(title_h + gap);
        let (w, h) = (inner.width.min(56), room.min(9));
        let button = Rect {
            x: inner.x + (inner.width - w) / 2,
            y: inner.y + title_h + gap + (room - h) / 2,
            width: w,
            height: h,
        };
        self.frame.render_widget(
            BigButton {
                label: self.s.welcome_start,
                focused: false,
                style: self.theme.selected,
                theme: self.theme,
            },
            button,
        );
        self.hits.add(area, Msg::Press(Button::Start));
    }

    /// Big buttons one above the other, centred in `area`, at most three rows tall each.
    pub fn stack(&mut self, area: Rect, items: &[(&str, Msg)], focus: Option<usize>) {
        let n = items.len() as u16;
        if n == 0 || area.height < n {
            return;
        }
        let gap = u16::from(area.height >= 3 * n + n - 1 || area.height >= 2 * n + n - 1);
        let h = ((area.height - gap * (n - 1)) / n).clamp(1, 3);
        let w = area.width.min(44);
        let total = h * n + gap * (n - 1);
        let x = area.x + (area.width - w) / 2;
        let y0 = area.y + (area.height - total) / 2;
        for (i, (label, msg)) in items.iter().enumerate() {
            let rect = Rect::new(x, y0 + i as u16 * (h + gap), w, h);
            let focused = focus == Some(i);
            self.button(rect, label, focused, self.theme.title_bar, msg.clone());
        }
    }

    fn choose(&mut self, area: Rect, focus: usize) {
        let body = self.screen(area, self.s.choose_title, self.s.choose_keys, &list_taps());
        let body = self.back_bar(body);
        let labels = [
            self.s.choose_sign_in,
            self.s.choose_new,
            self.s.choose_guest,
        ];
        let numbered: Vec<String> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{}  {l}", i + 1))
            .collect();
        let items: Vec<(&str, Msg)> = numbered
            .iter()
            .zip(CHOICES)
            .map(|(l, b)| (l.as_str(), Msg::Press(b)))
            .collect();
        self.stack(body.inner(Margin::new(1, 1)), &items, Some(focus));
    }

    /// A number pad screen: title, what was typed, a kind note, the keys.
    fn pad_screen(
        &mut self,
        area: Rect,
        title: &str,
        pad: &Pad,
        note: Option<(String, Style)>,
        keys: &str,
        enabled: bool,
    ) {
        let taps = [
            None,
            Some(Msg::Pad(PadKey::Ok)),
            Some(Msg::Press(Button::Back)),
        ];
        let body = self.screen(area, title, keys, &taps);
        let body = self.back_bar(body);
        let inner = body.inner(Margin::new(1, 0));
        // A blank row above the bar when the keys keep their size without it.
        let inner = Rect {
            height: inner.height - u16::from(inner.height >= 14),
            ..inner
        };
        let [entry, note_area, keys_area] = Layout::vertical([
            Constraint::Length(if inner.height > 16 { 3 } else { 1 }),
            Constraint::Length(2),
            Constraint::Fill(1),
        ])
        .areas(inner);
        let shown = fit(&pad.shown(), entry.width as usize);
        let row = Rect {
            y: entry.y + entry.height / 2,
            height: 1,
            ..entry
        };
        self.frame.render_widget(
            Paragraph::new(Line::styled(shown, self.theme.heading)).centered(),
            row,
        );
        if let Some((text, style)) = note {
            self.text(note_area, &text, style, true);
        }
        let mut keys = Hits::new();
        draw_keys(
            keys_area,
            self.frame.buffer_mut(),
            self.s,
            self.theme,
            enabled,
            &mut keys,
        );
        self.hits.absorb(keys, Msg::Pad);
    }

    /// "还在吗？": a large box over everything, with the countdown and one button.
    fn idle(&mut self, area: Rect, seconds: i64) {
        // The whole window is cleared first, so nothing of the screen below shows at the
        // box's edges (a wide character there would cover the border).
        self.frame.render_widget(Clear, area);
        self.frame
            .render_widget(Block::default().style(self.theme.base), area);
        let block = Block::default()
            .borders(Borders::ALL)
            .style(self.theme.text);
        let margin = u16::from(area.width >= 44);
        let inner = block.inner(area).inner(Margin::new(margin, 0));
        self.frame.render_widget(block, area);
        let lines = [
            (self.s.idle_title.to_string(), self.theme.heading),
            (self.s.idle_body.to_string(), self.theme.text),
            (
                fill(self.s.idle_countdown, &[("seconds", &seconds)]),
                self.theme.warning,
            ),
        ];
        let wrapped: u16 = lines
            .iter()
            .map(|(t, _)| wrap(t, inner.width as usize).len() as u16)
            .sum();
        let button_h = 3.min(inner.height.saturating_sub(wrapped + 3));
        let total = wrapped + 3 + button_h;
        let mut y = inner.y + inner.height.saturating_sub(total) / 2;
        for (text, style) in &lines {
            let rect = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
            y += self.text(rect, text, *style, true) + 1;
        }
        if button_h > 0 {
            let w = inner.width.min(30);
            let rect = Rect::new(inner.x + (inner.width - w) / 2, y, w, button_h);
            let msg = Msg::Press(Button::StillHere);
            self.button(rect, self.s.idle_continue, true, self.theme.selected, msg);
        }
        self.hits.add(area, Msg::Press(Button::StillHere));
    }
}

/// What a tap on each part of the key line "↑↓ 选择  回车 确定  Esc 返回" sends.
fn list_taps() -> [Option<Msg>; 3] {
    [None, Some(Msg::Enter), Some(Msg::Press(Button::Back))]
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn every_key_line_has_the_parts_its_taps_are_given_for() {
        for lang in <Lang as clap::ValueEnum>::value_variants() {
            let s = &lang.text().kiosk;
            let lines = [
                (s.choose_keys, 3),
                (s.pad_keys, 3),
                (s.name_keys, 2),
                (s.home_keys, 3),
            ];
            for (keys, parts) in lines {
                assert_eq!(keys.split("  ").count(), parts, "{lang:?}: {keys}");
            }
        }
    }
}
