/**
 * The SQLite store's dashboard reads (excerpts, an agency's excerpts, alert counts and posts)
 * answer from day-placed indexes and dated rollups. Each is held here to the answer of a plain
 * join over the post tables, written apart from the store's code: on a fresh store, after a zone
 * change, a re-analysis and retention, and on a store written by schema 5, before the indexes
 * and rollups existed, which the store migrates when it opens.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { WHOLE_CITY, type DatedPostFilter } from '../../src/store/dated-posts.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DayRange } from '../../src/store/store.js';
import { agencyWeeks } from './agency-weeks.js';
import { makeAnalysis, makeItem } from './make-post.js';
import { sampleItems } from './sample-items.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'store', 'schema-5-before-day-columns.sqlite');
const WHOLE_MONTH = { from: '2024-11-01', to: '2024-11-30' };
const RANGES: readonly DayRange[] = [
  WHOLE_MONTH,
  // Longer than LONG_PERIOD_DAYS: read in one walk of the rank-order indexes.
  { from: '2024-06-01', to: '2024-12-31' },
  { from: '2024-11-13', to: '2025-03-31' },
  { from: '2024-11-11', to: '2024-11-17' },
  ...Array.from({ length: 12 }, (_, index) => {
    const day = `2024-11-${String(9 + index).padStart(2, '0')}`;
    return { from: day, to: day };
  }),
];
const LIMITS = [1, 4, 1000];

let folder: string;
let path: string;
let store: SqliteStore;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-dashboard-reads-'));
  path = join(folder, 'tyndau.sqlite');
});

afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The reads as the store answered them before the day-placed indexes: joins on `posts`. */
function readByJoins(database: Database.Database) {
  const dated = "p.amplifies_id IS NULL AND p.date_source = 'source' AND p.day BETWEEN ? AND ?";
  const post = 'p.kind, p.platform, p.day, p.outlet, p.url, p.title, p.text, p.normalised';
  return {
    excerpts: (issueId: string, range: DayRange, limit: number) => database.prepare(`SELECT ${post}, i.score
      FROM post_issues i JOIN posts p ON p.seq = i.post_seq
      WHERE i.issue_id = ? AND p.day BETWEEN ? AND ? AND p.text IS NOT NULL AND p.amplifies_id IS NULL
      ORDER BY i.score DESC, p.published_at DESC, p.seq DESC LIMIT ?`).all(issueId, range.from, range.to, limit),
    agencyExcerpts: (agencyId: string, range: DayRange, limit: number) => database.prepare(`SELECT ${post},
        p.p_negative AS score
      FROM post_agencies a JOIN posts p ON p.seq = a.post_seq
      WHERE a.agency_id = ? AND a.rule <> 'own-channel' AND p.day BETWEEN ? AND ?
        AND p.text IS NOT NULL AND p.amplifies_id IS NULL
      ORDER BY p.p_negative DESC, p.published_at DESC, p.seq DESC LIMIT ?`).all(agencyId, range.from, range.to, limit),
    counts: (range: DayRange) => {
      const all = (sql: string, times = 1) => database.prepare(sql)
        .all(...Array.from({ length: times }, () => [range.from, range.to]).flat());
      return {
        totals: all(`SELECT p.day, count(*) AS originals FROM posts p WHERE ${dated} GROUP BY p.day ORDER BY p.day`),
        platforms: all(`SELECT p.day, p.platform, count(*) AS originals FROM posts p WHERE ${dated}
          GROUP BY p.day, p.platform ORDER BY p.day, p.platform`),
        issueDistricts: all(`SELECT p.day, i.issue_id AS issueId, d.district_id AS districtId, count(*) AS originals
            FROM post_issues i JOIN posts p ON p.seq = i.post_seq JOIN post_districts d ON d.post_seq = i.post_seq
            WHERE ${dated} GROUP BY p.day, i.issue_id, d.district_id
          UNION ALL
          SELECT p.day, i.issue_id, '${WHOLE_CITY}', count(*) FROM post_issues i JOIN posts p ON p.seq = i.post_seq
            WHERE ${dated} GROUP BY p.day, i.issue_id
          ORDER BY 1, 2, 3`, 2),
        subjects: all(`SELECT p.day, s.subject_id AS subjectId, count(*) AS originals
          FROM post_subject_sentiment s JOIN posts p ON p.seq = s.post_seq
          WHERE ${dated} GROUP BY p.day, s.subject_id ORDER BY p.day, s.subject_id`),
      };
    },
    datedPosts: (filter: { issueId: string; districtId: string }, range: DayRange, limit: number) => {
      const city = filter.districtId === WHOLE_CITY;
      return database.prepare(`SELECT ${post} FROM post_issues i JOIN posts p ON p.seq = i.post_seq
        ${city ? '' : 'JOIN post_districts d ON d.post_seq = i.post_seq AND d.district_id = ?'}
        WHERE i.issue_id = ? AND ${dated} AND p.text IS NOT NULL
        ORDER BY p.published_at DESC, p.seq DESC LIMIT ?`)
        .all(...(city ? [] : [filter.districtId]), filter.issueId, range.from, range.to, limit) as Record<string, unknown>[];
    },
  };
}

/** Every read of the store against the joins, over every issue, agency, district and range. */
function expectReadsAgreeWithJoins(): void {
  const database = new Database(path, { readonly: true });
  try {
    const joins = readByJoins(database);
    const ids = (sql: string) => database.prepare(sql).pluck().all() as string[];
    const issues = ids('SELECT DISTINCT issue_id FROM post_issues ORDER BY 1');
    const agencies = ids('SELECT DISTINCT agency_id FROM post_agencies ORDER BY 1');
    const districts = [WHOLE_CITY, ...ids('SELECT DISTINCT district_id FROM post_districts ORDER BY 1')];
    expect(issues.length).toBeGreaterThan(2);
    expect(agencies.length).toBeGreaterThan(1);

    let compared = 0;
    for (const range of RANGES) {
      expect(store.readDatedCounts(range)).toEqual(joins.counts(range));
      for (const limit of LIMITS) {
        for (const issueId of issues) {
          const expected = joins.excerpts(issueId, range, limit) as Record<string, unknown>[];
          expect(store.readExcerptCandidates(issueId, range, limit)).toEqual(expected.map(asCandidate));
          compared += expected.length;
          for (const districtId of districts) {
            const filter: DatedPostFilter = { issueId, districtId };
            expect(store.readDatedPosts(filter, range, limit)).toEqual(joins.datedPosts({ issueId, districtId }, range, limit)
              .map((row) => row['kind'] === 'article' ? row : { ...row, outlet: null, url: null }));
          }
        }
        for (const agencyId of agencies) {
          const expected = joins.agencyExcerpts(agencyId, range, limit) as Record<string, unknown>[];
          expect(store.readAgencyExcerptCandidates(agencyId, range, limit)).toEqual(expected.map(asCandidate));
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  } finally {
    database.close();
  }
}

function asCandidate(row: Record<string, unknown>) {
  const { score, ...post } = row;
  const article = post['kind'] === 'article';
  return { ...post, outlet: article ? post['outlet'] : null, url: article ? post['url'] : null, issueScore: score };
}

function storeSamplePosts(): void {
  store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
  const items = [...sampleItems(240), ...agencyWeeks()];
  for (let offset = 0; offset < items.length; offset += 100) store.savePosts(items.slice(offset, offset + 100));
}

describe('sqlite dashboard reads', () => {
  it('answer as joins over the post tables do, ties broken by time and post order', () => {
    storeSamplePosts();

    expectReadsAgreeWithJoins();
  });

  it('take the best posts of a period from the one day that holds them all, as one sort would', () => {
    store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
    const issue = (nativeId: string, day: string, score: number) => makeItem(
      { nativeId, text: `Автобус не пришёл ${nativeId}`, publishedAt: `${day}T06:00:00Z` },
      { issues: [{ issueId: 'transport', score, evidence: [] }] },
    );
    store.savePosts([
      ...Array.from({ length: 30 }, (_, index) => issue(`busy-${index}`, '2024-11-14', 0.5 + index / 100)),
      ...RANGES.slice(4).map((range, index) => issue(`quiet-${index}`, range.from, 0.4)),
    ]);

    expect(store.readExcerptCandidates('transport', WHOLE_MONTH, 12).map((candidate) => candidate.issueScore))
      .toEqual(Array.from({ length: 12 }, (_, index) => 0.79 - index / 100).map((score) => expect.closeTo(score, 9)));
    const database = new Database(path, { readonly: true });
    const byJoins = readByJoins(database).excerpts('transport', WHOLE_MONTH, 40) as Record<string, unknown>[];
    database.close();
    expect(store.readExcerptCandidates('transport', WHOLE_MONTH, 40)).toEqual(byJoins.map(asCandidate));
  });

  it('follow posts to their new local days when the project zone changes', () => {
    storeSamplePosts();
    store.close();

    store = openSqliteStore(path, { timezone: 'America/New_York' });

    const database = new Database(path, { readonly: true });
    const misplaced = database.prepare(`SELECT
        (SELECT count(*) FROM post_issues i JOIN posts p ON p.seq = i.post_seq WHERE i.day <> p.day) +
        (SELECT count(*) FROM post_agencies a JOIN posts p ON p.seq = a.post_seq WHERE a.day <> p.day)`).pluck().get();
    database.close();
    expect(misplaced).toBe(0);
    expectReadsAgreeWithJoins();
  });

  it('rank by the new scores and sentiment after a re-analysis', () => {
    storeSamplePosts();
    let call = 0;
    store.reanalyze((post) => {
      call++;
      const negative = call % 3 === 0 ? 'negative' : 'neutral';
      return makeAnalysis(storedPostOf(post), {
        sentiment: negative,
        issues: [{ issueId: ['transport', 'roads', 'ecology'][call % 3]!, score: (call % 7) / 7, evidence: [] }],
        districts: call % 5 === 0 ? ['medeu'] : [],
        subjects: call % 4 === 0 ? { mayor: negative } : {},
        agencies: [{ agencyId: call % 2 === 0 ? 'metro' : 'roads-department', rule: 'issue', issueId: null, districtId: null, evidence: [] }],
      });
    }, 50);

    expectReadsAgreeWithJoins();
  });

  it('leave out posts whose text retention has removed', () => {
    storeSamplePosts();
    store.applyRetention(new Date('2024-11-25T00:00:00Z'), 10);

    expectReadsAgreeWithJoins();
  });

  it('migrate a store written by schema 5: rows placed by day, dated rollups counted, same answers', () => {
    copyFileSync(FIXTURE, path);

    store = openSqliteStore(path, { timezone: 'Asia/Almaty' });

    const database = new Database(path, { readonly: true });
    const versions = database.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    const placed = database.prepare(`SELECT count(*) FROM post_issues i JOIN posts p ON p.seq = i.post_seq
      WHERE i.day = p.day AND i.published_at = p.published_at`).pluck().get();
    const issueRows = database.prepare('SELECT count(*) FROM post_issues').pluck().get();
    database.close();
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(placed).toBe(issueRows);
    expect(store.countPosts()).toBe(608);
    expectReadsAgreeWithJoins();
  });
});

/** What a re-analysis is given is enough to build an analysis for the test. */
function storedPostOf(post: { text: string; title: string | null; kind: 'article' | 'social' }) {
  return { text: post.text, title: post.title, kind: post.kind } as Parameters<typeof makeAnalysis>[0];
}
