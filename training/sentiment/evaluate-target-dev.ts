/**
 * Sentiment toward a subject as the product runs it (`towardSubjects`, the targeted model, the
 * clause's tone and the rules over them) on RuSentNE train's mentions: the dev sentences (left
 * out of the shipped models) and all of train, each as a news article and as a social post.
 * Macro-F1 over positive and negative (the shared task's metric) and over three classes. A
 * person is scored as an official and an organisation as a body; other entities without a kind.
 * The test split is read by `npm run eval` only.
 *
 *   npx vite-node training/sentiment/evaluate-target-dev.ts [--data DIR]
 */
import { parseArgs } from 'node:util';

import type { LanguageResult, Mention } from '../../src/analyze/analysis.js';
import { createSentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import type { PostKind } from '../../src/collect/raw-post.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { defaultDataDir } from '../data-dir.js';
import { readRuSentNE } from './corpora/rusentne.js';
import { LABELS, NEGATIVE, NEUTRAL, POSITIVE, type TargetExample } from './examples.js';
import { Confusion } from './metrics.js';
import { isTargetDevSentence } from './target-data.js';

const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ?? defaultDataDir();
const analyzer = await createSentimentAnalyzer({
  subjects: [
    { id: 'person', kind: 'official' },
    { id: 'organization', kind: 'body' },
  ],
});

function measure(name: string, examples: readonly TargetExample[], kind: PostKind): void {
  const confusion = new Confusion(3);
  for (const example of examples) {
    const mention: Mention = {
      subjectId: example.entityKind ?? 'other',
      start: example.start,
      end: example.end,
      form: example.sentence.slice(example.start, example.end),
      how: 'alias',
    };
    const normalised = normaliseForMatching(example.sentence);
    const [result] = analyzer.towardSubjects(example.sentence, normalised, [mention], RUSSIAN, kind);
    confusion.add(example.label, LABELS.indexOf(result!.label));
  }
  const polar = confusion.macroF1([NEGATIVE, POSITIVE]).toFixed(4);
  const all = confusion.macroF1([NEGATIVE, NEUTRAL, POSITIVE]).toFixed(4);
  console.log(`${name} as ${kind} (${confusion.total}): macro-F1 pos+neg ${polar}, 3 classes ${all}`);
}

const train = readRuSentNE(dataDir, 'train');
const dev = train.filter((example) => isTargetDevSentence(example.sentence));
for (const kind of ['article', 'social'] as const) {
  measure('RuSentNE train, dev sentences', dev, kind);
  measure('RuSentNE train, all', train, kind);
}
