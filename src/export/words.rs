//! The words of the reports and the learner record, in Chinese and English.

use crate::i18n::Lang;

/// Column names and labels of the exports.
#[derive(Debug, serde::Serialize)]
pub struct Words {
    pub site: &'static str,
    pub lesson: &'static str,
    pub sessions: &'static str,
    pub person_times: &'static str,
    pub learners: &'static str,
    pub completions: &'static str,
    pub average_score: &'static str,
    pub hours: &'static str,
    pub total: &'static str,
    pub activity_sheet: &'static str,
    pub activity_title: &'static str,
    pub no_sessions: &'static str,
    pub record_sheet: &'static str,
    pub status: &'static str,
    pub steps_done: &'static str,
    pub finished_on: &'static str,
    pub minutes_spent: &'static str,
    pub quiz_right: &'static str,
    pub certificate_title: &'static str,
    pub certificate_body: &'static str,
    pub certificate_none: &'static str,
    pub certificate_issued: &'static str,
    pub unknown_learner: &'static str,
    pub bad_date: &'static str,
    pub record_written: &'static str,
}

static ZH: Words = Words {
    site: "地点",
    lesson: "课程",
    sessions: "开课次数",
    person_times: "参加人次",
    learners: "参加人数",
    completions: "学完人数",
    average_score: "课后题平均得分",
    hours: "培训学时",
    total: "合计",
    activity_sheet: "活动情况统计表",
    activity_title: "活动情况统计表（{from} 至 {to}）",
    no_sessions: "这段时间没有上课记录。",
    record_sheet: "学习档案",
    status: "状态",
    steps_done: "完成步数",
    finished_on: "学完日期",
    minutes_spent: "学习时长（分钟）",
    quiz_right: "课后题答对",
    certificate_title: "结业证书",
    certificate_body: "学员 {name}（学员号 {code}）参加“智慧助老”智能手机培训，学完了下列课程：",
    certificate_none: "还没有学完的课程。",
    certificate_issued: "发证日期：{date}",
    unknown_learner: "没有学员号是“{code}”的学员。可以用 zhulao learner list 查一查。",
    bad_date: "日期“{date}”看不懂，请写成 2026-11-23 这样。",
    record_written: "已导出：{path}",
};

static EN: Words = Words {
    site: "Site",
    lesson: "Lesson",
    sessions: "Sessions",
    person_times: "Person-times",
    learners: "Learners",
    completions: "Completions",
    average_score: "Average quiz score",
    hours: "Hours of training",
    total: "Total",
    activity_sheet: "Activity statistics",
    activity_title: "Activity statistics ({from} to {to})",
    no_sessions: "No class sessions in this period.",
    record_sheet: "Learning record",
    status: "Status",
    steps_done: "Steps done",
    finished_on: "Finished on",
    minutes_spent: "Minutes spent",
    quiz_right: "Questions right",
    certificate_title: "Certificate of completion",
    certificate_body: "{name} (learner code {code}) took part in smartphone training for seniors and completed these lessons:",
    certificate_none: "No lesson completed yet.",
    certificate_issued: "Issued on {date}",
    unknown_learner: "No learner has the code \"{code}\". Try zhulao learner list.",
    bad_date: "The date \"{date}\" is not clear; write it as 2026-11-23.",
    record_written: "Written: {path}",
};

/// The export words of a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_languages_have_every_word_with_the_same_placeholders() {
        crate::i18n::tests::same_strings_in_both_languages(&super::ZH, &super::EN);
    }
}
