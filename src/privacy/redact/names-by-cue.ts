import { nameKey } from './name-key.js';
import { listedWords } from './name-lists.js';
import { AMBIGUOUS_GIVEN_NAMES } from './names/ambiguous-given-names.js';
import { GIVEN_NAMES } from './names/given-names.js';
import { PERSON_ROLE_EITHER_FIRST_CASE } from './person-roles.js';
import type { RedactionSpan } from './redaction-kind.js';

/**
 * Residents typing on a phone leave out capitals ("спасибо айгерим", "кассир гуля нахамила",
 * "айгерим сапарова мошенница"), and introduce themselves and others by given names that are
 * also words ("Менің атым Бақыт", "меня зовут Роза", "Бақыт есімді дәрігер"). The capitalised
 * words' rules miss both; the words around such a name say it is one.
 */

/**
 * Words that introduce a name right after them: "меня зовут", "его зовут", "по имени",
 * "менің атым", "есімім", "атым", "my name is", and a full name after "ФИО", "аты-жөнім".
 */
const INTRODUCTION = [
  '(?:меня|его|её|ее|их|мою|мою маму|сына|дочь|дочку)[ \\t]+зовут', 'зовут[ \\t]+(?:меня|его|её|ее)',
  'по[ \\t]+имени', 'имя[ \\t]*[:—-]', 'фио[ \\t]*[:—-]?', 'аты[- ]жөн\\p{L}*', 'аты[- ]жон\\p{L}*',
  '(?:менің|менин|meniñ|menin|meniń)[ \\t]+(?:атым|есімім|есимим|atym|esimim)', 'атым', 'есімім',
  'есимим', 'atym', 'esimim', 'my[ \\t]+name[ \\t]+is', "my[ \\t]+name's",
].join('|');
const WORD_AFTER_INTRODUCTION = new RegExp(
  `(?<![\\p{L}-])(?:${INTRODUCTION})(?!\\p{L})[ \\t]*[:,—-]?[ \\t]*(\\p{L}{2,})(?:[ \\t]+(\\p{L}{3,}))?`,
  'dgiu',
);
/** Cheap tests that pass over most posts, without the case folding that makes a search slow. */
const INTRODUCTION_TEST = /зовут|ЗОВУТ|имени|имя|ИМЯ|[Фф][Ии][Оо]|[Аа]ты|АТЫ|[Ее]с[іи]м|ЕС[ІИ]М|atym|esimim|[Nn]ame/u;

/** Words that say the word right before them is a name: "Бақыт есімді", "Айгүл атты қыз". */
const WORD_BEFORE_NAMING = /(?<![\p{L}-])(\p{L}{2,})[ \t]+(?:есімді|есимди|атты|esimdi|atty)(?![\p{L}-])/dgiu;
const NAMING_TEST = /есімді|есимди|атты|esimdi|atty/u;

/**
 * "бекжан деген бала": "деген" (called) after a name; also after an ordinary word ("бақыт
 * деген не?", what is happiness), so only a given name that is no word counts before it.
 */
const WORD_BEFORE_DEGEN = /(?<![\p{L}-])(\p{Ll}{3,})[ \t]+(?:деген|degen)(?![\p{L}-])/dgu;
const DEGEN_TEST = /деген|degen/u;

/** Thanks and greetings before a name in lower case: "спасибо айгерим", "рахмет ерлан". */
const WORD_AFTER_THANKS = new RegExp(
  '(?<![\\p{L}-])(?:спасибо|спс|благодарю|привет|рахмет|рақмет|рахмат|сәлем|салем|thanks|thank you)' +
    '[ \\t]*[,!]?[ \\t]*(\\p{Ll}{3,})(?![\\p{L}-])',
  'dgiu',
);
const THANKS_TEST = /[Сс]пасибо|спс|[Бб]лагодар|[Пп]ривет|[Рр]ахм|[Рр]ақм|[Сс]әлем|[Сс]алем|[Tt]hank/u;
/** Any of the four tests above, in one pass over a post: most posts have none. */
const ANY_CUE_TEST = new RegExp([INTRODUCTION_TEST, NAMING_TEST, DEGEN_TEST, THANKS_TEST].map((test) => test.source).join('|'), 'u');

/**
 * A private person's role before a name in lower case: "сатушы антонина өте сыпайы", "Кассир
 * гуля нахамила", "Ужасный сервис. менеджер данияр не перезвонил". The capitalised words'
 * rules read a role only before a capitalised name, so a post typed with capitals here and
 * there lost the name typed without.
 */
// Without a lookbehind or match indices, which make the search several times slower: the
// letter before the role and the name's offset are worked out per match.
const WORD_AFTER_ROLE = new RegExp(`(?:${PERSON_ROLE_EITHER_FIRST_CASE})[ \\t]+(\\p{Ll}{3,})(?![\\p{L}-])`, 'gu');
/** The cheapest form of it, searched over every post first: about one post in sixty passes. */
const ROLE_BEFORE_LOWER_CASE_TEST = new RegExp(`(?:${PERSON_ROLE_EITHER_FIRST_CASE}) \\p{Ll}`, 'u');
const LETTER_OR_HYPHEN = /[\p{L}-]/u;
const UPPER_CASE = /\p{Lu}/u;
const LATIN_LETTER = /[a-z]/;

/**
 * A surname in lower case, as a complaint names someone beside a given name ("айгерим
 * сапарова", "ахметов марат"): "-ов", "-ев", "-ова", "-ева" after a stem of four letters or
 * more, also with a Kazakh case ending ("нұрсұлтан назарбаевтың", "ерлан ахметовқа"), and
 * "-ин" but after "м", "п", "с" or "б". Shorter stems end ordinary words ("голова", "основа",
 * "каков"); "-мин", "-син", "-пин", "-бин" end Kazakh verbs typed with Russian letters
 * ("тлеймин", "котерилсин", "кирмеспин"), and Russian case forms end adjectives ("световой",
 * "фиолетовым"). Kazakh case endings after "-ов", "-ев", "-ин" end no Russian word.
 */
const LOWER_CASE_SURNAME_ENDING = new RegExp(
  '(?:(?:ов|ев|ёв)а?|(?<![мпсб])ин|' +
    '(?:ов|ёв)(?:тың|тын|қа|ты|та|тан|пен)|ев(?:тің|тың|тин|ке|қа|ті|ты|ти|те|та|тен|тан|пен)|' +
    '(?:ов|ев)а(?:ның|нын|ға|га|ны|да|дан|мен)|(?<![мпсб])ин(?:нің|нин|ге|ді|ди|де|нен|мен))' +
    '(?![\\p{L}\\p{N}-])',
  'gu',
);
/** The stem before the ending; the ending is searched for first, far cheaper than every word. */
const LOWER_CASE_SURNAME_STEM = /(?<![\p{L}\p{N}-])\p{Ll}{4,}$/u;
const STEM_LOOKBEHIND = 24;

const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * Given names as listed, not their case forms, whose keys fold onto ordinary words ("кости",
 * "сами", "или"): beside a word that may be a genitive plural ("подписчиков или", "семь
 * дельфинов") only a name as written in the nominative counts.
 */
let nominativeGivenNames: ReadonlySet<string> | undefined;
/** Answers by written form: the words beside "-ов" words recur across posts ("друзей", "всех"). */
const nominativeByWord = new Map<string, boolean>();
const NOMINATIVE_BY_WORD_LIMIT = 20_000;

function isNominativeGivenName(word: string): boolean {
  const known = nominativeByWord.get(word);
  if (known !== undefined) return known;
  nominativeGivenNames ??= new Set([...listedWords(GIVEN_NAMES), ...listedWords(AMBIGUOUS_GIVEN_NAMES)].map(nameKey));
  const nominative = nominativeGivenNames.has(nameKey(word));
  if (nominativeByWord.size >= NOMINATIVE_BY_WORD_LIMIT) nominativeByWord.clear();
  nominativeByWord.set(word, nominative);
  return nominative;
}

/**
 * A given name alone in capitals, as angry posts and greetings shout it: "позвоните МАРАТУ" is
 * left, "ЕРЛАН НЕ ОТДАЁТ ДОЛГ", "ТАНЯ, С ДНЁМ РОЖДЕНИЯ". Only a name as listed, not a case form
 * ("СТЕНУ", "ЛЮБИ", "ПАСХИ" fold onto names' forms), in Cyrillic (an English shout, "BORN TO
 * WIN", holds words listed as names), and not the words shouted as often as the names: "АЛЛА"
 * (God, "АЛЛА РАЗЫ БОЛСЫН"), "ПИТЕР" (the city), "СТЕН" (walls), "КАРЛ" (a byword), "БРЕД"
 * (nonsense).
 */
const WORD_IN_CAPITALS = /(?<![\p{L}\p{N}@#_-])[А-ЯЁӘІҢҒҮҰҚӨҺ]{4,}(?![\p{L}\p{N}_-])/gu;
const CAPITALS_TEST = /[А-ЯЁӘІҢҒҮҰҚӨҺ]{4}/u;
const SHOUTED_WORDS = new Set(['алла', 'питер', 'стен', 'карл', 'бред']);

/** What the name lists say of a word, as the name finder reads them. */
export interface NameLookup {
  /** A listed given name; `ambiguousToo`: also one that is an ordinary word ("бақыт", "роза"). */
  isGivenName(word: string, ambiguousToo: boolean): boolean;
  /** A surname-shaped word that is not an ordinary word or a place ("сапарова", not "снова"). */
  isSurname(word: string): boolean;
  /** A word of a monitored subject's name ("досаев"): the given name beside it is the subject's. */
  isSubjectWord(word: string): boolean;
}

/** The words right before and after a span; in lower case, of four letters or more. */
const WORD_BEFORE = /(\p{L}+)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+(\p{L}+)/u;
const LOWER_CASE_WORD_BEFORE = /(?<![\p{L}\p{N}-])(\p{Ll}{4,})[ \t]+$/u;
const LOWER_CASE_WORD_AFTER = /^[ \t]+(\p{Ll}{4,})(?![\p{L}\p{N}-])/u;
const NEIGHBOURHOOD = 40;

/**
 * Names the words around them point at: after an introduction ("меня зовут роза", "Менің
 * атым Бақыт"), before "есімді", "атты" or (a given name that is no word) "деген", after thanks
 * or a greeting in lower case ("спасибо айгерим"), and a lower-case given name beside a
 * lower-case surname ("айгерим сапарова", "таутанова раушан"). A capitalised word counts only
 * after an introduction or before a naming word; the capitalised words' rules read the rest.
 */
export function findNamesByCue(text: string, names: NameLookup): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // "ерболат досаев", "АКИМ ЕРБОЛАТ ДОСАЕВ": a given name beside a subject's surname is the subject's.
  const besideSubject = (start: number, end: number): boolean => {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - NEIGHBOURHOOD), start))?.[1];
    const after = WORD_AFTER.exec(text.slice(end, end + NEIGHBOURHOOD))?.[1];
    return [before, after].some((word) => word !== undefined && names.isSubjectWord(word));
  };
  const push = (start: number, end: number): void => {
    if (!besideSubject(start, end)) spans.push({ start, end, kind: 'name' });
  };
  const add = (match: RegExpExecArray | RegExpMatchArray, group: number): void => {
    const [start, end] = match.indices![group]!;
    push(start, end);
  };
  // In lower case only a name as listed: "аты-жонин жане" (and) is a case form's key.
  const isNamePart = (word: string): boolean => names.isSurname(word.toLowerCase()) ||
    (names.isGivenName(word, true) && (!STARTS_LOWER_CASE.test(word) || isNominativeGivenName(word)));

  const cued = ANY_CUE_TEST.test(text);
  if (cued && INTRODUCTION_TEST.test(text)) {
    for (const match of text.matchAll(WORD_AFTER_INTRODUCTION)) {
      if (!isNamePart(match[1]!)) continue;
      add(match, 1);
      if (match[2] !== undefined && isNamePart(match[2])) add(match, 2);
    }
  }
  if (cued && NAMING_TEST.test(text)) {
    for (const match of text.matchAll(WORD_BEFORE_NAMING)) if (names.isGivenName(match[1]!, true)) add(match, 1);
  }
  if (cued && DEGEN_TEST.test(text)) {
    for (const match of text.matchAll(WORD_BEFORE_DEGEN)) if (names.isGivenName(match[1]!, false)) add(match, 1);
  }
  const isLowerCaseName = (word: string): boolean =>
    STARTS_LOWER_CASE.test(word) && isNominativeGivenName(word) && names.isGivenName(word, false);
  if (cued && THANKS_TEST.test(text)) {
    for (const match of text.matchAll(WORD_AFTER_THANKS)) if (isLowerCaseName(match[1]!)) add(match, 1);
  }
  // With capitals elsewhere, an English word in lower case after a role is a word: "the driver said no".
  const latinToo = !UPPER_CASE.test(text);
  for (const match of ROLE_BEFORE_LOWER_CASE_TEST.test(text) ? text.matchAll(WORD_AFTER_ROLE) : []) {
    const word = match[1]!;
    if (LETTER_OR_HYPHEN.test(text[match.index - 1] ?? '') || (!latinToo && LATIN_LETTER.test(word))) continue;
    if (!isLowerCaseName(word)) continue;
    const end = match.index + match[0].length;
    push(end - word.length, end);
  }
  {
    for (const ending of text.matchAll(LOWER_CASE_SURNAME_ENDING)) {
      const stem = LOWER_CASE_SURNAME_STEM.exec(text.slice(Math.max(0, ending.index - STEM_LOOKBEHIND), ending.index));
      if (stem === null) continue;
      const start = ending.index - stem[0].length;
      const end = ending.index + ending[0].length;
      const surname = text.slice(start, end);
      const before = LOWER_CASE_WORD_BEFORE.exec(text.slice(Math.max(0, start - NEIGHBOURHOOD), start));
      const after = LOWER_CASE_WORD_AFTER.exec(text.slice(end, end + NEIGHBOURHOOD));
      const givenBefore = before !== null && isNominativeGivenName(before[1]!) && names.isGivenName(before[1]!, false);
      const givenAfter = after !== null && isNominativeGivenName(after[1]!) && names.isGivenName(after[1]!, false);
      if ((!givenBefore && !givenAfter) || !names.isSurname(surname)) continue;
      push(givenBefore ? start - before![0].length : start, givenAfter ? end + after![0].length : end);
    }
  }
  if (CAPITALS_TEST.test(text)) {
    for (const match of text.matchAll(WORD_IN_CAPITALS)) {
      const word = match[0];
      if (SHOUTED_WORDS.has(word.toLowerCase()) || !isNominativeGivenName(word) || !names.isGivenName(word, false)) continue;
      push(match.index, match.index + word.length);
    }
  }
  return spans;
}

