//! Snapshot tests of the learner picker ("谁在学习？") at 80×24, 40×15 and 120×40: the
//! list with a learner selected, typing a new name, and the English screen; and a learner
//! chosen by taps alone.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::picker::{Choice, Msg, Picker};
use zhulao::i18n::Lang;
use zhulao::progress::{Learner, LearnerId};
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

fn learners() -> Vec<Learner> {
    ["王秀英", "李建国", "欧阳兰芳"]
        .iter()
        .enumerate()
        .map(|(i, name)| Learner {
            id: LearnerId(i as i64 + 1),
            display_name: name.to_string(),
            code: format!("100{}", i + 1),
            created: "2026-11-20T08:00:00.000Z".into(),
            notes: String::new(),
        })
        .collect()
}

fn draw(p: &Picker, lang: Lang, w: u16, h: u16) -> (Terminal<TestBackend>, Hits<Msg>) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut hits = Hits::new();
    t.draw(|f| zhulao::app::picker::view::render(f, p, lang, &Theme::high_contrast(), &mut hits))
        .unwrap();
    (t, hits)
}

#[test]
fn the_picker_at_every_size() {
    let list = Picker::new(learners(), Some("1002"));
    let mut typing = Picker::new(learners(), None);
    typing.update(Msg::Down);
    typing.update(Msg::Enter);
    for c in "张桂".chars() {
        typing.update(Msg::Char(c));
    }
    for (w, h) in [(80, 24), (40, 15), (120, 40)] {
        insta::assert_snapshot!(
            format!("list_{w}x{h}"),
            draw(&list, Lang::Zh, w, h).0.backend()
        );
        insta::assert_snapshot!(
            format!("new_{w}x{h}"),
            draw(&typing, Lang::Zh, w, h).0.backend()
        );
    }
    insta::assert_snapshot!("english_80x24", draw(&list, Lang::En, 80, 24).0.backend());
}

#[test]
fn a_learner_is_chosen_by_taps() {
    for (w, h) in [(80, 24), (40, 15)] {
        let mut p = Picker::new(learners(), None);
        let (_, hits) = draw(&p, Lang::Zh, w, h);
        let (row, _) = *hits.iter().find(|(_, m)| *m == Msg::Select(3)).unwrap();
        let msg = hits.tap(row.x + 1, row.y).unwrap();
        let first = p.update(msg);
        let (_, hits) = draw(&p, Lang::Zh, w, h);
        let (ok, _) = *hits.iter().find(|(_, m)| *m == Msg::Enter).unwrap();
        assert!(ok.height >= 2, "OK is a big button at {w}×{h}");
        let chosen = first.or_else(|| p.update(hits.tap(ok.x, ok.y).unwrap()));
        assert!(
            matches!(&chosen, Some(Choice::Learner(l)) if l.display_name == "李建国"),
            "{chosen:?}"
        );
    }
}
