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
    let base = match std::env::var("ZHULAO_TEST_PG_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            let why = "ZHULAO_TEST_PG_URL is not set, so the district tests cannot reach a \
                       PostgreSQL server: start one with eval \"$(tests/pg/start)\" \
                       (needs the postgresql package; .ci/run does this)";
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{why}. Under CI=true these tests must run.");
            }
            eprintln!("SKIPPED {name}: {why}");
            return None;
        }
    };
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

impl Server {
    /// One number the server answers.
    pub fn count(&mut self, sql: &str) -> i64 {
        self.client.query_one(sql, &[]).unwrap().get(0)
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
