//! The longest bundled title (防诈骗（三）…) on every screen that shows lesson titles, at
//! 40×15, 80×24 and 120×40: the home list wraps the selected title over the rows below
//! it and cuts the others at a word with "…"; the lesson details show it whole; the
//! player's title bar and the class title bar shorten it with "…" and their key help
//! shows it whole; the kiosk's list wraps the selected one like the home list.

mod class_support;
mod kiosk_common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;
use zhulao::app::Home;
use zhulao::app::home::view::render;
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::player::{Msg as PlayerMsg, Player};
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

const LONGEST: &str = "fraud-schemes";
const SIZES: [(u16, u16); 3] = [(40, 15), (80, 24), (120, 40)];

/// The bundled lesson with the longest title is the one these tests show.
#[test]
fn the_fraud_schemes_title_is_the_longest_bundled_one() {
    let library = Library::load(&[]);
    let longest = library
        .lessons
        .iter()
        .max_by_key(|l| l.lesson.title.width())
        .unwrap();
    let ours = library.get(LONGEST).unwrap();
    assert_eq!(longest.lesson.title.width(), ours.lesson.title.width());
    assert!(ours.lesson.title.width() > 40, "{}", ours.lesson.title);
}

fn title() -> String {
    Library::load(&[])
        .get(LONGEST)
        .unwrap()
        .lesson
        .title
        .clone()
}

fn screen_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = symbol.width().saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// True when the whole title can be read on the screen, over one or more rows.
fn whole_title_shown(text: &str) -> bool {
    let joined: String = text
        .lines()
        .map(|l| {
            let l = l
                .trim()
                .trim_start_matches(['▶', '│', ' '])
                .trim_end_matches(['│', ' ']);
            // A list row ends with the lesson's status ("11 步"), not part of the title.
            match l.strip_suffix('步') {
                Some(rest) => rest
                    .trim_end()
                    .trim_end_matches(|c: char| c.is_ascii_digit()),
                None => l,
            }
        })
        .collect();
    let squeezed: String = joined.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.contains(&title())
}

fn home(details: bool) -> Home {
    let mut home = Home::new(&Library::load(&[]), Lang::Zh);
    home.selected = home
        .lessons
        .iter()
        .position(|l| l.id.as_str() == LONGEST)
        .unwrap();
    home.details_open = details;
    home
}

fn draw_home(home: &Home, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| render(f, home, &Theme::high_contrast(), &mut Hits::new()))
        .unwrap();
    terminal
}

#[test]
fn home_list_wraps_the_selected_title() {
    for (w, h) in SIZES {
        let terminal = draw_home(&home(false), w, h);
        let text = screen_text(terminal.backend().buffer());
        assert!(whole_title_shown(&text), "{w}×{h}:\n{text}");
        insta::assert_snapshot!(format!("home_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn home_details_show_the_whole_title() {
    for (w, h) in SIZES {
        let terminal = draw_home(&home(true), w, h);
        let text = screen_text(terminal.backend().buffer());
        assert!(whole_title_shown(&text), "{w}×{h}:\n{text}");
        insta::assert_snapshot!(format!("home_details_{w}x{h}"), terminal.backend());
    }
}

fn player() -> Player {
    let lesson = Library::load(&[]).get(LONGEST).unwrap().lesson.clone();
    Player::at_step(lesson, Lang::Zh, 0)
}

fn draw_player(player: &Player, w: u16, h: u16) -> Terminal<TestBackend> {
    let backend = TestBackend::new(w, h);
    let mut terminal = Terminal::new(backend).unwrap();
    terminal
        .draw(|f| {
            zhulao::player::view::render(f, player, &Theme::high_contrast(), &mut Hits::new())
        })
        .unwrap();
    terminal
}

#[test]
fn player_title_bar_shortens_and_its_help_shows_the_title_whole() {
    for (w, h) in SIZES {
        let terminal = draw_player(&player(), w, h);
        let bar = screen_text(terminal.backend().buffer());
        let bar = bar.lines().next().unwrap();
        assert!(
            bar.contains(&title()) || bar.contains('…'),
            "{w}×{h}: {bar}"
        );
        insta::assert_snapshot!(format!("player_{w}x{h}"), terminal.backend());
        let mut help = player();
        help.update(PlayerMsg::ToggleHelp);
        let terminal = draw_player(&help, w, h);
        let text = screen_text(terminal.backend().buffer());
        assert!(whole_title_shown(&text), "{w}×{h}:\n{text}");
        insta::assert_snapshot!(format!("player_help_{w}x{h}"), terminal.backend());
    }
}

fn class_room() -> class_support::Room {
    let mut room = class_support::Room::new(3);
    room.class.setup.lesson = room
        .class
        .lessons
        .iter()
        .position(|l| l.id.as_str() == LONGEST)
        .unwrap();
    room.send(zhulao::class::Msg::Pick(zhulao::class::state::ROW_START));
    room
}

#[test]
fn class_title_bar_shortens_and_its_help_shows_the_title_whole() {
    for (w, h) in SIZES {
        let room = class_room();
        let terminal = class_support::draw(&room.class, w, h);
        let bar = screen_text(terminal.backend().buffer());
        let bar = bar.lines().next().unwrap();
        // Whole, shortened with "…", or (narrower than the session's own line) left out.
        assert!(
            bar.contains(&title()) || bar.contains('…') || !bar.contains("防诈骗"),
            "{w}×{h}: {bar}"
        );
        insta::assert_snapshot!(format!("class_{w}x{h}"), terminal.backend());
        let mut room = class_room();
        room.send(zhulao::class::Msg::ToggleHelp);
        let terminal = class_support::draw(&room.class, w, h);
        let text = screen_text(terminal.backend().buffer());
        assert!(whole_title_shown(&text), "{w}×{h}:\n{text}");
        insta::assert_snapshot!(format!("class_help_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn kiosk_list_wraps_the_selected_title() {
    use zhulao::kiosk::Msg;
    let mut kiosk = kiosk_common::kiosk();
    for m in [Msg::Enter, Msg::Down, Msg::Down, Msg::Enter] {
        kiosk.update(m);
    }
    let session = kiosk.session.as_mut().expect("a guest session");
    session.home.selected = session
        .home
        .lessons
        .iter()
        .position(|l| l.id.as_str() == LONGEST)
        .unwrap();
    for (w, h) in SIZES {
        let (terminal, _) = kiosk_common::draw(&kiosk, w, h);
        let text = screen_text(terminal.backend().buffer());
        assert!(whole_title_shown(&text), "{w}×{h}:\n{text}");
        insta::assert_snapshot!(format!("kiosk_{w}x{h}"), terminal.backend());
    }
}
