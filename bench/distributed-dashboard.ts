/**
 * A large PostgreSQL store made in SQL (posts over a year in monthly partitions, with issues,
 * districts, subjects and slices), its rollups recounted, and the dashboard's reads timed on it:
 * the rollups of a week, of the week before, of 30 days and of a quarter, an issue's excerpts
 * for a week and a quarter, the agency view's reads, and what alerts and collection health
 * read. The posts carry short synthetic texts and no search vectors: these reads
 * never touch either.
 */
import type pg from 'pg';

import { addDays } from '../src/store/day-range.js';
import type { MonthPartitions } from '../src/store/postgres/month-partitions.js';
import { connectPostgresStore } from '../src/store/postgres/postgres-store.js';
import { rebuildAgencyRollups } from '../src/store/postgres/agency-tables.js';
import { countedPosts, rebuildRollups } from '../src/store/postgres/rollup-tables.js';

const LAST_DAY = '2026-11-30';
const DAYS = 365;
const CHUNK = 500_000;
const RUNS = 60;
const ISSUES = ['transport', 'roads', 'outages', 'ecology', 'parks-trees', 'housing', 'water', 'heating',
  'healthcare', 'education', 'safety', 'prices'];
const AGENCIES = ['metro', 'health-department', 'power-company', 'roads-department'];
const DISTRICTS = ['alatau', 'almaly', 'auezov', 'bostandyk', 'zhetysu', 'medeu', 'nauryzbay', 'turksib'];

export interface DashboardTimings {
  readonly posts: number;
  readonly rollupRows: number;
  readonly fillSeconds: number;
  readonly runs: number;
  readonly queries: readonly { name: string; p50: number; p95: number }[];
}

/** Post `g`'s time: its day (`$3` is the first) at hour g mod 24 in Almaty. */
const PUBLISHED_AT = `(($3::date + (g % ${DAYS})::integer)::timestamp
  + make_interval(hours => (g % 24)::integer)) AT TIME ZONE 'Asia/Almaty'`;

const sqlList = (values: readonly string[]): string => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]`;

export async function measureDashboard(
  pool: pg.Pool, partitions: MonthPartitions, posts: number, url: string,
): Promise<DashboardTimings> {
  const first = addDays(LAST_DAY, -(DAYS - 1));
  const started = Date.now();
  const stored = (await pool.query<{ count: number }>('SELECT count(*) AS count FROM post_ids')).rows[0]!.count;
  if (stored !== 0 && stored !== posts) {
    throw new Error(`bench: the dashboard database holds ${stored} posts, not ${posts}; drop it or name another`);
  }
  if (stored === 0) await fillStore(pool, partitions, first, posts);
  // A store kept from a run before agencies were filled gets them now.
  if ((await pool.query('SELECT 1 FROM post_agencies LIMIT 1')).rowCount === 0) await fillAgencies(pool, first, posts);
  // Zero when a kept database was reused.
  const fillSeconds = (Date.now() - started) / 1000;
  const rollupRows = (await pool.query<{ rows: number }>(`SELECT
    (SELECT count(*) FROM rollup_volume) + (SELECT count(*) FROM rollup_issue) + (SELECT count(*) FROM rollup_subject)
    + (SELECT count(*) FROM rollup_district) + (SELECT count(*) FROM rollup_district_issue)
    + (SELECT count(*) FROM rollup_slice) + (SELECT count(*) FROM rollup_outlet) AS rows`)).rows[0]!.rows;

  const store = await connectPostgresStore(url, { timezone: 'Asia/Almaty' });
  try {
    const week = { from: addDays(LAST_DAY, -6), to: LAST_DAY };
    const month = { from: addDays(LAST_DAY, -29), to: LAST_DAY };
    const quarter = { from: addDays(LAST_DAY, -89), to: LAST_DAY };
    const queries: { name: string; run: () => Promise<unknown> }[] = [
      { name: 'rollups, last 7 days', run: () => store.readRollups(week) },
      { name: 'rollups, the 7 days before', run: () => store.readRollups({ from: addDays(LAST_DAY, -13), to: addDays(LAST_DAY, -7) }) },
      { name: 'rollups, last 30 days', run: () => store.readRollups(month) },
      { name: 'rollups, last 90 days', run: () => store.readRollups(quarter) },
      { name: 'excerpt candidates, one issue, 7 days', run: () => store.readExcerptCandidates('roads', week, 40) },
      { name: 'excerpt candidates, one issue, 90 days', run: () => store.readExcerptCandidates('roads', quarter, 40) },
      { name: 'agency rollups, last 30 days', run: () => store.readAgencyRollups(month) },
      { name: 'agency excerpt candidates, 7 days', run: () => store.readAgencyExcerptCandidates('metro', week, 40) },
      { name: 'dated counts (alerts, health), 90 days', run: () => store.readDatedCounts(quarter) },
      {
        name: 'dated posts, one issue and district, 28 days',
        run: () => store.readDatedPosts({ issueId: 'transport', districtId: 'zhetysu' }, { from: addDays(LAST_DAY, -27), to: LAST_DAY }, 200),
      },
    ];
    const timings = [];
    for (const query of queries) {
      await query.run();
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = process.hrtime.bigint();
        await query.run();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      timings.push({ name: query.name, p50: times[Math.floor(RUNS * 0.5)]!, p95: times[Math.ceil(RUNS * 0.95) - 1]! });
    }
    return { posts, rollupRows, fillSeconds, runs: RUNS, queries: timings };
  } finally {
    await store.close();
  }
}

async function fillStore(pool: pg.Pool, partitions: MonthPartitions, first: string, posts: number): Promise<void> {
  await partitions.ensure(pool, monthStarts(first));
  for (let from = 1; from <= posts; from += CHUNK) {
    const to = Math.min(posts, from + CHUNK - 1);
    await fill(pool, first, from, to);
    process.stderr.write(`bench: ${to} of ${posts} posts written\n`);
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await rebuildRollups(client, true);
    await client.query('COMMIT');
    // As autovacuum would leave a store that has been running: statistics, and the visibility
    // map that index-only scans need.
    await client.query('VACUUM ANALYZE');
  } finally {
    client.release();
  }
}

/**
 * Attributes one post in eleven to an agency (by its issue, or named in it), with the agency
 * rollups recounted; the same posts on every run.
 */
async function fillAgencies(pool: pg.Pool, first: string, posts: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (let from = 1; from <= posts; from += CHUNK) {
      await client.query(`INSERT INTO post_agencies
          (post_seq, agency_id, day, rule, issue_id, district_id, evidence, published_at, negative)
        SELECT g, (${sqlList(AGENCIES)})[g % ${AGENCIES.length} + 1], $3::date + (g % ${DAYS})::integer,
          CASE WHEN g % 2 = 0 THEN 'issue' ELSE 'mention' END, NULL, NULL, '[]', ${PUBLISHED_AT}, (g % 10) / 10.0
        FROM generate_series($1::bigint, $2::bigint) g WHERE g % 11 = 0`, [from, Math.min(posts, from + CHUNK - 1), first]);
    }
    await rebuildAgencyRollups(client, countedPosts(true));
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE post_agencies');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function monthStarts(first: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= LAST_DAY; day = addDays(day, 28)) days.push(day);
  days.push(LAST_DAY);
  return days;
}

async function fill(pool: pg.Pool, first: string, from: number, to: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO post_ids (id, seq) SELECT md5(g::text), g FROM generate_series($1::bigint, $2::bigint) g`, [from, to]);
    await client.query(`INSERT INTO posts (seq, id, kind, platform, outlet, url, published_at, day, date_source,
        title, text, normalised, redactions, language, language_confidence, sentiment, p_negative, p_neutral,
        p_positive, amplifies_id)
      SELECT g, md5(g::text),
        CASE WHEN g % 10 = 0 THEN 'article' ELSE 'social' END,
        CASE WHEN g % 10 = 0 THEN 'news' ELSE (ARRAY['telegram', 'vk', 'youtube', 'web'])[g % 4 + 1] END,
        CASE WHEN g % 10 = 0 THEN (ARRAY['Vlast.kz', 'Orda.kz', 'Tengrinews'])[g % 3 + 1] END,
        CASE WHEN g % 10 = 0 THEN 'https://news.example/' || g END,
        ${PUBLISHED_AT},
        $3::date + (g % ${DAYS})::integer, 'source', NULL,
        'Синтетический пост номер ' || g, 'синтетический пост номер ' || g, 0,
        (ARRAY['ru', 'kk', 'kk-latn', 'en'])[g % 4 + 1], 0.9,
        (ARRAY['negative', 'neutral', 'positive'])[(g * 7) % 3 + 1], 0.3, 0.4, 0.3,
        CASE WHEN g % 13 = 0 THEN md5((g - 1)::text) END
      FROM generate_series($1::bigint, $2::bigint) g`, [from, to, first]);
    await client.query(`INSERT INTO post_issues (post_seq, issue_id, day, score, published_at)
      SELECT g, (${sqlList(ISSUES)})[g % ${ISSUES.length} + 1], $3::date + (g % ${DAYS})::integer, (g % 100) / 100.0,
        ${PUBLISHED_AT}
      FROM generate_series($1::bigint, $2::bigint) g WHERE g % 3 <> 0`, [from, to, first]);
    await client.query(`INSERT INTO post_districts (post_seq, district_id)
      SELECT g, (${sqlList(DISTRICTS)})[g % ${DISTRICTS.length} + 1]
      FROM generate_series($1::bigint, $2::bigint) g WHERE g % 2 = 0`, [from, to]);
    await client.query(`INSERT INTO post_subject_sentiment (post_seq, subject_id, sentiment, p_negative, p_neutral, p_positive)
      SELECT g, (ARRAY['mayor', 'akimat'])[g % 2 + 1], (ARRAY['negative', 'neutral', 'positive'])[g % 3 + 1], 0.3, 0.4, 0.3
      FROM generate_series($1::bigint, $2::bigint) g WHERE g % 5 = 0`, [from, to]);
    await client.query(`INSERT INTO post_slices (post_seq, slice_id)
      SELECT g, (ARRAY['elderly', 'drivers', 'families', 'students'])[g % 4 + 1]
      FROM generate_series($1::bigint, $2::bigint) g WHERE g % 7 = 0`, [from, to]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
