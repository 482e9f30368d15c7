//! With huge fonts (40×15) a step's text can be taller than the screen. Nothing may be cut
//! off: PageDown (or a click on "▼ 下面还有") shows the rest, then moves to the next step.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library, Task};
use zhulao::player::keys::player_key;
use zhulao::player::view::render;
use zhulao::player::{Msg, Phase, Player, Target};
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

fn lesson(id: &str) -> Lesson {
    Library::load(&[]).get(id).unwrap().lesson.clone()
}

fn draw(p: &Player, w: u16, h: u16) -> (String, Hits<Msg>) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut hits = Hits::new();
    t.draw(|f| render(f, p, &Theme::high_contrast(), &mut hits))
        .unwrap();
    let text = t
        .backend()
        .buffer()
        .content()
        .chunks(w as usize)
        .map(|row| {
            let mut line = String::new();
            let mut skip = 0;
            for c in row {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                line.push_str(c.symbol());
                skip = unicode_width::UnicodeWidthStr::width(c.symbol()).saturating_sub(1);
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, hits)
}

fn page_down() -> KeyEvent {
    KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE)
}

/// The step where the ride-hailing learner picks which car to get into: a long
/// instruction, a warning and three options.
fn which_car() -> Player {
    let l = lesson("ride-hailing");
    let n = l
        .steps
        .iter()
        .position(|s| s.id.to_string() == "which-car")
        .unwrap();
    Player::at_step(l, Lang::Zh, n)
}

#[test]
fn page_down_shows_the_rest_of_a_step_before_the_next_step() {
    let mut p = which_car();
    let step = p.step;
    let (first, hits) = draw(&p, 40, 15);
    assert!(first.contains("下面还有"), "{first}");
    assert_eq!(
        player_key(&p, page_down(), &hits, |m| m),
        Some(Msg::ScrollDown)
    );
    let mut pages = vec![first];
    loop {
        let (_, hits) = draw(&p, 40, 15);
        let Some(msg) = player_key(&p, page_down(), &hits, |m| m) else {
            break;
        };
        assert_eq!(msg, Msg::ScrollDown);
        p.update(msg);
        pages.push(draw(&p, 40, 15).0);
        assert!(pages.len() < 10, "paging never ends");
    }
    assert_eq!(p.step, step, "paging did not leave the step");
    // At the end of the text, PageDown does not skip the unanswered step; once it is
    // answered, it moves on.
    let Task::Choose { answer, .. } = p.task().clone() else {
        panic!("not a choose step")
    };
    p.update(Msg::Pick(answer));
    let (_, hits) = draw(&p, 40, 15);
    assert_eq!(
        player_key(&p, page_down(), &hits, |m| m),
        Some(Msg::NextStep)
    );
    let all = pages.join("\n");
    let Task::Choose { options, .. } = p.task().clone() else {
        panic!("not a choose step")
    };
    for (n, _) in options.iter().enumerate() {
        assert!(
            all.contains(&format!("{}. ", n + 1)),
            "option {n} never shown"
        );
    }
    assert!(all.contains("注意"), "the warning is never shown");
    assert!(pages.last().unwrap().contains("上面还有"));
}

#[test]
fn options_on_a_later_page_can_be_clicked_and_the_page_resets_on_a_new_step() {
    let mut p = which_car();
    let Some(Task::Choose { answer, .. }) = Some(p.task().clone()) else {
        panic!()
    };
    let wanted = Msg::Press(Target::Option(answer));
    let mut hits = draw(&p, 40, 15).1;
    while !hits.contains(&wanted) {
        assert!(p.page < 10, "the right option is on no page");
        p.update(Msg::ScrollDown);
        hits = draw(&p, 40, 15).1;
    }
    assert!(p.page > 0, "the right option is on a later page");
    let (rect, _) = *hits.iter().find(|(_, m)| *m == wanted).unwrap();
    let msg = hits.tap(rect.x, rect.y).unwrap();
    p.update(msg);
    p.update(Msg::Activate);
    assert_eq!(p.page, 0, "a new step starts at the top");
}

#[test]
fn clicking_more_below_pages_down_and_more_above_pages_up() {
    let mut p = which_car();
    let (_, hits) = draw(&p, 40, 15);
    let (down, _) = *hits.iter().find(|(_, m)| *m == Msg::ScrollDown).unwrap();
    p.update(hits.tap(down.x + 1, down.y).unwrap());
    assert_eq!(p.page, 1);
    let (_, hits) = draw(&p, 40, 15);
    let (up, _) = *hits.iter().find(|(_, m)| *m == Msg::ScrollUp).unwrap();
    p.update(hits.tap(up.x, up.y).unwrap());
    assert_eq!(p.page, 0);
}

#[test]
fn a_check_question_with_its_explanation_pages_too() {
    let l = lesson("fraud-calls");
    let steps = l.steps.len();
    let mut p = Player::at_step(l, Lang::Zh, steps - 1);
    p.update(Msg::NextStep);
    assert!(matches!(p.phase, Phase::Quiz(_)));
    p.update(Msg::Pick(0));
    let (text, hits) = draw(&p, 40, 15);
    if text.contains("下面还有") {
        assert_eq!(
            player_key(&p, page_down(), &hits, |m| m),
            Some(Msg::ScrollDown)
        );
        p.update(Msg::ScrollDown);
        assert!(draw(&p, 40, 15).0.contains("上面还有"));
    }
    p.update(Msg::Activate);
    assert_eq!(p.page, 0, "the next question starts at the top");
}

#[test]
fn every_step_of_every_lesson_can_be_read_whole_at_40x15() {
    for loaded in Library::load(&[]).lessons {
        let l = loaded.lesson;
        for n in 0..l.steps.len() {
            let mut p = Player::at_step(l.clone(), Lang::Zh, n);
            let mut seen = String::new();
            for _ in 0..20 {
                let (text, hits) = draw(&p, 40, 15);
                seen.push_str(&text);
                if player_key(&p, page_down(), &hits, |m| m) != Some(Msg::ScrollDown) {
                    break;
                }
                p.update(Msg::ScrollDown);
            }
            let squeezed: String = seen.chars().filter(|c| !c.is_whitespace()).collect();
            let title: String = l.steps[n]
                .title
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert!(squeezed.contains(&title), "{}/{n}: title", l.id);
            if let Some(w) = &l.steps[n].warning {
                let tail: String = w
                    .chars()
                    .rev()
                    .filter(|c| !c.is_whitespace())
                    .take(3)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                assert!(
                    squeezed.contains(&tail),
                    "{}/{n}: end of the warning {tail:?} never shown",
                    l.id
                );
            }
        }
    }
}

/// The last few non-space characters of `text`.
fn tail(text: &str) -> String {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

#[test]
fn every_phone_screen_can_be_read_whole_at_40x15() {
    for loaded in Library::load(&[]).lessons {
        let l = loaded.lesson;
        for n in 0..l.steps.len() {
            let Some(screen) = l.steps[n].screen.clone() else {
                continue;
            };
            let mut p = Player::at_step(l.clone(), Lang::Zh, n);
            p.update(Msg::TogglePhone);
            let mut seen = String::new();
            for _ in 0..20 {
                let (text, hits) = draw(&p, 40, 15);
                seen.push_str(&text);
                if !hits.contains(&Msg::PhoneDown) {
                    break;
                }
                assert_eq!(
                    player_key(&p, page_down(), &hits, |m| m),
                    Some(Msg::PhoneDown),
                    "PageDown pages the phone"
                );
                p.update(Msg::PhoneDown);
            }
            // The phone's side borders stand between a wrapped line and the next.
            let squeezed: String = seen
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '│')
                .collect();
            for e in &screen.elements {
                use zhulao::lesson::Element;
                let text = match e {
                    Element::Text { text } | Element::Dialog { text, .. } => text,
                    Element::Qr {
                        caption: Some(c), ..
                    } => c,
                    _ => continue,
                };
                let end = tail(text);
                assert!(
                    squeezed.contains(&end),
                    "{}/{n}: {end:?} of {text:?} is on no page of the phone",
                    l.id
                );
            }
        }
    }
}
