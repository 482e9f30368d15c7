//! Problems in Chinese.

use std::fmt::Write as _;

use super::wording::{syntax_zh, type_zh};
use super::{Problem, quote_list};
use crate::i18n::Lang;
use crate::lesson::sanitize::escape_controls;

impl Problem {
    pub(super) fn message_zh(&self) -> String {
        let e = escape_controls;
        match self {
            Problem::Io { detail } => format!("读不了这个文件：{}", e(detail)),
            Problem::FileTooLarge { size, limit } => format!(
                "文件太大（{size} 字节）。一节课的文件最多 {limit} 字节（1 MiB），请把内容分成几节课。"
            ),
            Problem::InvalidUtf8 => {
                "这里有不是 UTF-8 编码的字节。请在编辑器里把文件另存为“UTF-8”编码。".into()
            }
            Problem::Syntax { detail } => format!("TOML 写法有误：{}。", e(&syntax_zh(detail))),
            Problem::UnclosedString => {
                "这段文字少了结尾的双引号 \"。一行写不下的长文字，请用三个双引号 \"\"\" 括起来。"
                    .into()
            }
            Problem::RawControl { shown } => format!(
                "文字里有一个控制字符 {shown}（看不见的特殊字符，可能是从别处复制来的）。请删掉它；课程文字里不需要这种字符。"
            ),
            Problem::TooDeep => {
                "数组或表格套得太深了。课程文件用不到这么多层，请检查方括号 [ ] 是否多写了。".into()
            }
            Problem::UnknownKey {
                key,
                suggestion,
                allowed,
            } => match suggestion {
                Some(s) => format!("不认识的键“{}”。你是不是想写“{}”？", e(key), e(s)),
                None if allowed.is_empty() => format!("不认识的键“{}”。这里不能写键。", e(key)),
                None => format!(
                    "不认识的键“{}”。这里可以写的键有：{}。",
                    e(key),
                    quote_list(allowed)
                ),
            },
            Problem::MissingKey { key } => format!("缺少必填的键“{}”。", e(key)),
            Problem::WrongType { expected, found } => {
                format!(
                    "这里应该写{}，但写的是{}。",
                    type_zh(expected),
                    type_zh(found)
                )
            }
            Problem::UnknownValue {
                value,
                suggestion,
                allowed,
            } => {
                let mut m = format!(
                    "“{}”不是可以用的值。可以写：{}。",
                    e(value),
                    quote_list(allowed)
                );
                if let Some(s) = suggestion {
                    let _ = write!(m, "你是不是想写“{}”？", e(s));
                }
                m
            }
            Problem::UnsupportedFormat { found } => format!(
                "这个文件的格式版本是 {found}，这个版本的 zhulao 只认识格式版本 1。请写 format_version = 1，或者升级 zhulao。"
            ),
            Problem::OutOfRange {
                key,
                value,
                min,
                max,
            } => {
                format!(
                    "“{}”应该在 {min} 到 {max} 之间，现在写的是 {value}。",
                    e(key)
                )
            }
            Problem::BadId { value, kind } => format!(
                "{}“{}”不合格：只能用小写英文字母、数字和短横线（例如 scan-to-pay），开头不能是短横线，最长 64 个字符。",
                kind.name(Lang::Zh),
                e(value)
            ),
            Problem::DuplicateId {
                id,
                kind,
                first_line,
            } => format!(
                "{}“{}”重复了：第 {first_line} 行已经用过。每个编号只能用一次。",
                kind.name(Lang::Zh),
                e(id)
            ),
            Problem::DuplicateLesson { id, other } => format!(
                "课程编号“{}”和文件 {} 重复了。同一个文件夹里，每节课的编号要不一样。",
                e(id),
                e(other)
            ),
            Problem::NoSteps => "这节课还没有步骤。请至少写一个 [[steps]]。".into(),
            Problem::TooMany { key, count, limit } => format!(
                "“{}”太多了：有 {count} 个，最多只能有 {limit} 个。请把内容分成几节课。",
                e(key)
            ),
            Problem::TextTooLong { chars, limit } => {
                format!("这段文字太长了：有 {chars} 个字符，最多 {limit} 个。请分成几步来写。")
            }
            Problem::EmptyText => "这里不能是空的，请写上文字。".into(),
            Problem::KeyNotForKind { key, kind, allowed } => format!(
                "“{}”不能用在 {kind} 上。{kind} 可以写的键有：{}。",
                e(key),
                quote_list(allowed)
            ),
            Problem::MissingForKind { key, kind } => format!("{kind} 必须写“{}”。", e(key)),
            Problem::MissingHint { task } => {
                format!("这一步要学员动手（{task}），请写一个 hint：学员做错时先看到的提示。")
            }
            Problem::NoScreenForTask { task } => {
                format!("任务 {task} 要点画面上的元素，但这一步没有写 [steps.screen]。")
            }
            Problem::MissingTarget {
                target,
                available,
                suggestion,
            } => {
                let mut m = format!("任务指向的“{}”在这一步的画面上找不到。", e(target));
                match suggestion {
                    Some(s) => {
                        let _ = write!(m, "你是不是想写“{}”？", e(s));
                    }
                    None if available.is_empty() => {
                        m.push_str("这个画面上还没有带编号（id）的元素。")
                    }
                    None => {
                        let _ = write!(m, "可以用的编号：{}。", quote_list(available));
                    }
                }
                m
            }
            Problem::TargetWrongKind {
                target,
                task,
                found,
            } => {
                let can = if task == "type" {
                    "type 只能输入到输入框（input）里。"
                } else {
                    "tap 可以点按钮（button）、列表项（item）、消息（message）或弹窗里的按钮。"
                };
                format!("“{}”是 {found}，不能用于 {task} 任务。{can}", e(target))
            }
            Problem::OptionCount { count } => {
                format!("选项要有 2 到 6 个，这里有 {count} 个。")
            }
            Problem::AnswerOutOfRange { answer, count } => format!(
                "答案写的是第 {answer} 个，但只有 {count} 个选项。答案从 1 开始数，最大是 {count}。"
            ),
            Problem::BadAmount { value } => format!(
                "金额“{}”要写成数字，例如 \"25.00\"，不要写“元”或“¥”。",
                e(value)
            ),
            Problem::Other { detail } => e(detail),
        }
    }
}
