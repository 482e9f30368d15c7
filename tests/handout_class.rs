//! "打印讲义" on the class summary: P writes the lesson's handout into the exports folder
//! and the status line says where.

mod class_support;

use class_support::Room;
use zhulao::class::{Msg, Stage};

#[test]
fn p_on_the_class_summary_writes_the_handout() {
    let mut room = Room::started(3, 2);
    room.send(Msg::Confirm);
    assert_eq!(room.class.stage, Stage::Present);
    room.press('q');
    assert_eq!(room.class.stage, Stage::Quiz);
    let questions = room.class.current_lesson().unwrap().quiz.len();
    for _ in 0..questions {
        room.send(Msg::Next);
    }
    assert_eq!(room.class.stage, Stage::Summary);
    let lesson = room.class.current_lesson().unwrap().clone();
    room.press('p');
    let status = room.class.status.clone().unwrap();
    assert!(status.contains("已导出"), "{status}");
    let exports = room.store.path().parent().unwrap().join("exports");
    let file = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .expect("an HTML file in the exports folder");
    assert!(status.contains(&file.display().to_string()), "{status}");
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("课后讲义-{}-", lesson.id.as_str())),
        "{name}"
    );
    let page = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        page,
        zhulao::export::handout::handout(&lesson, zhulao::i18n::Lang::Zh)
    );
    // The button says so too.
    let text = class_support::screen_text(&class_support::screen(&room.class, 120, 40).0);
    assert!(text.contains("打印讲义"), "{text}");
}
