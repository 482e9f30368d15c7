//! An erasure travels (issue 22's `learner delete`, issue 21's district): a learner
//! registered at site A, renamed there, with notes, and seen at site B's kiosk, is erased
//! at A. The next `sync` takes her out of the district database's rows (name, notes, every
//! edit, every step), and B's next `sync --pull` takes her out of B's database file, byte
//! for byte; everyone else's figures stay as they were, on the server and at B.

mod common;
mod district_support;

use district_support::{Server, Site, server};
use zhulao::progress::Mode;

const FIRST: &str = "欧阳淑芬";
const RENAMED: &str = "欧阳淑珍";
const NOTES: &str = "糖尿病，耳背";
/// The name B gives her before B hears of the erasure.
const AT_B: &str = "欧阳淑兰";

/// Every row of every table of the test's schema that holds `text`, as "table: row".
fn rows_holding(server: &mut Server, text: &str) -> Vec<String> {
    let tables: Vec<String> = server
        .client
        .query(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(tables.contains(&"learner".to_string()), "{tables:?}");
    let mut found = Vec::new();
    for table in tables {
        for row in server
            .client
            .query(
                &format!("SELECT t::text FROM {table} t WHERE strpos(t::text, $1) > 0"),
                &[&text],
            )
            .unwrap()
        {
            found.push(format!("{table}: {}", row.get::<_, String>(0)));
        }
    }
    found
}

/// The bytes of a site's database files (the database and its WAL, if any).
fn file_bytes(site: &Site) -> Vec<u8> {
    let mut all = Vec::new();
    for name in ["zhulao.db", "zhulao.db-wal"] {
        if let Ok(bytes) = std::fs::read(site.data.join(name)) {
            all.extend(bytes);
        }
    }
    assert!(!all.is_empty(), "no database file at {}", site.name);
    all
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

/// (step events, distinct learners) of the machine whose site is `site`.
fn steps_of(server: &mut Server, site: &str) -> (i64, i64) {
    let row = server
        .client
        .query_one(
            "SELECT count(*), count(DISTINCT e.learner) FROM step_event e
             JOIN machine m ON m.uuid = e.machine WHERE m.site = $1",
            &[&site],
        )
        .unwrap();
    (row.get(0), row.get(1))
}

fn events_here(site: &Site) -> i64 {
    let conn = rusqlite::Connection::open(site.data.join("zhulao.db")).unwrap();
    conn.query_row("SELECT count(*) FROM step_event", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_erasure_at_one_site_leaves_no_name_on_the_server_or_at_another_site() {
    let Some(mut server) = server("erase") else {
        return;
    };
    let a = Site::new("甲社区");
    let b = Site::new("乙街道");
    let her = a.add(FIRST, None);
    let li = a.add("李华", None);
    a.kiosk(her.id, 3);
    a.class(&[her.id, li.id], 2);
    a.steps(li.id, Mode::Practice, None, 1);
    a.cmd()
        .args(["learner", "rename", &her.code, RENAMED])
        .assert()
        .success();
    a.store().set_notes(&her.code, NOTES).unwrap();
    let zhao = b.add("赵四", None);
    b.steps(zhao.id, Mode::Practice, None, 2);
    a.sync(&server.url);
    b.sync(&server.url);
    // She signs in at B's kiosk with A's card; B sends her steps and the visit.
    let her_at_b = b.learner(&her.code).expect("A's learner is known at B");
    assert_eq!(her_at_b.display_name, RENAMED);
    b.kiosk(her_at_b.id, 2);
    b.sync(&server.url);
    assert_eq!(steps_of(&mut server, "甲社区"), (8, 2), "3 + 2 + 2 + 1");
    assert_eq!(
        steps_of(&mut server, "乙街道"),
        (4, 2),
        "2 of 赵四, 2 of hers"
    );
    assert!(!rows_holding(&mut server, RENAMED).is_empty());
    assert!(!rows_holding(&mut server, NOTES).is_empty());

    // B renames her, and sends it only after the erasure reached the district.
    b.cmd()
        .args(["learner", "rename", &her.code, AT_B])
        .assert()
        .success();
    // Erased at A, at her request; A's next sync takes it to the district.
    a.cmd()
        .args(["learner", "delete", &her.code])
        .assert()
        .success();
    let out = a.sync(&server.url);
    assert!(
        out.contains("上传了 2 条记录"),
        "the erasure, and her attendance gone (which it removed already): {out}"
    );
    for text in [FIRST, RENAMED, NOTES] {
        assert_eq!(
            rows_holding(&mut server, text),
            Vec::<String>::new(),
            "{text} on the server"
        );
    }
    let edits = server.count("SELECT count(*) FROM learner_edit");
    assert_eq!(server.count("SELECT count(*) FROM learner"), 2);
    assert_eq!(server.count("SELECT count(*) FROM learner_erased"), 1);
    // Everyone else's figures stay: 李华's 3 at A, 赵四's 2 at B; her 5 + 2 are gone.
    assert_eq!(steps_of(&mut server, "甲社区"), (3, 1));
    assert_eq!(steps_of(&mut server, "乙街道"), (2, 1));
    assert_eq!(server.count("SELECT count(*) FROM kiosk_visit"), 0);
    assert_eq!(server.count("SELECT count(*) FROM attendance"), 1);

    // B's next sync --pull erases her there too, from the file's bytes.
    assert!(holds(&file_bytes(&b), AT_B), "B held her name before");
    let out = b.sync(&server.url);
    assert!(out.contains("删除 1 位"), "{out}");
    // B's rename arrived after the erasure: the district dropped it.
    assert_eq!(
        rows_holding(&mut server, AT_B),
        Vec::<String>::new(),
        "B's late rename on the server"
    );
    assert_eq!(server.count("SELECT count(*) FROM learner_edit"), edits);
    let bytes = file_bytes(&b);
    for text in [FIRST, RENAMED, NOTES, AT_B] {
        assert!(!holds(&bytes, text), "{text} still in B's database file");
    }
    assert!(b.learner(&her.code).is_none());
    assert_eq!(b.names(), ["李华", "赵四"]);
    assert_eq!(events_here(&b), 2, "赵四's steps stay at B");
    // Nothing of hers comes back, from either site, however often they sync.
    for site in [&a, &b, &a, &b] {
        let out = site.sync(&server.url);
        assert!(out.contains("上传了 0 条记录"), "{out}");
    }
    for text in [FIRST, RENAMED, NOTES, AT_B] {
        assert_eq!(rows_holding(&mut server, text), Vec::<String>::new());
    }
    assert_eq!(steps_of(&mut server, "甲社区"), (3, 1));
    assert_eq!(events_here(&a), 3, "李华's steps stay at A");
    server.stats_tables_are_fresh("after the erasure");
    assert_eq!(
        server.count("SELECT count(*) FROM visit_lesson"),
        0,
        "her visit's lessons"
    );
}
