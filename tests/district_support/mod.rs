//! Shared by the district tests: a schema of its own on the test server for each test,
//! and simulated sites (a data folder each) driven through the real program.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use zhulao::lesson::model::StepId;
use zhulao::progress::{Learner, LearnerId, Mode, Outcome, StepEvent, Store};

/// The district server of one test: the URL with `search_path` set to its own schema.
pub struct Server {
    /// The URL sites sync to (`sslmode=require`).
    pub url: String,
    /// A client on the same schema, for the test's own questions.
    pub client: postgres::Client,
}

/// The test server, or None (with the reason printed) when none was started. Under
/// `CI=true` a missing server fails the test instead.
pub fn server(name: &str) -> Option<Server> {
    let base = needed(
        "ZHULAO_TEST_PG_URL",
        name,
        "ZHULAO_TEST_PG_URL is not set, so the district tests cannot reach a PostgreSQL \
         server: start one with eval \"$(tests/pg/start)\" (needs the postgresql package; \
         .ci/run does this)",
    )?;
    let schema = format!(
        "t_{name}_{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    let mut admin = zhulao::district::server::connect::connect(&base).expect("the test server");
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}sslmode=require&options=-c%20search_path%3D{schema}");
    let client = zhulao::district::server::connect::connect(&url).unwrap();
    let server = Server { url, client };
    Command::cargo_bin("zhulao")
        .unwrap()
        .args(["district", "init", &server.url])
        .assert()
        .success();
    Some(server)
}

/// The value of the environment variable `var`, or None with `why` printed as the reason
/// `test` is skipped. Under `CI=true` a missing value fails the test instead.
pub fn needed(var: &str, test: &str, why: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(value) if !value.is_empty() => Some(value),
        _ => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{why}. Under CI=true these tests must run.");
            }
            eprintln!("SKIPPED {test}: {why}");
            None
        }
    }
}

impl Server {
    /// One number the server answers.
    pub fn count(&mut self, sql: &str) -> i64 {
        self.client.query_one(sql, &[]).unwrap().get(0)
    }

    /// The password in the URL (which no message may show).
    pub fn password(&self) -> &str {
        let before_host = self.url.split('@').next().unwrap();
        before_host.rsplit(':').next().unwrap()
    }

    /// The URL of a schema that does not exist on the server: a database without zhulao's
    /// tables.
    pub fn without_tables(&self) -> String {
        self.url.replace("search_path%3D", "search_path%3Dnone_")
    }

    /// Checks the tables the server keeps for the statistics (server migration 4) hold
    /// what making them again from every row gives; returns their row counts (visits'
    /// lessons, sessions). Made again inside a transaction that is then rolled back.
    pub fn stats_tables_are_fresh(&mut self, what: &str) -> (i64, i64) {
        const KEPT: [(&str, &str); 3] = [
            (
                "visit_lesson",
                "visit, learner, site, started, ended, lesson_id, first, answered, correct",
            ),
            ("session_last", "session, at"),
            ("session_score", "session, learner, answered, correct"),
        ];
        let mut tx = self.client.transaction().unwrap();
        let mut counts = Vec::new();
        for (table, columns) in KEPT {
            tx.batch_execute(&format!(
                "CREATE TEMP TABLE kept_{table} ON COMMIT DROP AS SELECT {columns} FROM {table};
                 DELETE FROM {table};"
            ))
            .unwrap();
            counts.push(
                tx.query_one(&format!("SELECT count(*) FROM kept_{table}"), &[])
                    .unwrap()
                    .get::<_, i64>(0),
            );
        }
        tx.batch_execute(
            "SELECT zhulao_visit_lessons(ARRAY(SELECT uuid FROM kiosk_visit));
             SELECT zhulao_sessions(ARRAY(
               SELECT session FROM step_event WHERE session IS NOT NULL
               UNION SELECT session FROM quiz_answer WHERE session IS NOT NULL));",
        )
        .unwrap();
        for (table, columns) in KEPT {
            let differ: i64 = tx
                .query_one(
                    &format!(
                        "SELECT count(*) FROM (
                           (SELECT {columns} FROM kept_{table} EXCEPT SELECT {columns} FROM {table})
                           UNION ALL
                           (SELECT {columns} FROM {table} EXCEPT SELECT {columns} FROM kept_{table})) d"
                    ),
                    &[],
                )
                .unwrap()
                .get(0);
            assert_eq!(
                differ, 0,
                "{what}: {table} differs from the rows made again"
            );
        }
        tx.rollback().unwrap();
        (counts[0], counts[1])
    }
}

/// One simulated site: a data folder and a settings file of its own.
pub struct Site {
    _dir: tempfile::TempDir,
    /// The data folder.
    pub data: PathBuf,
    /// The site's name.
    pub name: String,
}

impl Site {
    /// A new site, its name set with `zhulao setup --site`.
    pub fn new(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        let site = Site {
            data: dir.path().join("data"),
            _dir: dir,
            name: name.to_string(),
        };
        site.cmd()
            .args(["setup", "--site", name])
            .assert()
            .success();
        site
    }

    /// The program run for this site.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("zhulao").unwrap();
        cmd.arg("--data-dir")
            .arg(&self.data)
            .arg("--config")
            .arg(self.data.with_extension("toml"))
            .env_remove("ZHULAO_SYNC_STOP_AFTER")
            .env_remove("ZHULAO_SYNC_BATCH_ROWS");
        cmd
    }

    /// `zhulao sync --to URL --pull`; its standard output.
    pub fn sync(&self, url: &str) -> String {
        let out = self
            .cmd()
            .args(["sync", "--to", url, "--pull"])
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    /// The site's database.
    pub fn store(&self) -> Store {
        Store::open(&self.data, chrono::Utc::now()).unwrap()
    }

    /// Adds a learner (a code drawn or the one given).
    pub fn add(&self, name: &str, code: Option<&str>) -> Learner {
        self.store()
            .add_learner(name, code, chrono::Utc::now())
            .unwrap()
    }

    /// The learner with this code here.
    pub fn learner(&self, code: &str) -> Option<Learner> {
        self.store().learner_by_code(code).ok()
    }

    /// Records `n` step events of `learner` in `mode` (in `session` for class).
    pub fn steps(&self, learner: LearnerId, mode: Mode, session: Option<i64>, n: usize) {
        let lesson = crate::common::example_lesson();
        let mut store = self.store();
        for _ in 0..n {
            store
                .record_step(&StepEvent {
                    learner,
                    lesson: lesson.id.clone(),
                    lesson_version: lesson.version,
                    step: StepId::new_for_tests("open-scan"),
                    outcome: Outcome::Done,
                    mode,
                    session,
                    seconds: 5,
                    at: chrono::Utc::now(),
                })
                .unwrap();
        }
    }

    /// A kiosk visit of `learner` with `n` steps practised in it.
    pub fn kiosk(&self, learner: LearnerId, n: usize) {
        let visit = self
            .store()
            .start_visit(learner, &self.name, chrono::Utc::now())
            .unwrap();
        self.steps(learner, Mode::Kiosk, None, n);
        self.store()
            .extend_visit(visit, chrono::Utc::now())
            .unwrap();
    }

    /// A class session attended by `learners`, each marked `n` times.
    pub fn class(&self, learners: &[LearnerId], n: usize) -> zhulao::progress::SessionId {
        let lesson = crate::common::example_lesson();
        let mut store = self.store();
        let session = store
            .create_session(
                &zhulao::progress::NewSession {
                    date: chrono::Utc::now().date_naive(),
                    site: self.name.clone(),
                    trainer: "陈老师".into(),
                    lesson_id: lesson.id.as_str().to_string(),
                },
                chrono::Utc::now(),
            )
            .unwrap();
        for l in learners {
            store.attend(session.id, *l, chrono::Utc::now()).unwrap();
        }
        drop(store);
        for l in learners {
            self.steps(*l, Mode::Class, Some(session.id.0), n);
        }
        session.id
    }

    /// Names of the learners here, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = Store::open_read_only(&self.data)
            .unwrap()
            .learners()
            .unwrap()
            .into_iter()
            .map(|l| l.display_name)
            .collect();
        names.sort();
        names
    }
}

/// The path of a file in a temporary folder that lives as long as the folder.
pub fn file_in(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

/// Answers of `learner` to the example lesson's questions, in turn: `right` says which
/// are right; each a millisecond after the one before, so the latest is plain everywhere.
pub fn answer(
    site: &Site,
    learner: LearnerId,
    mode: Mode,
    session: Option<zhulao::progress::SessionId>,
    right: &[bool],
) {
    let lesson = crate::common::example_lesson();
    let mut store = site.store();
    let mut at = chrono::Utc::now();
    for (i, correct) in right.iter().enumerate() {
        let question = &lesson.quiz[i % lesson.quiz.len()];
        store
            .record_answer(&zhulao::progress::QuizEvent {
                learner,
                lesson: lesson.id.clone(),
                lesson_version: lesson.version,
                question: question.id.clone(),
                chosen: usize::from(!*correct),
                correct: *correct,
                mode,
                session: session.map(|s| s.0),
                at,
            })
            .unwrap();
        at += chrono::Duration::milliseconds(1);
    }
}

/// A kiosk visit of `learner` with `steps` steps and answers (`right` says which).
pub fn visit(site: &Site, learner: LearnerId, steps: usize, right: &[bool]) {
    let id = site
        .store()
        .start_visit(learner, &site.name, chrono::Utc::now())
        .unwrap();
    site.steps(learner, Mode::Kiosk, None, steps);
    answer(site, learner, Mode::Kiosk, None, right);
    let end = chrono::Utc::now() + chrono::Duration::milliseconds(right.len() as i64 + 1);
    site.store().extend_visit(id, end).unwrap();
}
