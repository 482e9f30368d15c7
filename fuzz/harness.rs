//! The fuzz harness, one input = one lesson file. Shared by the cargo-fuzz target
//! (`fuzz/fuzz_targets/lesson.rs`) and the regression test (`tests/fuzz_regressions.rs`),
//! so every crash the fuzzer finds is replayed by `cargo test` through the same code.

use std::fmt::Write as _;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::Home;
use zhulao::i18n::Lang;
use zhulao::lesson::{BrokenLesson, Library, LoadedLesson, Origin, parse_lesson};
use zhulao::player::{Msg, Player, Target};
use zhulao::ui::theme::Theme;

/// Small screens: the smallest usable one (huge fonts), a tiny one, and the common one.
const SIZES: [(u16, u16); 3] = [(40, 15), (20, 5), (80, 24)];

/// Most steps and check questions walked through per input, to keep each run short.
const MAX_WALK: usize = 12;

/// Draws into TestBackends. The home screen is drawn at every size; the player's many
/// states each at one, taking the sizes in turn, so that each input runs fast.
struct Screens {
    terminals: Vec<Terminal<TestBackend>>,
    turn: usize,
}

impl Screens {
    fn new() -> Screens {
        let terminals = SIZES
            .iter()
            .map(|&(w, h)| Terminal::new(TestBackend::new(w, h)).expect("a test backend"))
            .collect();
        Screens { terminals, turn: 0 }
    }

    fn all(&mut self, f: impl Fn(&mut ratatui::Frame)) {
        for terminal in &mut self.terminals {
            terminal.draw(&f).expect("drawing into a test backend");
        }
    }

    fn player(&mut self, player: &Player, theme: &Theme) {
        self.turn += 1;
        let terminal = &mut self.terminals[self.turn % SIZES.len()];
        terminal
            .draw(|f| {
                zhulao::player::view::render(f, player, theme, &mut zhulao::ui::Hits::new());
            })
            .expect("drawing into a test backend");
    }
}

/// Loads `data` the way the library loads a lesson file (`parse_lesson`: size limit,
/// UTF-8, TOML, validation, sanitising), then draws the outcome: the home screen with the
/// lesson (list and details) or with the file among the broken ones, and the player
/// through its steps (wrong tries, the right answer, phone and help views, paging), its
/// check questions and its summary.
pub fn load_and_render(data: &[u8]) {
    let origin = Origin::File("fuzz.toml".into());
    let mut library = Library::default();
    match parse_lesson("fuzz.toml", data) {
        Ok(lesson) => library.lessons.push(LoadedLesson { lesson, origin }),
        Err(diagnostics) => {
            for d in &diagnostics {
                let _ = d.render(Lang::Zh);
                let _ = d.render(Lang::En);
            }
            library.broken.push(BrokenLesson {
                origin,
                diagnostics,
            });
        }
    }
    let theme = Theme::high_contrast();
    let mut screens = Screens::new();
    let mut home = Home::new(&library, Lang::Zh);
    screens.all(|f| {
        zhulao::app::home::view::render(f, &home, &theme, &mut zhulao::ui::Hits::new());
    });
    let Some(lesson) = library.lessons.pop().map(|l| l.lesson) else {
        return;
    };
    home.details_open = true;
    screens.all(|f| {
        zhulao::app::home::view::render(f, &home, &theme, &mut zhulao::ui::Hits::new());
    });

    let last = lesson.steps.len().saturating_sub(1);
    let mut steps: Vec<usize> = (0..lesson.steps.len().min(3)).collect();
    steps.push(last);
    steps.dedup();
    for step in steps {
        let player = Player::at_step(lesson.clone(), Lang::Zh, step);
        screens.player(&player, &theme);
        let mut wrong = player.clone();
        for _ in 0..3 {
            wrong.update(Msg::Press(Target::Element(9_999)));
            wrong.update(Msg::Pick(9_999));
            wrong.update(Msg::Char('x'));
            wrong.update(Msg::Activate);
        }
        screens.player(&wrong, &theme);
        if let Some(right) = wrong.right_target() {
            wrong.update(Msg::Press(right));
            screens.player(&wrong, &theme);
        }
        let mut phone = player.clone();
        phone.update(Msg::TogglePhone);
        screens.player(&phone, &theme);
        let mut paged = player.clone();
        paged.update(Msg::ScrollDown);
        paged.update(Msg::ScrollDown);
        screens.player(&paged, &theme);
        let mut help = player;
        help.update(Msg::ToggleHelp);
        screens.player(&help, &theme);
    }

    let mut player = Player::at_step(lesson, Lang::En, last);
    for _ in 0..MAX_WALK {
        player.update(Msg::NextStep);
        screens.player(&player, &theme);
        player.update(Msg::FocusNext);
        player.update(Msg::Activate);
        screens.player(&player, &theme);
        if player.exited {
            break;
        }
    }
}

/// The texts of `data` (split at 0xFF bytes, read as lossy UTF-8) placed into the text
/// fields of a valid lesson, so that most inputs load and reach the screens: arbitrary
/// Unicode (wide, zero-width, combining, right-to-left, control characters) in titles,
/// instructions, buttons, inputs, options, QR data, amounts and check questions. Empty
/// parts, and fields the input runs out for, get a plain valid text.
pub fn text_in_lesson(data: &[u8]) {
    load_and_render(lesson_with_text(data).as_bytes());
}

/// The lesson file [`text_in_lesson`] loads.
pub fn lesson_with_text(data: &[u8]) -> String {
    let mut parts = data.split(|&b| b == 0xFF).map(String::from_utf8_lossy);
    let mut next = |default: &str| match parts.next() {
        Some(part) if !part.is_empty() => toml_string(&part),
        _ => toml_string(default),
    };
    let mut t = String::from(
        "format_version = 1\nid = \"fuzz\"\nversion = 1\ncategory = \"基础操作\"\nlevel = \"入门\"\nestimated_minutes = 5\n",
    );
    let _ = writeln!(t, "title = {}\nsummary = {}", next("课"), next("课"));
    for (n, task) in ["tap", "type", "choose", "observe"].into_iter().enumerate() {
        let _ = writeln!(t, "\n[[steps]]\nid = \"s{n}\"");
        for key in ["title", "instruction", "tip", "warning", "hint"] {
            let _ = writeln!(t, "{key} = {}", next("步"));
        }
        let _ = writeln!(
            t,
            "[steps.screen]\napp = {}\ntitle = {}\nelements = [",
            next("应用"),
            next("页")
        );
        let _ = writeln!(t, "{{ kind = \"text\", text = {} }},", next("字"));
        let _ = writeln!(
            t,
            "{{ kind = \"button\", id = \"b\", text = {} }},",
            next("按钮")
        );
        let _ = writeln!(
            t,
            "{{ kind = \"input\", id = \"i\", label = {}, placeholder = {} }},",
            next("输入"),
            next("请输入")
        );
        let _ = writeln!(
            t,
            "{{ kind = \"item\", id = \"it\", text = {}, detail = {} }},",
            next("项"),
            next("详情")
        );
        let _ = writeln!(
            t,
            "{{ kind = \"qr\", data = {}, text = {} }},",
            next("zhulao"),
            next("码")
        );
        let _ = writeln!(
            t,
            "{{ kind = \"amount\", label = {}, value = {} }},",
            next("金额"),
            next("25.00")
        );
        let _ = writeln!(
            t,
            "{{ kind = \"message\", id = \"m\", label = {}, text = {} }},",
            next("短信"),
            next("你好")
        );
        let _ = writeln!(
            t,
            "{{ kind = \"dialog\", title = {}, text = {}, buttons = [{{ id = \"d1\", text = {} }}] }},\n]",
            next("提示"),
            next("确定吗"),
            next("确定")
        );
        let _ = writeln!(t, "[steps.task]\nkind = \"{task}\"");
        let _ = match task {
            "tap" => writeln!(t, "target = \"d1\""),
            "type" => writeln!(t, "target = \"i\"\nexpect = {}", next("25")),
            "choose" => writeln!(t, "options = [{}, {}]\nanswer = 2", next("是"), next("否")),
            _ => Ok(()),
        };
    }
    let _ = writeln!(
        t,
        "\n[[quiz]]\nid = \"q\"\nquestion = {}\noptions = [{}, {}]\nanswer = 1\nexplanation = {}",
        next("问"),
        next("是"),
        next("否"),
        next("因为")
    );
    t
}

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
