//! Nothing is cut on the present screen: for every step of every bundled lesson, every
//! sentence of its instruction, tip, warning and trainer notes, every option of a
//! choose-step, and every text of its phone screen reaches the screen, paging with
//! PageDown as a trainer would (and, on a narrow window, switching to the phone), at
//! 80×24, 120×40 and 40×15. On a projector the practice QR codes are drawn whole and scan.

mod class_support;

use class_support::{row_text, screen};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use zhulao::class::edge::class_msg;
use zhulao::class::view::present_panes;
use zhulao::class::{Class, Msg};
use zhulao::i18n::Lang;
use zhulao::lesson::{Element, Lesson, Library, Screen, Step, Task};
use zhulao::progress::{Attendee, ClassSession, Learner, LearnerId, SessionId, SessionRecord};

/// Text as compared: without whitespace and box-drawing characters, which wrapping and
/// borders put between the words.
fn norm(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !('\u{2500}'..='\u{257f}').contains(c))
        .collect()
}

/// A class of three presenting step `step` of `lesson`, notes shown or hidden.
fn presenting(lesson: &Lesson, step: usize, notes: bool) -> Class {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut class = Class::new(
        Lang::Zh,
        vec![lesson.clone()],
        Vec::new(),
        day,
        ("社区", "李老师"),
        Vec::new(),
    );
    let attendees = ["王秀英", "李建国", "张桂兰"]
        .iter()
        .enumerate()
        .map(|(i, n)| Attendee {
            learner: Learner {
                id: LearnerId(i as i64 + 1),
                display_name: n.to_string(),
                code: format!("{}", 1001 + i),
                created: String::new(),
                notes: String::new(),
            },
            note: String::new(),
        })
        .collect();
    let session = ClassSession {
        id: SessionId(1),
        date: day,
        site: "社区".into(),
        trainer: "李老师".into(),
        lesson_id: lesson.id.to_string(),
        current_step: lesson.steps[step].id.to_string(),
        plan: None,
    };
    class.update(Msg::Opened(session, attendees, SessionRecord::default()));
    assert_eq!(class.step, step);
    if !notes {
        class.update(Msg::ToggleNotes);
    }
    class
}

/// The text of rows `rows` of `rect` in `buf`, the "more" lines left out.
fn part_text(buf: &Buffer, rect: Rect, rows: std::ops::Range<u16>, more: &[String]) -> String {
    rows.map(|y| norm(&row_text(buf, rect.y + y, rect.x, rect.right())))
        .filter(|row| !more.contains(row))
        .collect()
}

/// Everything the screen shows of the step, page after page: PageDown until it would move
/// on to the next step; then, where the phone is behind a switch, the phone's pages too.
fn seen(class: &mut Class, w: u16, h: u16) -> String {
    let ui = &Lang::Zh.text().ui;
    let s = &Lang::Zh.text().class;
    let more: Vec<String> = [
        ui.more_above,
        ui.more_below,
        s.more_above_short,
        s.more_below_short,
    ]
    .iter()
    .map(|m| norm(m))
    .collect();
    let page_down = Event::Key(KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE));
    // The text, the notes (under their heading), the phone's content (inside its frame,
    // title bar and border), and that frame once.
    let mut parts = [String::new(), String::new(), String::new(), String::new()];
    let has_phone = class.current_lesson().unwrap().steps[class.step]
        .screen
        .is_some();
    let beside = present_panes(class, Rect::new(0, 0, w, h)).unwrap().phone;
    let switches = usize::from(has_phone && beside.is_none());
    for round in 0..=switches {
        if round == 1 {
            class.update(Msg::TogglePhone);
        }
        for turn in 0.. {
            assert!(turn < 200, "paging never ends");
            let (buf, hits) = screen(class, w, h);
            let panes = present_panes(class, Rect::new(0, 0, w, h)).unwrap();
            let skip = [(0, 0), (1, 0), (2, 1)];
            for (i, rect) in [panes.text, panes.notes, panes.phone].iter().enumerate() {
                if let Some(r) = rect {
                    let (top, bottom) = skip[i];
                    let rows = top.min(r.height)..r.height.saturating_sub(bottom);
                    parts[i].push_str(&part_text(&buf, *r, rows, &more));
                    parts[i].push('\n');
                    if i == 2 && parts[3].is_empty() {
                        parts[3] = part_text(&buf, *r, 0..top.min(r.height), &more);
                    }
                }
            }
            match class_msg(class, &page_down, &hits, |m| m) {
                Some(msg @ Msg::PageDown(_)) => {
                    class.update(msg);
                }
                other => {
                    assert_eq!(other, Some(Msg::Next), "PageDown moves on once all is seen");
                    break;
                }
            }
        }
    }
    // Each part's pages joined, so a sentence cut by a page break reads whole.
    parts
        .iter()
        .map(|p| p.replace('\n', ""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sentences of a text, as they must be found.
fn sentences(text: &str) -> Vec<String> {
    text.split(['。', '！', '？', '\n'])
        .map(norm)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every text of a phone screen, as the phone widget shows it.
fn phone_texts(screen: &Screen) -> Vec<String> {
    let mut out = vec![screen.app.clone(), screen.title.clone()];
    for e in &screen.elements {
        match e {
            Element::Text { text } => out.extend(sentences(text)),
            Element::Button { text, .. } => out.push(text.clone()),
            Element::Item { text, detail, .. } => {
                out.push(text.clone());
                out.extend(detail.iter().flat_map(|d| sentences(d)));
            }
            Element::Input {
                label,
                placeholder,
                value,
                ..
            } => {
                out.extend(label.clone());
                out.extend(value.clone().or(placeholder.clone()));
            }
            Element::Qr { caption, .. } => out.extend(caption.clone()),
            Element::Amount { label, value } => {
                out.extend(label.clone());
                out.push(value.clone());
            }
            Element::Message {
                sender, text, time, ..
            } => {
                out.extend(sender.clone());
                out.extend(time.clone());
                out.extend(sentences(text));
            }
            Element::Dialog {
                title,
                text,
                buttons,
            } => {
                out.extend(title.clone());
                out.extend(sentences(text));
                out.extend(buttons.iter().map(|b| b.text.clone()));
            }
        }
    }
    out.into_iter()
        .map(|t| norm(&t))
        .filter(|t| !t.is_empty())
        .collect()
}

/// What must reach the screen for `step`.
fn wanted(step: &Step, notes: bool) -> Vec<String> {
    let mut out = sentences(&step.instruction);
    for extra in [&step.tip, &step.warning] {
        out.extend(extra.iter().flat_map(|t| sentences(t)));
    }
    if notes {
        out.extend(step.trainer_notes.iter().flat_map(|t| sentences(t)));
    }
    if let Task::Choose { options, .. } = &step.task {
        out.extend(options.iter().map(|o| norm(o)));
    }
    if let Some(screen) = &step.screen {
        out.extend(phone_texts(screen));
    }
    out
}

/// The steps (lesson id, step number, what was missing) that lose something at `w`×`h`.
fn cut_steps(lessons: &[Lesson], (w, h): (u16, u16), notes: bool) -> Vec<String> {
    let mut out = Vec::new();
    for lesson in lessons {
        for (i, step) in lesson.steps.iter().enumerate() {
            let mut class = presenting(lesson, i, notes);
            let shown = seen(&mut class, w, h);
            let missing: Vec<String> = wanted(step, notes)
                .into_iter()
                .filter(|t| !shown.contains(t.as_str()))
                .collect();
            if !missing.is_empty() {
                out.push(format!("{} step {}: {missing:?}", lesson.id, i + 1));
            }
        }
    }
    out
}

fn bundled() -> Vec<Lesson> {
    Library::load(&[])
        .lessons
        .into_iter()
        .map(|l| l.lesson)
        .collect()
}

macro_rules! nothing_cut {
    ($($name:ident: $size:expr, $notes:expr;)*) => {$(
        #[test]
        fn $name() {
            let lessons = bundled();
            let steps: usize = lessons.iter().map(|l| l.steps.len()).sum();
            assert!(steps > 100, "every bundled lesson is checked");
            let cut = cut_steps(&lessons, $size, $notes);
            assert!(cut.is_empty(), "{} of {steps} steps cut:\n{}", cut.len(), cut.join("\n"));
        }
    )*};
}

nothing_cut! {
    nothing_is_cut_at_80x24_with_notes: (80, 24), true;
    nothing_is_cut_at_120x40_with_notes: (120, 40), true;
    nothing_is_cut_at_120x40_without_notes: (120, 40), false;
    nothing_is_cut_at_40x15_with_notes: (40, 15), true;
    nothing_is_cut_at_40x15_without_notes: (40, 15), false;
}

/// Reads a QR code back off the drawn cells ("▀": upper module the foreground, lower one
/// the background) with a real QR reader.
fn scan(buf: &Buffer, area: Rect) -> Vec<String> {
    let cells: Vec<(u16, u16)> = (area.y..area.bottom())
        .flat_map(|y| (area.x..area.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].symbol() == "▀")
        .collect();
    let Some(&(x0, y0)) = cells.first() else {
        return Vec::new();
    };
    let x1 = cells.iter().map(|c| c.0).max().unwrap() + 1;
    let y1 = cells.iter().map(|c| c.1).max().unwrap() + 1;
    let scale = 4usize;
    let (w, h) = (
        usize::from(x1 - x0) * scale,
        usize::from(y1 - y0) * 2 * scale,
    );
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let cell = &buf[(x0 + (x / scale) as u16, y0 + (y / scale / 2) as u16)];
        let colour = if (y / scale) % 2 == 0 {
            cell.fg
        } else {
            cell.bg
        };
        if colour == Color::Black { 0 } else { 255 }
    });
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|d| d.1))
        .collect()
}

#[test]
fn on_a_projector_every_practice_qr_code_is_whole_and_scans() {
    let mut checked = 0;
    for lesson in bundled() {
        for (i, step) in lesson.steps.iter().enumerate() {
            let Some(screen) = &step.screen else { continue };
            for e in &screen.elements {
                let Element::Qr { data, .. } = e else {
                    continue;
                };
                for notes in [true, false] {
                    let class = presenting(&lesson, i, notes);
                    let (buf, _) = class_support::screen(&class, 120, 40);
                    let phone = present_panes(&class, Rect::new(0, 0, 120, 40))
                        .unwrap()
                        .phone
                        .unwrap();
                    assert_eq!(
                        scan(&buf, phone),
                        vec![data.clone()],
                        "{} step {} (notes {notes})",
                        lesson.id,
                        i + 1
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 8, "{checked} codes");
}

#[test]
fn mobile_payment_step_3_shows_its_code_at_80x24() {
    let lesson = bundled()
        .into_iter()
        .find(|l| l.id.as_str() == "mobile-payment")
        .unwrap();
    let class = presenting(&lesson, 2, true);
    let panes = present_panes(&class, Rect::new(0, 0, 80, 24)).unwrap();
    let qr = zhulao::ui::qr::phone_width(lesson.steps[2].screen.as_ref().unwrap());
    assert!(
        panes.phone.unwrap().width >= qr,
        "{panes:?} for a code {qr} wide"
    );
}
