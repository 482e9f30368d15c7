//! A new learner's screens: surnames as big buttons (paged when they do not all fit),
//! 女士 or 先生, the name typed on a keyboard, and the check before registering.

use std::ops::Range;

use ratatui::layout::{Margin, Rect};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Ctx, list_taps};
use crate::i18n::fill;
use crate::kiosk::draft::{Draft, FOCUS_SKIP, FOCUS_TYPE, NewName, SURNAMES, TITLES, salutation};
use crate::kiosk::state::{Button, Kiosk, Msg};
use crate::lesson::sanitize::escape_controls;
use crate::progress::learners::masked_name;

/// How the surname buttons are laid out: cells of `w`×`h` with gaps, `cols` by `rows`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Grid {
    cols: u16,
    rows: u16,
    w: u16,
    h: u16,
    gap_x: u16,
    gap_y: u16,
}

impl Grid {
    fn cells(&self) -> usize {
        usize::from(self.cols) * usize::from(self.rows)
    }
}

/// The biggest buttons that show all `n` items in `area`; when none do, the buttons at
/// least two rows high that show the most at once (or one row high on a tiny screen).
fn grid(area: Rect, n: usize, min_w: u16) -> Option<Grid> {
    const SIZES: [(u16, u16); 8] = [
        (16, 4),
        (12, 3),
        (10, 3),
        (8, 3),
        (6, 3),
        (8, 2),
        (6, 2),
        (6, 1),
    ];
    let fits = |&(w, h): &(u16, u16)| {
        let w = w.max(min_w);
        let gap_x = if area.width >= 30 { 2 } else { 1 };
        let gap_y = u16::from(h >= 2);
        let cols = (area.width + gap_x) / (w + gap_x);
        let rows = (area.height + gap_y) / (h + gap_y);
        Grid {
            cols,
            rows,
            w,
            h,
            gap_x,
            gap_y,
        }
    };
    let all: Vec<Grid> = SIZES.iter().map(fits).filter(|g| g.cells() > 0).collect();
    let whole = all.iter().find(|g| g.cells() >= n).copied();
    let tall = all.iter().filter(|g| g.h >= 2).max_by_key(|g| g.cells());
    let mut g = match (whole, tall) {
        (Some(g), _) if g.h >= 2 => g,
        (_, Some(g)) if g.cells() >= 3 => *g,
        (Some(g), _) => g,
        _ => *all.iter().max_by_key(|g| g.cells())?,
    };
    if g.cells() >= n {
        // Rows as even as can be: 20 in rows of 5, not 6, 6, 6 and 2.
        let rows = n.div_ceil(usize::from(g.cols)).max(1);
        g.cols = n.div_ceil(rows) as u16;
        g.rows = rows as u16;
    }
    Some(g)
}

/// The surnames each page holds, when `cells` buttons fit on a page: every page but the
/// first gives one cell to "上一页", every page but the last one to "下一页".
fn pages(n: usize, cells: usize) -> Vec<Range<usize>> {
    if cells >= n || cells < 3 {
        let end = n.min(cells);
        return vec![Range { start: 0, end }];
    }
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let room = cells - usize::from(start > 0);
        if n - start <= room {
            out.push(start..n);
            return out;
        }
        out.push(start..start + room - 1);
        start += room - 1;
    }
}

/// One cell of the surname grid.
enum Cell {
    Surname(usize),
    Page(usize, &'static str),
}

impl Ctx<'_, '_> {
    /// The surname screen: a grid of surnames and, along the bottom, back, no name and
    /// typing it.
    pub(super) fn surname(&mut self, area: Rect, focus: Option<usize>, shown: usize) {
        let s = self.s;
        let body = self.screen(area, s.surname_title, s.choose_keys, &list_taps());
        let items = [
            (s.back, Msg::Press(Button::Back)),
            (s.surname_skip, Msg::Press(Button::SkipName)),
            (s.surname_type, Msg::Press(Button::TypeName)),
        ];
        let bar_focus = match focus {
            Some(FOCUS_SKIP) => Some(1),
            Some(FOCUS_TYPE) => Some(2),
            _ => None,
        };
        let body = self.bar(body, &items, bar_focus);
        let inner = body.inner(Margin::new(1, 0));
        if inner.height < 2 {
            return;
        }
        let question = Rect {
            y: inner.y + u16::from(inner.height >= 12),
            height: 2,
            ..inner
        };
        let used = self.text(question, s.surname_question, self.theme.heading, true);
        let top = question.y + used + u16::from(inner.height >= 10);
        // A blank row above the bar when there is room for one.
        let bottom = inner.bottom() - u16::from(inner.height >= 10);
        let cells = Rect {
            y: top,
            height: bottom.saturating_sub(top),
            ..inner
        };
        let min_w = [s.surname_next, s.surname_prev]
            .iter()
            .map(|l| l.width() as u16)
            .max()
            .unwrap_or(0)
            .max(6);
        let Some(g) = grid(cells, SURNAMES.len(), min_w) else {
            return;
        };
        let pages = pages(SURNAMES.len(), g.cells());
        let at = pages.iter().position(|p| p.contains(&shown)).unwrap_or(0);
        let mut shown_cells = Vec::new();
        if at > 0 {
            shown_cells.push(Cell::Page(pages[at - 1].start, s.surname_prev));
        }
        shown_cells.extend(pages[at].clone().map(Cell::Surname));
        if at + 1 < pages.len() {
            shown_cells.push(Cell::Page(pages[at + 1].start, s.surname_next));
        }
        let total_w = g.cols * g.w + (g.cols - 1) * g.gap_x;
        let x0 = cells.x + cells.width.saturating_sub(total_w) / 2;
        // Right under the question, however tall the screen.
        let y0 = cells.y;
        for (i, cell) in shown_cells.iter().enumerate() {
            let (r, c) = (i as u16 / g.cols, i as u16 % g.cols);
            let rect = Rect::new(x0 + c * (g.w + g.gap_x), y0 + r * (g.h + g.gap_y), g.w, g.h);
            if rect.bottom() > cells.bottom() || rect.right() > cells.right() {
                continue;
            }
            let (label, focused, msg) = match *cell {
                Cell::Surname(i) => (SURNAMES[i], focus == Some(i), Button::Surname(i)),
                Cell::Page(first, label) => (label, false, Button::SurnamePage(first)),
            };
            let style = match cell {
                Cell::Surname(_) => self.theme.title_bar,
                Cell::Page(..) => self.theme.reveal,
            };
            self.button(rect, label, focused, style, Msg::Press(msg));
        }
    }

    /// 女士 or 先生: two big buttons with the surname, such as 王女士 and 王先生.
    pub(super) fn title(
        &mut self,
        area: Rect,
        kiosk: &Kiosk,
        surname: usize,
        focus: Option<usize>,
    ) {
        let body = self.screen(area, self.s.title_title, self.s.choose_keys, &list_taps());
        let body = self.back_bar(body);
        let surname = SURNAMES[surname.min(SURNAMES.len() - 1)];
        let labels = TITLES.map(|t| salutation(kiosk.lang, surname, t));
        let items: Vec<(&str, Msg)> = labels
            .iter()
            .zip(TITLES)
            .map(|(l, t)| (l.as_str(), Msg::Press(Button::Salutation(t))))
            .collect();
        self.stack(body.inner(Margin::new(1, 1)), &items, focus);
    }

    /// Typing the name on a keyboard: the field, a kind note, OK and the hint under it.
    pub(super) fn name(&mut self, area: Rect, name: &str, note: Option<String>) {
        let taps = [
            Some(Msg::Press(Button::NameOk)),
            Some(Msg::Press(Button::Back)),
        ];
        let body = self.screen(area, self.s.name_title, self.s.name_keys, &taps);
        let body = self.back_bar(body);
        let inner = body.inner(Margin::new(2, 1));
        if inner.is_empty() {
            return;
        }
        let width = inner.width as usize;
        let typed = crate::lesson::sanitize_line(name);
        // The end of a long name stays in view, where the typing happens.
        let chars: Vec<char> = typed.chars().collect();
        let mut start = 0;
        while start < chars.len() && chars[start..].iter().collect::<String>().width() + 2 > width {
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
            let rect = Rect::new(
                inner.x,
                y,
                inner.width,
                2.min(inner.bottom().saturating_sub(y)),
            );
            self.text(rect, &note, self.theme.problem, false);
        }
        y += 2;
        let room = inner.bottom().saturating_sub(y + 1);
        let h = room.min(3);
        if h > 0 {
            let w = inner.width.min(24);
            let rect = Rect::new(inner.x + (inner.width - w) / 2, y, w, h);
            let msg = Msg::Press(Button::NameOk);
            self.button(rect, self.s.pad_ok, true, self.theme.reveal, msg);
            let hint = Rect::new(inner.x, y + h, inner.width, 1);
            self.text(hint, self.s.name_hint, self.theme.text, true);
        }
    }

    /// The check before registering: the name (masked when it is a full name), the number,
    /// a reminder or a kind note, and yes or no.
    pub(super) fn confirm(
        &mut self,
        area: Rect,
        kiosk: &Kiosk,
        (draft, name): (&Draft, &NewName),
        focus: usize,
        note: Option<String>,
    ) {
        let body = self.screen(area, self.s.confirm_title, self.s.choose_keys, &list_taps());
        let body = self.back_bar(body);
        let inner = body.inner(Margin::new(2, u16::from(body.height >= 10)));
        let name_line = match name {
            NewName::Unnamed => self.s.confirm_unnamed.to_string(),
            name => {
                let stored = name.stored(kiosk.lang, &draft.code);
                let shown = escape_controls(&masked_name(&stored));
                fill(self.s.confirm_name, &[("name", &shown)])
            }
        };
        let spaced: Vec<String> = draft.code.chars().map(String::from).collect();
        let code_line = fill(self.s.confirm_code, &[("code", &spaced.join(" "))]);
        let (text, style) = match &note {
            Some(n) => (n.as_str(), self.theme.problem),
            None => (self.s.confirm_remember, self.theme.text),
        };
        let lines = [
            (name_line.as_str(), self.theme.heading),
            (code_line.as_str(), self.theme.heading),
            (text, style),
        ];
        let mut used = 0;
        for (line, style) in lines {
            let rect = Rect {
                y: inner.y + used,
                height: inner.height.saturating_sub(used),
                ..inner
            };
            used += self.text(rect, line, style, false);
        }
        // A blank row under the words when the buttons still get two rows each and a gap.
        used += u16::from(inner.height.saturating_sub(used) >= 6);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_hold_every_surname_once_with_room_for_paging() {
        for cells in 3..=25 {
            let pages = pages(20, cells);
            let all: Vec<usize> = pages.iter().flat_map(|p| p.clone()).collect();
            assert_eq!(all, (0..20).collect::<Vec<_>>(), "{cells}");
            for (i, p) in pages.iter().enumerate() {
                let extra = usize::from(i > 0) + usize::from(i + 1 < pages.len());
                assert!(p.len() + extra <= cells, "{cells}: {pages:?}");
                assert!(!p.is_empty());
            }
        }
        assert_eq!(pages(20, 15), vec![0..14, 14..20]);
        assert_eq!(pages(20, 2), vec![0..2]);
        assert_eq!(pages(20, 0), vec![0..0]);
    }

    #[test]
    fn the_grid_uses_big_buttons_when_there_is_room_and_pages_at_huge_fonts() {
        // 80×24: all twenty, five to a row, three rows high.
        let g = grid(Rect::new(0, 0, 78, 17), 20, 6).unwrap();
        assert_eq!((g.cols, g.rows, g.h), (5, 4, 3));
        // 40×15: two rows high, paged.
        let g = grid(Rect::new(0, 0, 38, 8), 20, 6).unwrap();
        assert!(g.h >= 2 && g.w >= 4 && g.cells() < 20, "{g:?}");
        assert!(grid(Rect::new(0, 0, 0, 0), 20, 6).is_none());
        assert!(grid(Rect::new(0, 0, 5, 1), 20, 6).is_none());
    }
}
