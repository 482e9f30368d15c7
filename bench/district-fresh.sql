-- bench/district's check after its syncs: the rows the statistics' triggers kept
-- (visit_lesson, session_last, session_score; server migration 4) against the same tables
-- made again from scratch, as tests/district_support's Server::stats_tables_are_fresh
-- does. Prints one line per table: its name, the rows kept, the rows that differ (0 when
-- fresh). Rolled back: the server is left as the syncs left it.
BEGIN;
CREATE TEMP TABLE kept_visit_lesson AS
  SELECT visit, learner, site, started, ended, lesson_id, first, answered, correct FROM visit_lesson;
CREATE TEMP TABLE kept_session_last AS SELECT session, at FROM session_last;
CREATE TEMP TABLE kept_session_score AS SELECT session, learner, answered, correct FROM session_score;
DELETE FROM visit_lesson;
DELETE FROM session_last;
DELETE FROM session_score;
SELECT zhulao_visit_lessons(ARRAY(SELECT uuid FROM kiosk_visit)) \g /dev/null
SELECT zhulao_sessions(ARRAY(
  SELECT session FROM step_event WHERE session IS NOT NULL
  UNION SELECT session FROM quiz_answer WHERE session IS NOT NULL)) \g /dev/null
SELECT 'visit_lesson', (SELECT count(*) FROM kept_visit_lesson), count(*) FROM (
  (SELECT visit, learner, site, started, ended, lesson_id, first, answered, correct FROM kept_visit_lesson
   EXCEPT SELECT visit, learner, site, started, ended, lesson_id, first, answered, correct FROM visit_lesson)
  UNION ALL
  (SELECT visit, learner, site, started, ended, lesson_id, first, answered, correct FROM visit_lesson
   EXCEPT SELECT visit, learner, site, started, ended, lesson_id, first, answered, correct FROM kept_visit_lesson)) d;
SELECT 'session_last', (SELECT count(*) FROM kept_session_last), count(*) FROM (
  (SELECT session, at FROM kept_session_last EXCEPT SELECT session, at FROM session_last)
  UNION ALL
  (SELECT session, at FROM session_last EXCEPT SELECT session, at FROM kept_session_last)) d;
SELECT 'session_score', (SELECT count(*) FROM kept_session_score), count(*) FROM (
  (SELECT session, learner, answered, correct FROM kept_session_score
   EXCEPT SELECT session, learner, answered, correct FROM session_score)
  UNION ALL
  (SELECT session, learner, answered, correct FROM session_score
   EXCEPT SELECT session, learner, answered, correct FROM kept_session_score)) d;
ROLLBACK;
