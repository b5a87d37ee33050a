/**
 * Ways of combining the keyword rules with the trained filter, compared by nested 5-fold
 * cross-validation on the scored train sentences, and on the residents' posts of the fixtures by
 * 5-fold cross-validation over them. The test split is never read.
 *
 *   npx vite-node training/issues/explore-combinations.ts
 */
import { readFileSync } from 'node:fs';

import type { LanguageCode } from '../../src/analyze/analysis.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { readLabelledSentences, type LabelledSentence } from './labelled-sentences.js';
import { multiLabelScores, type MultiLabelScores } from './multi-label-scores.js';
import {
  filterRows, fit, fitThresholds, kept, outOfFold, probabilities, type FilterRow,
} from './train-issue-filter.js';

const ISSUE_IDS = DEFAULT_TAXONOMY.issues.map((entry) => entry.id);
const FOLDS = 5;

const WRITTEN: Record<string, LanguageCode> = {
  ru: 'ru', kk: 'kk', 'kk-ru-keyboard': 'kk', 'kk-latn': 'kk-latn', mixed: 'mixed', en: 'en',
};

function readJsonl<T>(path: string): T[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8').split('\n')
    .filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
}

function asSentence(id: string, text: string, language: LanguageCode, issues: readonly string[]): LabelledSentence {
  return {
    id, text, language: language as 'ru', source: 'fixture', licence: '', issues, slices: [],
    split: 'train', draw: 'keyword-hits',
  };
}

const posts = readJsonl<{ id: string; written: string; text: string; issues: string[] }>(
  '../../test/fixtures/analyze/residents-posts/round-3-posts.jsonl',
).map((post) => asSentence(post.id, post.text, WRITTEN[post.written]!, post.issues));

const fixtureFiles = [
  'keyword-senses.jsonl', 'amounts-route-numbers-and-street-lamps.jsonl', 'hyphenated-words-in-phrases.jsonl',
  'residents-words-for-city-services.jsonl', 'russian-genitive-plural-of-nouns-in-ka.jsonl',
  'street-lighting-and-residents-words.jsonl', 'words-with-another-sense-in-complaints.jsonl',
];
const fixtures = fixtureFiles.flatMap((file) =>
  readJsonl<{ language: LanguageCode; text: string; issues?: string[] }>(`../../test/fixtures/analyze/issues/${file}`)
    .filter((each) => each.issues !== undefined)
    .map((each, index) => asSentence(`${file}-${index}`, each.text, each.language, each.issues!)));

const train = filterRows(readLabelledSentences().filter((sentence) => sentence.split === 'train'));
const postRows = filterRows(posts);
const fixtureRows = filterRows(fixtures);

type Combiner = (training: readonly FilterRow[]) => (row: FilterRow) => string[];

/** The filter as shipped by training: one shared threshold. */
const shared: Combiner = (training) => {
  const weights = fit(training);
  const thresholds = fitThresholds(training, outOfFold(training));
  return (row) => kept(row, probabilities(weights, row), thresholds);
};

/**
 * The filter applied only to the issues whose hits it judged better than the keywords on the
 * training rows' out-of-fold probabilities (false hits dropped minus true hits lost ≥ `margin`).
 */
function gated(margin: number): Combiner {
  return (training) => {
    const weights = fit(training);
    const scores = outOfFold(training);
    const thresholds = fitThresholds(training, scores);
    const gain = new Map<string, number>();
    training.forEach((row, index) => {
      if (!row.scored) return;
      row.keywordIssues.forEach((id, hit) => {
        if (scores[index]![hit]! >= thresholds[0]!) return;
        gain.set(id, (gain.get(id) ?? 0) + (row.sentence.issues.includes(id) ? -1 : 1));
      });
    });
    const applied = new Set(ISSUE_IDS.filter((id) => (gain.get(id) ?? 0) >= margin));
    return (row) => {
      const probability = probabilities(weights, row);
      return row.keywordIssues.filter((id, hit) => !applied.has(id) || probability[hit]! >= thresholds[0]!);
    };
  };
}

/** One threshold per issue with at least `least` scored hits, the shared one for the rest. */
function perIssue(least: number): Combiner {
  return (training) => {
    const weights = fit(training);
    const scores = outOfFold(training);
    const sharedThreshold = fitThresholds(training, scores)[0]!;
    const thresholds = ISSUE_IDS.map((id) => {
      const hits: { p: number; right: boolean }[] = [];
      training.forEach((row, index) => {
        if (!row.scored) return;
        row.keywordIssues.forEach((hitId, hit) => {
          if (hitId === id) hits.push({ p: scores[index]![hit]!, right: row.sentence.issues.includes(id) });
        });
      });
      if (hits.length < least) return sharedThreshold;
      let best = 0;
      let bestGain = 0;
      for (let t = 0.05; t < 0.96; t += 0.05) {
        const gain = hits.filter((h) => h.p < t).reduce((sum, h) => sum + (h.right ? -1 : 1), 0);
        if (gain > bestGain) { best = t; bestGain = gain; }
      }
      return best;
    });
    return (row) => kept(row, probabilities(weights, row), thresholds);
  };
}

function crossValidate(combiner: Combiner, extra: readonly FilterRow[]): MultiLabelScores {
  const scored = train.filter((row) => row.scored);
  const foldOf = new Map(scored.map((row, index) => [row, index % FOLDS]));
  const predicted: string[][] = new Array(scored.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const judge = combiner([...train.filter((row) => foldOf.get(row) !== fold), ...extra]);
    scored.forEach((row, index) => {
      if (foldOf.get(row) === fold) predicted[index] = judge(row);
    });
  }
  return multiLabelScores(ISSUE_IDS, scored.map((row) => row.sentence.issues), predicted);
}

/** Residents' posts, each predicted by a combiner trained without its fold of posts. */
function crossValidatePosts(combiner: Combiner, withPosts: boolean): MultiLabelScores {
  const predicted: string[][] = new Array(postRows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const others = withPosts ? postRows.filter((_, index) => index % FOLDS !== fold) : [];
    const judge = combiner([...train, ...fixtureRows, ...others]);
    postRows.forEach((row, index) => {
      if (index % FOLDS === fold) predicted[index] = judge(row);
    });
  }
  return multiLabelScores(ISSUE_IDS, postRows.map((row) => row.sentence.issues), predicted);
}

const f = (value: number): string => value.toFixed(3);
const line = (scores: MultiLabelScores): string =>
  `${f(scores.microF1)} (P ${f(scores.microPrecision)}, R ${f(scores.microRecall)})`;

const rules = multiLabelScores(ISSUE_IDS, train.filter((r) => r.scored).map((r) => r.sentence.issues),
  train.filter((r) => r.scored).map((r) => [...r.keywordIssues]));
console.log(`rules, scored train: ${line(rules)}`);
console.log(`rules, residents' posts: ${line(multiLabelScores(ISSUE_IDS, postRows.map((r) => r.sentence.issues),
  postRows.map((r) => [...r.keywordIssues])))}`);

const combiners: [string, Combiner][] = [
  ['shared threshold', shared],
  ['gated, margin 1', gated(1)],
  ['gated, margin 3', gated(3)],
  ['per issue, ≥ 40 hits', perIssue(40)],
  ['per issue, ≥ 100 hits', perIssue(100)],
  ['per issue, ≥ 200 hits', perIssue(200)],
];
const which = process.argv.slice(2);
for (const [name, combiner] of combiners) {
  if (which.length > 0 && !which.some((w) => name.startsWith(w))) continue;
  console.log(`${name}: train ${line(crossValidate(combiner, []))}; ` +
    `+ fixtures and posts ${line(crossValidate(combiner, [...fixtureRows, ...postRows]))}; ` +
    `posts ${line(crossValidatePosts(combiner, false))} / with posts ${line(crossValidatePosts(combiner, true))}`);
}

if (process.argv.includes('--perIssue')) {
  const filtered = crossValidate(shared, []);
  for (const label of filtered.perLabel) {
    const before = rules.perLabel.find((each) => each.label === label.label)!;
    console.log(`  ${label.label}: support ${label.support}; rules P ${f(before.precision)} R ${f(before.recall)} ` +
      `fp ${before.falsePositives} fn ${before.falseNegatives}; filter P ${f(label.precision)} R ${f(label.recall)} ` +
      `fp ${label.falsePositives} fn ${label.falseNegatives}`);
  }
}
