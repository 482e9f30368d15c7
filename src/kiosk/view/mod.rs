//! Drawing the kiosk: `view(state) -> frame`. Every screen has one obvious action in large
//! calm text, a title bar with "返回" where going back makes sense, and a key line at the
//! bottom; taps land on the same things the keys reach.

mod lessons;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::pad::{BigButton, Pad, draw_keys};
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
            Screen::NewName(name) => ctx.name(area, name, note_text(kiosk, s)),
            Screen::Confirm { name, code, focus } => {
                ctx.confirm(area, name, code, *focus, note_text(kiosk, s))
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
    /// A screen's frame: the title bar, with a button on the right if `button` is given,
    /// and the key line. Returns the body between them.
    pub fn screen(
        &mut self,
        area: Rect,
        title: &str,
        button: Option<(&str, Msg)>,
        keys: &str,
    ) -> Rect {
        let title = format!(" {title}");
        let right = button
            .as_ref()
            .map(|(label, _)| format!("［{label}］"))
            .unwrap_or_default();
        let screen = ScreenFrame {
            title: &title,
            right: &right,
            keep: Keep::Right,
            keys,
            theme: self.theme,
        };
        self.frame.render_widget(screen, area);
        if let Some((_, msg)) = button {
            self.hits.add(screen.right_area(area), msg);
        }
        ScreenFrame::body(area)
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
        let back = Some((self.s.back, Msg::Press(Button::Back)));
        let body = self.screen(area, self.s.choose_title, back, self.s.choose_keys);
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
        let body = self.screen(area, title, Some((self.s.back, Msg::Back)), keys);
        let inner = body.inner(Margin::new(1, 0));
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

    fn name(&mut self, area: Rect, name: &str, note: Option<String>) {
        let back = Some((self.s.back, Msg::Back));
        let body = self.screen(area, self.s.name_title, back, self.s.name_keys);
        let inner = body.inner(Margin::new(2, 1));
        let width = inner.width as usize;
        let typed = crate::lesson::sanitize_line(name);
        // The end of a long name stays in view, where the typing happens.
        let chars: Vec<char> = typed.chars().collect();
        let mut start = 0;
        while chars[start..].iter().collect::<String>().width() + 2 > width && start < chars.len() {
            start += 1;
        }
        let shown: String = chars[start..].iter().collect();
        let field = format!("{shown}▏");
        let pad_to = width.saturating_sub(field.width());
        let field = format!("{field}{}", " ".repeat(pad_to));
        let row = Rect { height: 1, ..inner };
        self.frame
            .render_widget(Paragraph::new(field).style(self.theme.input), row);
        let mut y = inner.y + 2;
        if let Some(note) = note {
            let rect = Rect::new(inner.x, y, inner.width, 2.min(inner.bottom() - y));
            self.text(rect, &note, self.theme.problem, false);
        }
        y += 2;
        let hint_h = 1;
        let room = inner.bottom().saturating_sub(y + hint_h);
        let h = room.clamp(1, 3).min(room);
        if h > 0 {
            let w = inner.width.min(24);
            let rect = Rect::new(inner.x + (inner.width - w) / 2, y, w, h);
            self.button(
                rect,
                self.s.pad_ok,
                true,
                self.theme.reveal,
                Msg::Press(Button::NameOk),
            );
            let hint = Rect::new(inner.x, y + h, inner.width, 1);
            if hint.bottom() <= inner.bottom() {
                self.text(hint, self.s.name_hint, self.theme.text, true);
            }
        }
    }

    fn confirm(&mut self, area: Rect, name: &str, code: &str, focus: usize, note: Option<String>) {
        let back = Some((self.s.back, Msg::Back));
        let body = self.screen(area, self.s.confirm_title, back, self.s.choose_keys);
        let inner = body.inner(Margin::new(2, 1));
        let masked = escape_controls(&crate::progress::learners::masked_name(name));
        let spaced: Vec<String> = code.chars().map(String::from).collect();
        let mut lines = vec![
            fill(self.s.confirm_name, &[("name", &masked)]),
            fill(self.s.confirm_code, &[("code", &spaced.join(" "))]),
        ];
        let mut used = 0;
        for line in lines.drain(..) {
            let rect = Rect {
                y: inner.y + used,
                height: inner.height.saturating_sub(used),
                ..inner
            };
            used += self.text(rect, &line, self.theme.heading, false);
        }
        let rect = Rect {
            y: inner.y + used,
            height: inner.height.saturating_sub(used),
            ..inner
        };
        let (text, style) = match &note {
            Some(n) => (n.as_str(), self.theme.problem),
            None => (self.s.confirm_remember, self.theme.text),
        };
        used += self.text(rect, text, style, false) + 1;
        let rest = Rect {
            y: inner.y + used.min(inner.height),
            height: inner.height.saturating_sub(used),
            ..inner
        };
        let items = [
            (self.s.confirm_yes, Msg::Press(Button::ConfirmYes)),
            (self.s.confirm_no, Msg::Press(Button::ConfirmNo)),
        ];
        self.stack(rest, &items, Some(focus));
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
