/**
 * After a change to one model or one part of the project, re-analysis runs only the stages that
 * changed and those reading their results. These tests make each kind of change on news and
 * social posts naming the city's subjects, agencies, districts and issues (in titles and texts,
 * in Russian, Kazakh and English) and on the demo corpus, and require the store a full
 * re-analysis leaves: every post table and every rollup, row for row.
 */
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Analysis, SentimentResult, SubjectSentiment } from '../../src/analyze/analysis.js';
import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import type { SentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { stageVersions, type AnalysisStage } from '../../src/analyze/stage-versions.js';
import { AnalysisWorkers } from '../../src/ingest/analysis-workers.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import type { Project } from '../../src/project/project.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredPostText } from '../../src/store/store.js';
import { almatyPipeline, type AlmatyPipeline } from '../ingest/almaty-pipeline.js';

const CORPUS = join(packageRoot(), 'examples', 'demo-corpus');
const FILES = [
  join(packageRoot(), 'test', 'fixtures', 'store', 'model-change-posts.jsonl'),
  join(CORPUS, 'kazsandra-reviews.jsonl'),
  join(CORPUS, 'rusentne-sample-feed-1.rss.xml'),
];
const NOW = new Date('2026-11-30T12:00:00Z');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let base: AlmatyPipeline;

beforeAll(async () => {
  base = await almatyPipeline('partial-reanalysis-test-secret');
});

async function storedWithBaseAnalysis(): Promise<SqliteStore> {
  const store = openSqliteStore(':memory:', { timezone: base.project.timezone });
  await ingestFiles(FILES, {
    timezone: base.project.timezone, gate: base.gate, analyzer: base.analyzer, store, logger: silent, now: NOW,
  });
  return store;
}

/** Every table a re-analysis writes, rows in a fixed order; the search index is read through searches. */
function contents(store: SqliteStore): Record<string, unknown> {
  const database = store.connection;
  const tables = (database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'
      AND name NOT LIKE 'posts_search%' AND name NOT IN ('meta', 'schema_version') ORDER BY name`).all() as
    { name: string }[]).map((row) => row.name);
  const dump: Record<string, unknown> = {};
  for (const table of tables) {
    const columns = database.prepare(`SELECT count(*) AS count FROM pragma_table_info('${table}')`).get() as
      { count: number };
    const order = Array.from({ length: columns.count }, (_, index) => index + 1).join(', ');
    dump[table] = database.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all();
  }
  for (const query of ['акимат', 'вода', 'автобус', 'жол']) {
    dump[`search ${query}`] = store.search(query, { limit: 100, offset: 0 });
  }
  return dump;
}

/** A sentiment model that reads every post the other way round. */
function reversedSentiment(real: SentimentAnalyzer): SentimentAnalyzer {
  const reverse = <T extends SentimentResult>(result: T): T => ({
    ...result,
    label: result.label === 'negative' ? 'positive' : result.label === 'positive' ? 'negative' : 'neutral',
    probabilities: {
      negative: result.probabilities.positive,
      neutral: result.probabilities.neutral,
      positive: result.probabilities.negative,
    },
  });
  return {
    overall: (normalised, language) => reverse(real.overall(normalised, language)),
    towardSubjects: (...args): SubjectSentiment[] => real.towardSubjects(...args).map(reverse),
  };
}

interface Change {
  readonly project: Project;
  readonly analyzer: Analyzer;
}

async function changedProject(change: (project: Project) => Project): Promise<Change> {
  const project = change(base.project);
  return { project, analyzer: await createAnalyzer(project) };
}

const CHANGES: Readonly<Record<string, () => Promise<Change>>> = {
  'the language model': async () => ({
    project: base.project,
    analyzer: await createAnalyzer(base.project, { versions: { language: 'another language model' } }),
  }),
  'the sentiment model': async () => {
    const { createSentimentAnalyzer } = await import('../../src/analyze/sentiment/index.js');
    const sentiment = reversedSentiment(await createSentimentAnalyzer());
    return {
      project: base.project,
      analyzer: await createAnalyzer(base.project, { sentiment, versions: { sentiment: 'reversed' } }),
    };
  },
  'the taxonomy': () => changedProject((project) => ({
    ...project,
    taxonomy: { issues: project.taxonomy.issues.slice(1), slices: project.taxonomy.slices.slice(1) },
  })),
  'the subjects': () => changedProject((project) => ({ ...project, subjects: project.subjects.slice(1) })),
  'the districts': () => changedProject((project) => ({ ...project, districts: project.districts.slice(1) })),
  'the agencies': () => changedProject((project) => ({ ...project, agencies: project.agencies.slice(1) })),
  // A regional project's own names: posts naming only Russia are its own, not set aside.
  'the scope names': () => changedProject((project) => ({
    ...project, scope: { home: ['Россия'], elsewhere: [], setAside: true },
  })),
};

/** The stages each change runs again, as the dependency graph gives them. */
const EXPECTED_STAGES: Readonly<Record<string, readonly AnalysisStage[]>> = {
  'the language model': ['language', 'sentiment', 'issues', 'agencies'],
  'the sentiment model': ['sentiment'],
  'the taxonomy': ['issues', 'agencies'],
  // A post naming a subject is about the city: the scope reads the mentions.
  'the subjects': ['redaction', 'mentions', 'sentiment', 'scope'],
  // Mentions read the districts a post names ("акимат" with a neighbourhood of the city), and
  // redaction keeps the districts' and neighbourhoods' names where they name a place.
  'the districts': ['redaction', 'mentions', 'sentiment', 'districts', 'agencies', 'scope'],
  'the agencies': ['redaction', 'agencies'],
  'the scope names': ['scope'],
};

describe('re-analysis after a change to one stage', () => {
  for (const [name, makeChange] of Object.entries(CHANGES)) {
    it(`after a change to ${name} leaves the store a full re-analysis leaves`, async () => {
      const change = await makeChange();
      const versions = { ...stageVersions(change.project), ...versionOverrides(name) };
      const stages = new Set<string>();
      const analyze = (post: StoredPostText) => {
        for (const stage of post.rerun?.stages ?? ['all']) stages.add(stage);
        return change.analyzer.analyze(post);
      };

      const partial = await storedWithBaseAnalysis();
      const before = contents(partial);
      const count = partial.reanalyze(analyze, 100, { versions });
      const full = await storedWithBaseAnalysis();
      full.reanalyze(analyzedWhole(change, EXPECTED_STAGES[name]!), 100, { versions, full: true });

      expect(count).toBe(full.countPosts());
      expect(contents(partial)).not.toEqual(before);
      expect(contents(partial)).toEqual(contents(full));
      expect([...stages]).toEqual(name === 'the language model' ? ['all'] : EXPECTED_STAGES[name]);
      // Everything is now analysed with these versions: nothing is left to do.
      expect(partial.reanalyze(analyze, 100, { versions })).toBe(0);
      partial.close();
      full.close();
    });
  }
});

/**
 * Every stage of a post, redaction only when the change moves its version: the redactor finds a
 * few more names in text it redacted itself (a word beside "[NAME]"), and that is not what these
 * tests are about.
 */
function analyzedWhole(change: Change, expected: readonly AnalysisStage[]): (post: StoredPostText) => Analysis {
  return (post) => change.analyzer.analyze({ ...post, redact: expected.includes('redaction') });
}

/** Versions a change makes by override rather than through the project. */
function versionOverrides(name: string): Record<string, string> {
  if (name === 'the language model') return { language: 'another language model' };
  if (name === 'the sentiment model') return { sentiment: 'reversed' };
  return {};
}

describe('re-analysis of a store written before the scope stage', () => {
  it('runs the scope stage alone and leaves the store as a first analysis leaves it', async () => {
    const versions = stageVersions(base.project);
    const analysed = await storedWithBaseAnalysis();
    const expected = contents(analysed);
    const database = analysed.connection;
    // As an older tyndau wrote it: no scope stage in the versions, no scope on the posts, and
    // every post counted as naming no place.
    const stored = database.prepare('SELECT versions FROM analysis_versions').get() as { versions: string };
    const { scope: _scope, ...older } = JSON.parse(stored.versions) as Record<string, string>;
    const olderId = database.prepare('INSERT INTO analysis_versions (versions) VALUES (?)')
      .run(JSON.stringify(older)).lastInsertRowid;
    database.prepare('UPDATE posts SET scope = NULL, analysis_versions_id = ?').run(olderId);
    database.prepare(`UPDATE rollup_scope SET originals = 0, amplifications = 0`).run();
    const stages = new Set<string>();

    const count = analysed.reanalyze((post) => {
      for (const stage of post.rerun?.stages ?? ['all']) stages.add(stage);
      return base.analyzer.analyze(post);
    }, 100, { versions });

    expect(count).toBe(analysed.countPosts());
    expect([...stages]).toEqual(['scope']);
    const after = contents(analysed);
    expect(after['posts']).toEqual(expected['posts']);
    expect(after['rollup_scope']).toEqual(expected['rollup_scope']);
    expect(after['rollup_issue']).toEqual(expected['rollup_issue']);
    analysed.close();
  });
});

describe('re-analysis on worker threads after a taxonomy change', () => {
  let workers: AnalysisWorkers;
  let change: Change;

  beforeAll(async () => {
    change = await CHANGES['the taxonomy']!();
    workers = await AnalysisWorkers.start(change.project, 2);
  });

  afterAll(async () => {
    await workers?.close();
  });

  it('writes what the single-thread partial run writes', async () => {
    const versions = stageVersions(change.project);
    const parallel = await storedWithBaseAnalysis();
    const single = await storedWithBaseAnalysis();

    await parallel.reanalyzeInBatches((posts) => workers.analyzeBatch(posts), 100, { versions });
    single.reanalyze((post) => change.analyzer.analyze(post), 100, { versions });

    expect(contents(parallel)).toEqual(contents(single));
    parallel.close();
    single.close();
  });
});
