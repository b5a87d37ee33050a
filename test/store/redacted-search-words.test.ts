/**
 * A subject taken out of the project is a private person again: re-analysis redacts their name
 * from the stored text, and the search vocabulary (`search_words`, which wildcards expand from)
 * must lose it too. It kept every form of the text as first indexed, so the store still held
 * the name after the text lost it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { stageVersions } from '../../src/analyze/stage-versions.js';
import type { RawPost } from '../../src/collect/raw-post.js';
import { packageRoot } from '../../src/package-root.js';
import { projectGate } from '../../src/privacy/project-gate.js';
import type { PrivacyGate } from '../../src/privacy/gate.js';
import type { Project } from '../../src/project/project.js';
import type { Store } from '../../src/store/store.js';
import { almatyPipeline, type AlmatyPipeline } from '../ingest/almaty-pipeline.js';
import { BACKEND_NAMES, createBackend, type StoreBackend, type StoreLocation } from './store-backends.js';

interface FixturePost {
  readonly nativeId: string;
  readonly platform: 'telegram' | 'vk';
  readonly publishedAt: string;
  readonly text: string;
}

const POSTS = readFileSync(
  join(packageRoot(), 'test', 'fixtures', 'store', 'subject-no-longer-monitored.jsonl'), 'utf8',
).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as FixturePost);

const IMPORTED_AT = new Date('2026-11-30T12:00:00Z');
const FORMS = "SELECT form FROM search_words WHERE form IN ('иван', 'сергеев', 'сергеева', 'нахамил') ORDER BY form";

let today: AlmatyPipeline;
/** The project while the depot's head was one of its subjects. */
let earlier: { project: Project; gate: PrivacyGate; analyzer: Analyzer };

beforeAll(async () => {
  today = await almatyPipeline('redacted-search-words-test-secret');
  const project: Project = {
    ...today.project,
    subjects: [...today.project.subjects, {
      id: 'depot-head', kind: 'official', name: 'Иван Сергеев', aliases: ['Сергеев'], context: [], ambiguousAliases: [],
    }],
  };
  earlier = { project, gate: projectGate(project), analyzer: await createAnalyzer(project) };
});

function rawOf(post: FixturePost): RawPost {
  return {
    kind: 'social', platform: post.platform, nativeId: post.nativeId, text: post.text,
    publishedAt: new Date(post.publishedAt), location: { file: 'subject-no-longer-monitored.jsonl', index: 0 },
  };
}

function saveWith(store: Store, pipeline: { gate: PrivacyGate; analyzer: Analyzer }, posts: readonly FixturePost[]): void {
  store.savePosts(posts.map((fixture) => {
    const post = pipeline.gate.admit(rawOf(fixture), IMPORTED_AT);
    return { post, analysis: pipeline.analyzer.analyze(post) };
  }));
}

describe.each(BACKEND_NAMES)('%s store: words redaction took out of stored text', (backendName) => {
  let backend: StoreBackend;
  beforeAll(async () => {
    backend = await createBackend(backendName);
    return () => backend.dispose();
  });

  let location: StoreLocation;
  let store: Store;
  beforeEach(async () => {
    location = await backend.location();
    store = location.open();
    // Stored while the depot's head was monitored: the name is in the text and the vocabulary.
    saveWith(store, earlier, POSTS);
    return () => store.close();
  });

  function reanalyzeToday(): number {
    const versions = stageVersions(today.project);
    return store.reanalyze((post) => today.analyzer.analyze(post), 100, { versions });
  }

  it('leave the search vocabulary; words other posts still have stay', async () => {
    expect(await location.rows(FORMS)).toEqual([
      { form: 'иван' }, { form: 'нахамил' }, { form: 'сергеев' }, { form: 'сергеева' },
    ]);

    reanalyzeToday();

    expect((await location.rows('SELECT text FROM posts ORDER BY published_at'))[0]).toEqual({
      text: 'Водитель автобуса 32 [NAME] нахамил пенсионерам в Алатауском районе, [NAME] надо уволить.',
    });
    expect(await location.rows(FORMS)).toEqual([{ form: 'нахамил' }]);
    expect(store.search('нахам*', { limit: 10, offset: 0 }).total).toBe(2);
    expect(store.search('серге*', { limit: 10, offset: 0 }).total).toBe(0);
  });

  it('go when one is longer than PostgreSQL keeps as a lexeme', async () => {
    // An e-mail an older redactor left, its name a run of 1,100 letters (2,200 bytes).
    const address = `${'ю'.repeat(1100)}@mail.ru`;
    const admitted = earlier.gate.admit(rawOf({ ...POSTS[1]!, nativeId: 'snm-5' }), IMPORTED_AT);
    const post = { ...admitted, text: `Пишите ${address}` };
    store.savePosts([{ post, analysis: earlier.analyzer.analyze(post) }]);

    reanalyzeToday();

    expect(await location.rows("SELECT text FROM posts WHERE text LIKE 'Пишите%'"))
      .toEqual([{ text: 'Пишите [EMAIL]' }]);
    expect(await location.rows("SELECT count(*) AS n FROM search_words WHERE form LIKE 'ююю%'")).toEqual([{ n: 0 }]);
  });

  it('come back to it with a post that has them', async () => {
    reanalyzeToday();

    saveWith(store, earlier, [{ ...POSTS[0]!, nativeId: 'snm-4', publishedAt: '2026-11-25T08:00:00+05:00' }]);

    expect(await location.rows(FORMS)).toEqual([
      { form: 'иван' }, { form: 'нахамил' }, { form: 'сергеев' }, { form: 'сергеева' },
    ]);
    expect(store.search('серге*', { limit: 10, offset: 0 }).total).toBe(1);
  });
});
