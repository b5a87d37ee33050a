/**
 * Error analysis of the built-in keyword rules on the train split: every false and missed
 * issue with the keywords that fired, for reading by kind. A fifth of the scored train
 * sentences (by SHA-256 of the id) is never listed, only scored, as a fresh check of a change;
 * the test split is never read.
 *
 *   npx vite-node training/issues/list-issue-errors.ts [--show read|held|none] [--issue id] [--perLabel] [--byKeyword] [--slices]
 *
 * `--perLabel` adds each issue's and each social slice's figures on the scored train sentences;
 * `--byKeyword` counts, for each keyword that fired on the sentences read, the sentences where
 * its issue is labelled and those where it is not: a keyword wrong more often than right is a
 * word with another sense. `--slices` lists the false and missed social slices of the sentences
 * shown instead of their issues.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { readLabelledSentences, type LabelledSentence } from './labelled-sentences.js';
import { multiLabelScores, type MultiLabelScores } from './multi-label-scores.js';

const ISSUE_IDS = DEFAULT_TAXONOMY.issues.map((entry) => entry.id);
const SLICE_IDS = DEFAULT_TAXONOMY.slices.map((entry) => entry.id);

/** Whether a scored train sentence belongs to the fifth kept unread. */
export function isHeldOut(sentence: LabelledSentence): boolean {
  return createHash('sha256').update('held:' + sentence.id).digest()[0]! % 5 === 0;
}

function printPerLabel(scores: MultiLabelScores): void {
  for (const label of scores.perLabel) {
    console.log(`  ${label.label}: support ${label.support} P ${label.precision.toFixed(2)} ` +
      `R ${label.recall.toFixed(2)} fp ${label.falsePositives} fn ${label.falseNegatives}`);
  }
}

function summary(name: string, scores: MultiLabelScores, count: number): string {
  const f = (value: number): string => value.toFixed(3);
  return `${name} (${count}): micro-F1 ${f(scores.microF1)} P ${f(scores.microPrecision)} R ${f(scores.microRecall)}`;
}

const { values } = parseArgs({
  options: {
    show: { type: 'string', default: 'read' }, issue: { type: 'string' }, perLabel: { type: 'boolean' },
    byKeyword: { type: 'boolean' }, slices: { type: 'boolean' },
  },
});
const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
const train = readLabelledSentences().filter((sentence) => sentence.split === 'train');
const predicted = new Map(train.map((sentence) => [
  sentence, matcher.issues(prepareText(sentence.text), sentence.language),
]));
const predictedSlices = new Map(train.map((sentence) => [
  sentence, matcher.slices(prepareText(sentence.text), sentence.language),
]));

const groups = {
  read: train.filter((sentence) => sentence.draw === undefined && !isHeldOut(sentence)),
  held: train.filter((sentence) => sentence.draw === undefined && isHeldOut(sentence)),
  drawn: train.filter((sentence) => sentence.draw !== undefined),
  scored: train.filter((sentence) => sentence.draw === undefined),
};
for (const [name, sentences] of Object.entries(groups)) {
  const scores = multiLabelScores(ISSUE_IDS, sentences.map((s) => s.issues),
    sentences.map((s) => predicted.get(s)!.map((hit) => hit.issueId)));
  console.log(summary(name, scores, sentences.length));
  if (values.perLabel && name === 'scored') {
    printPerLabel(scores);
    const slices = multiLabelScores(SLICE_IDS, sentences.map((s) => s.slices),
      sentences.map((s) => predictedSlices.get(s)!));
    console.log(summary('slices, scored', slices, sentences.length));
    printPerLabel(slices);
  }
}

interface Complaint { kind: string; language: 'ru' | 'kk' | 'en'; text: string; issues: string[] }
const complaints = readFileSync(new URL('../../test/fixtures/analyze/issues/keyword-senses.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Complaint)
  .filter((each) => each.kind === 'complaint');
const lost = complaints.flatMap((each) => {
  const found = matcher.issues(prepareText(each.text), each.language).map((hit) => hit.issueId);
  return each.issues.filter((id) => !found.includes(id)).map((id) => `${id}: ${each.text}`);
});
console.log(`complaints: ${lost.length} labels lost of ${complaints.reduce((n, c) => n + c.issues.length, 0)}`);
for (const line of lost) console.log('  LOST ' + line);

if (values.byKeyword) printByKeyword([...groups.read, ...groups.drawn]);

/** Each keyword that fired on `sentences`: how often its issue was labelled, and how often not. */
function printByKeyword(sentences: readonly LabelledSentence[]): void {
  const counts = new Map<string, { right: number; wrong: number }>();
  for (const sentence of sentences) {
    for (const hit of predicted.get(sentence)!) {
      for (const keyword of hit.evidence) {
        const key = `${hit.issueId} [${keyword}]`;
        const count = counts.get(key) ?? { right: 0, wrong: 0 };
        if (sentence.issues.includes(hit.issueId)) count.right++;
        else count.wrong++;
        counts.set(key, count);
      }
    }
  }
  const rows = [...counts].filter(([, count]) => count.wrong > 0)
    .sort(([, left], [, right]) => right.wrong - right.right - (left.wrong - left.right));
  for (const [key, { right, wrong }] of rows) console.log(`KEYWORD ${key}: right ${right}, wrong ${wrong}`);
}

const shown = values.show === 'read' ? [...groups.read, ...groups.drawn] : values.show === 'held' ? groups.held : [];
for (const sentence of values.slices ? shown : []) {
  const found = predictedSlices.get(sentence)!;
  for (const id of found.filter((each) => !sentence.slices.includes(each))) {
    console.log(`FP ${id} ${sentence.id}${sentence.draw ? '*' : ''}: ${sentence.text}`);
  }
  for (const id of sentence.slices.filter((each) => !found.includes(each))) {
    console.log(`FN ${id} ${sentence.id}${sentence.draw ? '*' : ''}: ${sentence.text}`);
  }
}
for (const sentence of values.slices ? [] : shown) {
  const hits = predicted.get(sentence)!;
  for (const hit of hits) {
    if (sentence.issues.includes(hit.issueId) || (values.issue && values.issue !== hit.issueId)) continue;
    console.log(`FP ${hit.issueId} [${hit.evidence.join(', ')}] ${sentence.id}${sentence.draw ? '*' : ''}: ${sentence.text}`);
  }
  for (const id of sentence.issues) {
    if (hits.some((hit) => hit.issueId === id) || (values.issue && values.issue !== id)) continue;
    console.log(`FN ${id} ${sentence.id}${sentence.draw ? '*' : ''}: ${sentence.text}`);
  }
}
