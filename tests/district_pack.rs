//! Packs for sites without network (issue 21, item 3), without a server: a pack written at
//! a site loads into the centre's database once, a second time changes nothing, the
//! receipt says so (printed and with --receipt), and a truncated or damaged pack is
//! refused in plain words with nothing changed.

mod common;
mod district_support;

use district_support::Site;
use predicates::prelude::PredicateBooleanExt;
use zhulao::progress::Mode;

fn count(site: &Site, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(site.data.join("zhulao.db")).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The pack of a site where one senior took `steps` steps at the kiosk, written in `dir`.
fn packed(dir: &std::path::Path, steps: usize) -> std::path::PathBuf {
    let site = Site::new("甲社区");
    let x = site.add("王秀英", None);
    site.kiosk(x.id, steps);
    let pack = dir.join("p.zhulao");
    site.cmd()
        .args(["data", "pack", "-o"])
        .arg(&pack)
        .assert()
        .success();
    pack
}

/// `data import FILE` at `centre` fails saying `says` (without a panic), and nothing of
/// the file is in the centre's database.
fn refused(centre: &Site, file: &std::path::Path, says: &str) {
    centre
        .cmd()
        .args(["data", "import"])
        .arg(file)
        .assert()
        .failure()
        .stderr(predicates::str::contains(says))
        .stderr(predicates::str::contains("panicked").not());
    assert_eq!(count(centre, "step_event"), 0, "{}", file.display());
    assert_eq!(count(centre, "learner"), 0, "{}", file.display());
}

fn stdout(out: assert_cmd::assert::Assert) -> String {
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn a_pack_loads_at_the_centre_once_with_a_receipt() {
    let site = Site::new("甲社区");
    let x = site.add("王秀英", None);
    let l = site.add("李华", None);
    site.kiosk(x.id, 4);
    site.class(&[x.id, l.id], 3);
    site.steps(l.id, Mode::Practice, None, 1);
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("甲社区.zhulao");
    let out = stdout(
        site.cmd()
            .args(["data", "pack", "-o"])
            .arg(&pack)
            .assert()
            .success(),
    );
    assert!(out.contains("数据包写好了"), "{out}");
    // The next pack holds only what came after.
    let again = dir.path().join("again.zhulao");
    let out = stdout(
        site.cmd()
            .args(["data", "pack", "-o"])
            .arg(&again)
            .assert()
            .success(),
    );
    assert!(out.contains("0 条记录"), "{out}");

    let centre = Site::new("区社区学院");
    let receipt = dir.path().join("回执.txt");
    let out = stdout(
        centre
            .cmd()
            .args(["data", "import"])
            .arg(&pack)
            .arg("--receipt")
            .arg(&receipt)
            .assert()
            .success(),
    );
    assert!(out.contains("数据包回执"), "{out}");
    assert!(out.contains("来自：甲社区"), "{out}");
    assert!(out.contains("原来已经有 0 条"), "{out}");
    assert!(out.contains("学习记录：新 11 条"), "{out}");
    let written = std::fs::read_to_string(&receipt).unwrap();
    assert!(written.contains("新收到"), "{written}");
    assert_eq!(count(&centre, "step_event"), 11);
    assert_eq!(count(&centre, "learner"), 2);
    assert_eq!(count(&centre, "kiosk_visit"), 1);
    assert_eq!(count(&centre, "attendance"), 2);
    // The centre's progress is derived from the events it received.
    let x_there = centre.learner(&x.code).unwrap();
    assert_eq!(x_there.display_name, "王秀英");
    // A second time: everything was there already.
    let out = stdout(
        centre
            .cmd()
            .args(["data", "import"])
            .arg(&pack)
            .assert()
            .success(),
    );
    assert!(out.contains("新收到 0 条"), "{out}");
    assert_eq!(count(&centre, "step_event"), 11);
    // Rows received are the site's to send, not the centre's.
    let before: i64 = count(&centre, "sync_outbox");
    centre
        .cmd()
        .args(["data", "import"])
        .arg(&pack)
        .assert()
        .success();
    assert_eq!(count(&centre, "sync_outbox"), before);
}

#[test]
fn a_truncated_or_damaged_pack_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let pack = packed(dir.path(), 5);
    let whole = std::fs::read(&pack).unwrap();
    let centre = Site::new("区社区学院");
    let cut = dir.path().join("cut.zhulao");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let flipped = dir.path().join("flipped.zhulao");
    let mut bytes = whole.clone();
    let at = bytes.iter().position(|b| *b == b'5').unwrap_or(40);
    bytes[at] = b'6';
    std::fs::write(&flipped, &bytes).unwrap();
    let other = dir.path().join("not.zhulao");
    std::fs::write(&other, "姓名,电话\n王秀英,1234\n").unwrap();
    for (file, says) in [
        (&cut, "坏了或者不完整"),
        (&flipped, "坏了或者不完整"),
        (&other, "不是助老的数据包"),
    ] {
        refused(&centre, file, says);
    }
    centre
        .cmd()
        .args(["data", "import"])
        .arg(&pack)
        .assert()
        .success();
    assert_eq!(count(&centre, "step_event"), 5);
}

#[test]
fn a_newer_empty_missing_or_lengthened_pack_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let pack = packed(dir.path(), 3);
    let whole = std::fs::read_to_string(&pack).unwrap();
    let (header, rest) = whole.split_once('\n').unwrap();
    assert!(header.contains("\"zhulao_pack\":1"), "{header}");
    let newer = dir.path().join("newer.zhulao");
    std::fs::write(
        &newer,
        format!(
            "{}\n{rest}",
            header.replace("\"zhulao_pack\":1", "\"zhulao_pack\":2")
        ),
    )
    .unwrap();
    let empty = dir.path().join("empty.zhulao");
    std::fs::write(&empty, "").unwrap();
    let longer = dir.path().join("longer.zhulao");
    std::fs::write(&longer, format!("{whole}{{\"more\":1}}\n")).unwrap();
    let missing = dir.path().join("不在这里.zhulao");
    let centre = Site::new("区社区学院");
    for (file, says) in [
        (
            &newer,
            "是新版助老做的（格式第 2 版）。请先升级这台电脑上的助老",
        ),
        (&empty, "不是助老的数据包"),
        (&longer, "坏了或者不完整"),
        (&missing, "打不开数据包"),
    ] {
        refused(&centre, file, says);
    }
}
