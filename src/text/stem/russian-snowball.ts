/**
 * The Russian Snowball stemmer (the original algorithm of snowballstem.org, as the
 * `snowball-stemmers` package gives it), written directly over strings. The package's version is
 * translated from Java and reads every field through a getter; stemming a word here gives the
 * same stem several times faster, which matters for the words a stem cache has not seen yet.
 * `test/text/russian-snowball.test.ts` holds the two to the same stem for every word of a list
 * drawn from the corpora.
 *
 * Every ending is looked for in RV, the part of the word after its first vowel; the longest
 * ending of a group that the word ends with is the one taken, and when its condition fails
 * (an ending that must follow "а" or "я") no shorter one is tried.
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);
const NO_ENDINGS: readonly Ending[] = [];

interface Ending {
  readonly text: string;
  /** Whether it counts only after "а" or "я" in RV. */
  readonly afterA: boolean;
}

/** Endings of a step by their last letter, longest first. */
type EndingGroup = ReadonlyMap<string, readonly Ending[]>;

function endingGroup(afterA: readonly string[], alone: readonly string[]): EndingGroup {
  const endings = [
    ...afterA.map((text) => ({ text, afterA: true })), ...alone.map((text) => ({ text, afterA: false })),
  ].sort((first, second) => second.text.length - first.text.length);
  const byLastLetter = new Map<string, Ending[]>();
  for (const ending of endings) {
    const last = ending.text[ending.text.length - 1]!;
    byLastLetter.set(last, [...(byLastLetter.get(last) ?? []), ending]);
  }
  return byLastLetter;
}

const PERFECTIVE_GERUND = endingGroup(['в', 'вши', 'вшись'], ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
const ADJECTIVE = endingGroup([], [
  'ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого',
  'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею',
]);
const PARTICIPLE = endingGroup(['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']);
const REFLEXIVE = endingGroup([], ['ся', 'сь']);
const VERB = endingGroup(
  ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
  [
    'ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен',
    'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю',
  ],
);
const NOUN = endingGroup([], [
  'а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й',
  'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия',
  'ья', 'я',
]);
const DERIVATIONAL = endingGroup([], ['ост', 'ость']);
const SUPERLATIVE = endingGroup([], ['ейш', 'ейше']);

/** A word being stemmed: its letters up to `end`, and where RV and R2 begin. */
interface Word {
  readonly text: string;
  end: number;
  readonly rv: number;
  readonly r2: number;
}

/** Russian Snowball stem of a lower-case word. */
export function russianSnowballStem(text: string): string {
  const word = { text, end: text.length, ...regions(text) };

  if (!removeEnding(word, PERFECTIVE_GERUND)) {
    removeEnding(word, REFLEXIVE);
    if (removeEnding(word, ADJECTIVE)) removeEnding(word, PARTICIPLE);
    else if (!removeEnding(word, VERB)) removeEnding(word, NOUN);
  }
  if (endsWith(word, 'и')) word.end--;
  const derivational = longestEnding(word, DERIVATIONAL);
  if (derivational !== null && word.end - derivational.text.length >= word.r2) word.end -= derivational.text.length;
  tidyUp(word);
  return text.slice(0, word.end);
}

/**
 * RV: after the first vowel. R2: after the first consonant that follows a vowel, taken twice,
 * counted from the start of the word (R1 is not used by the Russian algorithm).
 */
function regions(text: string): { rv: number; r2: number } {
  const length = text.length;
  let at = 0;
  while (at < length && !VOWELS.has(text[at]!)) at++;
  if (at >= length) return { rv: length, r2: length };
  const rv = at + 1;
  // R1 and then R2: past a vowel, then past the consonant after it, twice.
  for (let region = 0; region < 2; region++) {
    while (at < length && !VOWELS.has(text[at]!)) at++;
    while (at < length && VOWELS.has(text[at]!)) at++;
    if (at >= length) return { rv, r2: length };
    at++;
  }
  return { rv, r2: at };
}

/** The longest ending of `group` the word ends with inside RV. */
function longestEnding(word: Word, group: EndingGroup): Ending | null {
  if (word.end <= word.rv) return null;
  const room = word.end - word.rv;
  for (const ending of group.get(word.text[word.end - 1]!) ?? NO_ENDINGS) {
    if (ending.text.length <= room && word.text.endsWith(ending.text, word.end)) return ending;
  }
  return null;
}

/** Removes the longest ending of `group`, if its condition holds; whether one was removed. */
function removeEnding(word: Word, group: EndingGroup): boolean {
  const ending = longestEnding(word, group);
  if (ending === null) return false;
  const start = word.end - ending.text.length;
  if (ending.afterA) {
    const before = word.text[start - 1];
    if (start - 1 < word.rv || (before !== 'а' && before !== 'я')) return false;
  }
  word.end = start;
  return true;
}

function endsWith(word: Word, letter: string): boolean {
  return word.end > word.rv && word.text[word.end - 1] === letter;
}

/** "нн" becomes "н", a superlative ending goes (and then "нн" becomes "н"), or a final "ь" goes. */
function tidyUp(word: Word): void {
  const superlative = longestEnding(word, SUPERLATIVE);
  // Snowball looks for the longest of "ейше", "ейш", "н" and "ь" at once.
  if (superlative !== null) {
    word.end -= superlative.text.length;
    if (endsWith(word, 'н') && word.end - 1 > word.rv && word.text[word.end - 2] === 'н') word.end--;
    return;
  }
  if (endsWith(word, 'н')) {
    if (word.end - 1 > word.rv && word.text[word.end - 2] === 'н') word.end--;
    return;
  }
  if (endsWith(word, 'ь')) word.end--;
}
