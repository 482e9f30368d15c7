//! No panic in class mode: every class screen drawn at 0×0, 1×1, 20×5, 40×15, 80×24 and
//! 300×100, with a bundled lesson and with extreme content (10,000-character texts, a
//! 300-character word, emoji and RTL text, 40 learners with long names).

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::class::state::Pane;
use zhulao::class::{Class, Mark, Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library, parse_lesson};
use zhulao::progress::{Attendee, ClassSession, Learner, LearnerId, SessionId, SessionRecord};
use zhulao::ui::theme::Theme;

const SIZES: [(u16, u16); 6] = [(0, 0), (1, 1), (20, 5), (40, 15), (80, 24), (300, 100)];

fn extreme() -> Lesson {
    let long = "长".repeat(10_000);
    let word = "a".repeat(300);
    let mut t = format!(
        "format_version = 1\nid = \"extreme\"\nversion = 1\ntitle = \"👵🏻 مرحبا שלום {word}\"\n\
         summary = \"😀\"\ncategory = \"基础操作\"\nlevel = \"进阶\"\nestimated_minutes = 600\n"
    );
    for n in 0..8 {
        t.push_str(&format!(
            "\n[[steps]]\nid = \"s{n}\"\ntitle = \"{word}\"\ninstruction = \"{long}\"\n\
             warning = \"مرحبا {word}\"\ntrainer_notes = \"{long}\"\n[steps.screen]\napp = \"{word}\"\n\
             title = \"שלום\"\nelements = [{{ kind = \"text\", text = \"{word}\" }}]\n[steps.task]\nkind = \"observe\"\n"
        ));
    }
    t.push_str(&format!(
        "\n[[quiz]]\nid = \"q\"\nquestion = \"{long}\"\noptions = [\"{word}\", \"{long}\", \"😀\"]\nanswer = 2\nexplanation = \"{long}\"\n"
    ));
    parse_lesson("extreme.toml", t.as_bytes()).expect("valid")
}

fn classes(lesson: Lesson) -> Vec<Class> {
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let learners: Vec<Learner> = (0..40)
        .map(|i| Learner {
            id: LearnerId(i + 1),
            display_name: format!("{}{}", "欧阳".repeat(1 + i as usize % 20), "😀"),
            code: format!("{}", 1001 + i),
            created: String::new(),
            notes: String::new(),
        })
        .collect();
    let setup = Class::new(
        Lang::Zh,
        vec![lesson.clone()],
        learners.clone(),
        day,
        ("社区", "李"),
        Vec::new(),
    );
    let mut class = setup.clone();
    let session = ClassSession {
        id: SessionId(1),
        date: day,
        site: "s".repeat(200),
        trainer: "t".repeat(200),
        lesson_id: lesson.id.to_string(),
        current_step: String::new(),
        plan: None,
    };
    let attendees = learners
        .into_iter()
        .map(|learner| Attendee {
            learner,
            note: "眼睛不好".repeat(30),
        })
        .collect();
    class.update(Msg::Opened(session, attendees, SessionRecord::default()));
    let mut out = vec![setup];
    let mut attendance = class.clone();
    attendance.update(Msg::Type('o'));
    out.push(attendance);
    for (keys, stage) in [
        (vec![Msg::Confirm], Stage::Present),
        (vec![Msg::Confirm, Msg::ToggleNotes], Stage::Present),
        (
            vec![
                Msg::Confirm,
                Msg::MarkEveryone,
                Msg::ToggleGrid,
                Msg::Mark(Mark::NeedsHelp),
            ],
            Stage::Grid,
        ),
        (
            vec![Msg::Confirm, Msg::ToggleGrid, Msg::EditNote],
            Stage::Grid,
        ),
        (
            vec![Msg::Confirm, Msg::OpenQuiz, Msg::Answer(0), Msg::Reveal],
            Stage::Quiz,
        ),
        (
            vec![
                Msg::Confirm,
                Msg::OpenQuiz,
                Msg::Answer(1),
                Msg::AnswerAll(1),
                Msg::ToggleRoster,
                Msg::PageDown(Pane::Text),
            ],
            Stage::Quiz,
        ),
        (
            vec![
                Msg::Confirm,
                Msg::PageDown(Pane::Text),
                Msg::PageDown(Pane::Notes),
                Msg::PageDown(Pane::Phone),
            ],
            Stage::Present,
        ),
        (vec![Msg::Confirm, Msg::TogglePhone], Stage::Present),
        (vec![Msg::Confirm, Msg::ToggleHelp], Stage::Present),
        (
            vec![
                Msg::Confirm,
                Msg::ToggleGrid,
                Msg::ClearMark,
                Msg::ToggleHelp,
            ],
            Stage::Grid,
        ),
        (
            [Msg::Confirm, Msg::OpenQuiz]
                .into_iter()
                .chain(std::iter::repeat_n(Msg::Next, 10))
                .collect(),
            Stage::Summary,
        ),
    ] {
        let mut c = class.clone();
        for k in keys {
            c.update(k);
        }
        assert_eq!(c.stage, stage);
        out.push(c);
    }
    out
}

#[test]
fn every_class_screen_draws_at_every_size() {
    let library = Library::load(&[]);
    let lessons = [library.lessons[0].lesson.clone(), extreme()];
    for lesson in lessons {
        for class in classes(lesson) {
            for (w, h) in SIZES {
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                terminal
                    .draw(|f| {
                        zhulao::class::view::render(
                            f,
                            &class,
                            &Theme::high_contrast(),
                            &mut zhulao::ui::Hits::new(),
                        );
                    })
                    .unwrap();
            }
        }
    }
}
