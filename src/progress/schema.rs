//! The database schema and its forward migrations, versioned by `PRAGMA user_version`.

/// Each migration takes the schema from version `i` to `i + 1`. Never edit one that has
/// shipped: add a new one.
pub const MIGRATIONS: &[&str] = &[
    // 0 -> 1: learners, class sessions, attendance, the event log, quiz answers.
    "
    CREATE TABLE learner (
        id            INTEGER PRIMARY KEY,
        uuid          BLOB    NOT NULL UNIQUE,
        display_name  TEXT    NOT NULL,
        code          TEXT    NOT NULL UNIQUE,
        created       TEXT    NOT NULL,
        notes         TEXT    NOT NULL DEFAULT ''
    );
    -- Learner records merged into another: their uuids keep pointing at the survivor so
    -- logs from other machines still find the right person.
    CREATE TABLE learner_alias (
        uuid     BLOB    PRIMARY KEY,
        learner  INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE
    );
    CREATE TABLE class_session (
        id         INTEGER PRIMARY KEY,
        uuid       BLOB    NOT NULL UNIQUE,
        date       TEXT    NOT NULL,
        site       TEXT    NOT NULL,
        trainer    TEXT    NOT NULL,
        lesson_id  TEXT    NOT NULL,
        created    TEXT    NOT NULL
    );
    CREATE TABLE attendance (
        session  INTEGER NOT NULL REFERENCES class_session(id) ON DELETE CASCADE,
        learner  INTEGER NOT NULL REFERENCES learner(id),
        added    TEXT    NOT NULL,
        PRIMARY KEY (session, learner)
    );
    CREATE TABLE step_event (
        id              INTEGER PRIMARY KEY,
        uuid            BLOB    NOT NULL UNIQUE,
        learner         INTEGER NOT NULL REFERENCES learner(id),
        lesson_id       TEXT    NOT NULL,
        lesson_version  INTEGER NOT NULL,
        step_id         TEXT    NOT NULL,
        outcome         TEXT    NOT NULL CHECK (outcome IN ('done', 'needs_help', 'skipped', 'wrong_try')),
        mode            TEXT    NOT NULL CHECK (mode IN ('class', 'kiosk', 'practice')),
        session         INTEGER REFERENCES class_session(id),
        seconds         INTEGER NOT NULL DEFAULT 0,
        at              TEXT    NOT NULL
    );
    -- Covers the progress query, so deriving progress reads the index alone.
    CREATE INDEX step_event_by_learner ON step_event (learner, lesson_id, step_id, outcome, at, seconds);
    CREATE TABLE quiz_answer (
        id              INTEGER PRIMARY KEY,
        uuid            BLOB    NOT NULL UNIQUE,
        learner         INTEGER NOT NULL REFERENCES learner(id),
        lesson_id       TEXT    NOT NULL,
        lesson_version  INTEGER NOT NULL,
        question_id     TEXT    NOT NULL,
        chosen          INTEGER NOT NULL,
        correct         INTEGER NOT NULL CHECK (correct IN (0, 1)),
        mode            TEXT    NOT NULL CHECK (mode IN ('class', 'kiosk', 'practice')),
        session         INTEGER REFERENCES class_session(id),
        at              TEXT    NOT NULL
    );
    CREATE INDEX quiz_answer_by_learner ON quiz_answer (learner, lesson_id);
    -- Derived from step_event (see progress::state), updated with every event.
    CREATE TABLE lesson_state (
        learner    INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        lesson_id  TEXT    NOT NULL,
        steps      TEXT    NOT NULL,
        PRIMARY KEY (learner, lesson_id)
    ) WITHOUT ROWID;
    ",
    // 1 -> 2: class mode remembers where the class was and the trainer's note on a learner.
    "
    ALTER TABLE class_session ADD COLUMN current_step TEXT NOT NULL DEFAULT '';
    ALTER TABLE attendance ADD COLUMN note TEXT NOT NULL DEFAULT '';
    CREATE INDEX step_event_by_session ON step_event (session) WHERE session IS NOT NULL;
    CREATE INDEX quiz_answer_by_session ON quiz_answer (session) WHERE session IS NOT NULL;
    ",
    // 2 -> 3: a trainer takes back a mark made in class. The log stays append-only: each
    // mark event taken back is listed here, and the session's record leaves it out. (An
    // answer taken back is a quiz_answer row of its own, with chosen = -1 and correct = 0.)
    "
    CREATE TABLE mark_cleared (
        event  BLOB  PRIMARY KEY REFERENCES step_event(uuid),
        at     TEXT  NOT NULL
    ) WITHOUT ROWID;
    ",
    // 3 -> 4: a class week. Class groups (a class that meets every week keeps its roster,
    // and newcomers join it); a session's start and end, the seconds each learner was
    // there, a session deleted or corrected afterwards; the note written in class goes to
    // the learner; and progress leaves out the marks taken back in class.
    "
    CREATE TABLE class_group (
        id       INTEGER PRIMARY KEY,
        uuid     BLOB    NOT NULL UNIQUE,
        name     TEXT    NOT NULL,
        site     TEXT    NOT NULL,
        created  TEXT    NOT NULL
    );
    CREATE TABLE group_member (
        grp      INTEGER NOT NULL REFERENCES class_group(id) ON DELETE CASCADE,
        learner  INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        added    TEXT    NOT NULL,
        PRIMARY KEY (grp, learner)
    ) WITHOUT ROWID;
    ALTER TABLE class_session ADD COLUMN grp INTEGER REFERENCES class_group(id);
    ALTER TABLE class_session ADD COLUMN started TEXT;
    ALTER TABLE class_session ADD COLUMN ended TEXT;
    ALTER TABLE class_session ADD COLUMN deleted TEXT;
    ALTER TABLE attendance ADD COLUMN seconds INTEGER NOT NULL DEFAULT 0;
    UPDATE learner SET notes = trim(notes || ' ' || (
        SELECT group_concat(note, ' ') FROM (
            SELECT DISTINCT note FROM attendance
            WHERE attendance.learner = learner.id AND note != '' AND instr(learner.notes, note) = 0)))
    WHERE EXISTS (SELECT 1 FROM attendance
                  WHERE attendance.learner = learner.id AND note != '' AND instr(learner.notes, note) = 0);
    UPDATE attendance SET note = '' WHERE note != '';
    -- The events progress counts: every step event but those taken back in class.
    CREATE VIEW step_event_counted AS
        SELECT id, uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, session, seconds, at
        FROM step_event
        WHERE NOT EXISTS (SELECT 1 FROM mark_cleared c WHERE c.event = step_event.uuid);
    -- Covers the progress query with the check against mark_cleared (the uuid).
    DROP INDEX step_event_by_learner;
    CREATE INDEX step_event_by_learner_counted
        ON step_event (learner, lesson_id, step_id, outcome, at, seconds, uuid);
    CREATE INDEX class_session_by_group ON class_session (grp) WHERE grp IS NOT NULL;
    ",
    // 4 -> 5: for the activity reports. A kiosk visit (sign-in to sign-out) at its site;
    // the volunteers of a class session (its lead trainer and assistants, 助教); sessions
    // planned ahead for the 活动安排表.
    "
    CREATE TABLE kiosk_visit (
        id       INTEGER PRIMARY KEY,
        learner  INTEGER NOT NULL REFERENCES learner(id),
        site     TEXT    NOT NULL,
        started  TEXT    NOT NULL,
        ended    TEXT    NOT NULL
    );
    CREATE INDEX kiosk_visit_by_start ON kiosk_visit (started);
    CREATE TABLE session_volunteer (
        session  INTEGER NOT NULL REFERENCES class_session(id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        role     TEXT    NOT NULL CHECK (role IN ('lead', 'assistant')),
        -- The order the assistants were named in.
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session, name)
    ) WITHOUT ROWID;
    CREATE TABLE planned_session (
        id         INTEGER PRIMARY KEY,
        date       TEXT    NOT NULL,
        time       TEXT    NOT NULL,
        site       TEXT    NOT NULL,
        lesson_id  TEXT    NOT NULL,
        trainer    TEXT    NOT NULL,
        expected   INTEGER NOT NULL,
        created    TEXT    NOT NULL
    );
    CREATE INDEX planned_session_by_date ON planned_session (date);
    ",
    // 5 -> 6: a district of sites (src/district). The machine's own id, set once, and its
    // site; uuids for the rows that had none (a visit, a plan); learner edits, merges and
    // erasures as rows of their own with a time, so the newest edit wins everywhere and a
    // merge or an erasure reaches the other sites; codes the district server reserved for
    // this machine; and the outbox: every row to send, in the order written (AUTOINCREMENT:
    // a number is never used twice, even after an erasure), with a cursor per destination.
    // Triggers fill the outbox, so the code that writes rows knows nothing of it. The rows
    // already there go into it first, learners before what points at them.
    "
    CREATE TABLE machine (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        uuid     BLOB    NOT NULL,
        site     TEXT    NOT NULL DEFAULT '',
        created  TEXT    NOT NULL
    );
    INSERT INTO machine (id, uuid, created) VALUES (1, unhex(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(8)), 2)), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    ALTER TABLE kiosk_visit ADD COLUMN uuid BLOB;
    UPDATE kiosk_visit SET uuid = unhex(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(8)), 2));
    CREATE UNIQUE INDEX kiosk_visit_by_uuid ON kiosk_visit (uuid);
    CREATE TRIGGER kiosk_visit_gets_uuid AFTER INSERT ON kiosk_visit WHEN NEW.uuid IS NULL
    BEGIN UPDATE kiosk_visit SET uuid = unhex(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(8)), 2)) WHERE id = NEW.id; END;
    ALTER TABLE planned_session ADD COLUMN uuid BLOB;
    UPDATE planned_session SET uuid = unhex(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(8)), 2));
    CREATE UNIQUE INDEX planned_session_by_uuid ON planned_session (uuid);
    CREATE TRIGGER planned_session_gets_uuid AFTER INSERT ON planned_session WHEN NEW.uuid IS NULL
    BEGIN UPDATE planned_session SET uuid = unhex(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(8)), 2)) WHERE id = NEW.id; END;
    -- A rename or a new note: the learner's uuid, the field, its new value, when.
    CREATE TABLE learner_edit (
        id       INTEGER PRIMARY KEY,
        uuid     BLOB    NOT NULL UNIQUE,
        learner  BLOB    NOT NULL,
        field    TEXT    NOT NULL CHECK (field IN ('name', 'notes')),
        value    TEXT    NOT NULL,
        at       TEXT    NOT NULL
    );
    CREATE INDEX learner_edit_by_learner ON learner_edit (learner, field, at);
    CREATE TABLE learner_merge (
        id    INTEGER PRIMARY KEY,
        uuid  BLOB    NOT NULL UNIQUE,
        kept  BLOB    NOT NULL,
        gone  BLOB    NOT NULL,
        at    TEXT    NOT NULL
    );
    -- Erased learners: their uuid only, so rows about them that arrive later are dropped.
    CREATE TABLE learner_erased (
        uuid  BLOB  PRIMARY KEY,
        at    TEXT  NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE code_pool (code TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE sync_outbox (
        seq   INTEGER PRIMARY KEY AUTOINCREMENT,
        kind  TEXT    NOT NULL,
        a     INTEGER,
        b     INTEGER,
        k     BLOB
    );
    CREATE TABLE sync_cursor (
        target  TEXT     PRIMARY KEY,
        seq     INTEGER  NOT NULL,
        at      TEXT     NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO sync_outbox (kind, a) SELECT 'learner', id FROM learner ORDER BY id;
    INSERT INTO sync_outbox (kind, a) SELECT 'class_group', id FROM class_group ORDER BY id;
    INSERT INTO sync_outbox (kind, a) SELECT 'class_session', id FROM class_session ORDER BY id;
    INSERT INTO sync_outbox (kind, a, b) SELECT 'group_member', grp, learner FROM group_member;
    INSERT INTO sync_outbox (kind, a, b) SELECT 'attendance', session, learner FROM attendance;
    INSERT INTO sync_outbox (kind, a) SELECT DISTINCT 'session_volunteer', session FROM session_volunteer;
    INSERT INTO sync_outbox (kind, a) SELECT 'kiosk_visit', id FROM kiosk_visit ORDER BY id;
    INSERT INTO sync_outbox (kind, a) SELECT 'step_event', id FROM step_event ORDER BY id;
    INSERT INTO sync_outbox (kind, a) SELECT 'quiz_answer', id FROM quiz_answer ORDER BY id;
    INSERT INTO sync_outbox (kind, k) SELECT 'mark_cleared', event FROM mark_cleared;
    INSERT INTO sync_outbox (kind, a) SELECT 'planned_session', id FROM planned_session ORDER BY id;
    CREATE TRIGGER out_learner AFTER INSERT ON learner
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('learner', NEW.id); END;
    CREATE TRIGGER out_learner_edit AFTER INSERT ON learner_edit
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('learner_edit', NEW.id); END;
    CREATE TRIGGER out_learner_merge AFTER INSERT ON learner_merge
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('learner_merge', NEW.id); END;
    CREATE TRIGGER out_learner_erased AFTER INSERT ON learner_erased
    BEGIN INSERT INTO sync_outbox (kind, k) VALUES ('learner_erased', NEW.uuid); END;
    CREATE TRIGGER out_class_group AFTER INSERT ON class_group
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('class_group', NEW.id); END;
    CREATE TRIGGER out_class_group_upd AFTER UPDATE ON class_group
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('class_group', NEW.id); END;
    CREATE TRIGGER out_class_session AFTER INSERT ON class_session
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('class_session', NEW.id); END;
    CREATE TRIGGER out_class_session_upd AFTER UPDATE ON class_session
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('class_session', NEW.id); END;
    CREATE TRIGGER out_class_session_del AFTER DELETE ON class_session
    BEGIN INSERT INTO sync_outbox (kind, k) VALUES ('class_session_gone', OLD.uuid); END;
    CREATE TRIGGER out_group_member AFTER INSERT ON group_member
    BEGIN INSERT INTO sync_outbox (kind, a, b) VALUES ('group_member', NEW.grp, NEW.learner); END;
    CREATE TRIGGER out_group_member_upd AFTER UPDATE ON group_member
    BEGIN INSERT INTO sync_outbox (kind, a, b) VALUES ('group_member', NEW.grp, NEW.learner); END;
    CREATE TRIGGER out_group_member_del AFTER DELETE ON group_member
    BEGIN INSERT INTO sync_outbox (kind, k) VALUES ('group_member_gone',
        unhex(hex((SELECT uuid FROM class_group WHERE id = OLD.grp)) || hex((SELECT uuid FROM learner WHERE id = OLD.learner)))); END;
    CREATE TRIGGER out_attendance AFTER INSERT ON attendance
    BEGIN INSERT INTO sync_outbox (kind, a, b) VALUES ('attendance', NEW.session, NEW.learner); END;
    CREATE TRIGGER out_attendance_upd AFTER UPDATE ON attendance
    BEGIN INSERT INTO sync_outbox (kind, a, b) VALUES ('attendance', NEW.session, NEW.learner); END;
    CREATE TRIGGER out_attendance_del AFTER DELETE ON attendance
    BEGIN INSERT INTO sync_outbox (kind, k) VALUES ('attendance_gone',
        unhex(hex((SELECT uuid FROM class_session WHERE id = OLD.session)) || hex((SELECT uuid FROM learner WHERE id = OLD.learner)))); END;
    CREATE TRIGGER out_session_volunteer AFTER INSERT ON session_volunteer
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('session_volunteer', NEW.session); END;
    CREATE TRIGGER out_session_volunteer_del AFTER DELETE ON session_volunteer
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('session_volunteer', OLD.session); END;
    CREATE TRIGGER out_kiosk_visit AFTER INSERT ON kiosk_visit
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('kiosk_visit', NEW.id); END;
    CREATE TRIGGER out_kiosk_visit_upd AFTER UPDATE OF ended ON kiosk_visit
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('kiosk_visit', NEW.id); END;
    CREATE TRIGGER out_step_event AFTER INSERT ON step_event
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('step_event', NEW.id); END;
    CREATE TRIGGER out_quiz_answer AFTER INSERT ON quiz_answer
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('quiz_answer', NEW.id); END;
    CREATE TRIGGER out_mark_cleared AFTER INSERT ON mark_cleared
    BEGIN INSERT INTO sync_outbox (kind, k) VALUES ('mark_cleared', NEW.event); END;
    CREATE TRIGGER out_planned_session AFTER INSERT ON planned_session
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('planned_session', NEW.id); END;
    CREATE TRIGGER out_planned_session_upd AFTER UPDATE OF date, time, site, lesson_id, trainer, expected ON planned_session
    BEGIN INSERT INTO sync_outbox (kind, a) VALUES ('planned_session', NEW.id); END;
    CREATE TRIGGER out_planned_session_del AFTER DELETE ON planned_session
    BEGIN INSERT INTO sync_outbox (kind, k) VALUES ('planned_session_gone', OLD.uuid); END;
    ",
    // 6 -> 7: class mode. A session started from a plan points at it (the plan is held);
    // a learner who left early has the time they left, and their class time stops there.
    "
    ALTER TABLE class_session ADD COLUMN plan INTEGER REFERENCES planned_session(id) ON DELETE SET NULL;
    ALTER TABLE attendance ADD COLUMN left_at TEXT;
    ",
    // 7 -> 8: the district gets 6 -> 7's columns too (a session's plan, a learner's
    // leaving early). The triggers already queue every change to those rows, read as the
    // rows are now; the rows that had them set before this version are queued once more,
    // so a district synced before it gets them.
    "
    INSERT INTO sync_outbox (kind, a) SELECT 'class_session', id FROM class_session
        WHERE plan IS NOT NULL ORDER BY id;
    INSERT INTO sync_outbox (kind, a, b) SELECT 'attendance', session, learner FROM attendance
        WHERE left_at IS NOT NULL ORDER BY session, learner;
    ",
];

/// The schema version this program writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}
