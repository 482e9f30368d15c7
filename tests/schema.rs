//! The JSON Schema printed by `zhulao lesson schema` accepts the bundled lessons and the
//! template, and rejects what the loader rejects at the key level.

use zhulao::lesson::library::bundled_files;
use zhulao::lesson::{schema_json, template};

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema itself is valid")
}

fn as_json(toml_text: &str) -> serde_json::Value {
    toml::from_str(toml_text).expect("valid TOML")
}

#[test]
fn bundled_lessons_and_the_template_validate() {
    let v = validator();
    assert!(!bundled_files().is_empty());
    for (name, text) in bundled_files() {
        let errors: Vec<String> = v
            .iter_errors(&as_json(text))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    assert!(v.is_valid(&as_json(&template("new-lesson"))));
}

#[test]
fn an_unknown_key_is_rejected() {
    let v = validator();
    let top = template("x").replace("summary =", "sumary =");
    assert!(!v.is_valid(&as_json(&top)));
    let in_step = template("x").replace("tip = ", "tipp = ");
    assert!(!v.is_valid(&as_json(&in_step)));
    let in_element = template("x").replacen(
        "kind = \"button\"",
        "kind = \"button\"\ncolour = \"red\"",
        1,
    );
    assert!(!v.is_valid(&as_json(&in_element)));
}

#[test]
fn bad_values_are_rejected() {
    let v = validator();
    for (from, to) in [
        ("category = \"基础操作\"", "category = \"基础\""),
        ("id = \"x\"", "id = \"Not An Id\""),
        ("estimated_minutes = 15", "estimated_minutes = 0"),
        ("format_version = 1", "format_version = 2"),
        ("kind = \"tap\"", "kind = \"swipe\""),
    ] {
        let text = template("x").replacen(from, to, 1);
        assert_ne!(text, template("x"), "{from} not found in the template");
        assert!(!v.is_valid(&as_json(&text)), "{to} should be rejected");
    }
}
