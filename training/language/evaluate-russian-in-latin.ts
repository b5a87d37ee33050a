/**
 * How often Russian typed in Latin letters is read as Russian, and how often other Latin text is
 * taken for it. There is no public set of transliterated Russian: NTREX Russian sentences and
 * RuSentiTweet posts (train split only) are written out in three spellings residents use
 * (passport style, English press style, and informal with "h" for х and "'" for ь). The other
 * Latin sets are NTREX English and Uzbek, NTREX Kazakh in the 2021 alphabet with and without its
 * marks, and lingua's English sentences and word pairs (read only with `--split test`).
 *
 *   npx vite-node training/language/evaluate-russian-in-latin.ts [--split dev|test]
 *
 * With `--split test` (as `npm run eval:text` runs it) the figures go to eval/text-results.json.
 *
 * Also prints the share of Cyrillic words read back exactly from each spelling (ё as е, ь and ъ
 * ignored), the measure of the reading the issue rules and the sentiment model see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { DATA, ntrexSentences } from './test-sets.js';
import { writeFigures, type Figures } from '../eval-results.js';
import { latinSkeleton } from '../../src/text/latin-skeleton.js';
import { russianInLatin } from '../../src/text/russian-in-latin.js';
import { kazakhCyrillicToLatin } from '../../src/text/transliterate-kazakh.js';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' } } });
if (values.split !== 'dev' && values.split !== 'test') throw new Error(`--split is dev or test, not ${values.split}`);
const split = values.split as string;

const PASSPORT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
const PRESS: Record<string, string> = { ...PASSPORT, й: 'y', ё: 'yo', ъ: '', ю: 'yu', я: 'ya' };
const INFORMAL: Record<string, string> = { ...PRESS, х: 'h', щ: 'sch', ь: "'", й: 'j', ж: 'zh' };
const SPELLINGS = { passport: PASSPORT, press: PRESS, informal: INFORMAL } as const;

function transliterate(text: string, spelling: Record<string, string>): string {
  return text.replace(/[а-яё]/giu, (letter) => {
    const lower = letter.toLowerCase();
    const latin = spelling[lower] ?? lower;
    return letter === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

function rusentitweetTrain(): string[] {
  // The train split's texts; rows are "text,label,id", a text quoted when it holds commas.
  const rows = readFileSync(join(DATA, 'rusentitweet/train.csv'), 'utf8').split('\n').slice(1);
  return rows
    .map((row) => row.replace(/,[a-z]+,\d+$/, '').replace(/^"|"$/g, '').replace(/https?:\S+/g, '').trim())
    .filter((text) => /[а-яё]{3}/i.test(text))
    // Posts of the dev and test halves alternate, so both see short and long posts.
    .filter((_, index) => (index % 2 === 0) === (split === 'dev'))
    .slice(0, 2000);
}

const WORD = /[а-яё]+/giu;

function comparable(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[ъь]/g, '');
}

const figures: Figures = {};

function report(name: string, texts: readonly string[], expectRussian: boolean, originals?: readonly string[]): void {
  let read = 0;
  let words = 0;
  let exact = 0;
  texts.forEach((text, index) => {
    const reading = russianInLatin(text);
    if (reading !== null) read++;
    const original = originals?.[index];
    if (reading !== null && original !== undefined) {
      const expected = original.match(WORD) ?? [];
      const got = reading.match(WORD) ?? [];
      if (expected.length === got.length) {
        expected.forEach((word, at) => {
          words++;
          if (comparable(word) === comparable(got[at] as string)) exact++;
        });
      }
    }
  });
  const share = (100 * read / texts.length).toFixed(1);
  const wordsRead = words > 0 ? `, words read back exactly ${(100 * exact / words).toFixed(1)} %` : '';
  figures[`russian in latin letters: ${name.trim()} (${split})`] = {
    texts: texts.length,
    readAsRussian: Number((read / texts.length).toFixed(4)),
    ...(expectRussian && words > 0 ? { wordsReadBackExactly: Number((exact / words).toFixed(4)) } : {}),
  };
  console.log(`${name.padEnd(46)} ${String(texts.length).padStart(5)}  read as Russian ${share.padStart(5)} %${expectRussian ? wordsRead : ''}`);
}

const russian = ntrexSentences('rus', split);
const tweets = rusentitweetTrain();
console.log(`Russian in Latin letters, ${split} half\n`);
for (const [name, spelling] of Object.entries(SPELLINGS)) {
  report(`ntrex rus, ${name}`, russian.map((text) => transliterate(text, spelling)), true, russian);
  report(`rusentitweet train, ${name}`, tweets.map((text) => transliterate(text, spelling)), true, tweets);
  const longer = tweets.filter((text) => (text.match(WORD) ?? []).length >= 4);
  report(`  of 4 words or more, ${name}`, longer.map((text) => transliterate(text, spelling)), true, longer);
}
console.log('');
const kazakhLatin = ntrexSentences('kaz', split).map((text) => kazakhCyrillicToLatin(text));
report('ntrex eng-US', ntrexSentences('eng-US', split), false);
report('ntrex uzb', ntrexSentences('uzb', split), false);
report('ntrex kaz → Latin 2021', kazakhLatin, false);
report('ntrex kaz → Latin, no diacritics', kazakhLatin.map((text) => latinSkeleton(text.toLowerCase())), false);
if (split === 'test') {
  const lingua = (file: string): string[] => readFileSync(join(DATA, 'lingua-testdata', file), 'utf8').split('\n').filter(Boolean);
  report('lingua en sentences', lingua('en-sentences.txt'), false);
  report('lingua en word pairs', lingua('en-word-pairs.txt'), false);
}
// Only the test half's figures are kept: the dev half is for tuning the rule.
if (split === 'test') writeFigures(figures);
