//! No panic anywhere: every screen drawn at 0×0, 1×1, 20×5, 40×15, 80×24 and 300×100, with
//! the bundled lessons and with a lesson of extreme but valid content: the home screen
//! (list, details, learner and "continue" rows, broken files), the learner picker, the
//! settings (each field, and while typing), and the player (steps, wrong tries, phone,
//! help, paging, check questions, summary, notices).

mod common;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::home::LearnerLabel;
use zhulao::app::picker::Picker;
use zhulao::app::settings_screen::{Field, Msg as SettingsMsg, SettingsScreen};
use zhulao::app::{Home, Msg as HomeMsg};
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library, parse_lesson};
use zhulao::player::{Msg, Player, Target};
use zhulao::progress::{Learner, LearnerId, LessonProgress, LessonStatus};
use zhulao::settings::Settings;
use zhulao::ui::theme::Theme;

const SIZES: [(u16, u16); 6] = [(0, 0), (1, 1), (20, 5), (40, 15), (80, 24), (300, 100)];

/// Extreme but valid (a lesson file is at most 1 MiB, so the two extremes come apart):
/// `steps` steps with texts of `long` characters, a 300-character word, emoji, Arabic and
/// Hebrew.
fn extreme_lesson(id: &str, steps: usize, long: usize) -> Lesson {
    let long = "长".repeat(long);
    let word = "a".repeat(if steps > 100 { 30 } else { 300 });
    let t = String::from(
        "format_version = 1\nid = \"ID\"\nversion = 1\ntitle = \"👵🏻📱 مرحبا שלום 极端课程标题非常非常非常非常非常长\"\n\
         summary = \"😀\"\ncategory = \"基础操作\"\nlevel = \"进阶\"\nestimated_minutes = 600\n",
    );
    let mut t = t.replace("ID", id);
    for n in 0..steps {
        let _ = write!(
            t,
            "\n[[steps]]\nid = \"s{n}\"\ntitle = \"{word}\"\ninstruction = \"{long}\"\ntip = \"👨‍👩‍👧 مرحبا بالعالم שלום עולם\"\n\
             warning = \"{word}\"\nhint = \"{long}\"\n[steps.screen]\napp = \"{word}\"\ntitle = \"مرحبا\"\nelements = [\n\
               {{ kind = \"text\", text = \"{long}\" }},\n\
               {{ kind = \"button\", id = \"b\", text = \"{word}\" }},\n\
               {{ kind = \"input\", id = \"i\", label = \"{word}\", placeholder = \"😀😀😀\" }},\n\
               {{ kind = \"item\", id = \"it\", text = \"👵🏻\", detail = \"{word}\" }},\n\
               {{ kind = \"qr\", data = \"{}\", text = \"{word}\" }},\n\
               {{ kind = \"amount\", label = \"{word}\", value = \"999999999999.99\" }},\n\
               {{ kind = \"message\", id = \"m\", label = \"{word}\", text = \"{long}\" }},\n\
               {{ kind = \"dialog\", title = \"{word}\", text = \"{word}\", buttons = [{{ id = \"d1\", text = \"{word}\" }}, {{ id = \"d2\", text = \"😀\" }}] }},\n]\n",
            "Q".repeat(word.len())
        );
        let task = match n % 4 {
            0 => "kind = \"tap\"\ntarget = \"d1\"".to_string(),
            1 => "kind = \"type\"\ntarget = \"i\"\nexpect = \"שלום\"".to_string(),
            2 => {
                format!("kind = \"choose\"\noptions = [\"{word}\", \"{long}\", \"😀\"]\nanswer = 3")
            }
            _ => "kind = \"observe\"".to_string(),
        };
        let _ = write!(t, "[steps.task]\n{task}\n");
    }
    let _ = write!(
        t,
        "\n[[quiz]]\nid = \"q\"\nquestion = \"{long}\"\noptions = [\"{word}\", \"{long}\"]\nanswer = 2\nexplanation = \"{long}\"\n"
    );
    parse_lesson("extreme.toml", t.as_bytes()).expect("the extreme lesson is valid")
}

fn draw_all(f: impl Fn(&mut ratatui::Frame)) {
    for (w, h) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(&f).unwrap();
    }
}

/// The player in each state worth drawing.
fn player_states(lesson: &Lesson) -> Vec<Player> {
    let mut out = Vec::new();
    let steps = lesson.steps.len().min(8);
    for step in 0..steps {
        let p = Player::at_step(lesson.clone(), Lang::Zh, step);
        out.push(p.clone());
        let mut wrong = p.clone();
        for _ in 0..3 {
            wrong.update(Msg::Press(Target::Element(9_999)));
            wrong.update(Msg::Pick(9_999));
            wrong.update(Msg::Char('x'));
            wrong.update(Msg::Activate);
        }
        out.push(wrong);
        let mut phone = p.clone();
        phone.update(Msg::TogglePhone);
        out.push(phone);
        let mut paged = p.clone();
        for _ in 0..3 {
            paged.update(Msg::ScrollDown);
        }
        out.push(paged);
        let mut help = p;
        help.update(Msg::ToggleHelp);
        out.push(help);
    }
    let mut last = Player::at_step(lesson.clone(), Lang::En, lesson.steps.len() - 1);
    last.update(Msg::NextStep);
    out.push(last.clone());
    last.update(Msg::Pick(0));
    out.push(last.clone());
    last.update(Msg::Activate);
    out.push(last);
    out
}

#[test]
fn every_screen_at_every_size_with_every_lesson() {
    let theme = Theme::high_contrast();
    let light = Theme::light();
    let mut lessons: Vec<Lesson> = Library::load(&[])
        .lessons
        .into_iter()
        .map(|l| l.lesson)
        .collect();
    lessons.push(extreme_lesson("many-steps", 500, 20));
    lessons.push(extreme_lesson("long-texts", 5, 10_000));
    lessons.push(common::example_lesson());

    let mut home = Home::new(&Library::load(&[]), Lang::Zh);
    home.lessons = lessons.iter().cloned().map(Into::into).collect();
    home.notice = Some("⚠".repeat(500));
    draw_all(|f| {
        zhulao::app::home::view::render(f, &home, &theme, &mut zhulao::ui::Hits::new());
    });
    home.details_open = true;
    home.selected = lessons.len() - 2;
    draw_all(|f| {
        zhulao::app::home::view::render(f, &home, &light, &mut zhulao::ui::Hits::new());
    });

    // A learner with progress everywhere (the "continue" row, progress marks) and broken
    // files with long, mixed-script names and messages.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-lessons");
    let mut home = Home::new(&Library::load(&[fixtures]), Lang::Zh);
    assert!(!home.broken.is_empty());
    home.lessons = lessons.iter().cloned().map(Into::into).collect();
    home.broken.push((
        format!(
            "/{}/مرحبا/שלום/{}.toml",
            "很长的文件夹".repeat(40),
            "a".repeat(300)
        ),
        "⚠ 👨‍👩‍👧 ".repeat(300),
    ));
    let progress: HashMap<String, LessonProgress> = lessons
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let total = l.steps.len();
            let done = (i * 7) % (total + 1);
            let status = match done {
                0 => LessonStatus::NotStarted,
                d if d == total => LessonStatus::Completed,
                _ => LessonStatus::InProgress,
            };
            let p = LessonProgress {
                status,
                steps_done: done,
                steps_total: total,
                done: (0..total).map(|s| s < done).collect(),
                resume_at: done.min(total - 1),
                needs_help: (0..total).step_by(3).collect(),
                last_at: Some(format!("2026-11-{:02}T09:00:00.000Z", 1 + i % 28)),
                seconds: 999_999_999,
            };
            (l.id.to_string(), p)
        })
        .collect();
    let label = LearnerLabel {
        name: "👵🏻 مرحبا שלום 欧阳".repeat(3),
        code: "123456789012".into(),
    };
    home.set_progress(Some(label), progress);
    for lang in [Lang::Zh, Lang::En] {
        home.lang = lang;
        home.details_open = false;
        home.update(HomeMsg::First);
        draw_all(|f| {
            zhulao::app::home::view::render(f, &home, &theme, &mut zhulao::ui::Hits::new());
        });
        home.update(HomeMsg::Last);
        draw_all(|f| {
            zhulao::app::home::view::render(f, &home, &light, &mut zhulao::ui::Hits::new());
        });
        home.update(HomeMsg::Up);
        home.update(HomeMsg::Open);
        draw_all(|f| {
            zhulao::app::home::view::render(f, &home, &theme, &mut zhulao::ui::Hits::new());
        });
    }

    // The settings: every field selected, and every text field while it is typed into.
    let word = "a".repeat(300);
    let settings = Settings {
        speech_command: vec![word.clone(), "👨‍👩‍👧".into(), "مرحبا שלום".into()],
        default_site: "社区教育中心 مرحبا שלום 😀".repeat(4),
        trainer_name: word.clone(),
        ..Settings::default()
    };
    for lang in [Lang::Zh, Lang::En] {
        for (row, field) in Field::ALL.into_iter().enumerate() {
            let mut screen = SettingsScreen::new(settings.clone());
            for _ in 0..row {
                screen.update(SettingsMsg::Down);
            }
            draw_all(|f| {
                zhulao::app::settings_screen::view::render(
                    f,
                    &screen,
                    lang,
                    &theme,
                    &mut zhulao::ui::Hits::new(),
                );
            });
            // A choice changes; a text field starts being edited.
            screen.update(SettingsMsg::Enter);
            assert_eq!(screen.editing.is_some(), field.is_text());
            for c in "长😀مרwordword".chars().cycle().take(200) {
                screen.update(SettingsMsg::Char(c));
            }
            draw_all(|f| {
                zhulao::app::settings_screen::view::render(
                    f,
                    &screen,
                    lang,
                    &light,
                    &mut zhulao::ui::Hits::new(),
                );
            });
            screen.update(SettingsMsg::Enter);
            draw_all(|f| {
                zhulao::app::settings_screen::view::render(
                    f,
                    &screen,
                    lang,
                    &theme,
                    &mut zhulao::ui::Hits::new(),
                );
            });
        }
    }

    let learners: Vec<Learner> = (0..100)
        .map(|i| Learner {
            id: LearnerId(i),
            display_name: "很长的名字".repeat(8),
            code: format!("{}", 1000 + i),
            created: String::new(),
            notes: String::new(),
        })
        .collect();
    let mut picker = Picker::new(learners, Some("1099"));
    draw_all(|f| {
        zhulao::app::picker::view::render(
            f,
            &picker,
            Lang::Zh,
            &theme,
            &mut zhulao::ui::Hits::new(),
        );
    });
    picker.update(zhulao::app::picker::Msg::Select(1));
    draw_all(|f| {
        zhulao::app::picker::view::render(
            f,
            &picker,
            Lang::En,
            &theme,
            &mut zhulao::ui::Hits::new(),
        );
    });

    for lesson in &lessons {
        for p in player_states(lesson) {
            draw_all(|f| {
                zhulao::player::view::render(f, &p, &theme, &mut zhulao::ui::Hits::new());
                zhulao::player::view::render_notice(f, &"注意".repeat(100), &theme);
            });
        }
    }
}
