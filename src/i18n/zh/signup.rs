//! 报名表导入和学员卡的中文。

use crate::i18n::{SignupText, Template};

/// The sign-up sheet and card texts in Chinese.
pub(in crate::i18n) const SIGNUP: SignupText = SignupText {
    open_failed: Template("打不开 {path}：{detail}"),
    not_a_sheet: Template(
        "{path} 不是能读的表格（能读 Excel 的 .xlsx、.xls，WPS 的 .ods，和 .csv）：{detail}",
    ),
    no_such_sheet: Template("表格里没有叫“{sheet}”的工作表。有这些：{names}"),
    empty_sheet: "这个表格是空的，没有可导入的学员。",
    no_name_column: "没有找到写姓名的那一列（表头写“姓名”或“名字”的那一列）。请用 --name-column 说是哪一列，例如 --name-column B，或 --name-column 称呼。",
    no_such_header: Template("{option} 说的表头“{header}”，在表格的前 10 行里没有找到。"),
    preview_file: Template("报名表：{file}"),
    preview_sheet: Template("报名表：{file}（工作表“{sheet}”）"),
    header_row: Template("第 {row} 行是表头。"),
    no_header_row: "没有表头行，从第一行读起。",
    columns_heading: "各列这样用：",
    column_line: Template("  {column} 列“{header}” → {role}"),
    role_name: "姓名",
    role_phone: "电话（只把尾号 4 位记在备注里，用来分清同名的人）",
    role_notes: "备注",
    role_community: "社区（记在备注里）",
    ignored_line: Template("  不导入：{columns}"),
    adding_heading: Template("要导入 {count} 人："),
    add_line: Template("  第 {row} 行  {name}（备注：{notes}）"),
    add_line_bare: Template("  第 {row} 行  {name}"),
    flag_cleaned: "      注意：名字里有看不见的字符，已经去掉",
    flag_same_in_sheet: Template(
        "      注意：第 {rows} 行也叫这个名字，电话不一样，会当成不同的人导入",
    ),
    flag_same_in_store: Template(
        "      注意：学员名单里已经有同名的人（学员号 {codes}），会另建一位；如果是同一个人，请从表格里删掉这一行",
    ),
    flag_odd_phone: Template("      注意：电话“{phone}”位数不对，照样导入"),
    skipping_heading: Template("不导入的 {count} 行："),
    problem_no_name: Template("  第 {row} 行：没有填姓名。"),
    problem_too_long: Template("  第 {row} 行：姓名有 {count} 个字，最多只能 {max} 个字。"),
    problem_digits: Template("  第 {row} 行：姓名“{name}”里有数字，可能填错了列。"),
    problem_not_a_name: Template("  第 {row} 行：“{name}”不像姓名，像是表格下面的说明。"),
    problem_same_as: Template(
        "  第 {row} 行：{name} 和第 {first} 行是同一个人（姓名、电话都一样），只导入一次。",
    ),
    problem_already_in: Template(
        "  第 {row} 行：{name} 已经在学员名单里（学员号 {code}），不再导入。",
    ),
    nothing_to_add: "没有要导入的新学员，学员名单没有改动。",
    confirm: Template("导入这 {count} 人吗？输入 y 再按回车就导入，直接按回车就不导入："),
    not_confirmed: "没有导入，学员名单没有改动。",
    needs_yes: "还没有写入任何东西。看过上面没有问题，加上 --yes 再运行一次，就会导入。",
    added_heading: Template("已导入 {count} 人："),
    added_line: Template("  学员号 {code}  {name}"),
    add_failed: Template(
        "没有导入：第 {row} 行 {name} 写不进去（{detail}）。表里的人一个也没有写进去，学员名单没有改动；改好后再导入一次就行。",
    ),
    write_failed: Template(
        "没有导入：{detail}。表里的人一个也没有写进去，学员名单没有改动；改好后再导入一次就行。",
    ),
    cards_hint: Template("打印学员卡：zhulao export cards --learner {codes} -o 学员卡.html"),
    note_community: Template("社区：{community}"),
    note_phone: Template("电话尾号 {digits}"),
    note_joiner: "；",
    list_joiner: "、",
    cards_title: "学员卡",
    card_code_label: "学员号",
    card_hint: "在图书馆的练习机上输入这个号码就能接着学",
    cards_written: Template("已写好 {count} 张学员卡：{path}"),
    cards_none: "没有学员，没有写学员卡。",
};
