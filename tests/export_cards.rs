//! `zhulao export cards`: A4 pages of learner cards, for everyone, for named learners or
//! for a class, escaped, with every code the store gave, and a page break every 8 cards.

use assert_cmd::Command;
use chrono::{NaiveDate, Utc};
use predicates::prelude::*;
use zhulao::progress::{NewSession, Store};

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.env("ZHULAO_DATA_DIR", data)
        .env("ZHULAO_CONFIG", data.join("settings.toml"))
        .env_remove("LANG");
    cmd
}

/// The card elements of a page, each with its code.
fn codes_on(html: &str) -> Vec<String> {
    html.split("<div class=\"card\" data-code=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

#[test]
fn everyone_gets_a_card_with_the_code_the_store_gave() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let names = [
        "<b>王&秀英</b>",
        "李\"桂兰'",
        "张华",
        "赵",
        "钱",
        "孙",
        "周",
        "吴",
        "郑",
    ];
    let mut codes = Vec::new();
    for name in names {
        codes.push(store.add_learner(name, None, Utc::now()).unwrap().code);
    }
    codes.push(
        store
            .add_learner("欧阳", Some("482719356012"), Utc::now())
            .unwrap()
            .code,
    );
    drop(store);
    std::fs::write(
        dir.path().join("settings.toml"),
        "default_site = \"湖塘镇<图书馆>\"\n",
    )
    .unwrap();
    let file = dir.path().join("cards.html");
    zhulao(dir.path())
        .args(["export", "cards", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("已写好 10 张学员卡"));
    let html = std::fs::read_to_string(&file).unwrap();
    let mut on_cards = codes_on(&html);
    on_cards.sort();
    codes.sort();
    assert_eq!(on_cards, codes);
    // The digits themselves are on the card, grouped for reading.
    assert!(html.contains("<span>4827</span><span>1935</span><span>6012</span>"));
    for code in codes.iter().filter(|c| c.len() <= 5) {
        assert!(html.contains(&format!("<span>{code}</span>")), "{code}");
    }
    // Escaped: no markup from a name or the site gets through.
    assert!(html.contains("&lt;b&gt;王&amp;秀英&lt;/b&gt;"));
    assert!(html.contains("李&quot;桂兰&#39;"));
    assert!(html.contains("湖塘镇&lt;图书馆&gt;"));
    assert!(!html.contains("<b>"));
    assert!(!html.contains("<图书馆>"));
    // Two A4 pages of 8 and 2, each breaking after itself.
    assert_eq!(html.matches("<section class=\"page\">").count(), 2);
    assert!(html.contains("@page { size: A4 portrait;"));
    assert!(html.contains("page-break-after: always"));
    assert!(html.contains("break-inside: avoid"));
    assert_eq!(
        html.matches("在图书馆的练习机上输入这个号码就能接着学")
            .count(),
        10
    );
}

#[test]
fn named_learners_or_a_class() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let wang = store.add_learner("王秀英", None, Utc::now()).unwrap();
    let li = store.add_learner("李华", None, Utc::now()).unwrap();
    let zhao = store.add_learner("赵大爷", None, Utc::now()).unwrap();
    let session = store
        .create_session(
            &NewSession {
                date: NaiveDate::from_ymd_opt(2026, 10, 19).unwrap(),
                site: "东城社区".into(),
                trainer: "张老师".into(),
                lesson_id: "mobile-payment".into(),
            },
            Utc::now(),
        )
        .unwrap();
    store.attend(session.id, wang.id, Utc::now()).unwrap();
    store.attend(session.id, zhao.id, Utc::now()).unwrap();
    drop(store);

    zhulao(dir.path())
        .args([
            "export",
            "cards",
            "--learner",
            &li.code,
            &wang.code,
            "-o",
            "-",
        ])
        .assert()
        .success()
        .stdout(predicate::function(|html: &str| {
            codes_on(html) == [li.code.clone(), wang.code.clone()]
        }));
    let out = zhulao(dir.path())
        .args(["export", "cards", "--session"])
        .arg(session.id.0.to_string())
        .args(["-o", "-"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let html = String::from_utf8(out).unwrap();
    let mut got = codes_on(&html);
    got.sort();
    let mut want = vec![wang.code.clone(), zhao.code.clone()];
    want.sort();
    assert_eq!(got, want);
    assert!(html.contains("<p class=\"site\">东城社区</p>"));

    zhulao(dir.path())
        .args(["export", "cards", "--learner", "99999", "-o", "-"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("99999"));
    zhulao(dir.path())
        .args(["export", "cards", "--session", "77", "-o", "-"])
        .assert()
        .code(1);
}

#[test]
fn no_learners_no_cards() {
    let dir = tempfile::tempdir().unwrap();
    Store::open(dir.path(), Utc::now()).unwrap();
    let file = dir.path().join("cards.html");
    zhulao(dir.path())
        .args(["export", "cards", "-o"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("没有学员，没有写学员卡。"));
    assert!(!file.exists());
}
