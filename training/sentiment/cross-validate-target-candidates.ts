/**
 * Candidate features for the targeted model, each added to the shipped features and measured by
 * the same 5-fold cross-validation over RuSentNE train as cross-validate-target.ts. None was
 * adopted: the model card gives the figures. RuSentNE's held-out split is not read.
 *
 *   node dist/training/sentiment/cross-validate-target-candidates.js [--data DIR] [--only NAME]
 */
import { parseArgs } from 'node:util';

import { hashText } from '../../src/models/feature-hash.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { defaultDataDir } from '../data-dir.js';
import { NEGATIVE, POSITIVE, stableBucket, type TargetExample } from './examples.js';
import { featuriseTargets } from './featurise.js';
import { TARGET_SETTINGS } from './settings.js';
import {
  bestPolarShifts,
  crossFittedF1,
  heldOutTargetScores,
  type FoldFeaturiser,
} from './target-folds.js';
import { loadTargetData } from './target-data.js';

const MASK = (1 << TARGET_SETTINGS.features.bucketBits) - 1;

/** Names of extra features of one mention, given what was learnt from the fold's training side. */
type CandidateFeatures = (example: TargetExample, learnt: PolarStems) => string[];

interface Candidate {
  readonly name: string;
  readonly features: CandidateFeatures;
}

interface MentionWords {
  /** Normalised words before the mention, nearest last. */
  readonly before: string[];
  /** Normalised words after the mention, nearest first. */
  readonly after: string[];
}

function wordsOf(text: string): string[] {
  return normaliseForMatching(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function mentionWords(example: TargetExample): MentionWords {
  return {
    before: wordsOf(example.sentence.slice(0, example.start)),
    after: wordsOf(example.sentence.slice(example.end)),
  };
}

const stem = (word: string, length = 5): string => word.slice(0, length);

// Russian finite verbs, short participles and gerunds: "обвинил", "погиб", "награжден", "заявляет".
const VERB_ENDING =
  /(л|ла|ли|ло|лся|лась|лись|ет|ют|ит|ят|ется|ются|ится|ятся|ан|ен|ена|ены|ано|ана|аны|ут|ть|ться|вшись|вший|ший|щий)$/;

/** The two nearest verb-like words on each side within six words, whole and as stems. */
function nearestVerbs(example: TargetExample): string[] {
  const { before, after } = mentionWords(example);
  const sides = [
    ['verb-after', after.slice(0, 6)],
    ['verb-before', before.slice(-6).reverse()],
  ] as const;
  return sides.flatMap(([side, words]) =>
    words
      .filter((word) => word.length > 3 && VERB_ENDING.test(word))
      .slice(0, 2)
      .flatMap((word) => [`${side}:${stem(word, 6)}`, `${side}=${word}`]),
  );
}

/** Five-letter stems of the three nearest words on each side, by side. */
function nearStems(example: TargetExample): string[] {
  const { before, after } = mentionWords(example);
  return [
    ...before.slice(-3).map((word) => `stem-before:${stem(word)}`),
    ...after.slice(0, 3).map((word) => `stem-after:${stem(word)}`),
  ];
}

/**
 * Other names near the mention (capitalised words past the sentence's first), so that "[NAME]
 * обвинил X" and "X обвинил [NAME]" differ; the text features are lower-cased and lose this.
 */
function nameShapes(example: TargetExample): string[] {
  const raw = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const shape = (word: string, first: boolean): string =>
    /^\p{Lu}/u.test(word) && !first ? 'NAME' : normaliseForMatching(word);
  const before = raw(example.sentence.slice(0, example.start))
    .map((word, index) => shape(word, index === 0))
    .slice(-5)
    .reverse();
  const after = raw(example.sentence.slice(example.end))
    .map((word) => shape(word, false))
    .slice(0, 5);
  const features: string[] = [];

  for (const [side, words] of [['before', before], ['after', after]] as const) {
    words.forEach((word, distance) => {
      if (word === 'NAME') features.push(`name-${side}:${Math.min(distance, 3)}`);
      const next = words[distance + 1];
      if (next !== undefined && (word === 'NAME' || next === 'NAME'))
        features.push(`name-pair-${side}:${word}_${next}`);
    });
    features.push(`shape-${side}:${words.slice(0, 2).join('_')}`);
  }
  return features;
}

/**
 * How much each five-letter stem leans negative or positive, from the labels of the mentions
 * whose window (five words each side) or sentence holds it: a word list learnt from the fold's
 * training mentions only.
 */
class PolarStems {
  readonly #window = new Map<string, number[]>();
  readonly #sentence = new Map<string, number[]>();
  readonly #prior = [0, 0, 0];

  constructor(examples: readonly TargetExample[]) {
    for (const example of examples) {
      this.#prior[example.label]! += 1 / examples.length;
      count(this.#window, windowStems(example), example.label);
      count(this.#sentence, sentenceStems(example), example.label);
    }
  }

  /** Binned strongest and summed leaning of the mention's window and sentence stems. */
  features(example: TargetExample): string[] {
    return [
      ...this.#leanings('window', this.#window, windowStems(example)),
      ...this.#leanings('sentence', this.#sentence, sentenceStems(example)),
    ];
  }

  #leanings(name: string, counts: Map<string, number[]>, stems: Set<string>): string[] {
    const strongest = [0, 0, 0];
    const summed = [0, 0, 0];
    for (const word of stems) {
      const seen = counts.get(word);
      const total = seen ? seen[0]! + seen[1]! + seen[2]! : 0;
      if (!seen || total < 3) continue;
      for (const label of [NEGATIVE, POSITIVE]) {
        const prior = this.#prior[label]!;
        const leaning = Math.log((seen[label]! + 5 * prior) / (total + 5) / prior);
        strongest[label] = Math.max(strongest[label]!, leaning);
        summed[label]! += Math.max(0, leaning);
      }
    }
    const bin = (value: number): number => Math.min(6, Math.floor(value / 0.25));
    return [NEGATIVE, POSITIVE].flatMap((label) => {
      const top = bin(strongest[label]!);
      return [
        `${name}-${label}-max:${top}`,
        `${name}-${label}-sum:${bin(summed[label]! / 2)}`,
        ...Array.from({ length: top }, (_, level) => `${name}-${label}-max>=${level + 1}`),
      ];
    });
  }
}

function count(counts: Map<string, number[]>, stems: Set<string>, label: number): void {
  for (const word of stems) {
    const seen = counts.get(word) ?? [0, 0, 0];
    seen[label]! += 1;
    counts.set(word, seen);
  }
}

function windowStems(example: TargetExample): Set<string> {
  const { before, after } = mentionWords(example);
  return new Set([...before.slice(-5), ...after.slice(0, 5)].map((word) => stem(word)));
}

function sentenceStems(example: TargetExample): Set<string> {
  return new Set(wordsOf(example.sentence).map((word) => stem(word)));
}

const INNER_PARTS = 5;

/**
 * The shipped features plus the candidate's. A training mention's word-list features come from
 * the other four fifths of the training side (cross-fitted), as a held-out mention's come from a
 * list it had no part in.
 */
function withCandidate(candidate: CandidateFeatures): FoldFeaturiser {
  const extend = (examples: readonly TargetExample[], extra: string[][]): Int32Array[] =>
    featuriseTargets(examples, TARGET_SETTINGS.features).map((indices, index) =>
      Int32Array.from([...indices, ...extra[index]!.map((name) => hashText(name) & MASK)]),
    );

  return (train, held) => {
    const inner = train.map((example) => stableBucket(example.sentence) % INNER_PARTS);
    const innerLists = Array.from(
      { length: INNER_PARTS },
      (_, part) => new PolarStems(train.filter((_, index) => inner[index] !== part)),
    );
    const fullList = new PolarStems(train);
    return [
      extend(train, train.map((example, index) => candidate(example, innerLists[inner[index]!]!))),
      extend(held, held.map((example) => candidate(example, fullList))),
    ];
  };
}

// Verbs and phrases of saying: the one who speaks is rarely what the statement judges.
const SPEECH_STEMS = ['заяв', 'сказа', 'сообщ', 'отмет', 'подчерк', 'счита', 'поясн', 'рассказ',
  'добав', 'написа', 'говор', 'увер', 'призна', 'предупред', 'напомн', 'обвин', 'раскритик',
  'осуд', 'призв', 'потребова', 'выраз', 'назва', 'похвал', 'поблагодар', 'поздрав'];
const isSpeech = (word: string): boolean => SPEECH_STEMS.some((stem) => word.startsWith(stem));

/**
 * The mention's role in reported speech: followed or preceded within three words by a verb of
 * saying or judging, after "по словам" / "по мнению", inside quotation marks, or in a "что"
 * clause after a verb of saying.
 */
function speechRoles(example: TargetExample): string[] {
  const { before, after } = mentionWords(example);
  const features: string[] = [];
  const afterSpeech = after.slice(0, 3).find(isSpeech);
  const beforeSpeech = before.slice(-3).find(isSpeech);
  if (afterSpeech) features.push('role:speaker', `role:speaker:${afterSpeech.slice(0, 6)}`);
  if (beforeSpeech) features.push('role:spoken-of', `role:spoken-of:${beforeSpeech.slice(0, 6)}`);
  const near = before.slice(-3).join(' ');
  if (/по (словам|мнению|данным)/.test(near)) features.push('role:source');
  const opened = example.sentence.slice(0, example.start);
  const quotes = (opened.match(/[«“„]/g) ?? []).length - (opened.match(/[»”]/g) ?? []).length;
  if (quotes > 0) features.push('role:in-quote');
  const thatIndex = before.lastIndexOf('что');
  if (thatIndex >= 0 && before.slice(0, thatIndex).some(isSpeech)) features.push('role:reported');
  return features;
}

// Verbs of praise and of blame, by stem: "поблагодарил X", "раскритиковал X", "X обвинили".
const PRAISE_STEMS = ['поблагодар', 'благодар', 'похвал', 'наград', 'поздрав', 'поддерж',
  'одобр', 'приветств', 'восхищ', 'оценил', 'удостоен', 'отмет', 'признан', 'выигр', 'побед'];
const BLAME_STEMS = ['раскритик', 'критик', 'обвин', 'осуд', 'упрек', 'уличи', 'задерж',
  'арестов', 'уволи', 'оштрафов', 'наказ', 'разоблач', 'осужд', 'отстран', 'санкци', 'атаков',
  'напал', 'убил', 'убит', 'обман', 'подозрева', 'нарушил', 'провал', 'проиграл', 'отказал'];

/** A verb's form: an active past, an impersonal plural, a passive participle, or other. */
function verbForm(word: string): string {
  if (/(ли|лись)$/.test(word)) return 'plural';
  if (/(л|ла|лся|лась)$/.test(word)) return 'active';
  if (/(ан|ен|ена|ены|ано|ана|аны|ен|ён|ован|ованы|ована)$/.test(word)) return 'passive';
  return 'other';
}

/**
 * The mention's role around a verb of praise or blame within three words, by side and by the
 * verb's form: "раскритиковал X" (X blamed), "X раскритиковал" (X blames), "X обвинили",
 * "X задержан".
 */
function praiseBlameRoles(example: TargetExample): string[] {
  const { before, after } = mentionWords(example);
  const features: string[] = [];
  const sides = [
    ['before', before.slice(-3).reverse()],
    ['after', after.slice(0, 3)],
  ] as const;
  for (const [side, words] of sides) {
    words.forEach((word, distance) => {
      const tone = BLAME_STEMS.some((stem) => word.startsWith(stem))
        ? 'blame'
        : PRAISE_STEMS.some((stem) => word.startsWith(stem))
          ? 'praise'
          : undefined;
      if (tone === undefined) return;
      const form = verbForm(word);
      features.push(`role:${side}:${tone}`, `role:${side}:${tone}:${form}`);
      if (distance === 0) features.push(`role:${side}:${tone}:${form}:next`);
    });
  }
  return features;
}

const CANDIDATES: readonly Candidate[] = [
  { name: 'none (as shipped)', features: () => [] },
  { name: 'polar stems learnt from the fold', features: (example, learnt) => learnt.features(example) },
  { name: 'nearest verbs', features: nearestVerbs },
  { name: 'near stems', features: nearStems },
  { name: 'other names near the mention', features: nameShapes },
  {
    name: 'all four',
    features: (example, learnt) => [
      ...learnt.features(example),
      ...nearestVerbs(example),
      ...nearStems(example),
      ...nameShapes(example),
    ],
  },
  { name: 'speech roles', features: speechRoles },
  { name: 'praise and blame roles', features: praiseBlameRoles },
];

const { values } = parseArgs({ options: { data: { type: 'string' }, only: { type: 'string' } } });
const target = loadTargetData(values.data ?? defaultDataDir());
const rusentne = [...target.tuningTrain, ...target.dev].filter(
  (example) => example.corpus === 'rusentne',
);
const opinions = target.finalTrain.filter((example) => example.corpus !== 'rusentne');

for (const candidate of CANDIDATES) {
  if (values.only !== undefined && !candidate.name.startsWith(values.only)) continue;
  const held = heldOutTargetScores(
    rusentne,
    opinions,
    TARGET_SETTINGS,
    withCandidate(candidate.features),
  );
  const best = bestPolarShifts(held);
  console.log(
    `${candidate.name}: ${best.f1.toFixed(3)} at shifts ${best.negative} / ${best.positive}, ` +
      `cross-fitted ${crossFittedF1(held).toFixed(3)}`,
  );
}
