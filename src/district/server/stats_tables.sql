-- Server migration 3 -> 4 (src/district/server/schema.rs). Shipped migrations are never
-- edited: a change is a new migration.
--
-- visit_lesson: the lessons practised in each kiosk visit (its learner's kiosk steps and
-- answers from its start to its end), with the first moment of each and, of the latest
-- answer to each question (answers taken back left out), how many and how many right;
-- with the visit's learner, site, start and end, so a report reads this table alone, in
-- the order of its index.
CREATE TABLE visit_lesson (
    visit      uuid    NOT NULL,
    learner    uuid    NOT NULL,
    site       text    NOT NULL,
    started    text    NOT NULL,
    ended      text    NOT NULL,
    lesson_id  text    NOT NULL,
    first      text    NOT NULL,
    answered   integer NOT NULL,
    correct    integer NOT NULL,
    PRIMARY KEY (visit, lesson_id)
);
CREATE INDEX visit_lesson_by_started ON visit_lesson (started, visit, first, lesson_id)
    INCLUDE (learner, site, ended, answered, correct);
-- session_last: each class session's last step or answer.
CREATE TABLE session_last (
    session  uuid PRIMARY KEY,
    at       text NOT NULL
);
-- session_score: of each learner's latest answer to each question in a class session
-- (answers taken back left out), how many and how many right.
CREATE TABLE session_score (
    session   uuid    NOT NULL,
    learner   uuid    NOT NULL,
    answered  integer NOT NULL,
    correct   integer NOT NULL,
    PRIMARY KEY (session, learner)
);
CREATE INDEX quiz_answer_latest ON quiz_answer
    (session, learner, question_id, at DESC, uuid DESC) INCLUDE (chosen, correct)
    WHERE session IS NOT NULL;

-- Makes the visit_lesson rows of `visits` again from the steps and answers.
CREATE FUNCTION zhulao_visit_lessons(visits uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM visit_lesson WHERE visit = ANY(visits);
  INSERT INTO visit_lesson (visit, learner, site, started, ended, lesson_id, first, answered,
                            correct)
  SELECT v.uuid, v.learner, v.site, v.started, v.ended, p.lesson_id, p.first, p.answered,
         p.correct
  FROM kiosk_visit v
  CROSS JOIN LATERAL (
    SELECT lesson_id, min(at) AS first,
           count(*) FILTER (WHERE latest AND chosen >= 0) AS answered,
           count(*) FILTER (WHERE latest AND chosen >= 0 AND correct) AS correct
    FROM (
      SELECT e.lesson_id, e.at, false AS latest, 0 AS chosen, false AS correct
      FROM step_event e
      WHERE e.learner = v.learner AND e.mode = 'kiosk' AND e.at >= v.started AND e.at <= v.ended
      UNION ALL
      SELECT q.lesson_id, q.at,
             row_number() OVER (PARTITION BY q.lesson_id, q.question_id
                                ORDER BY q.at DESC, q.uuid DESC) = 1,
             q.chosen, q.correct
      FROM quiz_answer q
      WHERE q.learner = v.learner AND q.mode = 'kiosk' AND q.at >= v.started AND q.at <= v.ended
    ) x GROUP BY lesson_id) p
  WHERE v.uuid = ANY(visits);
$$;

-- Makes the session_last and session_score rows of `sessions` again.
CREATE FUNCTION zhulao_sessions(sessions uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM session_score WHERE session = ANY(sessions);
  INSERT INTO session_score (session, learner, answered, correct)
  SELECT session, learner, count(*), count(*) FILTER (WHERE correct) FROM (
    SELECT DISTINCT ON (q.session, q.learner, q.question_id) q.session, q.learner, q.chosen, q.correct
    FROM quiz_answer q WHERE q.session = ANY(sessions)
    ORDER BY q.session, q.learner, q.question_id, q.at DESC, q.uuid DESC) latest
  WHERE chosen >= 0 GROUP BY session, learner;
  DELETE FROM session_last WHERE session = ANY(sessions);
  INSERT INTO session_last (session, at)
  SELECT s, greatest(e, q) FROM (
    SELECT s,
           (SELECT max(at) FROM step_event WHERE session = s) AS e,
           (SELECT max(at) FROM quiz_answer WHERE session = s) AS q
    FROM unnest(sessions) AS s) x
  WHERE e IS NOT NULL OR q IS NOT NULL;
$$;

-- After steps or answers arrive, change or go: the visits and sessions of the rows
-- touched. Every trigger names its rows `touched` (new rows for an insert, old ones for
-- a delete; an update has one trigger for each), so one function serves them all.
CREATE FUNCTION zhulao_records_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM zhulao_visit_lessons(ARRAY(
    SELECT DISTINCT v.uuid FROM touched r JOIN kiosk_visit v
      ON v.learner = r.learner AND r.at >= v.started AND r.at <= v.ended
    WHERE r.mode = 'kiosk'));
  PERFORM zhulao_sessions(ARRAY(
    SELECT DISTINCT session FROM touched WHERE session IS NOT NULL));
  RETURN NULL;
END $$;
CREATE TRIGGER step_event_added AFTER INSERT ON step_event REFERENCING NEW TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER step_event_gone AFTER DELETE ON step_event REFERENCING OLD TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER step_event_was AFTER UPDATE ON step_event REFERENCING OLD TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER step_event_now AFTER UPDATE ON step_event REFERENCING NEW TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER quiz_answer_added AFTER INSERT ON quiz_answer REFERENCING NEW TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER quiz_answer_gone AFTER DELETE ON quiz_answer REFERENCING OLD TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER quiz_answer_was AFTER UPDATE ON quiz_answer REFERENCING OLD TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();
CREATE TRIGGER quiz_answer_now AFTER UPDATE ON quiz_answer REFERENCING NEW TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_records_touched();

-- After visits arrive, change (a later end, a merge: the same uuid) or go.
CREATE FUNCTION zhulao_visits_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM zhulao_visit_lessons(ARRAY(SELECT uuid FROM touched));
  RETURN NULL;
END $$;
CREATE TRIGGER kiosk_visit_added AFTER INSERT ON kiosk_visit REFERENCING NEW TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_visits_touched();
CREATE TRIGGER kiosk_visit_changed AFTER UPDATE ON kiosk_visit REFERENCING NEW TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_visits_touched();
CREATE TRIGGER kiosk_visit_gone AFTER DELETE ON kiosk_visit REFERENCING OLD TABLE AS touched
  FOR EACH STATEMENT EXECUTE FUNCTION zhulao_visits_touched();

-- What the sites sent before this migration.
SELECT zhulao_visit_lessons(ARRAY(SELECT uuid FROM kiosk_visit));
SELECT zhulao_sessions(ARRAY(
  SELECT session FROM step_event WHERE session IS NOT NULL
  UNION SELECT session FROM quiz_answer WHERE session IS NOT NULL));
