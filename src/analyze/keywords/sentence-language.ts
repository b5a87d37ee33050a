/**
 * Which words of a post are read with the Kazakh keyword rules. Kazakh posts carry Russian
 * sentences and the reverse ("Ыстық су жоқ. Третий день моемся холодной, устали уже"), and the
 * Kazakh suffix stripper misreads Russian words: "устали" is "ұстал·ды" (detained), "дарит" is
 * "дәрі" (medicine), "смог" (could) the smog, "копировать" "көпір" (a bridge). A post's
 * language alone would put the Kazakh rules on every sentence or on none, so each clause
 * that shows its language by its words is read in it; the others follow the post.
 */
import type { LanguageCode } from '../analysis.js';
import { originalSpan, type AnalysisText } from '../analysis-text.js';
import { holdsKazakhClause } from '../language/kazakh-clause.js';
import type { WordInfo } from '../word-info.js';

/**
 * A Russian word that is on no function-word list: letters Kazakh does not write (ё, щ, ъ, э,
 * ь) or an ending Kazakh words do not have ("хочется", "ничего", "старые"). Kazakh typed with
 * Russian letters ("суды ескертусиз ошырды") has neither.
 */
const RUSSIAN_LETTER = /[ёщъэь]/u;
const RUSSIAN_ENDING = /(?:тся|ого|его|ому|ему|ая|яя|ые|ый|ий|ешь|ишь|ют|ят)$/u;
/**
 * Kazakh endings that Russian words do not have, for Kazakh typed without its letters
 * ("балалар", "барамыз", "отырмын"): plural and person endings and "-дағы" (the one in).
 */
const KAZAKH_ENDING = /(?:лар|лары|ларды|ларга|ларда|мын|мыз|миз|ныз|низ|сыз|сиз|дагы|деги|тагы|теги|ганы|гени)$/u;

// A sentence ends at '.', '!', '?' or '…' before a space or a line break (closing quotes and
// brackets may stand between); a number's decimal point has no space after it.
const SENTENCE_END = /[.!?…]["»”')\]]*\s/u;

/** What parts a sentence into clauses: a comma, a semicolon, a colon or a dash between words. */
const CLAUSE_END = /[,;:—–]|\s-\s/u;

/** The sentence number of each word of `text`. */
export function sentenceNumbers(text: AnalysisText): number[] {
  let sentence = 0;
  return text.tokens.map((token, index) => {
    if (index > 0 && SENTENCE_END.test(text.normalised.slice(text.tokens[index - 1]!.end, token.start))) sentence++;
    return sentence;
  });
}

/**
 * Whether the Kazakh rules read each word (by token), or one answer for the whole post. A
 * clause is Kazakh when it has more Kazakh words than Russian ones, Russian when it has more of
 * those ("Көктөбе ауданында жарық жоқ, уже третий день сидим при свечах" is one of each); a
 * clause that shows neither follows the post (a Russian sentence does not make the unmarked
 * clause before it Russian: "Оте керемет мектеп, Қуралай апай лучшая"). Kazakh words are
 * counted in lower case, or opening the sentence, so that a name ("Көктөбе", "Тоқаев") in a
 * Russian sentence does not make it Kazakh.
 */
export function kazakhReading(text: AnalysisText, language: LanguageCode): boolean | boolean[] {
  const cached = readings.get(text);
  if (cached?.language === language) return cached.reading;
  const reading = readingOf(text, language);
  readings.set(text, { language, reading });
  return reading;
}

/**
 * Whether a sentence has more Kazakh words than Russian ones, counting Kazakh words as a clause
 * does above (in lower case, or opening the sentence, so that a name does not count).
 */
export function readsMostlyKazakh(text: AnalysisText): boolean {
  let lead = 0;
  text.words.forEach((word, index) => {
    const kind = cachedLanguageOfWord(word);
    if (kind === 'kk' && (index === 0 || writtenInLowerCase(text, index))) lead++;
    else if (kind === 'ru') lead--;
  });
  return lead > 0;
}

/** Issues, slices and agencies match the same post: its reading is worked out once. */
const readings = new WeakMap<AnalysisText, { language: LanguageCode; reading: boolean | boolean[] }>();

function readingOf(text: AnalysisText, language: LanguageCode): boolean | boolean[] {
  if (language === 'en') return false;
  const post = language !== 'ru' || holdsKazakhClause(text);
  // Only a post with words of both languages can have sentences of each.
  const kinds = text.words.map(cachedLanguageOfWord);
  if (!kinds.includes('ru') || !kinds.includes('kk')) return post;

  const sentences = sentenceNumbers(text);
  const clauses = clauseNumbers(text, sentences);
  const clauseLead = new Map<number, number>();
  const kazakhWords = sentences.map((sentence, index) =>
    kinds[index] === 'kk' && (index === 0 || sentences[index - 1] !== sentence || writtenInLowerCase(text, index)));
  sentences.forEach((_, index) => {
    const step = kazakhWords[index] ? 1 : kinds[index] === 'ru' ? -1 : 0;
    clauseLead.set(clauses[index]!, (clauseLead.get(clauses[index]!) ?? 0) + step);
  });
  return sentences.map((_, index) => {
    // A word with Kazakh letters or on the Kazakh list is never a Russian word misread, and
    // an unmarked word beside a Kazakh one is of its phrase: "Жедел жәрдем так и не приехала"
    // keeps the ambulance.
    if (kinds[index] === 'kk') return true;
    const besideKazakh = (other: number): boolean => kazakhWords[other] === true && clauses[other] === clauses[index];
    if (kinds[index] === null && (besideKazakh(index - 1) || besideKazakh(index + 1))) return true;
    const lead = clauseLead.get(clauses[index]!)!;
    return lead === 0 ? post : lead > 0;
  });
}

/** The clause number of each word: a new one at each sentence and at each clause mark. */
function clauseNumbers(text: AnalysisText, sentences: readonly number[]): number[] {
  let clause = 0;
  return text.tokens.map((token, index) => {
    if (index === 0) return clause;
    const between = text.normalised.slice(text.tokens[index - 1]!.end, token.start);
    if (sentences[index] !== sentences[index - 1] || CLAUSE_END.test(between)) clause++;
    return clause;
  });
}

const wordLanguages = new WeakMap<WordInfo, 'ru' | 'kk' | null>();

function cachedLanguageOfWord(word: WordInfo): 'ru' | 'kk' | null {
  let language = wordLanguages.get(word);
  if (language === undefined) {
    language = languageOfWord(word);
    wordLanguages.set(word, language);
  }
  return language;
}

/** Which of the two languages a word shows, if either; a hyphenated word by its parts ("какая-то"). */
function languageOfWord(word: WordInfo): 'ru' | 'kk' | null {
  if (word.parts !== null) {
    const kinds = word.parts.map(languageOfWord);
    return kinds.includes('kk') ? 'kk' : kinds.includes('ru') ? 'ru' : null;
  }
  if (word.lexicon === 'kk' || word.lexicon === 'kk-latn') return 'kk';
  if (word.lexicon === 'ru') return 'ru';
  if (word.lexicon !== null || word.script !== 'cyrillic') return null;
  if (RUSSIAN_LETTER.test(word.text)) return 'ru';
  if (KAZAKH_ENDING.test(word.text)) return 'kk';
  return RUSSIAN_ENDING.test(word.text) ? 'ru' : null;
}

/** Whether the word at `index` is written with a small first letter: not a name. */
function writtenInLowerCase(text: AnalysisText, index: number): boolean {
  const token = text.tokens[index]!;
  const letter = text.original.charAt(originalSpan(text, token.start, token.end).start);
  return letter !== letter.toUpperCase();
}
