//! The key help of the class screen showing, in a box over it (? or F1). The screen is not
//! drawn under the box, and a column either side of it is cleared, so no half of a wide
//! character shows at its edges. A long help is paged like any other text.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear};

use super::Hits;
use super::page::paged;
use crate::class::state::{Class, Pane, Stage};
use crate::i18n::fill;
use crate::ui::text::wrap;
use crate::ui::theme::Theme;

/// The help text of `stage`, one key per line.
pub fn help_text(class: &Class) -> &'static str {
    let s = &class.lang.text().class;
    match class.stage {
        Stage::Setup if class.setup.plan_form.is_some() => class.lang.text().room.help_plan_form,
        Stage::Setup => s.help_setup,
        Stage::Attendance => s.help_attendance,
        Stage::Present => s.help_present,
        Stage::Grid => s.help_grid,
        Stage::Quiz => s.help_quiz,
        Stage::Summary => s.help_summary,
        Stage::History => class.lang.text().week.help_history,
        Stage::Steps => class.lang.text().room.help_steps,
    }
}

/// Draws the help box into `area` (everything under the title bar).
pub(super) fn help(frame: &mut Frame, area: Rect, class: &Class, theme: &Theme, hits: &mut Hits) {
    let ui = &class.lang.text().ui;
    let popup = area.inner(Margin {
        horizontal: u16::from(area.width > 50) * 4,
        vertical: 0,
    });
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(format!(" {} ", ui.help_title), theme.heading))
        .title_bottom(Line::styled(format!(" {} ", ui.help_close), theme.heading))
        .style(theme.base);
    let inner = block.inner(popup).inner(Margin {
        horizontal: 1,
        vertical: 0,
    });
    // The lesson being taught, whole: the title bar may have had to shorten it.
    let lesson = class
        .session
        .as_ref()
        .and_then(|_| class.current_lesson())
        .map(|l| fill(ui.help_lesson, &[("title", &l.title)]));
    let mut lines: Vec<Line<'static>> = lesson
        .iter()
        .flat_map(|l| wrap(l, usize::from(inner.width)))
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    lines.extend(
        help_text(class)
            .lines()
            .flat_map(|l| wrap(l, usize::from(inner.width)))
            .map(Line::from),
    );
    let left = popup.x.saturating_sub(1).max(area.x);
    let margin = Rect {
        x: left,
        width: (popup.right() + 1).min(area.right()) - left,
        ..popup
    };
    frame.render_widget(Clear, margin);
    frame.render_widget(Block::default().style(theme.base), margin);
    frame.render_widget(block, popup);
    paged(
        frame,
        lines,
        inner,
        (class, Pane::Text, class.help_page),
        theme,
        hits,
    );
}
