//! The player view: the step card (title, instruction, tip, warning, feedback) beside the
//! simulated phone on wide screens, or one of the two behind the P key on narrow ones.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::ui::buttons::{ButtonBar, bar_rows};
use crate::ui::frame::{Keep, ScreenFrame, TooSmall};
use crate::ui::keypad::Keypad;
use crate::ui::phone::{FOCUS_MARK, PhoneScreen, REVEAL_MARK};
mod bar;
mod quiz;
mod scroll;

use crate::i18n::fill;
use crate::lesson::Task;
use crate::player::touch::TouchKeys;
use crate::player::{Feedback, Msg, Phase, Player, Target};
use crate::ui::Hits;
use crate::ui::text::{fit, shorten, wrap};
use crate::ui::theme::Theme;
use quiz::{render_help, render_quiz, render_summary};
use scroll::page_lines;
use unicode_width::UnicodeWidthStr;

/// Smallest window the player draws into.
pub const MIN_WIDTH: u16 = 20;
/// Fewest rows the player draws into (see [`MIN_WIDTH`]).
pub const MIN_HEIGHT: u16 = 8;
/// From this width on, the phone stands beside the text.
pub const WIDE_FROM: u16 = 70;

/// Pushes wrapped `text` as lines in `style`, the first prefixed by `label`.
pub(super) fn para(
    lines: &mut Vec<Line<'static>>,
    label: &str,
    text: &str,
    width: usize,
    style: Style,
) {
    let body = format!("{label}{text}");
    lines.extend(
        wrap(&body, width)
            .into_iter()
            .map(|l| Line::styled(l, style)),
    );
}

/// Draws the player, registering its tappable controls in `hits`.
pub fn render(frame: &mut Frame, player: &Player, theme: &Theme, hits: &mut Hits<Msg>) {
    let area = frame.area();
    let s = &player.lang.text().ui;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let note = s.window_too_small;
        frame.render_widget(TooSmall { note, theme }, area);
        return;
    }
    let rows = bar_rows(area.height);
    let (body, bar) = (
        ScreenFrame::body_above(area, rows),
        ScreenFrame::bar(area, rows),
    );
    let total = player.lesson.steps.len();
    let progress = match &player.phase {
        Phase::Steps => fill(
            s.step_progress,
            &[("n", &(player.step + 1)), ("total", &total)],
        ),
        Phase::Quiz(q) => fill(
            s.question_progress,
            &[("n", &(q.index + 1)), ("total", &player.lesson.quiz.len())],
        ),
        Phase::Summary => String::new(),
    };
    let wide = area.width >= WIDE_FROM;
    let right = format!("{progress} ");
    // Cut at a word with "…" when it does not fit; the key help shows it whole.
    let room = (area.width as usize).saturating_sub(right.width() + 2);
    let short = shorten(&player.lesson.title, room);
    let cut = (short != player.lesson.title).then_some(player.lesson.title.as_str());
    let title = format!(" {short}");
    let screen = ScreenFrame {
        title: &title,
        right: &right,
        keep: Keep::Right,
        keys: "",
        theme,
    };
    frame.render_widget(screen, area);
    if player.help_open {
        render_help(frame, body, player.lang, cut, theme);
        hits.add(area, Msg::ToggleHelp);
        return;
    }
    let narrow_phone = !wide
        && matches!(player.phase, Phase::Steps)
        && player.lesson.steps[player.step].screen.is_some();
    ButtonBar {
        buttons: bar::buttons(player, narrow_phone),
        theme,
    }
    .draw(bar, frame.buffer_mut(), hits);

    let inner = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    match &player.phase {
        Phase::Steps => render_step(frame, inner, player, theme, wide, hits),
        Phase::Quiz(quiz) => render_quiz(frame, inner, player, quiz, theme, hits),
        Phase::Summary => render_summary(frame, inner, player, theme, hits),
    }
}

/// A problem the learner should know about (e.g. progress cannot be saved), in the title
/// bar in place of the step counter, so that it covers nothing of the step, the phone or
/// the buttons.
pub fn render_notice(frame: &mut Frame, notice: &str, theme: &Theme) {
    let area = frame.area();
    if area.height < MIN_HEIGHT || area.width < MIN_WIDTH {
        return;
    }
    let row = Rect { height: 1, ..area };
    frame.render_widget(
        Paragraph::new(fit(&format!(" ⚠ {notice}"), area.width as usize)).style(theme.problem),
        row,
    );
}

fn render_step(
    frame: &mut Frame,
    area: Rect,
    player: &Player,
    theme: &Theme,
    wide: bool,
    hits: &mut Hits<Msg>,
) {
    let step = &player.lesson.steps[player.step];
    let has_phone = step.screen.is_some();
    let (text_area, phone_area) = split(area, step, wide, player.phone_open);
    if let (Some(screen), Some(mut p)) = (&step.screen, phone_area) {
        // Alone on a narrow screen, the phone keeps the step's feedback under it.
        if text_area.is_none() {
            let feedback = feedback_lines(player, p.width as usize, theme);
            let h = (feedback.len() as u16).min(p.height.saturating_sub(8));
            let under = Rect {
                y: p.bottom() - h,
                height: h,
                ..p
            };
            frame.render_widget(Paragraph::new(feedback), under);
            p.height -= h;
        }
        let phone_rect = Rect {
            width: p.width.min(46.max(qr_width(step))),
            ..p
        };
        let typed = match (&step.task, player.focused()) {
            (Task::Type { .. }, Some(Target::Element(i))) => Some((i, player.typed.as_str())),
            (Task::Type { target, .. }, None) => screen
                .elements
                .iter()
                .position(|e| e.id() == Some(target))
                .map(|i| (i, player.typed.as_str())),
            _ => None,
        };
        let s = &player.lang.text().ui;
        let touch = player.touch_keys();
        let keypad = match &touch {
            TouchKeys::None => None,
            TouchKeys::Digits => Some(Keypad::Digits {
                erase: s.key_erase,
                ok: s.key_ok,
            }),
            TouchKeys::Words(words) => Some(Keypad::Words {
                label: s.suggest_label,
                words,
                erase: s.key_erase,
                ok: s.key_ok,
            }),
        };
        let phone = PhoneScreen {
            screen,
            focus: player.focused(),
            reveal: (player.feedback == Feedback::Reveal)
                .then(|| player.right_target())
                .flatten(),
            typed,
            page: player.phone_page,
            keypad,
            more: (s.more_above, s.more_below),
            theme,
        };
        let mut taps = Hits::new();
        let pages = phone.draw(phone_rect, frame.buffer_mut(), &mut taps);
        if let Some(r) = pages.above {
            hits.add(r, Msg::PhoneUp);
        }
        if let Some(r) = pages.below {
            hits.add(r, Msg::PhoneDown);
        }
        hits.absorb(taps, Msg::Press);
    }
    if let Some(t) = text_area {
        render_card(frame, t, player, theme, !wide && has_phone, hits);
    }
}

/// Where the step's text and its phone go in `area`: side by side when wide, else one of
/// the two (the phone when `phone_open`).
fn split(
    area: Rect,
    step: &crate::lesson::Step,
    wide: bool,
    phone_open: bool,
) -> (Option<Rect>, Option<Rect>) {
    let has_phone = step.screen.is_some();
    if wide && has_phone {
        let phone_w = (area.width * 2 / 5)
            .clamp(30, 46)
            .max(qr_width(step).min(area.width.saturating_sub(26)));
        let [t, _, p] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(2),
            Constraint::Length(phone_w),
        ])
        .areas(area);
        (Some(t), Some(p))
    } else if has_phone && phone_open {
        (None, Some(area))
    } else {
        (Some(area), None)
    }
}

/// The phone width a step's QR code needs to be drawn whole (borders and margins included).
fn qr_width(step: &crate::lesson::Step) -> u16 {
    step.screen.as_ref().map_or(0, crate::ui::qr::phone_width)
}

/// Option `n` of a choice, wrapped, its mark (▶ ★ ✓ ✗ or a space) before the first line.
pub(super) fn option_lines(
    n: usize,
    option: &str,
    mark: &str,
    style: Style,
    width: usize,
) -> Vec<Line<'static>> {
    wrap(&format!("{}. {option}", n + 1), width.saturating_sub(2))
        .into_iter()
        .enumerate()
        .map(|(k, l)| {
            let lead = if k == 0 { mark } else { " " };
            Line::from(Span::styled(format!("{lead} {l}"), style))
        })
        .collect()
}

/// Adds the options to `lines`, noting which line belongs to which option. When the
/// whole text still fits into `room` rows, a blank line follows each option and belongs
/// to it, so that each is two rows high to a finger.
pub(super) fn push_options<T: Copy>(
    lines: &mut Vec<Line<'static>>,
    rows: &mut Vec<(usize, T)>,
    blocks: Vec<(Vec<Line<'static>>, T)>,
    room: usize,
) {
    let total: usize = blocks.iter().map(|(b, _)| b.len()).sum();
    let spaced = lines.len() + total + blocks.len().saturating_sub(1) <= room;
    let last = blocks.len().saturating_sub(1);
    for (i, (block, target)) in blocks.into_iter().enumerate() {
        for line in block {
            rows.push((lines.len(), target));
            lines.push(line);
        }
        if spaced && i < last {
            rows.push((lines.len(), target));
            lines.push(Line::default());
        }
    }
}

/// The feedback lines for the current state of the step.
fn feedback_lines(player: &Player, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let s = &player.lang.text().ui;
    let step = &player.lesson.steps[player.step];
    let mut lines = Vec::new();
    match player.feedback {
        Feedback::Done => para(&mut lines, "", s.done_feedback, width, theme.success),
        Feedback::Hint => {
            let hint = step.hint.as_deref().unwrap_or("");
            para(&mut lines, s.hint_label, hint, width, theme.warning)
        }
        Feedback::Reveal => {
            let text = match &step.task {
                Task::Type { expect, .. } => fill(s.reveal_type, &[("expect", expect)]),
                Task::Choose { answer, .. } => fill(s.reveal_choose, &[("n", &(answer + 1))]),
                Task::Tap { .. } => fill(
                    s.reveal_tap,
                    &[(
                        "name",
                        &fit(&player.right_target_name().unwrap_or_default(), 20),
                    )],
                ),
                Task::Observe => String::new(),
            };
            para(&mut lines, "", &text, width, theme.reveal)
        }
        Feedback::None => {
            let prompt = match &step.task {
                Task::Tap { .. } => s.tap_prompt,
                Task::Type { .. } => match player.touch_keys() {
                    TouchKeys::Words(_) => s.type_words_prompt,
                    _ => s.type_prompt,
                },
                Task::Choose { .. } => s.choose_prompt,
                Task::Observe => s.observe_feedback,
            };
            para(&mut lines, "", prompt, width, theme.text)
        }
    }
    lines
}

/// The step card's text: the paged lines, which of them belong to which option, the
/// feedback lines kept at the bottom, and the rows the paged lines have.
struct Card {
    lines: Vec<Line<'static>>,
    option_rows: Vec<(usize, Target)>,
    bottom: Vec<Line<'static>>,
    room: usize,
}

/// Lays out the step card for a column `width` cells wide and `height` rows high.
fn card(player: &Player, width: usize, height: usize, theme: &Theme, phone_hidden: bool) -> Card {
    let s = &player.lang.text().ui;
    let step = &player.lesson.steps[player.step];
    let mut lines: Vec<Line<'static>> = Vec::new();
    para(&mut lines, "", &step.title, width, theme.heading);
    lines.push(Line::default());
    para(&mut lines, "", &step.instruction, width, theme.text);
    if let Some(tip) = &step.tip {
        lines.push(Line::default());
        para(&mut lines, s.tip_label, tip, width, theme.tip);
    }
    if let Some(warning) = &step.warning {
        lines.push(Line::default());
        para(&mut lines, s.warning_label, warning, width, theme.warning);
    }
    let mut bottom = feedback_lines(player, width, theme);
    if phone_hidden {
        bottom.push(Line::styled(s.show_phone, theme.button));
    }
    let room = height.saturating_sub(bottom.len() + 1);
    let mut option_rows = Vec::new();
    if let Task::Choose { options, .. } = &step.task {
        lines.push(Line::default());
        let blocks: Vec<(Vec<Line<'static>>, Target)> = options
            .iter()
            .enumerate()
            .map(|(n, option)| {
                let target = Target::Option(n);
                let revealed =
                    player.feedback == Feedback::Reveal && player.right_target() == Some(target);
                let (style, mark) = if revealed {
                    (theme.reveal, REVEAL_MARK)
                } else if player.focused() == Some(target) {
                    (theme.selected, FOCUS_MARK)
                } else {
                    (theme.text, " ")
                };
                (option_lines(n, option, mark, style, width), target)
            })
            .collect();
        push_options(&mut lines, &mut option_rows, blocks, room);
    }
    Card {
        lines,
        option_rows,
        bottom,
        room,
    }
}

/// How many pages the text of step `n` of `lesson` needs in a `width`×`height` window,
/// as the player first shows it (no try yet, the phone behind its key on narrow screens).
pub fn step_pages(
    lesson: &crate::lesson::Lesson,
    n: usize,
    lang: crate::i18n::Lang,
    width: u16,
    height: u16,
) -> usize {
    if n >= lesson.steps.len() || width < MIN_WIDTH || height < MIN_HEIGHT {
        return 1;
    }
    let player = Player::at_step(lesson.clone(), lang, n);
    let area = Rect::new(0, 0, width, height);
    let body = ScreenFrame::body_above(area, bar_rows(height)).inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    let wide = width >= WIDE_FROM;
    let step = &player.lesson.steps[n];
    let (text_area, _) = split(body, step, wide, false);
    let Some(t) = text_area else {
        return 1;
    };
    let has_phone = step.screen.is_some();
    let c = card(
        &player,
        t.width as usize,
        t.height as usize,
        &Theme::high_contrast(),
        !wide && has_phone,
    );
    crate::ui::paging::page_count(c.lines.len(), c.room)
}

fn render_card(
    frame: &mut Frame,
    area: Rect,
    player: &Player,
    theme: &Theme,
    phone_hidden: bool,
    hits: &mut Hits<Msg>,
) {
    let s = &player.lang.text().ui;
    let Card {
        lines,
        option_rows,
        bottom,
        room,
    } = card(
        player,
        area.width as usize,
        area.height as usize,
        theme,
        phone_hidden,
    );
    let (lines, window) = page_lines(lines, room, player.page, area, s, theme, hits);
    for (row, target) in option_rows {
        if let Some(row) = window.row_of(row) {
            hits.add(
                Rect {
                    x: area.x,
                    y: area.y + row as u16,
                    width: area.width,
                    height: 1,
                },
                Msg::Press(target),
            );
        }
    }
    let top_len = lines.len() as u16;
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: top_len.min(area.height),
            ..area
        },
    );
    let bottom_len = (bottom.len() as u16).min(area.height);
    let bottom_area = Rect {
        y: area.bottom() - bottom_len,
        height: bottom_len,
        ..area
    };
    if phone_hidden {
        let y = bottom_area.bottom() - 1;
        hits.add(
            Rect {
                y,
                height: 1,
                ..bottom_area
            },
            Msg::TogglePhone,
        );
    }
    frame.render_widget(Paragraph::new(bottom), bottom_area);
}
