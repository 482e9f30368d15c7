//! The district database's schema: created and migrated by `zhulao district init`, with
//! its own table of the versions applied (`zhulao_schema`). Rows are keyed by the uuids
//! the sites gave them; the site of a row is that of the machine that sent it. Learners,
//! their merges and erasures carry `seq` numbers from one sequence, handed out one writer
//! at a time (an advisory lock), so `sync --pull` can ask for what came after its cursor.

use super::super::DistrictError;
use super::error_text;

/// The lock every writer of `seq` numbers holds until it commits.
pub const SEQ_LOCK: i64 = 0x7a68_6c61;

/// Each migration takes the server schema from version `i` to `i + 1`. Never edit one
/// that has shipped: add a new one.
pub const SERVER_MIGRATIONS: &[&str] = &[
    // 0 -> 1: the district, its machines, learners and everything the sites send.
    "
    CREATE SEQUENCE district_seq;
    CREATE TABLE district (
        id       integer PRIMARY KEY CHECK (id = 1),
        uuid     uuid        NOT NULL,
        created  timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO district (id, uuid) VALUES (1, gen_random_uuid());
    CREATE TABLE machine (
        uuid        uuid        PRIMARY KEY,
        site        text        NOT NULL,
        first_seen  timestamptz NOT NULL DEFAULT now(),
        last_sync   timestamptz
    );
    CREATE TABLE learner (
        uuid          uuid   PRIMARY KEY,
        code          text   NOT NULL,
        display_name  text   NOT NULL,
        notes         text   NOT NULL DEFAULT '',
        created       text   NOT NULL,
        machine       uuid   NOT NULL,
        name_at       text   NOT NULL,
        name_edit     text   NOT NULL DEFAULT '',
        notes_at      text   NOT NULL,
        notes_edit    text   NOT NULL DEFAULT '',
        seq           bigint NOT NULL
    );
    CREATE INDEX learner_by_seq ON learner (seq);
    CREATE INDEX learner_by_code ON learner (code);
    -- Every code in use or reserved for a machine: a code is one person's in the district.
    CREATE TABLE code_claim (
        code     text PRIMARY KEY,
        machine  uuid NOT NULL,
        learner  uuid
    );
    CREATE TABLE learner_edit (
        uuid     uuid PRIMARY KEY,
        learner  uuid NOT NULL,
        field    text NOT NULL,
        value    text NOT NULL,
        at       text NOT NULL,
        machine  uuid NOT NULL
    );
    CREATE INDEX learner_edit_by_learner ON learner_edit (learner);
    CREATE TABLE learner_alias (
        uuid     uuid PRIMARY KEY,
        learner  uuid NOT NULL
    );
    CREATE INDEX learner_alias_by_learner ON learner_alias (learner);
    CREATE TABLE learner_merge (
        uuid     uuid   PRIMARY KEY,
        kept     uuid   NOT NULL,
        gone     uuid   NOT NULL,
        at       text   NOT NULL,
        machine  uuid   NOT NULL,
        seq      bigint NOT NULL
    );
    CREATE INDEX learner_merge_by_seq ON learner_merge (seq);
    CREATE TABLE learner_erased (
        uuid  uuid   PRIMARY KEY,
        at    text   NOT NULL,
        seq   bigint NOT NULL
    );
    CREATE INDEX learner_erased_by_seq ON learner_erased (seq);
    CREATE TABLE class_group (
        uuid     uuid PRIMARY KEY,
        name     text NOT NULL,
        site     text NOT NULL,
        created  text NOT NULL,
        machine  uuid NOT NULL
    );
    CREATE TABLE group_member (
        grp      uuid NOT NULL,
        learner  uuid NOT NULL,
        added    text NOT NULL,
        PRIMARY KEY (grp, learner)
    );
    CREATE TABLE class_session (
        uuid          uuid PRIMARY KEY,
        date          text NOT NULL,
        site          text NOT NULL,
        trainer       text NOT NULL,
        lesson_id     text NOT NULL,
        created       text NOT NULL,
        current_step  text NOT NULL,
        grp           uuid,
        started       text,
        ended         text,
        deleted       text,
        machine       uuid NOT NULL
    );
    CREATE TABLE attendance (
        session  uuid   NOT NULL,
        learner  uuid   NOT NULL,
        added    text   NOT NULL,
        seconds  bigint NOT NULL,
        PRIMARY KEY (session, learner)
    );
    CREATE INDEX attendance_by_learner ON attendance (learner);
    CREATE TABLE session_volunteer (
        session   uuid    NOT NULL,
        name      text    NOT NULL,
        role      text    NOT NULL,
        position  integer NOT NULL,
        PRIMARY KEY (session, name)
    );
    CREATE TABLE kiosk_visit (
        uuid     uuid PRIMARY KEY,
        learner  uuid NOT NULL,
        site     text NOT NULL,
        started  text NOT NULL,
        ended    text NOT NULL,
        machine  uuid NOT NULL
    );
    CREATE INDEX kiosk_visit_by_learner ON kiosk_visit (learner);
    CREATE TABLE step_event (
        uuid            uuid    PRIMARY KEY,
        learner         uuid    NOT NULL,
        lesson_id       text    NOT NULL,
        lesson_version  integer NOT NULL,
        step_id         text    NOT NULL,
        outcome         text    NOT NULL,
        mode            text    NOT NULL,
        session         uuid,
        seconds         integer NOT NULL,
        at              text    NOT NULL,
        machine         uuid    NOT NULL
    );
    CREATE INDEX step_event_by_learner ON step_event (learner);
    CREATE INDEX step_event_by_machine ON step_event (machine, at);
    CREATE TABLE quiz_answer (
        uuid            uuid    PRIMARY KEY,
        learner         uuid    NOT NULL,
        lesson_id       text    NOT NULL,
        lesson_version  integer NOT NULL,
        question_id     text    NOT NULL,
        chosen          integer NOT NULL,
        correct         boolean NOT NULL,
        mode            text    NOT NULL,
        session         uuid,
        at              text    NOT NULL,
        machine         uuid    NOT NULL
    );
    CREATE INDEX quiz_answer_by_learner ON quiz_answer (learner);
    CREATE TABLE mark_cleared (
        event  uuid PRIMARY KEY,
        at     text NOT NULL
    );
    CREATE TABLE planned_session (
        uuid       uuid    PRIMARY KEY,
        date       text    NOT NULL,
        time       text    NOT NULL,
        site       text    NOT NULL,
        lesson_id  text    NOT NULL,
        trainer    text    NOT NULL,
        expected   integer NOT NULL,
        created    text    NOT NULL,
        machine    uuid    NOT NULL
    );
    ",
    // 1 -> 2: class mode's later columns (local migration 6 -> 7): the plan a session was
    // started from, and when a learner left early.
    "
    ALTER TABLE class_session ADD COLUMN plan uuid;
    ALTER TABLE attendance ADD COLUMN left_at text;
    ",
    // 2 -> 3: the district reports (`report … --district`) read sessions by day, their
    // steps and answers by session, and each kiosk visit's steps by learner and time.
    "
    CREATE INDEX class_session_by_date ON class_session (date);
    CREATE INDEX kiosk_visit_by_started ON kiosk_visit (started);
    CREATE INDEX step_event_by_session ON step_event (session, at) WHERE session IS NOT NULL;
    CREATE INDEX quiz_answer_by_session ON quiz_answer (session, at) WHERE session IS NOT NULL;
    CREATE INDEX step_event_kiosk ON step_event (learner, at) INCLUDE (lesson_id)
        WHERE mode = 'kiosk';
    CREATE INDEX quiz_answer_kiosk ON quiz_answer (learner, at) WHERE mode = 'kiosk';
    ",
    // 3 -> 4: what the statistics would otherwise look up once per visit and per session,
    // kept as rows arrive, change or go (statement triggers, whoever writes: a sync, a
    // pack, a merge, an erasure): the lessons practised in each kiosk visit, and each
    // class session's last record. And the class answers in the order the report reads
    // them (its latest answer to each question), so no sort is needed.
    include_str!("stats_tables.sql"),
    // 4 -> 5: the kiosk visits a run of steps or answers falls in, found per learner
    // through an index on (learner, end) instead of per row through every visit of the
    // learner; the trigger skips what a run does not touch.
    include_str!("visit_lookup.sql"),
    // 5 -> 6: nothing reads the step events by machine (each machine's cursor is its own,
    // kept on the machine), and the index cost every one of a first sync's million rows.
    "DROP INDEX IF EXISTS step_event_by_machine;",
    // 6 -> 7: whether a learner practised at a kiosk before a report's period, one probe
    // per learner counted (a week's report read every earlier visit's lessons for it).
    "CREATE INDEX IF NOT EXISTS visit_lesson_by_learner ON visit_lesson (learner, started);",
];

/// The server schema version this program writes.
pub fn server_version() -> i32 {
    SERVER_MIGRATIONS.len() as i32
}

fn sql(e: postgres::Error) -> DistrictError {
    DistrictError::Server {
        detail: error_text(&e),
    }
}

/// The schema version of the district database (0: not made yet).
pub fn version(client: &mut postgres::Client) -> Result<i32, DistrictError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('zhulao_schema') IS NOT NULL", &[])
        .map_err(sql)?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client
        .query_one("SELECT coalesce(max(version), 0) FROM zhulao_schema", &[])
        .map_err(sql)?;
    Ok(row.get(0))
}

/// Creates or migrates the schema, each step in one transaction; returns the versions
/// before and after. Two `init`s at once wait for each other (an advisory lock).
pub fn init(client: &mut postgres::Client) -> Result<(i32, i32), DistrictError> {
    let mut tx = client.transaction().map_err(sql)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&(SEQ_LOCK + 1)])
        .map_err(sql)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS zhulao_schema (
             version  integer     PRIMARY KEY,
             applied  timestamptz NOT NULL DEFAULT now()
         )",
    )
    .map_err(sql)?;
    let before: i32 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM zhulao_schema", &[])
        .map_err(sql)?
        .get(0);
    if before > server_version() {
        return Err(DistrictError::NewerServer {
            found: before as i64,
            supported: server_version() as i64,
        });
    }
    for (i, migration) in SERVER_MIGRATIONS.iter().enumerate().skip(before as usize) {
        tx.batch_execute(migration).map_err(sql)?;
        tx.execute(
            "INSERT INTO zhulao_schema (version) VALUES ($1)",
            &[&(i as i32 + 1)],
        )
        .map_err(sql)?;
    }
    tx.commit().map_err(sql)?;
    Ok((before, server_version()))
}

/// Checks the district database is made and not newer than this program; returns the
/// district's uuid.
pub fn check(client: &mut postgres::Client, url: &str) -> Result<uuid::Uuid, DistrictError> {
    let found = version(client)?;
    if found == 0 {
        return Err(DistrictError::NotInitialized {
            url: url.to_string(),
        });
    }
    if found > server_version() {
        return Err(DistrictError::NewerServer {
            found: found as i64,
            supported: server_version() as i64,
        });
    }
    if found < server_version() {
        return Err(DistrictError::OlderServer {
            url: url.to_string(),
        });
    }
    let row = client
        .query_one("SELECT uuid FROM district WHERE id = 1", &[])
        .map_err(sql)?;
    Ok(row.get(0))
}
