//! 课程文件的错误说明（中文）。

use crate::i18n::{IdKindText, LessonErrorText, Template, TypeText};

/// The lesson files' error texts in Chinese.
pub(in crate::i18n) const LESSON_ERRORS: LessonErrorText = LessonErrorText {
    error_label: "错误：",
    io: Template("读不了这个文件：{detail}"),
    refused_link: "没有读取：这是一个符号链接（指向别处的快捷方式）。课程文件要把文件本身放进文件夹。",
    refused_fifo: "没有读取：这不是普通文件，而是一个管道（FIFO）。课程文件必须是普通的文本文件。",
    refused_device: "没有读取：这不是普通文件，而是一个设备。课程文件必须是普通的文本文件。",
    refused_socket: "没有读取：这不是普通文件，而是一个套接字（socket）。课程文件必须是普通的文本文件。",
    refused_other: "没有读取：这不是普通文件。课程文件必须是普通的文本文件。",
    file_too_large: Template(
        "文件太大（{size} 字节）。一节课的文件最多 {limit} 字节（1 MiB），请把内容分成几节课。",
    ),
    invalid_utf8: "这里有不是 UTF-8 编码的字节。请在编辑器里把文件另存为“UTF-8”编码。",
    syntax: Template("TOML 写法有误：{detail}。"),
    syntax_phrases: &[
        ("duplicate key", "同一个键写了两次"),
        (
            "string values must be quoted",
            "文字要用英文双引号 \" \" 括起来",
        ),
        (
            "missing assignment between key-value pairs",
            "键和值之间少了等号 =",
        ),
        ("key with no value", "键后面少了等号和值"),
        ("missing value", "等号后面少了值"),
        ("unclosed array table", "[[ ]] 没有写完整，少了 ]]"),
        ("unclosed table", "[ ] 没有写完整，少了 ]"),
        ("unclosed array", "列表少了结尾的 ]"),
        ("unclosed inline table", "{ } 少了结尾的 }"),
        (
            "missing comma between array elements",
            "列表里的两项之间少了逗号",
        ),
        (
            "missing comma between key-value pairs",
            "{ } 里的两项之间少了逗号",
        ),
        ("invalid unquoted key", "键只能用英文字母、数字、_ 和 -"),
        ("missing escaped value", "反斜杠 \\ 后面少了转义的内容"),
        (
            "carriage return must be followed by newline",
            "文件里有单独的回车符",
        ),
        (
            "invalid basic string",
            "文字里有不能直接写的字符（如控制字符），或少了结尾的双引号",
        ),
        (
            "invalid literal string",
            "文字里有不能直接写的字符（如控制字符），或少了结尾的单引号",
        ),
        (
            "invalid multi-line basic string",
            "三引号文字里有不能直接写的字符，或少了结尾的 \"\"\"",
        ),
        (
            "invalid escape",
            "反斜杠转义写错了，想写反斜杠本身请写 \\\\",
        ),
        ("unexpected content", "这里多了看不懂的内容"),
    ],
    syntax_unworded: Template("（英文说明）{detail}"),
    unclosed_string: "这段文字少了结尾的双引号 \"。一行写不下的长文字，请用三个双引号 \"\"\" 括起来。",
    raw_control: Template(
        "文字里有一个控制字符 {shown}（看不见的特殊字符，可能是从别处复制来的）。请删掉它；课程文字里不需要这种字符。",
    ),
    unknown_key_suggested: Template("不认识的键“{key}”。你是不是想写“{suggestion}”？"),
    unknown_key_none_allowed: Template("不认识的键“{key}”。这里不能写键。"),
    unknown_key: Template("不认识的键“{key}”。这里可以写的键有：{allowed}。"),
    missing_key: Template("缺少必填的键“{key}”。"),
    wrong_type: Template("这里应该写{expected}，但写的是{found}。"),
    unknown_value: Template("“{value}”不是可以用的值。可以写：{allowed}。"),
    did_you_mean: Template("你是不是想写“{suggestion}”？"),
    unsupported_format: Template(
        "这个文件的格式版本是 {found}，这个版本的 zhulao 只认识格式版本 1。请写 format_version = 1，或者升级 zhulao。",
    ),
    out_of_range: Template("“{key}”应该在 {min} 到 {max} 之间，现在写的是 {value}。"),
    bad_id: Template(
        "{kind}“{value}”不合格：只能用小写英文字母、数字和短横线（例如 scan-to-pay），开头不能是短横线，最长 64 个字符。",
    ),
    duplicate_id: Template("{kind}“{id}”重复了：第 {first_line} 行已经用过。每个编号只能用一次。"),
    duplicate_lesson: Template(
        "课程编号“{id}”和文件 {other} 重复了。同一个文件夹里，每节课的编号要不一样。",
    ),
    no_steps: "这节课还没有步骤。请至少写一个 [[steps]]。",
    too_many: Template("“{key}”太多了：有 {count} 个，最多只能有 {limit} 个。请把内容分成几节课。"),
    text_too_long: Template("这段文字太长了：有 {chars} 个字符，最多 {limit} 个。请分成几步来写。"),
    empty_text: "这里不能是空的，请写上文字。",
    key_not_for_kind: Template("“{key}”不能用在 {kind} 上。{kind} 可以写的键有：{allowed}。"),
    missing_for_kind: Template("{kind} 必须写“{key}”。"),
    missing_hint: Template("这一步要学员动手（{task}），请写一个 hint：学员做错时先看到的提示。"),
    no_screen_for_task: Template("任务 {task} 要点画面上的元素，但这一步没有写 [steps.screen]。"),
    missing_target: Template("任务指向的“{target}”在这一步的画面上找不到。"),
    no_ids_on_screen: "这个画面上还没有带编号（id）的元素。",
    ids_on_screen: Template("可以用的编号：{available}。"),
    target_not_typable: Template(
        "“{target}”是 {found}，不能用于 {task} 任务。type 只能输入到输入框（input）里。",
    ),
    target_not_tappable: Template(
        "“{target}”是 {found}，不能用于 {task} 任务。tap 可以点按钮（button）、列表项（item）、消息（message）或弹窗里的按钮。",
    ),
    option_count: Template("选项要有 2 到 6 个，这里有 {count} 个。"),
    answer_out_of_range: Template(
        "答案写的是第 {answer} 个，但只有 {count} 个选项。答案从 1 开始数，最大是 {count}。",
    ),
    bad_amount: Template("金额“{value}”要写成数字，例如 \"25.00\"，不要写“元”或“¥”。"),
    bad_reading: Template(
        "“{word}”的读法“{reading}”不对：要写 {chars} 个带声调数字（1 到 5）的拼音，用空格隔开，例如 \"重阳\" = \"chong2 yang2\"。",
    ),
    too_deep: "数组或表格套得太深了。课程文件用不到这么多层，请检查方括号 [ ] 是否多写了。",
    warning_label: "警告：",
    answers_pile_up: Template(
        "{total} 道题里有 {count} 道的答案都是第 {position} 个。学员总选第 {position} 个也能答对，请把正确答案分散到不同的位置。",
    ),
    few_options: Template(
        "这道题只有 {count} 个选项，猜也容易猜对。请至少写 3 个，错的那些写老人常犯的真实错误。",
    ),
    right_always_longest: Template(
        "{total} 道题的正确答案都是最长的那一个。学员挑最长的就能答对，请把错的选项也写得一样周全，或者把对的写短一些。",
    ),
    source_unverifiable: "这条出处没有网址，也没有文号，审核的人查不到。请写上网址（https://…）或文件编号（例如“国办发〔2020〕45号”）。",
    step_too_long: Template(
        "这一步在最小的屏幕（40×15，大字）上要翻 {pages} 页，最好不超过 {limit} 页。请把文字写短，或者分成两步。",
    ),
    warnings_summary: Template("另有 {count} 条警告：课程能用，但最好改一改。"),
    list_item: Template("“{item}”"),
    list_separator: "、",
    ids: IdKindText {
        lesson: "课程编号",
        step: "步骤编号",
        element: "元素编号",
        question: "题目编号",
    },
    types: TypeText {
        string: "文字（用英文双引号括起来，例如 \"扫码付款\"）",
        integer: "整数（例如 15，不用引号）",
        float: "小数",
        bool: "true 或 false",
        array: "列表（用方括号 [ ]）",
        table: "表格（用 [名字] 或 { }）",
        datetime: "日期时间",
    },
};
