//! Marking one learner on the roster grid and redrawing it, with 40 learners and a
//! 12-step lesson, at 80×24 and 120×40 (target: under 2 ms). Pure update and view, no
//! store: the write itself is measured by the progress bench.
//! Run with `cargo bench --bench class`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::class::state::Mark;
use zhulao::class::{Class, Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::progress::{Attendee, ClassSession, Learner, LearnerId, SessionId, SessionRecord};
use zhulao::ui::theme::Theme;

fn class_of_40() -> Class {
    let library = Library::load(&[]);
    let lessons: Vec<_> = library.lessons.into_iter().map(|l| l.lesson).collect();
    let lesson = lessons
        .iter()
        .find(|l| l.steps.len() == 12)
        .unwrap()
        .clone();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let learners: Vec<Learner> = (0..40)
        .map(|i| Learner {
            id: LearnerId(i + 1),
            display_name: format!("学员{:02}", i + 1),
            code: format!("{}", 1001 + i),
            created: String::new(),
            notes: String::new(),
        })
        .collect();
    let mut class = Class::new(
        Lang::Zh,
        vec![lesson.clone()],
        learners.clone(),
        day,
        ("社区学院", "李老师"),
        Vec::new(),
    );
    let session = ClassSession {
        id: SessionId(1),
        date: day,
        site: "社区学院".into(),
        trainer: "李老师".into(),
        lesson_id: lesson.id.to_string(),
        current_step: lesson.steps[5].id.to_string(),
        plan: None,
    };
    let attendees = learners
        .into_iter()
        .map(|learner| Attendee {
            learner,
            note: String::new(),
        })
        .collect();
    class.update(Msg::Opened(session, attendees, SessionRecord::default()));
    class.update(Msg::ToggleGrid);
    assert_eq!(class.stage, Stage::Grid);
    class
}

fn bench(c: &mut Criterion) {
    let theme = Theme::high_contrast();
    let mut group = c.benchmark_group("roster: mark one learner + redraw (40 × 12)");
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut class = class_of_40();
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let marks = [Mark::Done, Mark::NeedsHelp, Mark::Absent];
        let mut n = 0usize;
        group.bench_function(format!("{w}x{h}"), |b| {
            b.iter(|| {
                n += 1;
                if class.row + 1 == class.attendees.len() {
                    class.row = 0;
                }
                black_box(class.update(Msg::Mark(marks[n % 3])));
                terminal
                    .draw(|f| {
                        zhulao::class::view::render(
                            f,
                            &class,
                            &theme,
                            &mut zhulao::ui::Hits::new(),
                        );
                    })
                    .unwrap();
            })
        });
        assert!(class.marks.values().any(|m| *m == Mark::NeedsHelp));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
