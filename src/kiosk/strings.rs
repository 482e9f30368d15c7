//! The kiosk's own UI strings, in Chinese and English. Kept beside the kiosk rather than
//! in `i18n::Strings` so the mode stays in one folder; like `Strings`, a struct, so a string
//! missing from either language is a compile error.

use crate::i18n::Lang;

/// All fixed kiosk strings of one language.
#[derive(Debug, serde::Serialize)]
pub struct KioskStrings {
    pub welcome_title: &'static str,
    pub welcome_start: &'static str,
    pub welcome_staff: &'static str,
    pub choose_title: &'static str,
    pub choose_sign_in: &'static str,
    pub choose_new: &'static str,
    pub choose_guest: &'static str,
    pub choose_keys: &'static str,
    pub back: &'static str,
    pub pad_code_title: &'static str,
    pub pad_new_code_title: &'static str,
    pub pad_delete: &'static str,
    pub pad_ok: &'static str,
    pub pad_keys: &'static str,
    pub code_unknown: &'static str,
    pub code_short: &'static str,
    pub code_taken: &'static str,
    pub paused: &'static str,
    pub store_problem: &'static str,
    pub name_title: &'static str,
    pub name_hint: &'static str,
    pub name_empty: &'static str,
    pub name_keys: &'static str,
    pub confirm_title: &'static str,
    pub confirm_name: &'static str,
    pub confirm_code: &'static str,
    pub confirm_remember: &'static str,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    pub home_hello: &'static str,
    pub home_guest: &'static str,
    pub home_sign_out: &'static str,
    pub home_keys: &'static str,
    pub resume: &'static str,
    pub lesson_done: &'static str,
    pub lesson_progress: &'static str,
    pub lesson_steps: &'static str,
    pub idle_title: &'static str,
    pub idle_body: &'static str,
    pub idle_countdown: &'static str,
    pub idle_continue: &'static str,
    pub pin_title: &'static str,
    pub pin_prompt: &'static str,
    pub pin_wrong: &'static str,
    pub pin_keys: &'static str,
    pub no_pin: &'static str,
    pub pin_damaged: &'static str,
    pub set_pin_prompt: &'static str,
    pub set_pin_again: &'static str,
    pub set_pin_mismatch: &'static str,
    pub set_pin_invalid: &'static str,
    pub set_pin_done: &'static str,
    pub no_speech: &'static str,
}

/// The kiosk strings of a language.
pub fn strings(lang: Lang) -> &'static KioskStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: KioskStrings = KioskStrings {
    welcome_title: "欢迎来练习用手机",
    welcome_start: "按回车键或点击这里开始",
    welcome_staff: "工作人员",
    choose_title: "您想怎样练习？",
    choose_sign_in: "我有学员卡",
    choose_new: "我是新学员",
    choose_guest: "随便练练（不保存）",
    choose_keys: "↑↓ 选择  回车 确定  Esc 返回",
    back: "返回",
    pad_code_title: "请输入学员卡上的号码",
    pad_new_code_title: "请输入新学员卡上的号码",
    pad_delete: "删除",
    pad_ok: "确定",
    pad_keys: "数字键 输入  回车 确定  Esc 返回",
    code_unknown: "没有找到这个号码。请再看看学员卡，慢慢输入。",
    code_short: "号码是 3 到 12 位数字，请再看看学员卡。",
    code_taken: "这个号码已经登记过了。请返回，选“我有学员卡”。",
    paused: "请休息一下，{seconds} 秒后再试。",
    store_problem: "现在没法保存记录。可以先随便练练，或者请工作人员看看。",
    name_title: "请输入您的名字",
    name_hint: "输完按回车",
    name_empty: "请先输入名字。",
    name_keys: "回车 确定  Esc 返回",
    confirm_title: "请核对一下",
    confirm_name: "名字：{name}",
    confirm_code: "学员号：{code}",
    confirm_remember: "以后用这个号码登录。",
    confirm_yes: "对，开始学习",
    confirm_no: "不对，重新输入",
    home_hello: "{name}，您好",
    home_guest: "随便练练，不保存记录",
    home_sign_out: "结束练习",
    home_keys: "↑↓ 选课  回车 开始  F10 结束练习",
    resume: "继续上次（第 {step} 步）",
    lesson_done: "✓ 学完了",
    lesson_progress: "学了 {done}/{total} 步",
    lesson_steps: "{total} 步",
    idle_title: "还在吗？",
    idle_body: "要接着练，请按回车键或点一下屏幕。",
    idle_countdown: "{seconds} 秒后回到开始页面。\n学过的都已经保存好了。",
    idle_continue: "我还在",
    pin_title: "工作人员退出",
    pin_prompt: "请输入工作人员密码",
    pin_wrong: "密码不对。",
    pin_keys: "数字键 输入  回车 确定  Esc 返回",
    no_pin: "还没有设置工作人员密码，自助模式没有启动。请先运行：zhulao kiosk set-pin",
    pin_damaged: "工作人员密码文件 {path} 读不了，自助模式没有启动。请重新运行：zhulao kiosk set-pin",
    set_pin_prompt: "请输入新的工作人员密码（4 到 12 位数字）：",
    set_pin_again: "请再输入一遍：",
    set_pin_mismatch: "两次输入的不一样，密码没有改。",
    set_pin_invalid: "密码要 4 到 12 位数字，密码没有改。",
    set_pin_done: "工作人员密码已设置。文件里只有加密后的样子：{path}",
    no_speech: "提示：没有找到朗读程序，自助模式不会朗读。可以安装 espeak-ng。",
};

static EN: KioskStrings = KioskStrings {
    welcome_title: "Welcome: practise using a phone",
    welcome_start: "Press Enter or tap here to start",
    welcome_staff: "Staff",
    choose_title: "How would you like to practise?",
    choose_sign_in: "I have a learner card",
    choose_new: "I am new here",
    choose_guest: "Just practise (not saved)",
    choose_keys: "↑↓ select  Enter OK  Esc back",
    back: "Back",
    pad_code_title: "Type the number on your card",
    pad_new_code_title: "Type the number on your new card",
    pad_delete: "Delete",
    pad_ok: "OK",
    pad_keys: "digits type  Enter OK  Esc back",
    code_unknown: "That number was not found. Look at your card and type it slowly.",
    code_short: "The number has 3 to 12 digits. Please look at your card.",
    code_taken: "That number is already registered. Go back and choose “I have a learner card”.",
    paused: "Please take a short rest and try again in {seconds} seconds.",
    store_problem: "Progress cannot be saved just now. You can just practise, or ask the staff.",
    name_title: "Please type your name",
    name_hint: "Press Enter when done",
    name_empty: "Please type your name first.",
    name_keys: "Enter OK  Esc back",
    confirm_title: "Please check",
    confirm_name: "Name: {name}",
    confirm_code: "Learner number: {code}",
    confirm_remember: "Use this number to sign in next time.",
    confirm_yes: "Yes, start",
    confirm_no: "No, type again",
    home_hello: "Hello, {name}",
    home_guest: "Just practising, nothing is saved",
    home_sign_out: "Finish",
    home_keys: "↑↓ lesson  Enter start  F10 finish",
    resume: "Continue (step {step})",
    lesson_done: "✓ finished",
    lesson_progress: "{done}/{total} steps",
    lesson_steps: "{total} steps",
    idle_title: "Are you still there?",
    idle_body: "To keep practising, press Enter or tap the screen.",
    idle_countdown: "Back to the start in {seconds} seconds.\nYour progress is saved.",
    idle_continue: "I am here",
    pin_title: "Staff exit",
    pin_prompt: "Type the staff PIN",
    pin_wrong: "That PIN is not right.",
    pin_keys: "digits type  Enter OK  Esc back",
    no_pin: "No staff PIN is set, so kiosk mode did not start. First run: zhulao kiosk set-pin",
    pin_damaged: "The staff PIN file {path} cannot be read, so kiosk mode did not start. Run again: zhulao kiosk set-pin",
    set_pin_prompt: "Type the new staff PIN (4 to 12 digits): ",
    set_pin_again: "Type it once more: ",
    set_pin_mismatch: "The two did not match; the PIN was not changed.",
    set_pin_invalid: "The PIN must be 4 to 12 digits; it was not changed.",
    set_pin_done: "Staff PIN set. The file holds only its hash: {path}",
    no_speech: "Note: no speech program was found, so the kiosk will not read aloud. Install espeak-ng.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kiosk_string_exists_in_both_languages_with_the_same_placeholders() {
        let zh = serde_json::to_value(&ZH).unwrap();
        let en = serde_json::to_value(&EN).unwrap();
        let (zh, en) = (zh.as_object().unwrap(), en.as_object().unwrap());
        assert_eq!(zh.len(), en.len());
        let names = |s: &str| -> Vec<String> {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            v.sort();
            v
        };
        for (key, zh_text) in zh {
            let (zh_text, en_text) = (zh_text.as_str().unwrap(), en[key].as_str().unwrap());
            assert!(
                !zh_text.trim().is_empty() && !en_text.trim().is_empty(),
                "{key}"
            );
            assert_eq!(names(zh_text), names(en_text), "{key}");
            assert!(
                !en_text
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{key} has Chinese in English: {en_text}"
            );
        }
    }
}
