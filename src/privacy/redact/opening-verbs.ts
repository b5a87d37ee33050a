/**
 * A verb opening a sentence before the name it tells of: "Звонила Алмагуль Сейткали, не
 * помогли", "Приходит Ерлан Сапаров", "Келді Алмагүл Сейткали". Capitalised only by its place and
 * followed by a name, the verb was read by the name classifier as the name's first word and
 * redacted with it.
 */
import type { NameToken } from './name-token.js';
import { isSentenceOpening } from './sentence-opening.js';

/**
 * Russian verb forms: the past in -л, -ла, -ло, -ли and their reflexive forms ("Звонил",
 * "Писала", "Обратилась"), the present third person in -ет, -ит, -ут, -ют, -ят with or without
 * -ся ("Приходит", "Говорят", "Пишется"), and the plural imperative ("Позвоните", "Передайте").
 * Three letters at least before the ending: "Смит" is a surname.
 */
const RUSSIAN_VERB = new RegExp(
  '^\\p{L}{3,}(?:[аеиоуыяэ]л(?:[аои]|ся|ась|ось|ись)?|[еиую]т(?:ся)?|ят(?:ся)?|[ий]те(?:сь)?)$',
  'u',
);
/**
 * Kazakh verb forms, the ending's first letter as the sound before it asks: the past third person
 * in -ды, -ді after a vowel or a voiced consonant and -ты, -ті after a voiceless one ("Келді",
 * "Жасады", "Хабарласты", "Айтты"), and the past participle in -ған, -ген and -қан, -кен
 * ("Келген", "Айтқан"). "Ақтоты" (a vowel before -ты) is a given name.
 */
const KAZAKH_VERB = new RegExp(
  '^\\p{L}{2,}(?:[аәеиоөуұүыіюяйлмнңрзжвбгғд](?:д[ыі]|[гғ][ае]н)|[кқпстфхцчшщ](?:т[ыі]|[кқ][ае]н))$',
  'u',
);
/** Letters only Kazakh has: a word holding one is no Russian verb ("Дәлел"). */
const KAZAKH_LETTER = /[әғқңөұүһі]/u;
/**
 * Names that end like a verb: Kazakh given names built on one (Құдайберген, Құдайберді, "God
 * gave"), and those built on Али, Ғали, Қали (Нұрали, Сейткали, Бекали), which end like the
 * Russian past plural ("Сказали"). Unlisted, they are names still; "Искали" is left to the
 * classifier.
 */
const NAME_BUILT_ON_A_VERB = new RegExp(
  '(?:берген|берді|берды|берди|[гкқғ]али|' +
    '^(?:нур|нұр|жан|бек|ер|тур|тұр|ораз|мухам+ед|кайыр|қайыр|ахмет|мұхамед)али)$',
  'u',
);

/** Whether the token is a verb form, of any language the redactor reads. */
export function isVerbShaped(word: string): boolean {
  if (NAME_BUILT_ON_A_VERB.test(word)) return false;
  return (!KAZAKH_LETTER.test(word) && RUSSIAN_VERB.test(word)) || KAZAKH_VERB.test(word);
}

/**
 * Whether the word at `index` is a verb opening a sentence right before a name: on no list and of
 * no name's shape, with the next word joined to it and `named`.
 */
export function isOpeningVerbBeforeName(
  text: string, tokens: readonly NameToken[], index: number, named: readonly boolean[],
): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (next === undefined || !next.joined || !named[index + 1]) return false;
  if (token.given !== undefined || token.patronymic || token.loneSurname || token.subject) return false;
  return isVerbShaped(token.word) && isSentenceOpening(text, token.start);
}
