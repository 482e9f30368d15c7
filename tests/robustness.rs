//! No key, click or window size makes the program panic, and Chinese text wraps by the
//! line-breaking rules in every bundled lesson.

mod common;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;
use zhulao::app::Home;
use zhulao::app::run::{Msg, Reply};
use zhulao::app::start::with_store;
use zhulao::i18n::Lang;
use zhulao::lesson::{Element, Lesson, Library, Task};
use zhulao::progress::Store;
use zhulao::ui::text::wrap;

/// Every text of a lesson a learner can see.
fn texts(lesson: &Lesson) -> Vec<String> {
    let mut out = vec![lesson.title.clone(), lesson.summary.clone()];
    for step in &lesson.steps {
        out.extend([step.title.clone(), step.instruction.clone()]);
        out.extend(
            [&step.tip, &step.warning, &step.hint, &step.trainer_notes]
                .into_iter()
                .flatten()
                .cloned(),
        );
        if let Task::Choose { options, .. } = &step.task {
            out.extend(options.iter().cloned());
        }
        for e in step.screen.iter().flat_map(|s| &s.elements) {
            match e {
                Element::Text { text }
                | Element::Item { text, .. }
                | Element::Message { text, .. } => out.push(text.clone()),
                Element::Dialog { text, .. } => out.push(text.clone()),
                _ => {}
            }
        }
    }
    for q in &lesson.quiz {
        out.push(q.question.clone());
        out.push(q.explanation.clone());
        out.extend(q.options.iter().cloned());
    }
    out
}

fn all_lessons() -> Vec<Lesson> {
    let mut lessons: Vec<Lesson> = Library::load(&[])
        .lessons
        .into_iter()
        .map(|l| l.lesson)
        .collect();
    lessons.push(common::example_lesson());
    lessons
}

#[test]
fn no_wrapped_line_starts_with_closing_or_ends_with_opening_punctuation() {
    const NO_START: &str = "，。、；：？！）」』】》";
    const NO_END: &str = "（「『【《";
    for lesson in all_lessons() {
        for text in texts(&lesson) {
            for width in [20, 40, 80] {
                for line in wrap(&text, width) {
                    assert!(
                        line.width() <= width,
                        "{}: {line:?} is wider than {width}",
                        lesson.id
                    );
                    if let Some(first) = line.chars().next() {
                        assert!(
                            !NO_START.contains(first),
                            "{}: {line:?} starts with {first} at {width}",
                            lesson.id
                        );
                    }
                    if let Some(last) = line.trim_end().chars().last() {
                        assert!(
                            !NO_END.contains(last),
                            "{}: {line:?} ends with {last} at {width}",
                            lesson.id
                        );
                    }
                }
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode),
    Click(u16, u16),
    Resize(u16, u16),
}

fn input() -> impl Strategy<Value = Input> {
    let keys = prop_oneof![
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Backspace),
        Just(KeyCode::PageDown),
        Just(KeyCode::F(1)),
        any::<char>().prop_map(KeyCode::Char),
        (b'0'..=b'9').prop_map(|c| KeyCode::Char(c as char)),
    ];
    prop_oneof![
        6 => keys.prop_map(Input::Key),
        3 => (0u16..300, 0u16..100).prop_map(|(x, y)| Input::Click(x, y)),
        1 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_input_sequence_on_any_lesson_draws_without_panic(
        lesson_pick in 0usize..64,
        inputs in proptest::collection::vec(input(), 1..120),
    ) {
        let library = Library::load(&[]);
        let mut home = Home::new(&library, Lang::Zh);
        home.lessons.push(common::example_lesson().into());
        let count = home.lessons.len();
        home.selected = lesson_pick % count;
        let data = tempfile::tempdir().unwrap();
        let now = chrono::Utc::now();
        let mut store = Store::open(data.path(), now).unwrap();
        let learner = store.add_learner("王秀英", None, now).unwrap();
        let mut app = with_store(home, Ok(store));
        // A speech program that exists everywhere and says nothing.
        app.edge.speaker = Some(zhulao::speech::Speaker::with_command(
            vec!["true".into()],
            zhulao::settings::SpeechInput::Argument,
        ));
        app.edge.data_dir = Some(data.path().to_path_buf());
        app.send(Msg::Reply(Reply::LearnerAdded(learner)));
        app.event(&key(KeyCode::Enter), now);
        app.event(&key(KeyCode::Enter), now);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for input in inputs {
            let event = match input {
                Input::Key(code) => key(code),
                Input::Click(x, y) => Event::Mouse(MouseEvent {
                    kind: MouseEventKind::Down(MouseButton::Left),
                    column: x,
                    row: y,
                    modifiers: KeyModifiers::NONE,
                }),
                Input::Resize(w, h) => {
                    terminal.backend_mut().resize(w, h);
                    terminal.resize(ratatui::layout::Rect::new(0, 0, w, h)).unwrap();
                    Event::Resize(w, h)
                }
            };
            if matches!(event, Event::Key(KeyEvent { code: KeyCode::Char('q' | 'Q'), .. })) && app.program.player().is_none() {
                continue;
            }
            app.event(&event, now);
            app.draw_on(&mut terminal).unwrap();
            app.after_frame();
        }
        // The only notice allowed is the one saying where an export went.
        let written = |n: &str| n.starts_with("已导出");
        let notice = &app.program.home.notice;
        prop_assert!(notice.as_deref().is_none_or(written), "a write failed: {notice:?}");
        app.edge.store.as_ref().unwrap().check_integrity(false).unwrap();
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}
