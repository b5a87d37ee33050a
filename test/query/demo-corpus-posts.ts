/**
 * The bundled demo corpus (real public text) through the real import, privacy gate and
 * analysis, stored in a fresh SQLite store and kept in memory for the matcher: the same posts on
 * both sides of the executor tests.
 */
import { join } from 'node:path';

import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { importFile } from '../../src/collect/index.js';
import { packageRoot } from '../../src/package-root.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { matchablePost, preparePost, type PreparedPost } from '../../src/query/match.js';
import type { QueryVocabulary } from '../../src/query/parser.js';
import { LocalDayCalendar } from '../../src/store/local-day.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';

export interface DemoCorpus {
  readonly project: Project;
  readonly store: SqliteStore;
  /** Every item as stored, re-imports included, for filling another store the same way. */
  readonly items: readonly StoredItem[];
  readonly posts: readonly { readonly id: string; readonly prepared: PreparedPost }[];
  readonly vocabulary: QueryVocabulary;
}

const IMPORTED_AT = new Date('2025-12-01T12:00:00Z');

export async function loadDemoCorpus(): Promise<DemoCorpus> {
  const projectPath = join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml');
  const project = await loadProject(projectPath, { TYNDAU_SECRET: 'query-test-secret-0123456789' });
  const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
  const analyzer = await createAnalyzer(project);
  const calendar = new LocalDayCalendar(project.timezone);
  const store = openSqliteStore(':memory:', { timezone: project.timezone });

  const items: StoredItem[] = [];
  for (const source of project.sources) {
    const batch = await importFile(source.location, { timezone: project.timezone });
    const posts = batch.posts.map((raw) => gate.admit(raw, IMPORTED_AT));
    const analyses = analyzer.analyzeBatch(posts.map((post) => ({
      text: post.text, title: post.title, declaredLanguage: post.declaredLanguage,
    })));
    posts.forEach((post, index) => items.push({ post, analysis: analyses[index]! }));
  }
  store.savePosts(items);

  // Re-imports of one record in two formats keep the first; the matcher sees what was stored.
  const seen = new Set<string>();
  const posts = items.filter(({ post }) => !seen.has(post.id) && seen.add(post.id)).map(({ post, analysis }) => ({
    id: post.id,
    prepared: preparePost(matchablePost(post, analysis, calendar.dayOf(post.publishedAt))),
  }));
  const vocabulary: QueryVocabulary = {
    subjects: project.subjects.map((subject) => ({ id: subject.id })),
    issues: project.taxonomy.issues.map((issue) => ({ id: issue.id })),
    slices: project.taxonomy.slices.map((slice) => slice.id),
    districts: project.districts.map((district) => district.id),
  };
  return { project, store, items, posts, vocabulary };
}
