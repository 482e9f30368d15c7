//! The class-mode screens' words, in Chinese and English (one table each, checked for
//! completeness by a test like the main table's).

use crate::i18n::Lang;

/// Every fixed string of the class screens in one language.
#[derive(Debug, serde::Serialize)]
pub struct ClassStrings {
    pub mode_title: &'static str,
    pub setup_title: &'static str,
    pub date: &'static str,
    pub site: &'static str,
    pub trainer: &'static str,
    pub lesson: &'static str,
    pub start: &'static str,
    pub today: &'static str,
    pub reopen: &'static str,
    pub setup_keys: &'static str,
    pub bad_date: &'static str,
    pub need_site: &'static str,
    pub need_trainer: &'static str,
    pub no_lessons: &'static str,
    pub attendance_title: &'static str,
    pub search_label: &'static str,
    pub add_new: &'static str,
    pub nobody_found: &'static str,
    pub present_count: &'static str,
    pub begin_class: &'static str,
    pub attendance_keys: &'static str,
    pub need_attendee: &'static str,
    pub present_keys: &'static str,
    pub present_keys_narrow: &'static str,
    pub notes_title: &'static str,
    pub no_notes: &'static str,
    pub class_done: &'static str,
    pub needs_help_now: &'static str,
    pub nobody: &'static str,
    pub grid_title: &'static str,
    pub grid_keys: &'static str,
    pub grid_legend: &'static str,
    pub note_prompt: &'static str,
    pub marked_all: &'static str,
    pub quiz_title: &'static str,
    pub quiz_keys: &'static str,
    pub not_answered: &'static str,
    pub tally: &'static str,
    pub right_answer: &'static str,
    pub summary_title: &'static str,
    pub summary_attendance: &'static str,
    pub summary_steps: &'static str,
    pub summary_follow_up: &'static str,
    pub summary_quiz: &'static str,
    pub summary_keys: &'static str,
    pub no_follow_up: &'static str,
    pub save_failed: &'static str,
    pub class_sheet: &'static str,
    pub roster_sheet: &'static str,
    pub exported: &'static str,
    pub too_small: &'static str,
}

static ZH: ClassStrings = ClassStrings {
    mode_title: "助老 · 讲师上课",
    setup_title: "开始上课",
    date: "日期",
    site: "地点",
    trainer: "讲师",
    lesson: "课程",
    start: "开始上课 ▶",
    today: "今天已经开过的课（回车接着上）：",
    reopen: "接着上",
    setup_keys: "↑↓ 选择  ←→ 换课程  回车 确定  Esc 返回",
    bad_date: "日期的写法是 2026-11-23 这样的：年-月-日。",
    need_site: "请写上课的地点，统计表要用。",
    need_trainer: "请写讲师的名字。",
    no_lessons: "没有可用的课程。",
    attendance_title: "签到",
    search_label: "找学员（名字、拼音首字母或学员号）：",
    add_new: "＋ 添加新学员“{name}”",
    nobody_found: "没有找到。写完整的中文名字，可以添加新学员。",
    present_count: "已到 {n} 人",
    begin_class: "开始讲课 ▶",
    attendance_keys: "回车 签到  ↑↓ 选择  Tab 切到已到名单  Esc 返回",
    need_attendee: "还没有人签到。先签到，再开始讲课。",
    present_keys: "←→ 换步骤  G 名单打勾  E 全部完成  N 讲师备注  Q 课后题  Esc 签到",
    present_keys_narrow: "←→ 步骤 G 名单 E 全完成 N 备注 Esc",
    notes_title: "讲师备注（N 隐藏）",
    no_notes: "这一步没有备注。",
    class_done: "这一步：{done} / {total} 人完成",
    needs_help_now: "需要帮助：",
    nobody: "没有",
    grid_title: "学员名单 · 第 {step} 步",
    grid_keys: "空格 完成  H 需要帮助  X 缺席  E 全部完成  N 写备注  数字 跳到第几位  Tab 返回",
    grid_legend: "✓ 完成  ? 需要帮助  - 缺席  · 还没有",
    note_prompt: "给 {name} 写备注（回车保存，Esc 取消）：",
    marked_all: "第 {step} 步：已给 {n} 人打上完成。",
    quiz_title: "课后题 {n} / {total}",
    quiz_keys: "↑↓ 选学员  数字 记下他选的  0 没答  R 看答案  ←→ 换题  Esc 返回",
    not_answered: "没答",
    tally: "统计：",
    right_answer: "正确答案：第 {n} 个",
    summary_title: "这节课的小结",
    summary_attendance: "出勤：{n} 人",
    summary_steps: "每一步完成的人数（第几步:几人）：",
    summary_follow_up: "课后需要再帮一帮：",
    summary_quiz: "课后题答对：",
    summary_keys: "← 回到课后题  X 导出上课记录  回车 结束这节课",
    no_follow_up: "大家都跟上了。",
    save_failed: "没有保存成功：{error}",
    class_sheet: "上课记录",
    roster_sheet: "学员名单",
    exported: "已导出：{path}",
    too_small: "请把窗口放大一些",
};

static EN: ClassStrings = ClassStrings {
    mode_title: "zhulao · class mode",
    setup_title: "Start a class",
    date: "Date",
    site: "Site",
    trainer: "Trainer",
    lesson: "Lesson",
    start: "Start the class ▶",
    today: "Classes already held today (Enter to continue):",
    reopen: "continue",
    setup_keys: "↑↓ select  ←→ lesson  Enter OK  Esc back",
    bad_date: "Write the date as year-month-day, e.g. 2026-11-23.",
    need_site: "Please give the site; the statistics need it.",
    need_trainer: "Please give the trainer's name.",
    no_lessons: "No lessons are available.",
    attendance_title: "Attendance",
    search_label: "Find a learner (name, pinyin initials or code):",
    add_new: "+ Add new learner \"{name}\"",
    nobody_found: "Nobody found. Type a full name to add a new learner.",
    present_count: "{n} present",
    begin_class: "Begin the lesson ▶",
    attendance_keys: "Enter sign in  ↑↓ select  Tab present list  Esc back",
    need_attendee: "Nobody has signed in yet.",
    present_keys: "←→ step  G roster  E all done  N notes  Q questions  Esc attendance",
    present_keys_narrow: "←→ step G roster E all N notes Esc",
    notes_title: "Trainer notes (N hides)",
    no_notes: "No notes for this step.",
    class_done: "This step: {done} / {total} done",
    needs_help_now: "Needs help: ",
    nobody: "nobody",
    grid_title: "Roster · step {step}",
    grid_keys: "Space done  H help  X absent  E all done  N note  digits jump  Tab back",
    grid_legend: "✓ done  ? needs help  - absent  · not yet",
    note_prompt: "Note on {name} (Enter saves, Esc cancels):",
    marked_all: "Step {step}: {n} marked done.",
    quiz_title: "Question {n} / {total}",
    quiz_keys: "↑↓ learner  digit their answer  0 none  R reveal  ←→ question  Esc back",
    not_answered: "no answer",
    tally: "Tally: ",
    right_answer: "Right answer: option {n}",
    summary_title: "Class summary",
    summary_attendance: "Attendance: {n}",
    summary_steps: "Learners done per step (step:count):",
    summary_follow_up: "Follow up after class:",
    summary_quiz: "Questions right:",
    summary_keys: "← back to questions  X export  Enter end the class",
    no_follow_up: "Everybody kept up.",
    save_failed: "Not saved: {error}",
    class_sheet: "class-record",
    roster_sheet: "Roster",
    exported: "Written: {path}",
    too_small: "Please make the window larger",
};

/// The class-mode table for a language.
pub fn class_strings(lang: Lang) -> &'static ClassStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn every_string_exists_in_both_languages_with_the_same_placeholders() {
        let zh = serde_json::to_value(&ZH).unwrap();
        let en = serde_json::to_value(&EN).unwrap();
        let (zh, en) = (zh.as_object().unwrap(), en.as_object().unwrap());
        assert_eq!(zh.len(), en.len());
        for (key, zh_text) in zh {
            let (zh_text, en_text) = (zh_text.as_str().unwrap(), en[key].as_str().unwrap());
            assert!(
                !zh_text.trim().is_empty() && !en_text.trim().is_empty(),
                "{key}"
            );
            assert_eq!(placeholders(zh_text), placeholders(en_text), "{key}");
            assert!(
                !en_text
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{key} has Chinese in English"
            );
        }
    }
}
