//! User-interface language and the table of UI strings in Chinese and English.
//!
//! Every string a user sees comes from [`Strings`] (or, for lesson-file problems, from
//! `lesson::error`, which renders each problem in both languages). `Strings` is a struct,
//! not a map, so a string missing from either language is a compile error.

use clap::ValueEnum;

/// The language of the interface. Lessons keep their own language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 简体中文
    #[default]
    Zh,
    /// English
    En,
}

impl Lang {
    /// Picks the Chinese or the English text.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The string table for this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// All fixed UI strings of one language.
#[derive(Debug, serde::Serialize)]
pub struct Strings {
    pub app_title: &'static str,
    pub app_subtitle: &'static str,
    pub library_empty: &'static str,
    pub broken_heading: &'static str,
    pub home_keys: &'static str,
    pub home_keys_narrow: &'static str,
    pub details_heading: &'static str,
    pub steps_unit: &'static str,
    pub minutes_unit: &'static str,
    pub questions_unit: &'static str,
    pub start_prompt: &'static str,
    pub window_too_small: &'static str,
    pub check_ok: &'static str,
    pub check_error: &'static str,
    pub check_summary: &'static str,
    pub check_no_files: &'static str,
    pub new_written: &'static str,
    pub new_exists: &'static str,
    pub no_terminal: &'static str,
    pub error_prefix: &'static str,
    pub bundled: &'static str,
    pub step_progress: &'static str,
    pub question_progress: &'static str,
    pub tip_label: &'static str,
    pub warning_label: &'static str,
    pub hint_label: &'static str,
    pub reveal_tap: &'static str,
    pub reveal_type: &'static str,
    pub reveal_choose: &'static str,
    pub done_feedback: &'static str,
    pub observe_feedback: &'static str,
    pub type_prompt: &'static str,
    pub tap_prompt: &'static str,
    pub choose_prompt: &'static str,
    pub player_keys: &'static str,
    pub player_keys_narrow: &'static str,
    pub show_phone: &'static str,
    pub more_above: &'static str,
    pub home_more_below: &'static str,
    pub more_below: &'static str,
    pub correct_answer: &'static str,
    pub wrong_answer: &'static str,
    pub next_question: &'static str,
    pub summary_title: &'static str,
    pub summary_steps: &'static str,
    pub summary_quiz: &'static str,
    pub summary_review: &'static str,
    pub summary_all_good: &'static str,
    pub summary_keys: &'static str,
    pub help_title: &'static str,
    pub help_body: &'static str,
    pub help_close: &'static str,
    pub question_label: &'static str,
    pub step_label: &'static str,
    pub export_code: &'static str,
    pub export_name: &'static str,
    pub export_status: &'static str,
    pub export_done: &'static str,
    pub export_last: &'static str,
    pub export_registered: &'static str,
    pub export_progress_sheet: &'static str,
    pub export_notes_sheet: &'static str,
    pub status_done: &'static str,
    pub status_needs_help: &'static str,
    pub status_skipped: &'static str,
    pub export_written: &'static str,
    pub export_failed: &'static str,
    pub settings_title: &'static str,
    pub settings_keys: &'static str,
    pub setting_lang: &'static str,
    pub setting_theme: &'static str,
    pub setting_auto_read: &'static str,
    pub setting_speech: &'static str,
    pub setting_idle: &'static str,
    pub setting_site: &'static str,
    pub setting_trainer: &'static str,
    pub settings_saved_failed: &'static str,
    /// The settings file is from a newer zhulao: {file}, {found} and {known} versions.
    pub settings_newer_file: &'static str,
    pub class_needs_store: &'static str,
    /// Before the first problem of a lesson file that no longer reads when opened.
    pub lesson_unreadable: &'static str,
    pub exporting: &'static str,
    pub read_aloud_label: &'static str,
    pub speech_missing: &'static str,
    pub speech_failed: &'static str,
    pub warning_spoken: &'static str,
    pub notes_label: &'static str,
    pub fresh_start_offer: &'static str,
    pub fresh_start_done: &'static str,
    pub picker_title: &'static str,
    pub picker_guest: &'static str,
    pub picker_new: &'static str,
    pub picker_keys: &'static str,
    pub picker_new_prompt: &'static str,
    pub picker_new_keys: &'static str,
    pub home_learner: &'static str,
    pub home_guest: &'static str,
    pub home_change_learner: &'static str,
    pub home_resume: &'static str,
    pub learner_added: &'static str,
    pub learner_none: &'static str,
    pub learner_header: &'static str,
    pub learner_renamed: &'static str,
    pub learner_merged: &'static str,
    pub status_not_started: &'static str,
    pub status_in_progress: &'static str,
    pub status_completed: &'static str,
    pub data_dir_label: &'static str,
    pub db_label: &'static str,
    pub backup_written: &'static str,
    pub data_check_ok: &'static str,
}

static ZH: Strings = Strings {
    app_title: "助老 · 智能手机学习",
    app_subtitle: "一步一步学，不着急",
    library_empty: "还没有课程。",
    broken_heading: "需要修正的课程",
    home_keys: "↑↓ 选择  回车 打开  L 换学员  C 上课  X 导出  S 设置  Q 退出",
    home_keys_narrow: "↑↓ 回车打开 L学员 C上课 S设置 Q退出",
    details_heading: "课程说明",
    steps_unit: "步",
    minutes_unit: "分钟",
    questions_unit: "道题",
    start_prompt: "按回车开始学习，按 Esc 返回。",
    window_too_small: "请把窗口放大一些",
    check_ok: "通过",
    check_error: "错误",
    check_summary: "共检查 {total} 个文件：{ok} 个通过，{bad} 个有错。",
    check_no_files: "没有找到课程文件（.toml）：",
    new_written: "已写好课程模板：{path}\n用编辑器打开它，改好后运行 zhulao lesson check {path}",
    new_exists: "文件已经存在，没有覆盖：",
    no_terminal: "这里没有可用的终端窗口。请在终端里运行 zhulao。",
    error_prefix: "出错了：",
    bundled: "自带",
    step_progress: "第 {n} 步 / 共 {total} 步",
    question_progress: "第 {n} 题 / 共 {total} 题",
    tip_label: "小提示：",
    warning_label: "⚠ 注意：",
    hint_label: "再试试：",
    reveal_tap: "请点亮起来的“{name}”（标着 ★）。",
    reveal_type: "请在亮起来的框里输入：{expect}",
    reveal_choose: "正确的是第 {n} 个（标着 ★）。",
    done_feedback: "✓ 做对了！按回车进入下一步。",
    observe_feedback: "看好了就按回车，进入下一步。",
    type_prompt: "用键盘输入，输完按回车。",
    tap_prompt: "用 ↑↓ 选中，按回车点它；也可以直接用鼠标点。",
    choose_prompt: "按数字键选择，或用 ↑↓ 选中后按回车。",
    player_keys: "← 上一步  → 下一步  回车 确定  F5 朗读  ? 帮助  Esc 返回",
    player_keys_narrow: "P 手机  F5 朗读  ? 帮助  Esc 返回",
    show_phone: "按 P 看手机",
    more_above: "▲ 上面还有：按 PgUp 键或点这里",
    home_more_below: "▼ 下面还有 {n} 节课，按 ↓ 往下看",
    more_below: "▼ 下面还有：按 PgDn 键或点这里",
    correct_answer: "✓ 答对了！",
    wrong_answer: "✗ 不对。正确答案是第 {n} 个：{answer}",
    next_question: "按回车继续。",
    summary_title: "这节课学完了！",
    summary_steps: "完成了 {done} / {total} 步",
    summary_quiz: "答对了 {right} / {total} 题",
    summary_review: "可以再看看：",
    summary_all_good: "每一步都做得很好！",
    summary_keys: "回车 回到主页   ← 回到题目",
    help_title: "按键说明",
    help_body: "→ 下一步（PageDown：先看完这一步的字，再到下一步）\nF5：把这一步读出来\n← 上一步（PageUp：先往上翻，再到上一步）\n↑ ↓ 或 Tab：在手机上选中\n回车：点选中的东西 / 确定\n数字键：选第几个\nP：窄屏时切换手机和说明\n? 或 F1：打开或关上这个说明\nEsc：返回\n鼠标或触摸屏：直接点",
    help_close: "按回车或 Esc 关上",
    question_label: "问题：",
    step_label: "第 {n} 步：",
    export_code: "学员号",
    export_name: "姓名",
    export_status: "状态",
    export_done: "已完成步数（共 {total} 步）",
    export_last: "最近学习",
    export_registered: "登记日期",
    export_progress_sheet: "学员进度",
    export_notes_sheet: "备注",
    status_done: "已完成",
    status_needs_help: "需要帮助",
    status_skipped: "跳过了",
    export_written: "已导出：{path}（{rows} 位学员）",
    export_failed: "导出失败，原来的文件没有改动：{detail}",
    settings_title: "设置（改了就自动保存）",
    settings_keys: "↑↓ 选择  回车 修改  Esc 返回",
    setting_lang: "界面语言",
    setting_theme: "配色",
    setting_auto_read: "每一步自动朗读",
    setting_speech: "朗读命令",
    setting_idle: "自助机闲置几秒后提醒",
    setting_site: "默认地点",
    setting_trainer: "讲师名字",
    settings_saved_failed: "设置保存不了：{detail}",
    settings_newer_file: "{file} 是更新版本的 zhulao 写的（设置格式版本 {found}，这个版本只认识到 {known}）：看得懂的设置已经用上，这个文件不会被改写。要在这里改设置，请先升级 zhulao。",
    lesson_unreadable: "这节课的文件刚被改过，现在打不开，请讲师看一下：",
    class_needs_store: "上课要记录签到和打勾，可是学习记录文件打不开，所以现在不能上课。",
    exporting: "正在导出学员进度表，请稍等……",
    read_aloud_label: "F5 朗读",
    speech_missing: "没有找到朗读程序。可以安装 espeak-ng，或在设置里填写朗读命令。",
    speech_failed: "朗读程序 {program} 启动不了：{detail}",
    warning_spoken: "注意：",
    notes_label: "备注：",
    fresh_start_offer: "按 F 可以重新开始记录（旧文件会留着，不会删除）。",
    fresh_start_done: "已经重新开始记录。旧文件保存在：{path}",
    picker_title: "谁在学习？",
    picker_guest: "随便练练（不保存记录）",
    picker_new: "＋ 新学员",
    picker_keys: "↑↓ 选择  回车 确定  输入学员号可以直接找到  Esc 返回",
    picker_new_prompt: "请输入新学员的名字：",
    picker_new_keys: "回车 确定  Esc 取消",
    home_learner: "学员：{name}（{code}）",
    home_guest: "随便练练，不保存记录",
    home_change_learner: "L 换学员",
    home_resume: "继续上次：{title}（第 {step} 步）",
    learner_added: "已添加学员：{name}（学员号 {code}）",
    learner_none: "还没有学员。用 zhulao learner add 名字 添加。",
    learner_header: "学员号    名字",
    learner_renamed: "已改名：{code} 现在叫 {name}",
    learner_merged: "已合并：{other} 的学习记录都并入了 {keep}（{name}）",
    status_not_started: "未开始",
    status_in_progress: "学习中",
    status_completed: "已完成",
    data_dir_label: "数据文件夹：",
    db_label: "学习记录：",
    backup_written: "已备份到：{path}",
    data_check_ok: "学习记录完好（完整检查通过，{learners} 位学员）。",
};

static EN: Strings = Strings {
    app_title: "zhulao · smartphone lessons",
    app_subtitle: "One step at a time",
    library_empty: "No lessons yet.",
    broken_heading: "Lessons that need fixing",
    home_keys: "↑↓ select  Enter open  L learner  C class  X export  S settings  Q quit",
    home_keys_narrow: "↑↓ Enter L learner C class S set Q",
    details_heading: "About this lesson",
    steps_unit: "steps",
    minutes_unit: "min",
    questions_unit: "questions",
    start_prompt: "Press Enter to start, Esc to go back.",
    window_too_small: "Please make the window larger",
    check_ok: "ok",
    check_error: "error",
    check_summary: "Checked {total} files: {ok} ok, {bad} with errors.",
    check_no_files: "No lesson files (.toml) found in:",
    new_written: "Wrote a lesson template: {path}\nEdit it, then run zhulao lesson check {path}",
    new_exists: "The file already exists and was not overwritten:",
    no_terminal: "There is no terminal here. Please run zhulao in a terminal window.",
    error_prefix: "Error: ",
    bundled: "bundled",
    step_progress: "Step {n} of {total}",
    question_progress: "Question {n} of {total}",
    tip_label: "Tip: ",
    warning_label: "⚠ Caution: ",
    hint_label: "Try again: ",
    reveal_tap: "Tap the highlighted “{name}” (marked ★).",
    reveal_type: "Type this into the highlighted box: {expect}",
    reveal_choose: "The right one is number {n} (marked ★).",
    done_feedback: "✓ Well done! Press Enter for the next step.",
    observe_feedback: "When you have read it, press Enter to go on.",
    type_prompt: "Type with the keyboard, then press Enter.",
    tap_prompt: "Use ↑↓ to pick, Enter to tap; or click it.",
    choose_prompt: "Press a number, or ↑↓ then Enter.",
    player_keys: "← back  → next  Enter OK  F5 read aloud  ? help  Esc leave",
    player_keys_narrow: "P phone  F5 read  ? help  Esc back",
    show_phone: "Press P for the phone",
    more_above: "▲ More above: PgUp or click here",
    home_more_below: "▼ {n} more lessons below: press ↓",
    more_below: "▼ More below: PgDn or click here",
    correct_answer: "✓ Correct!",
    wrong_answer: "✗ Not quite. The answer is number {n}: {answer}",
    next_question: "Press Enter to continue.",
    summary_title: "You finished this lesson!",
    summary_steps: "Steps done: {done} of {total}",
    summary_quiz: "Questions right: {right} of {total}",
    summary_review: "Worth another look:",
    summary_all_good: "Every step went well!",
    summary_keys: "Enter back to the library   ← questions",
    help_title: "Keys",
    help_body: "→ next step (PageDown: the rest of this step first)\nF5: read this step aloud\n← previous step (PageUp: scroll up first)\n↑ ↓ or Tab: move on the phone\nEnter: tap what is selected / OK\nNumber keys: pick that option\nP: phone or text on narrow screens\n? or F1: open or close this help\nEsc: go back\nMouse or touch: tap directly",
    help_close: "Enter or Esc to close",
    question_label: "Question: ",
    step_label: "Step {n}: ",
    export_code: "Code",
    export_name: "Name",
    export_status: "status",
    export_done: "steps done (of {total})",
    export_last: "last studied",
    export_registered: "Registered",
    export_progress_sheet: "Progress",
    export_notes_sheet: "Notes",
    status_done: "done",
    status_needs_help: "needs help",
    status_skipped: "skipped",
    export_written: "Exported: {path} ({rows} learners)",
    export_failed: "The export failed; any existing file is unchanged: {detail}",
    settings_title: "Settings (saved as you change them)",
    settings_keys: "↑↓ select  Enter change  Esc back",
    setting_lang: "Language",
    setting_theme: "Colours",
    setting_auto_read: "Read each step aloud",
    setting_speech: "Speech command",
    setting_idle: "Kiosk idle seconds",
    setting_site: "Default site",
    setting_trainer: "Trainer name",
    settings_saved_failed: "Settings could not be saved: {detail}",
    settings_newer_file: "{file} was written by a newer zhulao (settings format version {found}; this version knows up to {known}): the settings it understands are in use, and the file will not be overwritten. Upgrade zhulao to change settings here.",
    lesson_unreadable: "This lesson's file was just changed and cannot be opened now; please ask a trainer to look at it: ",
    class_needs_store: "A class records attendance and marks, but the progress file cannot be opened, so no class can start now.",
    exporting: "Exporting the progress sheet, please wait…",
    read_aloud_label: "F5 read",
    speech_missing: "No speech program found. Install espeak-ng or set a speech command in the settings.",
    speech_failed: "The speech program {program} could not start: {detail}",
    warning_spoken: "Caution: ",
    notes_label: "Notes: ",
    fresh_start_offer: " Press F to start a new progress file (the old one is kept).",
    fresh_start_done: "Started a new progress file. The old one is kept at: {path}",
    picker_title: "Who is learning?",
    picker_guest: "Just practise (nothing is saved)",
    picker_new: "+ New learner",
    picker_keys: "↑↓ select  Enter OK  type a code to jump  Esc back",
    picker_new_prompt: "Type the new learner's name:",
    picker_new_keys: "Enter OK  Esc cancel",
    home_learner: "Learner: {name} ({code})",
    home_guest: "Practising, nothing is saved",
    home_change_learner: "L change learner",
    home_resume: "Continue: {title} (step {step})",
    learner_added: "Added learner {name} (code {code})",
    learner_none: "No learners yet. Add one with zhulao learner add NAME.",
    learner_header: "Code      Name",
    learner_renamed: "Renamed: {code} is now {name}",
    learner_merged: "Merged: every record of {other} now belongs to {keep} ({name})",
    status_not_started: "not started",
    status_in_progress: "in progress",
    status_completed: "completed",
    data_dir_label: "Data folder: ",
    db_label: "Progress file: ",
    backup_written: "Backed up to: {path}",
    data_check_ok: "The progress file is sound (full check passed, {learners} learners).",
};

/// Replaces `{name}` placeholders in a UI string.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder() {
        let s = fill(ZH.check_summary, &[("total", &3), ("ok", &2), ("bad", &1)]);
        assert_eq!(s, "共检查 3 个文件：2 个通过，1 个有错。");
    }

    fn placeholders(s: &str) -> Vec<String> {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn every_string_exists_in_both_languages_with_the_same_placeholders() {
        assert!(same_strings_in_both_languages(&ZH, &EN) > 50);
    }

    /// Checks a Chinese and an English string table (any struct of strings): the same
    /// keys, none empty, the same placeholders, no Chinese in English. Returns the count.
    pub(crate) fn same_strings_in_both_languages(
        zh: &impl serde::Serialize,
        en: &impl serde::Serialize,
    ) -> usize {
        let zh = serde_json::to_value(zh).unwrap();
        let en = serde_json::to_value(en).unwrap();
        let (zh, en) = (zh.as_object().unwrap(), en.as_object().unwrap());
        assert_eq!(zh.len(), en.len());
        for (key, zh_text) in zh {
            let zh_text = zh_text.as_str().unwrap();
            let en_text = en[key].as_str().unwrap();
            assert!(!zh_text.trim().is_empty(), "{key} is empty in Chinese");
            assert!(!en_text.trim().is_empty(), "{key} is empty in English");
            assert_eq!(placeholders(zh_text), placeholders(en_text), "{key}");
            assert!(
                !en_text
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{key} has Chinese in English: {en_text}"
            );
        }
        zh.len()
    }
}
