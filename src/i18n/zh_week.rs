//! 简体中文: a class week's texts (groups, history, same-name learners).

use super::{Template, WeekText};

/// A class week's texts in Chinese.
pub(super) const WEEK: WeekText = WeekText {
    group_last: Template("上次的班：{name}（{n}人）"),
    group_other: Template("◀ 班级：{name}（{n}人） ▶"),
    group_new: "◀ 班级：新开一个班 ▶",
    group_name: Template("{site}周{day}班"),
    weekdays: "一 二 三 四 五 六 日",
    group_signed_in: Template("{name}的 {n} 人都签到了。没来的：Tab 到名单，按 Delete 签出。"),
    history_row: "以前的课（接着上、改正、删掉）",
    continue_heading: "今天和刚才开过的课（回车接着上）：",
    add_same_name: Template("＋ 另一位“{name}”（已有{n}位同名）"),
    same_name_added: Template(
        "已添加另一位“{name}”，学员号 {code}。可以写一句备注好分清：Tab 到已到名单，按 N。",
    ),
    empty_deleted: "刚才开的课还没有记下什么，已经删掉了，不算进统计。",
    note_deleted: Template("{name}的备注删掉了。"),
    history_title: "以前的课",
    history_empty: "还没有上过课。",
    history_line: Template("{date} {lesson} · {site} · {trainer} · {n}人 · {minutes}分钟"),
    history_confirm: Template(
        "再按一次 Delete 就删掉这节课：它记了 {n} 个勾和答案，删掉后学习记录里不再算。按别的键不删。",
    ),
    history_deleted: "这节课删掉了。",
    history_corrected: "改好了。",
    correct_title: Template("改正 {date} 的课（回车保存，Esc 不改）："),
    help_history: "↑ ↓：选一节课（也可以点）\n回车：接着上这节课\nE：改正日期、地点、讲师（Tab 换一行，回车保存）\nDelete：删掉这节课（记过勾的要再按一次）\n? 或 F1：打开或关上这个说明\nEsc：回到开始上课",
    button_reopen: "接着上",
    button_correct: "改正",
    button_delete: "删掉",
    button_save: "保存",
    button_history: "以前的课",
    button_leave_group: "移出这个班",
    left_group: Template("{name} 移出了{group}，以后不会再自动签到。"),
    cli_same_name: Template(
        "注意：已经有同名的学员：{list}。如果是同一个人，可以用 zhulao learner merge 合并。",
    ),
};
