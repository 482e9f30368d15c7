-- The fixture of bench/district-stats: 100 sites as their syncs would leave the district
-- database. psql -v sessions=N -v visits=N (a site's class sessions and kiosk visits).
SET synchronous_commit = off;
CREATE TEMP TABLE lesson_ids AS
  SELECT row_number() OVER () - 1 AS ln, id FROM unnest(ARRAY['ai-fakes', 'elder-mode',
    'fraud-calls', 'fraud-links', 'fraud-schemes', 'health-care', 'hospital-booking',
    'maps-transit', 'medical-code', 'mobile-payment', 'online-learning', 'online-services',
    'online-shopping', 'pension-check', 'rail-tickets', 'reading-listening', 'ride-hailing',
    'utility-bills', 'wallet-settings', 'wechat-basics', 'wechat-video-call']) AS id;
CREATE FUNCTION pg_temp.u(t text) RETURNS uuid LANGUAGE sql IMMUTABLE AS 'SELECT md5(t)::uuid';
CREATE FUNCTION pg_temp.ts(t timestamp) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')$$;
INSERT INTO machine (uuid, site)
  SELECT pg_temp.u('m' || s), '基准社区' || lpad(s::text, 3, '0') FROM generate_series(0, 99) s;
-- Learner i of site s: uuid u('l' || s || '-' || i).
INSERT INTO learner (uuid, code, display_name, created, machine, name_at, notes_at, seq)
  SELECT pg_temp.u('l' || s || '-' || i), (10000 + s * 1000 + i)::text, '学员' || s || '-' || i,
         '2026-08-01T00:00:00.000Z', pg_temp.u('m' || s), '2026-08-01T00:00:00.000Z',
         '2026-08-01T00:00:00.000Z', nextval('district_seq')
  FROM generate_series(0, 99) s, generate_series(0, 199) i;
-- Session j of site s: a day from 2026-09-01, at 09:00 (UTC), 50 minutes.
CREATE TEMP TABLE sess AS
  SELECT s, j, pg_temp.u('s' || s || '-' || j) AS uuid,
         timestamp '2026-09-01 01:00' + (j % 90) * interval '1 day' + (j / 90) * interval '2 hours' AS at
  FROM generate_series(0, 99) s, generate_series(0, :sessions - 1) j;
INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created, current_step, started, ended, machine)
  SELECT x.uuid, to_char(x.at, 'YYYY-MM-DD'), '基准社区' || lpad(x.s::text, 3, '0'), '讲师' || x.s,
         l.id, pg_temp.ts(x.at), '', pg_temp.ts(x.at), pg_temp.ts(x.at + interval '50 minutes'),
         pg_temp.u('m' || x.s)
  FROM sess x JOIN lesson_ids l ON l.ln = x.j % 21;
INSERT INTO session_volunteer (session, name, role, position)
  SELECT uuid, '讲师' || s, 'lead', 0 FROM sess
  UNION ALL SELECT uuid, '助教' || s || '-' || (j % 3), 'assistant', 0 FROM sess WHERE j % 2 = 0;
CREATE TEMP TABLE att AS
  SELECT x.uuid AS session, x.s, x.j, k, x.at,
         pg_temp.u('l' || x.s || '-' || ((x.j * 7 + k) % 200)) AS learner
  FROM sess x, generate_series(1, 12) k;
INSERT INTO attendance (session, learner, added, seconds)
  SELECT session, learner, pg_temp.ts(at + k * interval '10 seconds'), 2900 FROM att;
INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, session, seconds, at, machine)
  SELECT pg_temp.u('e' || a.s || '-' || a.j || '-' || a.k || '-' || n), a.learner, l.id, 1,
         'step-' || n, 'done', 'class', a.session, 20, pg_temp.ts(a.at + n * interval '3 minutes'),
         pg_temp.u('m' || a.s)
  FROM att a JOIN lesson_ids l ON l.ln = a.j % 21, generate_series(1, 16) n;
INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen, correct, mode, session, at, machine)
  SELECT pg_temp.u('q' || a.s || '-' || a.j || '-' || a.k || '-' || n), a.learner, l.id, 1,
         'q' || n, 0, (a.k + n) % 3 > 0, 'class', a.session,
         pg_temp.ts(a.at + interval '49 minutes'), pg_temp.u('m' || a.s)
  FROM att a JOIN lesson_ids l ON l.ln = a.j % 21, generate_series(1, 3) n;
-- Visit j of site s: learner j % 200, every 4 days from 2026-09-01, 25 minutes.
CREATE TEMP TABLE vis AS
  SELECT s, j, pg_temp.u('v' || s || '-' || j) AS uuid,
         pg_temp.u('l' || s || '-' || (j % 200)) AS learner,
         timestamp '2026-09-01 00:00' + (j / 200) * interval '4 days' + (j % 200) * interval '2 minutes' AS at
  FROM generate_series(0, 99) s, generate_series(0, :visits - 1) j;
INSERT INTO kiosk_visit (uuid, learner, site, started, ended, machine)
  SELECT uuid, learner, '基准社区' || lpad(s::text, 3, '0'), pg_temp.ts(at),
         pg_temp.ts(at + interval '25 minutes'), pg_temp.u('m' || s)
  FROM vis;
INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, session, seconds, at, machine)
  SELECT pg_temp.u('k' || v.s || '-' || v.j || '-' || n), v.learner, l.id, 1, 'step-' || n,
         'done', 'kiosk', NULL, 20, pg_temp.ts(v.at + n * interval '2 minutes'), pg_temp.u('m' || v.s)
  FROM vis v, generate_series(1, 10) n JOIN lesson_ids l ON true
  WHERE l.ln = (v.j + n / 6) % 21;
INSERT INTO quiz_answer (uuid, learner, lesson_id, lesson_version, question_id, chosen, correct, mode, session, at, machine)
  SELECT pg_temp.u('a' || v.s || '-' || v.j), v.learner, l.id, 1, 'q1', 1, v.j % 4 > 0, 'kiosk',
         NULL, pg_temp.ts(v.at + interval '21 minutes'), pg_temp.u('m' || v.s)
  FROM vis v JOIN lesson_ids l ON l.ln = (v.j + 1) % 21;
