/**
 * The shipped name classifier (`models/names.bin`), in two steps. First a logistic regression
 * gives each capitalised word the probability of being part of a person's name, from the word,
 * its endings, its neighbours and what the name rules said. Then a small second regression
 * weighs that probability against the first step's view of the words joined to it and of the
 * same word elsewhere in the text, so that the halves of a name and the mentions of one person
 * are decided together. It finds what no rule covers, such as a foreign surname alone
 * ("Нетаньяху заявил") or a name opening a sentence. Trained by
 * `training/names/train-name-classifier.ts`.
 */
import { readFileSync } from 'node:fs';

import { FeatureBuffer } from '../../models/feature-buffer.js';
import type { LinearModel } from '../../models/linear-model.js';
import { shippedModelPath } from '../../models/load-model-file.js';
import { decodeModelFile } from '../../models/model-file.js';
import {
  NAME_CONTEXT_FEATURES, nameContextFeatures, textOccurrences, type TextOccurrences,
} from './name-context-features.js';
import { nameTokenFeatures, opensSentence, textEvidence, type TextEvidence } from './name-token-features.js';
import type { NameToken } from './name-token.js';
import { followsEnglishPlacePreposition, latinTitleKind } from './latin-titles.js';
import { isLoneNameAfterPersonWord } from './lone-name-after-person-word.js';
import { isLoneSubjectOfPastVerb } from './lone-subject-of-past-verb.js';

export const NAME_MODEL_FILE = 'names.bin';
export const NAME_LABELS = ['other', 'person'] as const;
/** Below this, the model overrules the rules: a word they took for a name is not one. */
const RULE_OVERRULED_PROBABILITY = 0.15;
/**
 * What the first step must give a word the rules did not name before the second step may add
 * it, when the word is doubtful: one that opens a sentence before another capitalised word is
 * not lifted by the name beside it ("Вчера Петров пожаловался": the surname must not drag
 * "Вчера" along); and a given name that is also an ordinary word ("Бақыт", happiness; "Роман",
 * a novel) needs this much evidence of its own, since most Kazakh given names are words too,
 * and is never added when it opens a sentence before another capitalised word. "Абай" the poet,
 * alone in a Kazakh sentence, passes; "Роман Толстого" opening one does not.
 */
const SENTENCE_START_PROBABILITY = 0.5;
/**
 * Residents' posts open with a verb ("Поехали в Медеу", "Сходили в акимат", "Помогите найти"):
 * the past plural, the reflexive past and the plural imperative. Such a word opening a Russian
 * sentence is not added unless the first step is sure of it.
 */
const RUSSIAN_VERB_ENDING = /(?:[аяеиыоу]ли|лся|лась|лось|лись|ите|йте)$/u;

/**
 * The second step's probability from which a word counts as part of a name, for sentences with
 * a letter only Kazakh has and for the rest. Each is chosen on held-out documents of its language:
 * Kazakh news holds fewer capitalised words that are not names, so its threshold may be lower.
 */
export interface NameThresholds {
  readonly kazakh: number;
  readonly other: number;
}

/**
 * The threshold for a capitalised word alone before a verb in the past singular, not opening a
 * sentence ("по данным суда, Пелсинг провёл", "в политику Гражек пришёл"): news name public
 * figures so by the surname alone. Chosen on factRuEval devset and RuSentNE train, each left out
 * of the name lists and the model it was measured with: from 0.5 to 0.2 it found 1 of 1,249 and
 * 20 of 1,748 more persons there, and redacted 1 and 1 more other words; below 0.2 nothing
 * changed. A word opening a sentence is left to the threshold: with it, RuSentNE gained 15 more
 * persons, but residents' reviews lost ordinary words ("Украинец не допускал", "Маган бул ойын").
 */
const LONE_SUBJECT_THRESHOLD = 0.2;
/**
 * The threshold for a capitalised word alone right after a title, a kin word, "по словам" or a
 * work ("рэперу Басте", "сенатору Инуйе", "книгу Брауна"), not opening a sentence. Chosen on
 * NEREL dev and train and on RuSentNE train left out of the lists and the model, with the
 * titles, kin words, "по словам" and works: 0.2 found 2, 6 and 10 persons more than 0.5 there,
 * for 0, 2 and 1 other words; 0.3 half of them; 0.08 no more than 0.2.
 */
const AFTER_PERSON_WORD_THRESHOLD = 0.2;

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const LATIN_LETTER = /[a-z]/;
/**
 * An opening quotation mark right before a word: news quote the names of parties, firms, ships,
 * programmes and works ("партии «Яблоко»", "модуле «Пирс»"), and rarely a person's.
 */
const OPENING_QUOTE_BEFORE = /[«„“"][ \t]?$/u;
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '\n']);

function opensQuotation(text: string, start: number): boolean {
  return OPENING_QUOTE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * Whether the sentence around `position` holds a letter only Kazakh has: a Russian post may
 * quote one Kazakh sentence ("Тоқаевтың жарлығы шықты"), and only that one is Kazakh.
 */
function inKazakhSentence(text: string, position: number): boolean {
  for (let at = position; at < text.length && !SENTENCE_ENDS.has(text[at]!); at++) {
    if (KAZAKH_LETTER.test(text[at]!)) return true;
  }
  for (let at = position - 1; at >= 0 && !SENTENCE_ENDS.has(text[at]!); at--) {
    if (KAZAKH_LETTER.test(text[at]!)) return true;
  }
  return false;
}

export class NameClassifier {
  readonly #model: LinearModel;
  readonly #contextWeights: Float64Array;
  readonly #thresholds: NameThresholds;
  readonly #mask: number;
  readonly #features = new FeatureBuffer();
  readonly #probabilities = new Float64Array(NAME_LABELS.length);
  readonly #context = new Float64Array(NAME_CONTEXT_FEATURES);
  #first = new Float64Array(64);

  /**
   * `contextWeights`: the second step's weights, one per context feature. `thresholds`: the
   * second step's probability from which a word counts as part of a name, in a Kazakh
   * sentence and in the rest.
   */
  constructor(model: LinearModel, contextWeights: ArrayLike<number>, thresholds: NameThresholds) {
    if (model.labels.join(',') !== NAME_LABELS.join(',')) {
      throw new Error(`name classifier: the model's labels are ${model.labels.join(',')}, expected ${NAME_LABELS.join(',')}`);
    }
    if (contextWeights.length !== NAME_CONTEXT_FEATURES) {
      throw new Error(`name classifier: ${contextWeights.length} context weights, expected ${NAME_CONTEXT_FEATURES}; retrain it`);
    }
    this.#model = model;
    this.#contextWeights = Float64Array.from(contextWeights);
    this.#thresholds = thresholds;
    this.#mask = (1 << model.bucketBits) - 1;
  }

  /** The probability that `tokens[index]` is part of a person's name. */
  probability(
    text: string, tokens: readonly NameToken[], index: number, ruleNamed: readonly boolean[], evidence: TextEvidence,
  ): number {
    nameTokenFeatures(text, tokens, index, ruleNamed, evidence, this.#mask, this.#features);
    this.#model.predictInto(this.#features, this.#probabilities);
    return this.#probabilities[1]!;
  }

  /**
   * The first step's probability for every capitalised word of a text, 0 for the rest. The
   * array is reused by the next call.
   */
  wordProbabilities(text: string, tokens: readonly NameToken[], ruleNamed: readonly boolean[]): Float64Array {
    const evidence = textEvidence(text, tokens, ruleNamed);
    if (this.#first.length < tokens.length) {
      this.#first = new Float64Array(Math.max(tokens.length, 2 * this.#first.length));
    }
    const probabilities = this.#first;
    for (let index = 0; index < tokens.length; index++) {
      probabilities[index] = tokens[index]!.capitalised ? this.probability(text, tokens, index, ruleNamed, evidence) : 0;
    }
    return probabilities;
  }

  /**
   * Which tokens are part of a name: a word the rules found unless the model is nearly sure it
   * is not one, and a capitalised word the model finds likely once its context is weighed. A
   * word naming a street ("проспект Абая", "улица имени Абая", "на Абая") is never added. A
   * given name that is also an ordinary word ("Роман", "Вера") and a doubtful word opening a
   * sentence need more (see SENTENCE_START_PROBABILITY). A subject's word counts as named so
   * that the name it stands in (the subject's given name beside it) is recognised as the
   * subject's and kept.
   */
  decide(text: string, tokens: readonly NameToken[], ruleNamed: readonly boolean[]): boolean[] {
    const first = this.wordProbabilities(text, tokens, ruleNamed);
    let occurrences: TextOccurrences | undefined;
    const kazakh = KAZAKH_LETTER.test(text);
    return tokens.map((token, index) => {
      if (token.subject) return true;
      if (token.initial) return ruleNamed[index]!;
      if (!token.capitalised || token.place) return false;
      if (LATIN_LETTER.test(token.word)) {
        const title = latinTitleKind(text, token.start, token.end);
        if (title === 'title' || (title === 'brand' && !ruleNamed[index])) return false;
      }
      if (LATIN_LETTER.test(token.word) && !ruleNamed[index] && followsEnglishPlacePreposition(text, token.start)) return false;
      const kazakhSentence = kazakh && inKazakhSentence(text, token.start);
      const threshold = kazakhSentence ? this.#thresholds.kazakh : this.#thresholds.other;
      // "«Демидов»" (a business centre), "«Ключевым был момент»": in quotes the rules' word is
      // weighed like any other.
      const rulesTrusted = ruleNamed[index] && !opensQuotation(text, token.start);
      const needed = rulesTrusted
        ? RULE_OVERRULED_PROBABILITY
        : ruleNamed[index]
          ? threshold
          : this.#needed(text, tokens, index, first[index]!, threshold, kazakhSentence);
      if (needed === Infinity) return false;
      occurrences ??= textOccurrences(tokens);
      nameContextFeatures(text, tokens, index, first, ruleNamed, occurrences, this.#context);
      return contextProbability(this.#contextWeights, this.#context) >= needed;
    });
  }

  /**
   * The second step's probability a word the rules did not name needs, or Infinity when the
   * first step's doubt settles it, the word opens a quotation, or it stands alone on its line.
   */
  #needed(
    text: string, tokens: readonly NameToken[], index: number, first: number, threshold: number, kazakhSentence: boolean,
  ): number {
    const token = tokens[index]!;
    if (opensQuotation(text, token.start) || isAloneOnLine(text, token)) return Infinity;
    const ambiguous = token.given === 'ambiguous';
    const doubted = ambiguous || first < SENTENCE_START_PROBABILITY;
    const beforeName = tokens[index + 1]?.joined === true;
    const verb = !kazakhSentence && first < SENTENCE_START_PROBABILITY && RUSSIAN_VERB_ENDING.test(token.word);
    if ((verb || (doubted && beforeName)) && opensSentence(text, token.start)) return Infinity;
    if (ambiguous && first < SENTENCE_START_PROBABILITY) return Infinity;
    if (kazakhSentence || opensSentence(text, token.start)) return threshold;
    if (isLoneSubjectOfPastVerb(text, tokens, index)) return Math.min(threshold, LONE_SUBJECT_THRESHOLD);
    if (isLoneNameAfterPersonWord(text, tokens, index)) return Math.min(threshold, AFTER_PERSON_WORD_THRESHOLD);
    return threshold;
  }
}

/** The second step's probability: a logistic regression over the dense context features. */
export function contextProbability(weights: Float64Array, features: Float64Array): number {
  let score = 0;
  for (let index = 0; index < features.length; index++) score += weights[index]! * features[index]!;
  return 1 / (1 + Math.exp(-score));
}

let shared: NameClassifier | undefined;

/** The shipped classifier, read once per process. */
export function loadNameClassifier(): NameClassifier {
  if (shared) return shared;
  const path = shippedModelPath(NAME_MODEL_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`name classifier: cannot read ${path} (${reason}); run ` +
      '`npx vite-node training/names/train-name-classifier.ts` or reinstall tyndau');
  }
  const { model, metadata } = decodeModelFile(bytes, path);
  const { thresholds, contextWeights } = metadata.about as { thresholds?: NameThresholds; contextWeights?: unknown };
  if (typeof thresholds?.kazakh !== 'number' || typeof thresholds.other !== 'number' || !Array.isArray(contextWeights)) {
    throw new Error(`name classifier: ${path} names no thresholds or context weights; retrain it`);
  }
  shared = new NameClassifier(model, contextWeights as number[], thresholds);
  return shared;
}

// A list item's bullet or number before the word, and punctuation after it, on its own line.
const LINE_BEFORE = /^[ \t]*(?:[-–—•*▪◦·]|\d{1,2}[.)])?[ \t]*$/u;
const LINE_AFTER = /^[ \t]*[.!?,;:…)]*[ \t]*\r?$/u;

/**
 * Whether the word is all its line holds ("Как вам новый автобус?\nХорошо\nОтлично\nПлохо"):
 * a poll's answers or a list of one-word items give the classifier no context to weigh, and it
 * took "Отлично" between two such lines for a name. The rules still name a listed name or a
 * surname's shape there ("С уважением,\nАйгерим").
 */
function isAloneOnLine(text: string, token: NameToken): boolean {
  const lineEnd = text.indexOf('\n', token.end);
  const after = text.slice(token.end, lineEnd === -1 ? text.length : lineEnd);
  if (after.length > 12 || !LINE_AFTER.test(after)) return false;
  const before = text.slice(text.lastIndexOf('\n', token.start - 1) + 1, token.start);
  return before.length <= 12 && LINE_BEFORE.test(before);
}
