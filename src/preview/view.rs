//! Drawing the preview from its state: the title bar (file, mode, size, step), the file's
//! problems when it has any, the lesson as the mode draws it (in a framed, centred box
//! of the chosen size, or filling the window), and a bar of buttons.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::screens;
use super::state::{Key, Mode, Preview, Size};
use crate::i18n::fill;
use crate::ui::Hits;
use crate::ui::buttons::{Button, ButtonBar, bar_rows};
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::text::{fit, wrap};
use crate::ui::theme::Theme;

/// Smallest window the preview draws into.
pub const MIN_WIDTH: u16 = 30;
/// Fewest rows the preview draws into.
pub const MIN_HEIGHT: u16 = 10;

/// The mode's name, as the title bar shows it.
pub fn mode_name(preview: &Preview) -> &'static str {
    let a = &preview.lang.text().authoring;
    match preview.mode {
        Mode::Player => a.mode_player,
        Mode::Class => a.mode_class,
        Mode::Kiosk => a.mode_kiosk,
    }
}

/// The right side of the title bar: mode · size · step n/total.
fn status(preview: &Preview) -> String {
    let a = &preview.lang.text().authoring;
    let size = preview
        .size
        .label()
        .unwrap_or_else(|| a.size_full.to_string());
    let step = match preview.steps() {
        0 => String::new(),
        total => format!(
            " · {}",
            fill(
                preview.lang.text().ui.step_progress,
                &[("n", &(preview.step + 1)), ("total", &total)]
            )
        ),
    };
    format!("{} · {size}{step} ", mode_name(preview))
}

/// The buttons of the bar, most important first.
fn buttons(preview: &Preview) -> Vec<Button<'static, Key>> {
    let (ui, a) = (&preview.lang.text().ui, &preview.lang.text().authoring);
    vec![
        Button::new(ui.button_next, "→", Key::Next).primary(preview.step + 1 < preview.steps()),
        Button::new(ui.button_prev, "←", Key::Prev),
        Button::new(a.button_size, "S", Key::Size),
        Button::new(a.button_mode, "M", Key::Mode),
        Button::new(a.button_quit, "Q", Key::Quit),
    ]
}

/// The lines telling what is wrong: the heading, then each problem as `lesson check`
/// prints it (its message wrapped, the file's line and caret under it kept as they are).
fn problem_lines(preview: &Preview, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let a = &preview.lang.text().authoring;
    let mut lines = Vec::new();
    if let Some(why) = &preview.watch_problem {
        let text = fill(a.watch_failed, &[("error", why)]);
        lines.extend(
            wrap(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning)),
        );
    }
    if preview.errors.is_empty() && preview.lesson.is_some() {
        return lines;
    }
    let heading = match preview.lesson {
        Some(_) => a.errors_heading,
        None => a.no_good_view,
    };
    lines.extend(
        wrap(heading, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.heading)),
    );
    for d in &preview.errors {
        for (i, line) in d.render(preview.lang).lines().enumerate() {
            match i {
                0 => lines.extend(
                    wrap(line, width)
                        .into_iter()
                        .map(|l| Line::styled(l, theme.problem)),
                ),
                _ => lines.push(Line::styled(fit(line, width), theme.text)),
            }
        }
    }
    lines
}

/// Copies `src` into `buf` with its top-left corner at `room`'s, as much as `room` holds.
fn blit(src: &Buffer, buf: &mut Buffer, room: Rect) {
    let area = src.area;
    for y in 0..area.height.min(room.height) {
        for x in 0..area.width.min(room.width) {
            if let (Some(from), Some(to)) =
                (src.cell((x, y)), buf.cell_mut((room.x + x, room.y + y)))
            {
                *to = from.clone();
            }
        }
    }
}

/// Draws the preview, registering its buttons in `hits`.
pub fn render(frame: &mut Frame, preview: &Preview, theme: &Theme, hits: &mut Hits<Key>) {
    let area = frame.area();
    let a = &preview.lang.text().authoring;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = preview.lang.text().ui.window_too_small;
        frame.render_widget(TooSmall { note, theme }, area);
        return;
    }
    let rows = bar_rows(area.height).min(2);
    let title = format!(" {}", fill(a.preview_title, &[("file", &preview.file)]));
    let right = status(preview);
    let screen = ScreenFrame {
        title: &title,
        right: &right,
        keep: Keep::Right,
        keys: "",
        theme,
    };
    frame.render_widget(screen, area);
    ButtonBar {
        buttons: buttons(preview),
        theme,
    }
    .draw(ScreenFrame::bar(area, rows), frame.buffer_mut(), hits);
    let mut rest = ScreenFrame::body_above(area, rows);
    let problems = problem_lines(preview, usize::from(rest.width.saturating_sub(2)), theme);
    if !problems.is_empty() {
        // With a lesson to show under them, the problems take half the room, or less
        // where that leaves the mode's view the rows it needs and them three at least;
        // where the view cannot have its rows anyway, the problems keep their half.
        let view_rows = match preview.mode {
            Mode::Class => crate::class::view::MIN_HEIGHT,
            Mode::Player | Mode::Kiosk => crate::player::view::MIN_HEIGHT,
        };
        let half = (rest.height / 2).max(3);
        let most = match preview.lesson {
            Some(_) if rest.height.saturating_sub(half) >= view_rows => half,
            Some(_) if rest.height.saturating_sub(view_rows) >= 3 => rest.height - view_rows,
            Some(_) => half,
            None => rest.height,
        };
        let h = (problems.len() as u16).min(most);
        let shown = Rect { height: h, ..rest }.inner(ratatui::layout::Margin {
            horizontal: 1,
            vertical: 0,
        });
        frame.render_widget(Paragraph::new(problems), shown);
        rest.y += h;
        rest.height -= h;
    }
    let Some(lesson) = &preview.lesson else {
        return;
    };
    let what = (preview.mode, preview.lang, (preview.step, preview.page));
    match preview.size {
        Size::Full => {
            let drawn = screens::draw(lesson, what, (rest.width, rest.height), theme);
            blit(&drawn, frame.buffer_mut(), rest);
        }
        Size::Box(w, h) => {
            let label = preview.size.label().unwrap_or_default();
            let (outer_w, outer_h) = (w.saturating_add(2), h.saturating_add(2));
            if outer_w > rest.width || outer_h > rest.height {
                let note = fill(a.box_cut, &[("size", &label)]);
                let row = Rect { height: 1, ..rest };
                frame.render_widget(
                    Paragraph::new(fit(&format!(" {note}"), usize::from(rest.width)))
                        .style(theme.warning),
                    row,
                );
                rest.y += 1;
                rest.height = rest.height.saturating_sub(1);
            }
            let boxed = Rect {
                x: rest.x + rest.width.saturating_sub(outer_w) / 2,
                y: rest.y + rest.height.saturating_sub(outer_h) / 2,
                width: outer_w.min(rest.width),
                height: outer_h.min(rest.height),
            };
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(theme.text)
                .title(Line::styled(format!(" {label} "), theme.heading));
            let inner = block.inner(boxed);
            frame.render_widget(block, boxed);
            let drawn = screens::draw(lesson, what, (w, h), theme);
            blit(&drawn, frame.buffer_mut(), inner);
        }
    }
}
