//! 简体中文: class mode in the room (plans, leaving early, time, hard steps).

use super::{RoomText, Template};

/// Class mode in the room, in Chinese.
pub(super) const ROOM: RoomText = RoomText {
    plans_heading: "今天安排的课（选中按回车就开始，课程、地点、讲师都填好了）：",
    plan_line: Template("{time} {lesson} · {site} · {trainer} · 预计{n}人"),
    plan_held: Template("✓ 已上课 {line}"),
    plan_lesson_missing: Template("安排的课程“{id}”找不到了。请在下面选一门课，再按“开始上课”。"),
    left_early: Template("{name} 提前离开了，学习时间算到现在。回来了再按一次 L。"),
    came_back: Template("{name} 回来了，学习时间接着算。"),
    left_mark: "（已离开）",
    button_left: "提前离开",
    summary_time: Template("上课时间：{start}–{end}（{minutes} 分钟）"),
    summary_no_time: "上课时间：还没有记下",
    summary_presence: "每人在场的时间：",
    presence_line: Template("{name} {minutes}分钟"),
    presence_left: Template("{name} {minutes}分钟（{time}提前离开）"),
    button_steps: "哪步难",
    button_order: "换顺序",
    steps_title: Template("「{title}」哪一步难"),
    steps_hardest: "出错、求助多的排在前面（按 O 换成按步骤排）",
    steps_in_order: "按步骤顺序排（按 O 换成难的在前）",
    steps_from: "数字来自这一课的全部记录：上课、自己练习、自助机。",
    steps_none: "这一课还没有学习记录。",
    step_heading: Template("第{n}步 {title}"),
    bar_wrong: "出错",
    bar_help: "求助",
    step_facts: Template("到这步{reached}人 · 没学完{dropped}人 · 用时{time}"),
    time_seconds: Template("约{s}秒"),
    time_none: "没有计时",
    help_steps: "O 或 Tab：难的在前 / 按步骤顺序\nPgDn PgUp：翻页（“▼ 下面还有”那一行也可以点）\n出错：在手机上点错的次数；求助：讲师记的“需要帮助”\n用时：学完这一步一般要多久（只有自己练习时计时）\n没学完：到过这一步、这一课却没学完的人\n? 或 F1：打开或关上这个说明\nEsc：回到课后小结",
};
