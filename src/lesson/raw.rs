//! The lesson file as written: serde types that mirror the TOML exactly.
//!
//! These types are what the JSON Schema is generated from, so their doc comments are what
//! an editor shows when hovering over a key. They accept any well-formed file; the rules
//! that span several keys (required fields per element kind, references, ranges) live in
//! `validate`, which turns a `RawLesson` into a `model::Lesson`.

use schemars::JsonSchema;
use serde::Deserialize;

/// 一节课的文件 / One lesson file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "zhulao lesson")]
pub struct RawLesson {
    /// 文件格式版本，现在写 1 / Lesson format version; write 1.
    #[schemars(range(min = 1, max = 1))]
    pub format_version: i64,
    /// 课程编号：小写字母、数字和短横线，发布后不要再改 / Stable lesson id (a-z, 0-9, -).
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))]
    pub id: String,
    /// 课程内容的版本号，每次修改内容时加 1 / Content version; add 1 on every edit.
    #[schemars(range(min = 1, max = 1000000))]
    pub version: i64,
    /// 课程标题 / Lesson title.
    #[schemars(length(min = 1, max = 10000))]
    pub title: String,
    /// 一两句话说明这节课学什么 / One or two sentences on what the lesson teaches.
    #[schemars(length(min = 1, max = 10000))]
    pub summary: String,
    /// 课程类别 / Category.
    pub category: RawCategory,
    /// 难度 / Level.
    pub level: RawLevel,
    /// 大约需要多少分钟 / Estimated minutes.
    #[schemars(range(min = 1, max = 600))]
    pub estimated_minutes: i64,
    /// 关键词，方便查找 / Tags for searching.
    #[serde(default)]
    pub tags: Vec<String>,
    /// 内容出处（官方帮助页面、反诈指南等），方便审核 / Where the facts come from.
    #[serde(default)]
    pub sources: Vec<String>,
    /// 给作者和讲师看的备注 / Notes for authors and trainers.
    #[serde(default)]
    pub notes: Option<String>,
    /// 按顺序排列的步骤 / The steps, in order.
    #[schemars(length(min = 1, max = 500))]
    pub steps: Vec<RawStep>,
    /// 课后小测验（单选题）/ Check questions (single choice).
    #[serde(default)]
    pub quiz: Vec<RawQuestion>,
    /// 朗读时词语的读法（带声调数字的拼音，用空格隔开），例如 "重阳" = "chong2 yang2" /
    /// How read-aloud says these words: pinyin with tone numbers, one syllable per character.
    #[serde(default)]
    pub pronounce: std::collections::BTreeMap<String, String>,
}

/// 课程类别 / Lesson category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum RawCategory {
    /// 手机的基本用法，如字体大小、设置 / Phone basics, such as text size and settings.
    #[serde(rename = "基础操作")]
    Basics,
    /// 微信聊天、语音、视频通话 / Staying in touch: chat, voice messages, video calls.
    #[serde(rename = "社交通讯")]
    Social,
    /// 扫码付款、付款码 / Mobile payment: paying by QR code and showing a payment code.
    #[serde(rename = "掌上金融")]
    Finance,
    /// 打车等出行 / Getting around, such as hailing a ride.
    #[serde(rename = "智慧出行")]
    Travel,
    /// 挂号、医保码、检查报告 / Health care: appointments, the medical insurance code, reports.
    #[serde(rename = "智慧医疗")]
    Health,
    /// 识别诈骗电话、链接和骗局 / Fraud prevention: spotting scam calls, links and tricks.
    #[serde(rename = "防诈骗")]
    Fraud,
    /// 网上购物 / Shopping online.
    #[serde(rename = "手机购物")]
    Shopping,
    /// 缴费、办事等生活服务 / Daily services, such as paying bills.
    #[serde(rename = "生活服务")]
    Services,
    /// 在手机上上课 / Online learning: taking classes on the phone.
    #[serde(rename = "网上学习")]
    Learning,
    /// 保健和养老 / Healthy ageing: keeping well in later life.
    #[serde(rename = "健康养老")]
    Wellbeing,
}

/// 难度 / Level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum RawLevel {
    /// 第一次用手机做这件事 / First time.
    #[serde(rename = "入门")]
    Beginner,
    /// 会一点，想学得更稳 / Knows a little.
    #[serde(rename = "基础")]
    Basic,
    /// 已经会用，学更多功能 / Already uses it.
    #[serde(rename = "进阶")]
    Advanced,
}

/// 一个步骤 / One step.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    /// 步骤编号，在本课内不能重复，发布后不要再改 / Stable step id, unique in the lesson.
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))]
    pub id: String,
    /// 步骤标题，要短 / Short step title.
    #[schemars(length(min = 1, max = 10000))]
    pub title: String,
    /// 用简单的话说清楚这一步做什么 / What to do, in plain words.
    #[schemars(length(min = 1, max = 10000))]
    pub instruction: String,
    /// 小提示 / A friendly tip.
    #[serde(default)]
    pub tip: Option<String>,
    /// 安全提醒，会带“注意”字样显示 / Safety warning, shown with "注意".
    #[serde(default)]
    pub warning: Option<String>,
    /// 只给讲师看的备注 / Notes for the trainer only.
    #[serde(default)]
    pub trainer_notes: Option<String>,
    /// 学员做错时的提示 / Hint shown after a wrong try.
    #[serde(default)]
    pub hint: Option<String>,
    /// 模拟手机上显示的画面 / The simulated phone screen.
    #[serde(default)]
    pub screen: Option<RawScreen>,
    /// 学员在这一步要做的事，不写就是“看一看” / The learner's task; observe if omitted.
    #[serde(default)]
    pub task: Option<RawTask>,
}

/// 模拟手机画面 / A simulated phone screen.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawScreen {
    /// 应用名称，例如“微信”“支付宝”“打车软件” / App name.
    pub app: String,
    /// 画面顶部的标题 / Title bar text.
    #[schemars(length(min = 1, max = 10000))]
    pub title: String,
    /// 画面上从上到下的内容 / Elements from top to bottom.
    #[serde(default)]
    pub elements: Vec<RawElement>,
}

/// 画面上的一个元素 / One element on the screen.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawElement {
    /// 元素种类 / Element kind.
    pub kind: RawElementKind,
    /// 元素编号，任务要点它时必须写 / Element id, needed when a task refers to it.
    #[serde(default)]
    pub id: Option<String>,
    /// 显示的文字 / The text shown.
    #[serde(default)]
    pub text: Option<String>,
    /// 列表项的第二行小字 / Second line of a list item.
    #[serde(default)]
    pub detail: Option<String>,
    /// 输入框或金额前的说明，或短信的发送人 / Label of an input or amount; sender of a message.
    #[serde(default)]
    pub label: Option<String>,
    /// 输入框里的灰色提示字 / Placeholder of an input.
    #[serde(default)]
    pub placeholder: Option<String>,
    /// 金额（如 "25.00"），或输入框里已有的内容 / Amount, or the input's initial value.
    #[serde(default)]
    pub value: Option<String>,
    /// 二维码里的内容 / What the QR code encodes.
    #[serde(default)]
    pub data: Option<String>,
    /// 弹窗标题 / Dialog title.
    #[serde(default)]
    pub title: Option<String>,
    /// 弹窗里的按钮 / Dialog buttons.
    #[serde(default)]
    pub buttons: Vec<RawDialogButton>,
}

/// 元素种类 / Element kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawElementKind {
    /// 一段文字 / Plain text.
    Text,
    /// 按钮 / Button.
    Button,
    /// 输入框 / Input field.
    Input,
    /// 列表中的一项 / List item.
    Item,
    /// 二维码 / QR code.
    Qr,
    /// 金额 / Amount of money.
    Amount,
    /// 弹窗 / Dialog.
    Dialog,
    /// 短信或聊天消息 / Text message or chat bubble.
    Message,
}

/// 弹窗里的按钮 / A dialog button.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDialogButton {
    /// 按钮编号 / Button id.
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))]
    pub id: String,
    /// 按钮文字 / Button text.
    pub text: String,
}

/// 学员要做的事 / The learner's task.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    /// tap 点一下 / type 输入 / choose 选择 / observe 看一看
    pub kind: RawTaskKind,
    /// 要点的元素或要输入的输入框的编号 / Element id to tap or input id to type into.
    #[serde(default)]
    pub target: Option<String>,
    /// 要输入的正确内容 / The value to type.
    #[serde(default)]
    pub expect: Option<String>,
    /// 输入法候选栏里和正确内容一起出现的别的词（点屏幕输入时用）/ Other words the
    /// phone's suggestion bar shows beside the right one, for typing by touch.
    #[serde(default)]
    #[schemars(length(max = 4))]
    pub suggest: Vec<String>,
    /// 选项 / Options to choose from.
    #[serde(default)]
    #[schemars(length(max = 6))]
    pub options: Vec<String>,
    /// 正确选项是第几个（从 1 开始数）/ Which option is right, counting from 1.
    #[serde(default)]
    #[schemars(range(min = 1, max = 6))]
    pub answer: Option<i64>,
}

/// 任务种类 / Task kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RawTaskKind {
    /// 点一下某个按钮或列表项 / Tap an element.
    Tap,
    /// 在输入框里输入 / Type into an input.
    Type,
    /// 从几个选项里选一个 / Choose one option.
    Choose,
    /// 看一看，然后继续 / Read, then continue.
    Observe,
}

/// 一道单选题 / One single-choice question.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// 题目编号，在本课内不能重复 / Stable question id.
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))]
    pub id: String,
    /// 题目 / The question.
    pub question: String,
    /// 选项（2 到 6 个）/ Options (2 to 6).
    #[schemars(length(max = 6))]
    pub options: Vec<String>,
    /// 正确选项是第几个（从 1 开始数）/ Which option is right, counting from 1.
    #[schemars(range(min = 1, max = 6))]
    pub answer: i64,
    /// 答完后显示的解释 / Explanation shown after answering.
    pub explanation: String,
}
