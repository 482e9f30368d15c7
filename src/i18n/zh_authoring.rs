//! 简体中文: the texts of the lesson preview and the handout.

use super::{AuthoringText, Template};

/// The preview's and the handout's texts in Chinese.
pub(super) const AUTHORING: AuthoringText = AuthoringText {
    preview_title: Template("课程预览：{file}"),
    mode_player: "学员看到的",
    mode_class: "上课投影",
    mode_kiosk: "自助机",
    size_full: "整个窗口",
    button_size: "换大小",
    button_mode: "换样子",
    button_quit: "退出",
    errors_heading: "课程文件有错，改好保存后会自动刷新。下面是上一次没有错时的样子：",
    no_good_view: "这个文件还没有一次没有错，所以还没有可以显示的样子。",
    box_cut: Template("窗口比 {size} 小，只显示了一部分。"),
    watch_failed: Template("看不到文件的改动（{error}），保存后请按 R 刷新。"),
    button_handout: "打印讲义",
    handout_kind: "课后讲义",
    handout_step: Template("第 {n}/{total} 步"),
    handout_do: "怎么做：",
    handout_qr: "练习用二维码，只有文字，不连任何网站",
    handout_remember: "请记住",
    handout_fraud: "遇到诈骗或拿不准的事：马上打 110 报警；接到可疑电话、短信，打 96110 反诈专线问一问。钱不转、链接不点、验证码不说。",
    handout_footer: Template("助老 zhulao {version} · 课程 {id} 第 {lesson_version} 版"),
    handout_written: Template("讲义已写到 {path}（{steps} 步），用浏览器打开后打印。"),
    no_lesson: Template("没有找到课程“{name}”：请写课程文件的路径，或课程编号。"),
};
