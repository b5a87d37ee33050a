/**
 * Posts per second through each stage of the text layer, with franc timed on the same posts in
 * the same run as the yardstick: normalisation and tokenising, language identification (and
 * fastText and CLD2 alone), subject mentions, and redaction of personal data (the rules alone
 * and with the name classifier). Each rate is the median of five passes after a warm-up pass,
 * per second of CPU time (one core) and of elapsed time, with its ratio to franc's.
 *
 *   npx vite-node bench/text-stages.ts [--posts 5000]
 */
import { franc } from 'franc';

import { prepareText, type AnalysisText } from '../src/analyze/analysis-text.js';
import { loadCld2LanguageModel } from '../src/analyze/language/cld2-language-model.js';
import { loadFastTextLanguageModel } from '../src/analyze/language/fasttext-language-model.js';
import { createLanguageIdentifier } from '../src/analyze/language/index.js';
import { MentionFinder } from '../src/analyze/mentions/index.js';
import type { Subject } from '../src/project/project.js';
import { loadNameClassifier } from '../src/privacy/redact/name-classifier.js';
import { PersonNameFinder } from '../src/privacy/redact/person-name-finder.js';
import { Redactor } from '../src/privacy/redact/redactor.js';
import { benchPosts, postsPerSecond, type Rate } from './stage-timing.js';

const FALLBACK_SENTENCES = [
  'Аким Алматы Ерболат Досаев пообещал отремонтировать дороги до конца лета.',
  'Жительница Ауэзовского района Айгерім Сапарова пожаловалась на отсутствие горячей воды.',
  'Әуезов ауданында ыстық су жоқ, тұрғындар әкімдікке шағымданды.',
  'Traffic jams on Al-Farabi avenue are getting worse every week.',
  'Звоните 8 701 123 45 67, спросите Марата Ахметова.',
];

const SUBJECTS: readonly Subject[] = [{
  id: 'mayor', kind: 'official', name: 'Ерболат Досаев',
  aliases: ['Досаев', 'Dosaev', 'аким Алматы', 'Алматы қаласының әкімі'],
  context: ['Алматы', 'Almaty', 'алматин*'], ambiguousAliases: ['аким', 'әкім'],
}];

/** The languages of this region franc knows, as the evaluation restricts it. */
const FRANC_LANGUAGES = ['rus', 'kaz', 'eng', 'kir', 'tat', 'uzn', 'ukr', 'bel', 'khk'];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const count = argument('posts', 5_000);
  const { posts, origin } = benchPosts(count, FALLBACK_SENTENCES);
  const language = await createLanguageIdentifier();
  const fastText = await loadFastTextLanguageModel();
  const cld2 = loadCld2LanguageModel();
  const mentions = new MentionFinder(SUBJECTS);
  const rulesOnly = new PersonNameFinder(SUBJECTS);
  const withClassifier = new PersonNameFinder(SUBJECTS, loadNameClassifier());
  const redactor = new Redactor(SUBJECTS);
  const prepared: AnalysisText[] = posts.map(prepareText);

  let sink: unknown;
  const stages: [string, () => void][] = [
    ['franc (9 languages)', () => { for (const post of posts) sink = franc(post, { only: FRANC_LANGUAGES }); }],
    ['franc (all languages)', () => { for (const post of posts) sink = franc(post); }],
    ['normalise + tokenise', () => { for (const post of posts) sink = prepareText(post); }],
    ['language (prepared text)', () => { for (const text of prepared) sink = language.identify(text); }],
    ['language (from raw text)', () => { for (const post of posts) sink = language.identify(prepareText(post)); }],
    ['fastText alone', () => { for (const text of prepared) sink = fastText.predict(text.normalised, 1); }],
    ['CLD2 alone', () => { for (const text of prepared) sink = cld2.detect(text.normalised); }],
    ['mentions (prepared text)', () => { for (const text of prepared) sink = mentions.find(text); }],
    ['person names, rules', () => { for (const post of posts) sink = rulesOnly.find(post); }],
    ['person names, rules + classifier', () => { for (const post of posts) sink = withClassifier.find(post); }],
    ['redaction (all kinds)', () => { for (const post of posts) sink = redactor.redact(post); }],
  ];

  console.log(`${count} posts of about 30 words from ${origin}; median of 5 passes, one core`);
  console.log(`${'stage'.padEnd(34)} ${'posts/s (CPU)'.padStart(14)} ${'× franc'.padStart(8)} ${'posts/s (wall)'.padStart(15)}`);
  const format = (value: number): string => Math.round(value).toLocaleString('en-US');
  let yardstick: Rate | undefined;
  for (const [name, run] of stages) {
    const rate = postsPerSecond(count, run);
    yardstick ??= rate;
    const ratio = (rate.cpu / yardstick.cpu).toFixed(1);
    console.log(`${name.padEnd(34)} ${format(rate.cpu).padStart(14)} ${ratio.padStart(8)} ${format(rate.wall).padStart(15)}`);
  }
  void sink;
}

await main();
