/**
 * What a word, written with a capital and then lower case, is to the name rules. A doubtful
 * given name is also a word ("Роман", "Серік"); a doubtful surname is built like an adjective
 * ("Добровольский", "Офигенский").
 */
export type NamePart = 'given' | 'doubtful-given' | 'patronymic' | 'surname' | 'doubtful-surname' | null;

/** Words that open with a capital; a lower-case word between two of them leaves letters in the gap. */
const WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*(?:[-'’]\p{L}+)*/gu;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
/**
 * Cheap tests that pass over most posts with capitals: a word in capitals beside another word
 * with a capital, or a lower-case word before a word of five capitals (a role before a surname).
 */
const CAPITALS_BESIDE_CAPITAL = /\p{Lu}\p{Lu}[\p{L}'’-]*[ \t]{1,3}\p{Lu}|\p{Lu}[\p{L}'’-]*\.?[ \t]{1,3}\p{Lu}\p{Lu}/u;
const ROLE_WORD_TEST = /\p{Ll}[ \t]\p{Lu}{5}/u;
const LOWER_CASE = /\p{Ll}/u;
const SECOND_LETTER_LOWER = /^.\p{Ll}/u;
const SPACES = /^[ \t]{1,3}$/;
const AFTER_INITIAL = /^\.[ \t]?$/;
const LETTERS = /\p{L}+/gu;
const INITIAL_DOT = /^\.(?!\.)/;
/** The shortest surname the rules read by its ending alone ("Ахов" is rare; "ПЛОВ" is food). */
const MIN_SURNAME_LENGTH = 5;

type Written = 'capitals' | 'capitalised' | 'initial' | 'other';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly written: Written;
  /** The word with a capital and lower case after it: "ИВАНОВ" → "Иванов". */
  readonly titleCased: string;
  part: NamePart | 'initial';
}

/**
 * Names written in capitals, as forms, lists and angry posts write them: "ИВАНОВ ИВАН
 * ИВАНОВИЧ", "ИВАНОВ И.И.", "САПАРОВ Асқар", "АСҚАР СЕРІКҰЛЫ". Returns the text with those words
 * written as the name rules expect ("Иванов Иван Иванович"), every character in its place, so
 * that spans found in it hold for the original. A word in capitals is rewritten only beside
 * another part of the same name, with a given name, a patronymic or an initial among them:
 * acronyms (АО, ТОО, КГД, ЦОН, ДТП, МВД) and shouted words ("СРОЧНО", "НЕТ СВЕТА") are never a
 * name's part. A surname in capitals alone is rewritten only after a private person's role
 * (`isAfterRole`: "водитель ПЕТРОВ").
 */
// LIMITATION: a surname alone in capitals with no lower-case words on both sides ("ИВАНОВ опять
// не пришёл"), a given name alone
// in capitals, and a name whose parts are all doubtful ("РОМАН КИМ") are not found; the
// classifier was trained on no text in capitals.
export function titleCaseNamesInCapitals(
  text: string,
  partOf: (titleCased: string) => NamePart,
  isAfterRole: (start: number) => boolean = () => false,
): string {
  if (!TWO_CAPITALS.test(text)) return text;
  const words = CAPITALS_BESIDE_CAPITAL.test(text) || ROLE_WORD_TEST.test(text) ? wordsOf(text) : [];
  const rewritten = new Set<Word>();
  for (const run of runsOf(words, text)) {
    if (!run.some((word) => word.written === 'capitals')) continue;
    for (const word of run) word.part = word.written === 'initial' ? 'initial' : partOf(word.titleCased);
    for (const name of namedStretches(run)) name.forEach((word) => rewritten.add(word));
  }
  // "водитель ПЕТРОВ": a private person's role says whose surname follows, as it does in lower
  // case; "Позор АХМЕТОВОЙ из акимата!": a lone word in capitals amid lower case is stressed,
  // and stressed so it is a surname as often as a word.
  for (const word of words) {
    if (word.written !== 'capitals' || word.end - word.start < MIN_SURNAME_LENGTH) continue;
    const stressed = isAfterRole(word.start) || (isAmidLowerCase(text, word) && !AGENT_PLURAL.test(word.titleCased));
    if (stressed && partOf(word.titleCased) === 'surname') rewritten.add(word);
  }

  let result = text;
  for (const word of rewritten) {
    if (word.written !== 'capitals') continue;
    result = result.slice(0, word.start) + word.titleCased + result.slice(word.end);
  }
  return result;
}

/** The word before ends in lower case and the word after is in it: the post is not shouted whole. */
const LOWER_CASE_WORD_BEFORE = /\p{Ll}[ \t]+$/u;
const LOWER_CASE_WORD_AFTER = /^[ \t]+\p{Ll}/u;
const NEIGHBOUR_LOOKAROUND = 24;
/** Plurals of words for doers, stressed so as often as names: "Это ЗАКЛАДЧИКОВ дело", "ТАКСИСТОВ". */
const AGENT_PLURAL = /(?:чиков|щиков|ников|истов)$/u;

function isAmidLowerCase(text: string, word: Word): boolean {
  const before = text.slice(Math.max(0, word.start - NEIGHBOUR_LOOKAROUND), word.start);
  const after = text.slice(word.end, word.end + NEIGHBOUR_LOOKAROUND);
  return LOWER_CASE_WORD_BEFORE.test(before) && LOWER_CASE_WORD_AFTER.test(after);
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    const written = match[0];
    const end = match.index + written.length;
    const writtenAsWord = writtenAs(written, text.slice(end, end + 2));
    return {
      start: match.index,
      end,
      written: writtenAsWord,
      titleCased: writtenAsWord === 'capitals' ? titleCase(written) : written,
      part: null,
    };
  });
}

/** `after`: the two characters after the word; "М..." is a word cut short, not an initial. */
function writtenAs(word: string, after: string): Written {
  if (word.length === 1) return INITIAL_DOT.test(after) && !LOWER_CASE.test(word) ? 'initial' : 'other';
  if (!LOWER_CASE.test(word)) return 'capitals';
  return SECOND_LETTER_LOWER.test(word) && !LOWER_CASE.test(word[0]!) ? 'capitalised' : 'other';
}

/** Title case, part by part: "НУР-СУЛТАН" → "Нур-Султан"; a word it would lengthen stays. */
function titleCase(word: string): string {
  const cased = word.replace(LETTERS, (part) => part[0]!.toUpperCase() + part.slice(1).toLowerCase());
  return cased.length === word.length ? cased : word;
}

/** Words that may be one name: capitalised, in capitals or initials, with only spaces between. */
function runsOf(words: readonly Word[], text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const word of words) {
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, word.start) : '';
    const joiner = previous?.written === 'initial' ? AFTER_INITIAL : SPACES;
    const joined = previous !== undefined && joiner.test(gap);
    if (!joined || word.written === 'other') {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    if (word.written !== 'other') run.push(word);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** Neighbouring words that are each a name's part and together look like one person's name. */
function namedStretches(run: readonly Word[]): Word[][] {
  const stretches: Word[][] = [];
  let stretch: Word[] = [];
  for (const word of [...run, undefined]) {
    if (word?.part) {
      stretch.push(word);
      continue;
    }
    if (isName(stretch)) stretches.push(stretch);
    stretch = [];
  }
  return stretches;
}

/**
 * Two parts or more, one of them in capitals and one not an initial, and something only a
 * person's name has: a given name, a patronymic, an initial, or a doubtful given name ("СЕРІК",
 * "РОМАН") beside a surname that is not built like an adjective ("ОФИГЕНСКИЙ ДЕНЬ").
 */
function isName(stretch: readonly Word[]): boolean {
  if (stretch.length < 2 || !stretch.some((word) => word.written === 'capitals')) return false;
  const parts = new Set(stretch.map((word) => word.part));
  if (parts.size === 1 && parts.has('initial')) return false;
  if (parts.has('given') || parts.has('patronymic') || parts.has('initial')) return true;
  return parts.has('doubtful-given') && parts.has('surname');
}
