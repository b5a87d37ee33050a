import { findPhoneNumbers } from './phone-numbers.js';
import type { RedactionSpan } from './redaction-kind.js';

/**
 * Number words of Russian and Kazakh (Kazakh also as typed with Russian letters), by what they
 * add to a number read aloud: a unit, a teen, a ten, a hundred, or Kazakh "жүз", which makes
 * hundreds of the unit before it ("жеті жүз" is 700).
 */
type NumberWordKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'times-hundred';

/** A number word where the text has it, and its value. */
interface NumberWord {
  readonly start: number;
  readonly end: number;
  readonly kind: NumberWordKind;
  readonly value: number;
}

const NUMBER_WORDS = new Map<string, [NumberWordKind, number]>();

/** `words`: one entry per value from `first` up by `step`; spellings of one value split by '/'. */
function add(kind: NumberWordKind, first: number, step: number, words: string): void {
  words.split(' ').forEach((spellings, index) => {
    for (const word of spellings.split('/')) NUMBER_WORDS.set(word, [kind, first + index * step]);
  });
}

add(
  'unit',
  0,
  1,
  'ноль/нуль/нөл/нол один/одна/одно/бір/бир два/две/екі/еки три/үш/уш четыре/төрт/торт пять/бес ' +
    'шесть/алты семь/жеті/жети восемь/сегіз/сегиз девять/тоғыз/тогыз',
);
add(
  'teen',
  10,
  1,
  'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать ' +
    'восемнадцать девятнадцать',
);
// Kazakh "он" (10) is a ten: "он бір" is 11.
add(
  'ten',
  10,
  10,
  'он двадцать/жиырма тридцать/отыз сорок/қырық/кырык пятьдесят/елу шестьдесят/алпыс ' +
    'семьдесят/жетпіс/жетпис восемьдесят/сексен девяносто/тоқсан/токсан',
);
add('hundred', 100, 100, 'сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот');
add('times-hundred', 100, 0, 'жүз/жуз');

const WORD = /\p{L}+/gu;
/** What may stand between two number words of one phone: spaces, commas, dashes. */
const NUMBER_WORD_GAP = /^[\s,.\-‐‑‒–—]{1,3}$/u;
const PLUS_BEFORE = /(?:плюс|plus|\+)\s?$/iu;
/** A phone read aloud has at least five words: "восемь семьсот один сто двадцать три сорок пять". */
const MIN_WORDS = 5;
const COUNTING_RUN = 4;
const NUMBER_WORD_TEST = /семь|восем|жеті|жети|сегіз|сегиз|ноль|нөл/iu;

/**
 * Finds phone numbers written in words, as some posts write them to pass a filter or for a
 * reader to dial: "восемь семьсот один сто двадцать три сорок пять шестьдесят семь", "восемь
 * семь ноль один …", "сегіз жеті жүз бір …". The words are read into digits as one would dial
 * them, and the digits must make a phone number by the same rules as written digits (11 digits
 * from 8 or 7, 10 from a mobile or city code, or a '+' and 10–15 digits).
 */
// LIMITATION: digits mixed with number words ("8 семьсот 01 …") and numbers in other case forms
// ("восьми") are not read.
export function findPhonesInWords(text: string): RedactionSpan[] {
  if (!NUMBER_WORD_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const run of numberWordRuns(text)) {
    if (run.length < MIN_WORDS) continue;
    const plus = PLUS_BEFORE.exec(text.slice(Math.max(0, run[0]!.start - 6), run[0]!.start));
    const digits = (plus ? '+' : '') + readDigits(run);
    const found = findPhoneNumbers(digits);
    if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== digits.length) continue;
    const start = plus ? run[0]!.start - plus[0].length : run[0]!.start;
    spans.push({ start, end: run[run.length - 1]!.end, kind: 'phone' });
  }
  return spans;
}

function numberWordRuns(text: string): NumberWord[][] {
  const runs: NumberWord[][] = [];
  let run: NumberWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const number = NUMBER_WORDS.get(match[0].toLowerCase());
    const previous = run[run.length - 1];
    const joined = previous !== undefined && NUMBER_WORD_GAP.test(text.slice(previous.end, match.index));
    if (!number || !joined) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (!number) continue;
    const [kind, value] = number;
    run.push({ start: match.index, end: match.index + match[0].length, kind, value });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The digits as dialled: each group of words one number, written with as many digits as its
 * largest word ("семьсот один" 701, "сорок пять" 45, "ноль" 0, "жеті жүз бір" 701).
 */
function readDigits(words: readonly NumberWord[]): string {
  const groups: string[] = [];
  let index = 0;
  while (index < words.length) {
    const [group, next] = readGroup(words, index);
    groups.push(group);
    index = next;
  }
  return isCounting(groups) ? '' : groups.join('');
}

/**
 * "семь, восемь, девять, десять…": counting aloud past nine, not a phone. Digits that rise one by
 * one ("один два три четыре") are common enough in phone numbers.
 */
function isCounting(groups: readonly string[]): boolean {
  let rising = 1;
  for (let index = 1; index < groups.length; index++) {
    rising = Number(groups[index]) === Number(groups[index - 1]) + 1 ? rising + 1 : 1;
    if (rising >= COUNTING_RUN && groups[index]!.length > 1) return true;
  }
  return false;
}

function readGroup(words: readonly NumberWord[], from: number): [string, number] {
  let index = from;
  let hundreds: number | undefined;
  const word = words[index]!;
  if (word.kind === 'hundred') {
    hundreds = word.value / 100;
    index += 1;
  } else if (word.kind === 'unit' && words[index + 1]?.kind === 'times-hundred') {
    hundreds = word.value;
    index += 2;
  } else if (word.kind === 'times-hundred') {
    hundreds = 1;
    index += 1;
  }

  const rest = readTens(words, index);
  if (hundreds === undefined) return rest[0] === '' ? [String(words[index]!.value), index + 1] : rest;
  return [String(hundreds) + rest[0].padStart(2, '0'), rest[1]];
}

/** A ten and a unit ("сорок пять", "он бір"), a teen, or a unit; '' when none follows. */
function readTens(words: readonly NumberWord[], from: number): [string, number] {
  const word = words[from];
  if (word === undefined) return ['', from];
  if (word.kind === 'teen') return [String(word.value), from + 1];
  if (word.kind === 'ten') {
    const unit = words[from + 1];
    if (unit?.kind === 'unit' && unit.value > 0 && words[from + 2]?.kind !== 'times-hundred') {
      return [String(word.value + unit.value), from + 2];
    }
    return [String(word.value), from + 1];
  }
  const unitAlone = word.kind === 'unit' && words[from + 1]?.kind !== 'times-hundred';
  return unitAlone ? [String(word.value), from + 1] : ['', from];
}
