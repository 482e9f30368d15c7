-- Server migration 4 -> 5 (src/district/server/schema.rs). Shipped migrations are never
-- edited: a change is a new migration.
--
-- After steps or answers arrive, migration 4's trigger looked up the kiosk visits they
-- fall in once per row, through the visits' index on the learner: every visit the learner
-- ever made was read from the table to compare its times (2,000 rows, ~60,000 table pages:
-- 28 ms a statement on a million events, a sixth of a kiosk site's first sync). Now the
-- rows are taken per learner (their first and last moment) and the visits found through
-- an index on (learner, end): only the visits ending after the first of them (3 ms).
-- A visit between two of a learner's rows that holds neither is made again too, changing
-- nothing. The trigger skips each kind of table it keeps when no row is of that kind.
CREATE INDEX kiosk_visit_by_learner_end ON kiosk_visit (learner, ended);
DROP INDEX kiosk_visit_by_learner;

CREATE OR REPLACE FUNCTION zhulao_records_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM touched WHERE mode = 'kiosk') THEN
    PERFORM zhulao_visit_lessons(ARRAY(
      SELECT v.uuid
      FROM (SELECT learner, min(at) AS lo, max(at) AS hi FROM touched
            WHERE mode = 'kiosk' GROUP BY learner) r
      JOIN kiosk_visit v ON v.learner = r.learner AND v.ended >= r.lo AND v.started <= r.hi));
  END IF;
  IF EXISTS (SELECT 1 FROM touched WHERE session IS NOT NULL) THEN
    PERFORM zhulao_sessions(ARRAY(
      SELECT DISTINCT session FROM touched WHERE session IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;
