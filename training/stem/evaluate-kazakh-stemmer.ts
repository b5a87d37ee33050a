/**
 * The Kazakh suffix stripper measured on word forms collected from Kazakh corpora: KazNERD test
 * (TV news, standard spelling) and the Kazakh reviews of KazSAnDRA test (often typed with
 * Russian letters). No Kazakh lemma list is public, so the pairs come from the corpora
 * themselves: a word that is another corpus word plus a plural, possessive and case chain in
 * the right vowel harmony (жол → жолдарымызда, көше → көшелерде) should reach that word's stem.
 *
 * - conflation recall: the share of such (form, base) pairs the stripper gives one stem;
 * - harmony errors: the share of pairs in the wrong harmony (жол + дерде) it conflates anyway;
 *
 * LIMITATION: the pairs hold only nouns with noun suffixes; over-stemming of verbs and
 * derivations is not measured, for want of a Kazakh lemma list.
 *
 *   npx vite-node training/stem/evaluate-kazakh-stemmer.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { stemKazakh } from '../../src/text/stem/kazakh-stemmer.js';
import { foldKazakhLetters } from '../../src/text/russian-keyboard.js';
import { share, writeFigures } from '../eval-results.js';
import { DATA_DIR } from '../names/annotated-corpora.js';

const WORD = /^[а-яәғқңөұүһі]+$/;
const KAZAKH_LETTER = /[әғқңөұүһі]/;
const BACK = /[аоұы]/;
const FRONT = /[әеөүі]/;

// Each layer in its back and front forms; the empty string stands for "no suffix of this layer".
const PLURAL: readonly (readonly [string, string])[] = [['', ''], ['лар', 'лер'], ['дар', 'дер'], ['тар', 'тер']];
const POSSESSIVE: readonly (readonly [string, string])[] = [
  ['', ''], ['ым', 'ім'], ['ымыз', 'іміз'], ['ың', 'ің'], ['ы', 'і'], ['сы', 'сі'], ['мыз', 'міз'],
];
const CASE: readonly (readonly [string, string])[] = [
  ['', ''], ['ның', 'нің'], ['дың', 'дің'], ['тың', 'тің'], ['ға', 'ге'], ['қа', 'ке'], ['на', 'не'],
  ['ны', 'ні'], ['ды', 'ді'], ['ты', 'ті'], ['да', 'де'], ['та', 'те'], ['нда', 'нде'], ['дан', 'ден'],
  ['тан', 'тен'], ['нан', 'нен'], ['мен', 'мен'], ['пен', 'пен'], ['бен', 'бен'], ['дағы', 'дегі'],
];

function chains(front: boolean): string[] {
  const result: string[] = [];
  const side = front ? 1 : 0;
  for (const plural of PLURAL) {
    for (const possessive of POSSESSIVE) {
      for (const grammaticalCase of CASE) {
        const chain = plural[side]! + possessive[side]! + grammaticalCase[side]!;
        if (chain.length >= 2) result.push(chain);
      }
    }
  }
  return [...new Set(result)];
}

const BACK_CHAINS = chains(false);
const FRONT_CHAINS = chains(true);

function lastVowelIsFront(word: string): boolean | null {
  for (let index = word.length - 1; index >= 0; index--) {
    if (BACK.test(word[index]!)) return false;
    if (FRONT.test(word[index]!)) return true;
  }
  return null;
}

function vocabulary(): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const word of text.toLowerCase().split(/[^а-яёәғқңөұүһі]+/)) if (word.length >= 3 && WORD.test(word)) words.add(word);
  };
  for (const line of readFileSync(join(DATA_DIR, 'kaznerd', 'IOB2_test.txt'), 'utf8').split('\n')) add(line.split(' ')[0] ?? '');
  const reviews = parse(readFileSync(join(DATA_DIR, 'kazsandra', '05_pc_test.csv'), 'utf8'), { columns: true, relax_quotes: true }) as Record<string, string>[];
  for (const review of reviews) if (KAZAKH_LETTER.test(review.text ?? '')) add(review.text ?? '');
  return words;
}

interface Pair {
  readonly form: string;
  readonly base: string;
}

/** Corpus words that are a corpus base plus a chain; `harmony` picks the right or the wrong one. */
function pairs(words: ReadonlySet<string>, harmony: 'right' | 'wrong'): Pair[] {
  const found: Pair[] = [];
  for (const base of words) {
    if (base.length < 3) continue;
    const front = lastVowelIsFront(base);
    if (front === null || !KAZAKH_LETTER.test(base + (front ? 'е' : ''))) continue;
    const useFront = harmony === 'right' ? front : !front;
    for (const chain of useFront ? FRONT_CHAINS : BACK_CHAINS) {
      // The voiced ending of the stem before a vowel: мектеп → мектебі, әкімдік → әкімдігі.
      const voiced = base.replace(/п$/, 'б').replace(/к$/, 'г').replace(/қ$/, 'ғ');
      for (const stem of new Set([base, voiced])) {
        if (words.has(stem + chain)) found.push({ form: stem + chain, base });
      }
    }
  }
  return found;
}

function conflated(pair: Pair): boolean {
  return foldKazakhLetters(stemKazakh(pair.form)) === foldKazakhLetters(stemKazakh(pair.base));
}

function main(): void {
  const words = vocabulary();
  const right = pairs(words, 'right');
  const wrong = pairs(words, 'wrong').filter((pair) => !right.some((other) => other.form === pair.form));

  const figures = {
    'word forms': words.size,
    'form-base pairs': right.length,
    'conflation recall': share(right.filter(conflated).length, right.length),
    'wrong-harmony pairs': wrong.length,
    'wrong-harmony pairs conflated': share(wrong.filter(conflated).length, wrong.length),
  };
  console.table(figures);
  const missed = right.filter((pair) => !conflated(pair)).slice(0, 40).map((pair) => `${pair.form}→${pair.base}`);
  console.log(`missed, first 40: ${missed.join(' ')}`);
  writeFigures({ 'KazNERD test + KazSAnDRA test Kazakh word forms: Kazakh stemmer': figures });
}

main();
