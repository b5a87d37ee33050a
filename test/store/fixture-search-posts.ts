import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LanguageCode } from '../../src/analyze/analysis.js';
import { packageRoot } from '../../src/package-root.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from './make-post.js';

interface FixturePost {
  readonly nativeId: string;
  readonly language: LanguageCode;
  readonly text: string;
}

/**
 * The posts of `test/fixtures/store/<file>` (JSON lines of nativeId, language and text) as stored
 * items, the n-th on 2026-11-0n, so that a search's hits are told apart by their day.
 */
export function fixtureSearchPosts(file: string): StoredItem[] {
  return readFileSync(join(packageRoot(), 'test', 'fixtures', 'store', file), 'utf8')
    .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as FixturePost)
    .map((post, index) => makeItem(
      { nativeId: post.nativeId, text: post.text, publishedAt: `2026-11-0${index + 1}T05:00:00Z` },
      { language: post.language },
    ));
}
