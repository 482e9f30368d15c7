//! Turning the TOML parser's and serde's English wording into plain words.

use crate::lesson::sanitize::escape_controls;

/// Chinese wording for the commonest TOML syntax errors; the English detail otherwise.
pub(crate) fn syntax_zh(message: &str) -> String {
    const TABLE: &[(&str, &str)] = &[
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
    ];
    for (en, zh) in TABLE {
        if message.starts_with(en) {
            return zh.to_string();
        }
    }
    format!("（英文说明）{message}")
}

/// Names a TOML value type (as serde describes it) in Chinese.
pub(super) fn type_zh(t: &str) -> String {
    match type_key(t) {
        "string" => "文字（用英文双引号括起来，例如 \"扫码付款\"）".into(),
        "integer" => "整数（例如 15，不用引号）".into(),
        "float" => "小数".into(),
        "bool" => "true 或 false".into(),
        "array" => "列表（用方括号 [ ]）".into(),
        "table" => "表格（用 [名字] 或 { }）".into(),
        "datetime" => "日期时间".into(),
        _ => escape_controls(t),
    }
}

pub(super) fn type_en(t: &str) -> String {
    match type_key(t) {
        "string" => "a string (in double quotes)".into(),
        "integer" => "an integer".into(),
        "float" => "a decimal number".into(),
        "bool" => "true or false".into(),
        "array" => "a list [ ]".into(),
        "table" => "a table".into(),
        "datetime" => "a date-time".into(),
        _ => escape_controls(t),
    }
}

/// Maps serde's wording of a type ("a string", "i64", "struct RawStep", "integer `3`") to one word.
pub(crate) fn type_key(t: &str) -> &'static str {
    let t = t.trim();
    let head = t
        .split([' ', '`'])
        .find(|w| !w.is_empty() && *w != "a" && *w != "an");
    match head.unwrap_or("") {
        "string" | "str" | "String" | "char" => "string",
        "integer" | "i64" | "i32" | "u32" | "u64" | "usize" => "integer",
        "floating" | "float" | "f64" | "f32" => "float",
        "boolean" | "bool" => "bool",
        "sequence" | "array" | "Vec" => "array",
        "map" | "struct" | "table" => "table",
        "datetime" => "datetime",
        _ if t.starts_with("enum") || t.starts_with("variant") => "string",
        _ => "",
    }
}
