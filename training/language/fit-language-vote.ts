/**
 * Fits the language vote (`src/analyze/language/language-vote.ts`) on the NTREX dev half and
 * writes `models/language-vote.json`. First it holds out every fifth text, fits on the rest and
 * prints accuracy per language and length for the rules, fastText, CLD2 and the vote on the
 * held-out texts; then it fits on all of them. Deterministic: `npm run train` rebuilds it, and
 * `npx vite-node training/language/fit-vote.ts` rebuilds it alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { loadCld2LanguageModel } from '../../src/analyze/language/cld2-language-model.js';
import { loadFastTextLanguageModel } from '../../src/analyze/language/fasttext-language-model.js';
import { LanguageIdentifier } from '../../src/analyze/language/language-identifier.js';
import {
  LANGUAGE_VOTE_FILE, LanguageVote, VOTE_LANGUAGES, voteFeatureNames, voteFeatures,
  type VoteEvidence, type VoteWeights,
} from '../../src/analyze/language/language-vote.js';
import { fitSoftmax, type DenseSet } from './softmax-regression.js';
import { voteExamples, type VoteExample } from './vote-examples.js';

const L2 = 1e-4;
const EPOCHS = 40;
/**
 * How much each language weighs in the fit, against an even spread over the languages: this
 * region's posts are mostly Russian, Kazakh and English, and Kazakh in the Latin alphabet is
 * rare beside English, so a doubtful Latin pair should lean to English.
 */
const PRIOR: Readonly<Record<string, number>> = { ru: 2, kk: 2, en: 2, 'kk-latn': 0.5 };
/**
 * Two Russian words are often also Ukrainian or Belarusian ones ("не одного", "та гора"); in
 * this region they are far more often Russian, and fastText, which leans so, was right more often
 * than a vote that weighed Russian pairs like sentences.
 */
const SHORT_PRIOR: Readonly<Record<string, number>> = { ru: 4 };

export interface Observed {
  readonly example: VoteExample;
  readonly evidence: VoteEvidence;
}

export function denseSet(observed: readonly Observed[]): DenseSet {
  const width = voteFeatureNames().length;
  const rows = new Float64Array(observed.length * width);
  const labels = new Uint8Array(observed.length);
  const features = new Float64Array(width);
  // Each language and length weighs the same, whatever its number of texts.
  const groupSizes = new Map<string, number>();
  for (const { example } of observed) {
    const group = `${example.language} ${example.short}`;
    groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);
  }
  const weights = new Float64Array(observed.length);
  observed.forEach(({ example, evidence }, index) => {
    voteFeatures(evidence, features);
    rows.set(features, index * width);
    labels[index] = VOTE_LANGUAGES.indexOf(example.language as (typeof VOTE_LANGUAGES)[number]);
    const prior = (example.short ? SHORT_PRIOR[example.language] : undefined) ?? PRIOR[example.language] ?? 1;
    weights[index] = (prior * observed.length) / groupSizes.size / groupSizes.get(`${example.language} ${example.short}`)!;
  });
  return { rows, labels, weights, width, classes: VOTE_LANGUAGES.length };
}

export function voteWeights(set: DenseSet, about: Record<string, unknown>): VoteWeights {
  const fitted = fitSoftmax(set, { epochs: EPOCHS, l2: L2, seed: 7 });
  return {
    labels: [...VOTE_LANGUAGES],
    features: voteFeatureNames(),
    weights: Array.from(fitted.weights, (weight) => Math.round(weight * 1e5) / 1e5),
    bias: Array.from(fitted.bias, (weight) => Math.round(weight * 1e5) / 1e5),
    about,
  };
}

function percent(right: number, total: number): string {
  return total === 0 ? '—' : ((100 * right) / total).toFixed(1);
}

/** Accuracy on `held` of the rules, fastText's and CLD2's first answers and the vote. */
function report(held: readonly Observed[], vote: LanguageVote, certain: Map<string, number>): void {
  const rows = new Map<string, number[]>();
  for (const { example, evidence } of held) {
    const key = `${example.language} ${example.short ? 'word pairs' : 'sentences'}`;
    const row = rows.get(key) ?? [0, 0, 0, 0, 0];
    row[0]! += 1;
    if (evidence.rule === example.language) row[1]! += 1;
    if (evidence.fastText[0]?.language === example.language) row[2]! += 1;
    if (evidence.cld2.languages[0]?.language === example.language) row[3]! += 1;
    if (vote.decide(evidence).language === example.language) row[4]! += 1;
    rows.set(key, row);
  }
  console.log('\nheld-out fifth of the dev half, texts the rules were not certain of\n');
  console.log('| texts | n | rules certain | rules | fastText | CLD2 | vote |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [key, [n, rules, fastText, cld2, voted]] of [...rows].sort()) {
    console.log(`| ${key} | ${n} | ${certain.get(key) ?? 0} | ${percent(rules!, n!)} | ${percent(fastText!, n!)} | ${percent(cld2!, n!)} | ${percent(voted!, n!)} |`);
  }
}

/** Fits the vote on the NTREX dev half and writes it to `outDir`, printing the held-out check. */
export async function fitLanguageVote(outDir: string): Promise<void> {
  const model = await loadFastTextLanguageModel();
  const identifier = new LanguageIdentifier(model, loadCld2LanguageModel());
  const examples = voteExamples('dev');
  const observed: Observed[] = [];
  const heldOut: Observed[] = [];
  const certain = new Map<string, number>();
  examples.forEach((example, index) => {
    const evidence = identifier.evidenceOf(prepareText(example.text));
    const key = `${example.language} ${example.short ? 'word pairs' : 'sentences'}`;
    if (evidence === null) {
      if (index % 5 === 0) certain.set(key, (certain.get(key) ?? 0) + 1);
      return;
    }
    (index % 5 === 0 ? heldOut : observed).push({ example, evidence });
  });
  console.log(`${examples.length} dev texts; ${observed.length + heldOut.length} need the vote`);

  const check = new LanguageVote(voteWeights(denseSet(observed), {}));
  report(heldOut, check, certain);

  const all = [...observed, ...heldOut];
  const weights = voteWeights(denseSet(all), {
    data: 'NTREX-128 dev half (documents whose SHA-1 of the id starts with an even byte), CC BY-SA 4.0: ' +
      'sentences of kaz, rus, eng-US, kir, tat, bak, ukr, bel, uzb, mon, two-word texts drawn from them, ' +
      'and the Kazakh ones transliterated into the 2021 Latin alphabet with and without diacritics',
    texts: all.length,
    l2: L2,
    epochs: EPOCHS,
    prior: PRIOR,
    shortPrior: SHORT_PRIOR,
    command: 'npm run train (or npx vite-node training/language/fit-vote.ts)',
  });
  const path = join(outDir, LANGUAGE_VOTE_FILE);
  writeFileSync(path, JSON.stringify(weights) + '\n');
  console.log(`\nwrote ${path} (${all.length} texts)`);
}

