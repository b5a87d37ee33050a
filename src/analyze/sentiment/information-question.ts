/**
 * A post that asks for information: "Где получить справку?", "Кто знает, во сколько открывается
 * ЦОН?", "Анықтаманы қайдан алуға болады?", "Anyone know a good cafe?". The overall model read
 * most questions as negative (on RuSentiTweet train it called 358 of 535 questions negative, of
 * which 359 are neutral). Questions that complain are left out: why and until when ("почему",
 * "сколько можно", "неге", "қашанға дейін"), "когда уже", indignation ("это нормально?", "кто
 * разрешил?", "?!"). Read on the normalised text (lower case, ё as е).
 */
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { hasLatinOutsidePlaceholders } from './either-script.js';

// A link, emoji or smiley may follow the question mark: 'во сколько ты ушел??? https://t.co/…'.
const ENDS_WITH_QUESTION = /\?(?:[\s\p{Extended_Pictographic}\u{FE0F})(]|https?:\/\/\S+)*$/u;

const RHETORICAL_RU =
  'почему|зачем|доколе|сколько можно|сколько еще|когда уже|когда же|кто разрешил|кто ответит' +
  '|это нормально|это как|как так|что за|как вообще|куда смотр\\p{L}*|где (?:же )?(?:акимат|власт)\\p{L}*';
const RHETORICAL_KK = '[кқ]алай сонда|[кқ]алай бол[гғ]аны|неге|[кқ]ашан[гғ]а дейін|[кқ]ашанға шейін|[кқ]айда [кқ]арап';
const RHETORICAL_EN = 'why|how long|seriously';

// "…мүлдем мүмкін емес, сонда??": "сонда" (then, so) closing a question asks "so what now?".
const RHETORICAL = new RegExp(
  `(?<![\\p{L}\\d])(?:${RHETORICAL_RU}|${RHETORICAL_KK}|${RHETORICAL_EN})(?![\\p{L}])|\\?!|!\\?` +
  '|(?<![\\p{L}])сонда\\s*\\?',
  'u',
);

// Words that ask where, when, how to or who knows ("қалай" only with what to do: "қалай сонда?"
// and "ол қалай болғаны?" are "how come?"): the question wants an answer, not sympathy.
const SEEKING_RU =
  'где|куда|откуда|во сколько|сколько стоит|подскажите|не подскажете|кто знает|кто-нибудь знает' +
  '|кто-то знает|можно ли|есть ли|как (?:записаться|получить|попасть|доехать|оформить|узнать|найти)';
const SEEKING_KK =
  '[кқ]айда|[кқ]айдан|[кқ]ашан|[кқ]анша|[кқ]алай (?:\\p{L}+ ){0,2}\\p{L}*(?:у[гғкқ][аеә]|болады)|к[иі]м б[иі]лед[иі]|айтып ж[иі]бер\\p{L}*' +
  '|айты[нң]ызшы|бола ма|бар ма';
const SEEKING_EN = 'where|when|anyone know|does anyone|is there|how (?:do|can|to)';
const SEEKING = new RegExp(
  `(?<![\\p{L}\\d])(?:${SEEKING_RU}|${SEEKING_KK}|${SEEKING_EN})(?![\\p{L}])`,
  'u',
);


/**
 * How `normalised` asks: 'seeking' when its question asks where, when or how to ("Во сколько
 * открывается ЦОН?"), 'asking' for another question that does not complain, undefined for no
 * question or a complaining one.
 */
export function informationQuestion(normalised: string): 'seeking' | 'asking' | undefined {
  if (!normalised.includes('?') || !ENDS_WITH_QUESTION.test(normalised)) return undefined;

  const text = hasLatinOutsidePlaceholders(normalised) ? kazakhLatinToCyrillic(normalised) : normalised;
  if (RHETORICAL.test(normalised) || RHETORICAL.test(text)) return undefined;
  return SEEKING.test(normalised) || SEEKING.test(text) ? 'seeking' : 'asking';
}
