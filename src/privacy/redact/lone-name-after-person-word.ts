/**
 * A capitalised word standing alone right after a word that only a person's name follows: a
 * title, an occupation or a kin word ("рэперу Басте", "сенатору Инуйе", "певица Глюкоза",
 * "дочери Иванки"), a source of words ("по словам Рэппа", "по мнению Земана"), a work and its
 * author ("картину Рембрандта", "книгу Брауна", "фильме Спилберга"), or an event of a life
 * ("после смерти Беттанкур", "об отставке Нечаса"). News name public figures,
 * stage names and relatives so, by one word that no list knows, and the name classifier is
 * given a lower threshold for such a word.
 */
import type { NameToken } from './name-token.js';

/**
 * Stems, in any case form ("сенатору", "певицей", "тренера"). Not "глава", "председатель" or
 * "директор": they head bodies as often ("глава Минфина", "директор Департамента"); nor
 * "работа", whose author may be a firm.
 */
const PERSON_WORD_STEMS = [
  // Titles and occupations.
  'президент', 'премьер', 'министр', 'канцлер', 'королев', 'корол', 'принц', 'принцесс', 'герцог',
  'генерал', 'адмирал', 'маршал', 'полковник', 'тренер', 'наставник', 'певиц', 'певц', 'певец',
  'рэпер', 'музыкант', 'актёр', 'актер', 'актрис', 'режиссёр', 'режиссер', 'писател', 'поэт',
  'поэтесс', 'художник', 'композитор', 'дирижёр', 'дирижер', 'сенатор', 'депутат', 'губернатор',
  'мэр', 'госсекретар', 'посол', 'спикер', 'эмир', 'шейх', 'аятолл', 'мулл', 'патриарх',
  'епископ', 'митрополит', 'астронавт', 'космонавт', 'футболист', 'хоккеист', 'теннисист',
  'теннисистк', 'боксёр', 'боксер', 'вратар', 'нападающ', 'форвард', 'бизнесмен', 'миллиардер',
  'журналист', 'блогер', 'адвокат', 'прокурор', 'судь', 'лидер', 'основател', 'физик',
  'математик', 'философ', 'историк', 'дипломат', 'господин', 'госпож', 'коллег', 'соперник',
  'преемник', 'предшественник',
  // Kin.
  'сын', 'сыновь', 'дочь', 'дочер', 'жен', 'супруг', 'муж', 'вдов', 'брат', 'сестр', 'отц',
  'отец', 'мать', 'матер', 'внук', 'внучк',
];
/** A case ending after a stem. */
const ENDING = '(?:а|у|ом|ем|ой|ей|е|и|ы|ю|я|ью|ами|ям|ах|ях|ов|ев|ь)?';
/**
 * What befalls a person or stands around one: "после смерти Беттанкур", "об отставке Нечаса",
 * "режима Кастро", "сторонники Бандеры", "визит Моди", "слова Земана"; and below, "под
 * руководством Мадуро", "близкие Политковской", "к семье Мубарака", "в память Бандеры".
 */
const PERSON_EVENT_STEMS = [
  'смерт', 'гибел', 'убийств', 'арест', 'отставк', 'похорон', 'кончин', 'режим', 'правлени',
  'сторонник', 'противник', 'поклонник', 'соратник', 'окружени', 'визит', 'слов',
];
/** Whole phrases: a source of words, a work and its author, an event of a person's life. */
const PERSON_PHRASES = [
  'по словам', 'по мнению', 'по признанию', `картин${ENDING}`, `книг${ENDING}`, `роман${ENDING}`,
  `фильм${ENDING}`, `пьес${ENDING}`, `опер${ENDING}`, `симфони${ENDING}`, `песн${ENDING}`,
  `песен`, `стих${ENDING}`, `портрет${ENDING}`, `полотн${ENDING}`, `скульптур${ENDING}`,
  `произведени${ENDING}`, `сочинени${ENDING}`,
  ...PERSON_EVENT_STEMS.map((stem) => `${stem}${ENDING}`),
  'под руководством', 'в исполнении', 'семь(?:я|и|е|ю|ей)', 'близки(?:е|х|м)', `родственник${ENDING}`,
  `творчеств${ENDING}`, `биографи${ENDING}`, `наследи${ENDING}`, 'памяти', 'память',
];
const PERSON_WORD_BEFORE = new RegExp(
  `(?<!\\p{L})(?:(?:${PERSON_WORD_STEMS.join('|')})${ENDING}|${PERSON_PHRASES.join('|')}) $`, 'iu',
);
const LOOKBEHIND = 24;
const LATIN_LETTER = /[a-z]/;
const SECOND_CAPITAL = /\p{Lu}/u;
/**
 * An adjective of a place or a body opens the name of what the word heads: "губернатор
 * Чукотского округа", "депутатом Винницкого городского совета", "принц Кембриджский". A
 * surname of that shape is left to the rules and the threshold.
 */
const ADJECTIVE_ENDING = /(?:[сц]к|[нвт])(?:ий|ый|ая|ое|ого|ому|ой|ом|им|ым|ую|ие|их|ими)$/u;

export function isLoneNameAfterPersonWord(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (LATIN_LETTER.test(token.word) || ADJECTIVE_ENDING.test(token.word)) return false;
  // "по мнению СдПГ": an abbreviation of a party or a body.
  if (SECOND_CAPITAL.test(text.slice(token.start + 1, token.end))) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if ((token.joined && previous?.capitalised) || (next?.joined && next.capitalised)) return false;
  return PERSON_WORD_BEFORE.test(text.slice(Math.max(0, token.start - LOOKBEHIND), token.start));
}
