//! The lesson drawn as each mode shows it, into a buffer of its own size: the player, the
//! class present screen, or the player inside the kiosk. Each is the mode's own view,
//! given a state that stands at the step being previewed.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::state::Mode;
use crate::class::{Class, Stage};
use crate::i18n::Lang;
use crate::lesson::Lesson;
use crate::player::Player;
use crate::ui::Hits;
use crate::ui::theme::Theme;

/// The class screen presenting `step` of `lesson` at page `page` of its text, with
/// nobody signed in yet.
pub fn class_at(lesson: &Lesson, lang: Lang, (step, page): (usize, u16)) -> Class {
    let today = chrono::NaiveDate::default();
    let mut class = Class::new(
        lang,
        vec![lesson.clone()],
        Vec::new(),
        today,
        ("", ""),
        Vec::new(),
    );
    class.stage = Stage::Present;
    class.step = step.min(lesson.steps.len().saturating_sub(1));
    class.pages.text = page;
    class
}

/// The player at `step` of `lesson`, at page `page` of its text; at the kiosk, with its
/// "结束练习" button.
pub fn player_at(lesson: &Lesson, lang: Lang, (step, page): (usize, u16), kiosk: bool) -> Player {
    let mut player = Player::at_step(lesson.clone(), lang, step);
    player.page = page;
    player.end_visit = kiosk;
    player
}

/// `lesson` at `at` (step, page), as `mode` draws it in a window `width`×`height`.
pub fn draw(
    lesson: &Lesson,
    (mode, lang, at): (Mode, Lang, (usize, u16)),
    (width, height): (u16, u16),
    theme: &Theme,
) -> Buffer {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    let _ = terminal.draw(|frame| match mode {
        Mode::Player | Mode::Kiosk => {
            let player = player_at(lesson, lang, at, mode == Mode::Kiosk);
            crate::player::view::render(frame, &player, theme, &mut Hits::new());
        }
        Mode::Class => {
            let class = class_at(lesson, lang, at);
            crate::class::view::render(frame, &class, theme, &mut Hits::new());
        }
    });
    terminal.backend().buffer().clone()
}
