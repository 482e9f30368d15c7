//! A real week of classes through class mode's keys, its edge and the store: a returning
//! class signs in with one key and newcomers join it; two learners of one name; notes that
//! follow the learner; and the new screens (set-up, group sign-in, history, same names).

mod class_support;

use chrono::Duration;
use class_support::week::*;
use class_support::*;
use crossterm::event::KeyCode;
use zhulao::class::state::{Found, ROW_GROUP, ROW_START};
use zhulao::class::{Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::progress::Store;

#[test]
fn a_returning_class_of_twelve_signs_in_with_one_key_and_newcomers_join_it() {
    let names: Vec<&str> = TWELVE.iter().map(|t| t.0).collect();
    let mut week = Week::new(&names);
    // Week 1: no class yet; the set-up opens on the lesson (site and trainer remembered).
    assert!(week.class.setup.groups.is_empty());
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Attendance);
    for (name, initials) in TWELVE {
        week.type_keys(initials);
        assert!(
            matches!(&week.class.found()[0], Found::Learner(l) if l.display_name == name),
            "{initials} finds {name} first"
        );
        week.key(KeyCode::Enter);
    }
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    assert_eq!(week.class.attendees.len(), 12);
    let first_week = week.keys;
    assert_eq!(first_week, 51, "2 to start, 4 per learner, 1 to begin");
    week.send(Msg::MarkEveryone);
    let lesson = week.class.session.clone().unwrap().lesson_id;

    // Week 2: the set-up offers last week's class first; one key signs all twelve in.
    week.reopen(monday() + Duration::days(7));
    assert_eq!(week.class.setup.row, ROW_GROUP);
    let group = week.class.setup.chosen_group().unwrap().clone();
    assert_eq!(group.members, 12);
    assert_eq!(group.name, "幸福社区周一班");
    let (buf, _) = screen(&week.class, 80, 24);
    assert!(screen_text(&buf).contains("上次的班：幸福社区周一班（12人）"));
    // The next lesson is offered, after last week's.
    let last = week
        .class
        .lessons
        .iter()
        .position(|l| l.id.as_str() == lesson)
        .unwrap();
    assert_eq!(week.class.setup.lesson, last + 1);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Attendance);
    assert_eq!(
        week.class.attendees.len(),
        12,
        "one key: everyone is signed in"
    );
    assert!(
        week.class
            .status
            .as_deref()
            .unwrap()
            .contains("12 人都签到了")
    );
    assert_eq!(week.keys, 1);
    let session = week.class.session.clone().unwrap().id;
    assert_eq!(week.store.attendees(session).unwrap().len(), 12);
    // One is away this week; a newcomer comes; then the lesson begins.
    week.key(KeyCode::Tab);
    week.key(KeyCode::Delete);
    week.key(KeyCode::Tab);
    week.type_keys("新来的");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    assert_eq!(week.class.attendees.len(), 12);
    println!(
        "keys for a returning class of 12: week 1 {first_week}, week 2 to sign in 1, to begin 2"
    );

    // Week 3: the newcomer is in the group, and the one away last week still is.
    week.reopen(monday() + Duration::days(14));
    assert_eq!(week.class.setup.chosen_group().unwrap().members, 13);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees.len(), 13);
    assert_eq!(week.count("SELECT count(*) FROM class_group"), 1);
}

#[test]
fn one_who_left_the_class_is_taken_out_of_its_group() {
    let mut week = returning();
    week.key(KeyCode::Enter);
    week.key(KeyCode::Tab);
    week.key(KeyCode::Down);
    let gone = week.class.attendees[1].learner.clone();
    week.type_keys("x");
    assert_eq!(week.class.attendees.len(), 11);
    let said = week.class.status.clone().unwrap();
    assert!(said.contains("李建国 移出了幸福社区周一班"), "{said}");
    let group = week.class.group.unwrap();
    assert!(!week.store.group_members(group).unwrap().contains(&gone.id));
    // Signed out for a week only (Delete), another stays in the group.
    week.key(KeyCode::Delete);
    assert_eq!(week.store.group_members(group).unwrap().len(), 11);
    week.reopen(monday() + Duration::days(14));
    assert_eq!(week.class.setup.chosen_group().unwrap().members, 11);
}

#[test]
fn last_weeks_class_started_by_mistake_is_deleted_on_going_back() {
    let mut week = returning();
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees.len(), 12);
    week.key(KeyCode::Esc);
    assert!(week.class.session.is_none());
    assert_eq!(
        week.count("SELECT count(*) FROM class_session"),
        1,
        "last week's only"
    );
    assert_eq!(
        week.store.groups().unwrap()[0].members,
        12,
        "the group stays"
    );
    // With a newcomer signed in by hand it stays, to go on with.
    week.key(KeyCode::Enter);
    week.type_keys("新来的");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Esc);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 2);
    assert_eq!(week.class.setup.today.len(), 1);
    // Once the lesson began it stays too, marks or not.
    week.send(Msg::Pick(ROW_GROUP));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    week.key(KeyCode::Esc);
    week.key(KeyCode::Esc);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 3);
}

#[test]
fn a_new_class_can_be_chosen_instead_of_last_weeks() {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.reopen(monday() + Duration::days(1));
    assert!(week.class.setup.chosen_group().is_some());
    week.send(Msg::Next);
    assert!(week.class.setup.chosen_group().is_none(), "a new class");
    week.send(Msg::Pick(ROW_START));
    assert!(week.class.attendees.is_empty());
    week.type_keys("ljg");
    week.key(KeyCode::Enter);
    assert_eq!(week.count("SELECT count(*) FROM class_group"), 2);
    assert_eq!(
        week.store.groups().unwrap()[0].name,
        "幸福社区周二班",
        "named by the site and weekday"
    );
}

#[test]
fn two_learners_of_one_name_are_both_added_and_told_apart() {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("王秀英");
    let found = week.class.found();
    assert!(matches!(&found[0], Found::Learner(l) if l.display_name == "王秀英"));
    assert!(
        matches!(found.last(), Some(Found::New(n)) if n == "王秀英"),
        "another 王秀英 can be added: {found:?}"
    );
    week.key(KeyCode::Enter);
    // The first is here; typing the name again offers only a new one, never "没有找到".
    week.type_keys("王秀英");
    assert_eq!(week.class.found(), vec![Found::New("王秀英".into())]);
    let (buf, _) = screen(&week.class, 80, 24);
    let text = screen_text(&buf);
    assert!(text.contains("另一位“王秀英”（已有1位同名）"), "{text}");
    assert!(!text.contains("没有找到"));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees.len(), 2);
    let (a, b) = (
        week.class.attendees[0].learner.clone(),
        week.class.attendees[1].learner.clone(),
    );
    assert_eq!(a.display_name, b.display_name);
    assert_ne!(a.code, b.code);
    assert!(week.class.status.as_deref().unwrap().contains(&b.code));
    // A Latin-script name can be added too.
    week.type_keys("Anna Li");
    assert!(matches!(week.class.found().last(), Some(Found::New(n)) if n == "Anna Li"));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees[2].learner.display_name, "Anna Li");
    // A note tells them apart; the grid and the summary show each one's code.
    week.key(KeyCode::Tab);
    week.key(KeyCode::Down);
    week.type_keys("n");
    week.type_keys("3号楼");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Tab);
    week.key(KeyCode::Enter);
    week.type_keys("g");
    let (buf, _) = screen(&week.class, 80, 24);
    let grid = screen_text(&buf);
    assert!(grid.contains(&format!("王秀英 {}", a.code)), "{grid}");
    assert!(grid.contains(&format!("王秀英 {}", b.code)), "{grid}");
    let summary = zhulao::class::view::summary_text(&week.class);
    assert!(summary.contains(&format!("王秀英 {}", a.code)), "{summary}");
    assert!(
        summary.contains(&format!("王秀英 {}：（3号楼）", b.code)),
        "{summary}"
    );
    // Searching later finds both, each with code and note.
    week.reopen(monday() + Duration::days(7));
    week.send(Msg::Next);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    let (buf, _) = screen(&week.class, 80, 24);
    let text = screen_text(&buf);
    assert!(
        text.contains(&format!("王秀英  {}  3号楼", b.code)),
        "{text}"
    );
    assert!(text.contains(&format!("王秀英  {}", a.code)), "{text}");
}

#[test]
fn learner_add_warns_about_a_learner_of_the_same_name() {
    let dir = tempfile::tempdir().unwrap();
    let library = zhulao::lesson::Library::load(&[]);
    let add = |notes: Option<&str>| {
        let mut out = Vec::new();
        let cmd = zhulao::cli::LearnerCommand::Add {
            name: "王秀英".into(),
            code: None,
            notes: notes.map(str::to_string),
        };
        let ok = zhulao::commands::learner::learner(&cmd, dir.path(), &library, Lang::Zh, &mut out)
            .unwrap();
        assert!(ok);
        String::from_utf8(out).unwrap()
    };
    let first = add(Some("住3号楼"));
    assert!(!first.contains("同名"), "{first}");
    let second = add(None);
    assert!(second.contains("已经有同名的学员"), "{second}");
    assert!(second.contains("住3号楼"), "the other one's note: {second}");
    let store = Store::open_read_only(dir.path()).unwrap();
    assert_eq!(store.learners_named("王秀英").unwrap().len(), 2);
}

#[test]
fn a_note_follows_the_learner_to_later_classes_and_the_progress_sheet() {
    let mut week = Week::new(&["王秀英", "李建国"]);
    // Written with `zhulao learner add --notes`: shown in class.
    let li = week.store.learners_named("李建国").unwrap().remove(0);
    week.store
        .set_notes(&li.code, "耳朵不好，说话大声")
        .unwrap();
    week.reopen(monday());
    week.send(Msg::Pick(ROW_START));
    week.type_keys("ljg");
    week.key(KeyCode::Enter);
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees[0].note, "耳朵不好，说话大声");
    let (buf, _) = screen(&week.class, 80, 24);
    assert!(screen_text(&buf).contains("李建国  耳朵不好，说话大声"));
    // Written in class on the grid: it belongs to the learner.
    week.key(KeyCode::Enter);
    week.type_keys("g");
    week.type_keys("2");
    week.type_keys("n");
    week.type_keys("眼睛不好，需要大字");
    week.key(KeyCode::Enter);
    let wang = week.id_of("王秀英");
    let notes = |w: &Week, id| {
        w.store
            .learners()
            .unwrap()
            .into_iter()
            .find(|l| l.id == id)
            .unwrap()
            .notes
    };
    assert_eq!(notes(&week, wang), "眼睛不好，需要大字");
    let lessons = lessons();
    let refs: Vec<_> = lessons.iter().collect();
    let sheets =
        zhulao::export::progress::progress_sheets(&week.store, &refs, Lang::Zh, true).unwrap();
    let notes_sheet = sheets.last().unwrap();
    let row = notes_sheet
        .rows
        .iter()
        .find(|r| {
            r.iter()
                .any(|c| *c == zhulao::export::Cell::Text("王秀英".into()))
        })
        .unwrap();
    assert!(row.contains(&zhulao::export::Cell::Text("眼睛不好，需要大字".into())));
    // Next week it is there; it is changed, then deleted.
    week.reopen(monday() + Duration::days(7));
    week.key(KeyCode::Enter);
    let row = week
        .class
        .attendees
        .iter()
        .position(|a| a.learner.id == wang)
        .unwrap();
    assert_eq!(week.class.attendees[row].note, "眼睛不好，需要大字");
    week.key(KeyCode::Enter);
    week.type_keys("g");
    week.type_keys(&(row + 1).to_string());
    week.type_keys("n");
    week.key(KeyCode::Backspace);
    week.key(KeyCode::Backspace);
    week.type_keys("中字");
    week.key(KeyCode::Enter);
    assert_eq!(notes(&week, wang), "眼睛不好，需要中字");
    week.type_keys("n");
    week.key(KeyCode::Delete);
    week.key(KeyCode::Enter);
    assert_eq!(notes(&week, wang), "");
    assert!(week.class.status.as_deref().unwrap().contains("备注删掉了"));
}

screens! {
    set_up_last_class: returning();
    set_up_new_class_chosen: {
        let mut week = returning();
        week.send(Msg::Next);
        week
    };
    signed_in_by_group: {
        let mut week = returning();
        week.key(KeyCode::Enter);
        week
    };
    history: with_history();
    history_correcting: {
        let mut week = with_history();
        week.key(KeyCode::Down);
        week.type_keys("e");
        week
    };
    history_confirm_delete: {
        let mut week = with_history();
        week.key(KeyCode::Down);
        week.key(KeyCode::Delete);
        week
    };
    same_name_search: {
        let mut week = Week::new(&["王秀英", "李建国"]);
        week.send(Msg::Pick(ROW_START));
        week.type_keys("wxy");
        week.key(KeyCode::Enter);
        week.type_keys("王秀英");
        week
    };
    same_name_grid: same_names();
    notes_editor: {
        let mut week = same_names();
        week.type_keys("n");
        week.type_keys("，要大字");
        week
    };
}
