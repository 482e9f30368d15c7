//! No panic anywhere: every screen drawn at 0×0, 1×1, 20×5, 40×15, 80×24 and 300×100, with
//! the bundled lessons and with a lesson of extreme but valid content.

mod common;

use std::fmt::Write as _;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::Home;
use zhulao::app::picker::Picker;
use zhulao::app::player::{Msg, Player, Target};
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library, parse_lesson};
use zhulao::progress::{Learner, LearnerId};
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
    lessons.push(extreme_lesson("long-texts", 5, 9_990));
    lessons.push(common::example_lesson());

    let mut home = Home::new(&Library::load(&[]), Lang::Zh);
    home.lessons = lessons.clone();
    home.notice = Some("⚠".repeat(500));
    draw_all(|f| {
        zhulao::ui::home::render(f, &home, &theme);
    });
    home.details_open = true;
    home.selected = lessons.len() - 2;
    draw_all(|f| {
        zhulao::ui::home::render(f, &home, &light);
    });

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
        zhulao::ui::picker::render(f, &picker, Lang::Zh, &theme);
    });
    picker.update(zhulao::app::picker::Msg::Select(1));
    draw_all(|f| {
        zhulao::ui::picker::render(f, &picker, Lang::En, &theme);
    });

    for lesson in &lessons {
        for p in player_states(lesson) {
            draw_all(|f| {
                zhulao::ui::player::render(f, &p, &theme);
                zhulao::ui::player::render_notice(f, &"注意".repeat(100), &theme);
            });
        }
    }
}
