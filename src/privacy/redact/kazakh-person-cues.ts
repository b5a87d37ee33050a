/**
 * A lone capitalised word that a Kazakh word beside it says is a person: an occupation or a
 * title before it ("ақын Мұқағалидың", "қолбасшы Кумбасардың", "әнші Димаштың"), or "деген"
 * (called) and a word for a person after it ("Сезім деген адам", "Айнұр деген кассир"). Such
 * names are often on no list or are also words (сезім is a feeling), and the name classifier,
 * which saw few of them, leaves them.
 */
import type { NameToken } from './name-token.js';
import { isPeoplesName } from './names-before-kazakh-titles.js';

/**
 * Occupations and titles a Kazakh sentence puts before a name. Not the residents' roles
 * ("тұрғын", "дәрігер"), which the role rules read, nor titles that head bodies as often as
 * they stand before a name ("бастық", "төраға", "директор").
 */
const PERSON_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'ақын', 'жазушы', 'әнші', 'сазгер', 'композитор', 'суретші', 'ғалым', 'хакім', 'қолбасшы', 'жырау',
  'күйші', 'биші', 'актер', 'актёр', 'актриса', 'режиссер', 'режиссёр', 'журналист', 'бапкер', 'спортшы',
  'палуан', 'балуан', 'боксшы', 'ұстаз', 'философ', 'ойшыл', 'батырымыз', 'ақынымыз', 'жазушымыз',
  'әншіміз',
]);
const LONGEST_PERSON_WORD = 10;
const LOWER_CASE_LETTER = /\p{Ll}/u;
/** "деген" (called), a word or none, then a word for a person. */
const CALLED_PERSON_AFTER = new RegExp(
  '^ (?:деген|дейтін|есімді|атты) (?:\\p{L}+ )?(?:адам|кісі|бала|қыз|жігіт|әйел|келіншек|азамат|' +
    'ер|ұл|кассир|сатушы|дәрігер|мұғалім|жүргізуші|менеджер|оператор|көрші|тұрғын|студент|оқушы)' +
    // One person: "деген адамдар" are people who say something ("Арықтаймын деген адамдарға").
    '(?:[ыі]|[ғгқк][аеә]|н[ыі]ң|д[ыі]|[дт][аеә]н?)?(?!\\p{L})',
  'u',
);
const AFTER_LOOKAHEAD = 40;
/** The letters "деген", "дейтін", "есімді", "атты" open with. */
const CALLED_OPENING = 'деа';
const LATIN_LETTER = /[a-z]/u;
/**
 * An adjective or a people after an occupation name a kind of work, not a person: "жазушы
 * Ұлттық кітапханада", "ақын Қазақ әдебиетінің".
 */
const ADJECTIVE_ENDING = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ша|ше)$/u;

/** Whether `tokens[index]`, a word alone among capitalised words, is named so by a Kazakh cue. */
export function isNamedByKazakhCue(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  // Most words have neither cue: the letters around them are looked at first.
  const calledAfter = text[token.end] === ' ' && CALLED_OPENING.includes(text[token.end + 1] ?? '');
  if (!calledAfter && text[token.start - 1] !== ' ') return false;
  if (!token.capitalised || token.place || token.subject || LATIN_LETTER.test(token.word)) return false;
  const next = tokens[index + 1];
  if ((token.joined && tokens[index - 1]?.capitalised) || (next?.joined && next.capitalised)) return false;
  if (calledAfter && CALLED_PERSON_AFTER.test(text.slice(token.end, token.end + AFTER_LOOKAHEAD))) return true;
  if (ADJECTIVE_ENDING.test(token.word) || isPeoplesName(token.word)) return false;
  return PERSON_WORDS_BEFORE.has(wordBefore(text, token.start));
}

/** The lower-case word right before `start` and one space, or '' (a short walk back, no search). */
function wordBefore(text: string, start: number): string {
  let from = start - 1;
  while (from > 0 && start - from <= LONGEST_PERSON_WORD + 1 && LOWER_CASE_LETTER.test(text[from - 1]!)) from--;
  const opensText = from === 0 || !LOWER_CASE_LETTER.test(text[from - 1]!);
  return opensText ? text.slice(from, start - 1) : '';
}
