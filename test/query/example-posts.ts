/**
 * Posts for query tests written as one line: facts in brackets, then the text, e.g.
 * `[lang=kk platform=news outlet=Vlast.kz sentiment=negative day=2025-10-20] Жолдар жабық`.
 * Each becomes a real stored item (through the privacy gate) and the same post for the matcher.
 */
import type { LanguageCode, SentimentLabel } from '../../src/analyze/analysis.js';
import type { Platform } from '../../src/collect/raw-post.js';
import { matchablePost, type MatchablePost } from '../../src/query/match.js';
import type { QueryVocabulary } from '../../src/query/parser.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { ALMATY_DISTRICTS } from '../../src/project/defaults/districts.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export interface ExamplePost {
  readonly item: StoredItem;
  readonly matchable: MatchablePost;
}

const FACTS = /^\[([^\]]*)\]\s*/;

/** Ids the documented examples may use. */
export const EXAMPLE_VOCABULARY: QueryVocabulary = {
  subjects: [{ id: 'mayor' }, { id: 'akimat' }],
  issues: DEFAULT_TAXONOMY.issues.map((issue) => ({ id: issue.id })),
  slices: DEFAULT_TAXONOMY.slices.map((slice) => slice.id),
  districts: ALMATY_DISTRICTS.map((district) => district.id),
};

export function examplePost(line: string, nativeId: string): ExamplePost {
  const facts = new Map<string, string>();
  const written = FACTS.exec(line);
  for (const pair of (written?.[1] ?? '').split(/\s+/).filter(Boolean)) {
    const [key, value] = pair.split('=') as [string, string];
    facts.set(key, value);
  }
  const text = written ? line.slice(written[0].length) : line;
  const list = (key: string): string[] => facts.get(key)?.split(',') ?? [];
  const day = facts.get('day') ?? '2025-10-07';
  const platform = (facts.get('platform') ?? 'telegram') as Platform;
  const outlet = facts.get('outlet');

  const item = makeItem(
    {
      nativeId,
      text,
      platform,
      ...(outlet !== undefined ? { outlet, url: `https://${outlet.toLowerCase()}.example/${nativeId}` } : {}),
      publishedAt: `${day}T12:00:00+05:00`,
    },
    {
      language: (facts.get('lang') ?? 'ru') as LanguageCode,
      sentiment: (facts.get('sentiment') ?? 'neutral') as SentimentLabel,
      issues: list('issues'),
      slices: list('slices'),
      districts: list('districts'),
      subjects: Object.fromEntries(list('subjects').map((id) => [id, 'neutral' as SentimentLabel])),
    },
  );
  return { item, matchable: matchablePost(item.post, item.analysis, day) };
}
