/**
 * A word alone that a verb of contact points at: residents tell whom they called, wrote to,
 * asked or complained to ("Обратилась к Еркебулану", "позвонила Бахыту", "Дозвонилась до
 * Мадияра", "Pozvonila Bakhytu"; in Kazakh the verb follows: "Мен Еркебуланнан сұрадым",
 * "Жанарға хабарластым"). Many such names are on no list, or are also words (бақыт, жанар),
 * and the name classifier, which learned from news, left them. A capitalised word in a case
 * form the verb takes is the person called there.
 */
import type { NameToken } from './name-token.js';
import type { RedactionSpan } from './redaction-kind.js';
import { isSentenceOpening } from './sentence-opening.js';

/**
 * A Russian verb of contact and the preposition it takes, right before the word: dative
 * ("позвонила", "написал", "передайте", "скинула", "пожаловалась", "обратилась к"), genitive
 * ("дозвонилась до", "спросите у") and instrumental ("договорились с", "поговорила с").
 * Not "сообщил", "рассказал", "заявил", "сказал": news write them before agencies ("сообщил
 * Интерфаксу", "сказал Би-Би-Си").
 */
const RUSSIAN_CONTACT_VERBS = [
  '(?:по)?звони(?:л|ла|ли|ть|те|м)?', 'позвоню', 'написал[аи]?', 'напиш(?:у|и|ите)', 'передал[аи]?',
  'переда(?:й|йте|м)', 'скажи(?:те)?', 'скинул[аи]?', 'скинь(?:те)?', 'отправил[аи]?',
  'ответил[аи]?', 'пожаловал(?:ся|ась|ись)', 'жаловал(?:ся|ась|ись)', 'обратил(?:ся|ась|ись) к',
  'обращал(?:ся|ась|ись) к', 'обращусь к', 'обратитесь к', 'подош(?:ёл|ел|ла|ли) к', 'ходил[аи]? к',
  'дозвонил(?:ся|ась|ись) до', 'дозвониться до', 'спросил[аи]? у', 'спроси(?:те)? у', 'узнал[аи]? у',
  'узнайте у', 'попросил[аи]? у', 'договорил(?:ся|ась|ись) с', 'поговорил[аи]? с', 'созвонил(?:ся|ась|ись) с',
  'связал(?:ся|ась|ись) с', 'переписывал(?:ся|ась|ись) с',
].join('|');
const RUSSIAN_CONTACT_VERB = new RegExp(`^(?:${RUSSIAN_CONTACT_VERBS})$`, 'iu');

/** The same typed in Latin letters, as Russian is on a phone without Cyrillic. */
const LATIN_CONTACT_VERB = new RegExp(
  '^(?:' + [
    '(?:po)?zvonil[ai]?', 'napisal[ai]?', 'peredal[ai]?', 'peredaj(?:te)?', 'peredai(?:te)?', 'skazal[ai]?',
    'skinul[ai]?', 'obratil(?:sya|as|is) k', 'dozvonil(?:sya|as|is) do', 'sprosil[ai]? u', 'pogovoril[ai]? s',
    'dogovoril(?:sya|as|is) s',
  ].join('|') + ')$',
  'i',
);
/** The prepositions those verbs take, which stand between the verb and the name. */
const PREPOSITIONS = new Set(['к', 'ко', 'до', 'у', 'с', 'со', 'k', 'do', 'u', 's']);

/** What a declined name ends in after those verbs: "Бахыту", "Динаре", "Мадияра", "Данияром". */
const OBLIQUE_CASE_ENDING = /(?:[уюеиыая]|[ое]й|[ое]м|ым|им)$/u;
const LATIN_OBLIQUE_CASE_ENDING = /(?:u|yu|iu|e|i|y|a|ya|ia|om|em|oi|oy|ei|ey|ym)$/;

/**
 * A Kazakh name before a verb of contact in the case it takes: dative ("Жанарға хабарластым",
 * "Айгүлге айттым", "Ерланға жібердім", "Асқарға көмектестім"), ablative ("Еркебуланнан
 * сұрадым"), instrumental ("Айдоспен сөйлестім", "Жанармен кездестім"),
 * also typed with Russian letters and in the Latin alphabet of 2021.
 */
const KAZAKH_CASE_AND_VERB_AFTER = new RegExp(
  '^(?:' +
    '(?:ға|ге|қа|ке|га|ка) (?:айт|хабарлас|хабар бер|жаз|қоңырау|коңырау|конырау|звон|жолық|жолык|жібер|жибер|' +
      'көмектес|комектес|түсіндір|тусиндир)|' +
    '(?:дан|ден|тан|тен|нан|нен) (?:сұра|сура|біл|бил)|' +
    '(?:мен|бен|пен) (?:сөйлес|сойлес|хабарлас|келіс|келис|звон|кездес|таныс)|' +
    '(?:ga|ge|qa|ke|ka) (?:ait|habarlas|jaz|qońyraý|konyrau)|(?:dan|den|tan|ten|nan|nen) (?:sura|bil)|' +
    '(?:men|ben|pen) (?:sóiles|soiles|habarlas|kelis)' +
  ')',
  'u',
);

/**
 * Titles and bodies residents write with a capital out of respect after the same verbs:
 * "обратилась к Президенту", "написала Акиму", "позвонила Оператору"; bodies and ministries'
 * short names ("обратились к Евросоюзу", "поговорили с Минэкономразвития").
 */
const TITLE_OR_BODY = new RegExp(
  '^(?:президент|премьер|министр|аким|әкім|мэр|губернатор|депутат|директор|начальник|руководител|' +
    'глав[аеуы]|ректор|сенатор|оператор|админ|модератор|менеджер|бог|господ|всевышн|аллах|омбудсмен|' +
    'прокурор|полици|служб|поддержк|акимат|әкімдік|министерств|ведомств|управлени|департамент|' +
    'евросоюз|союз|совет|комитет|фонд|банк|суд|парламент|правительств|кабмин|конгресс|сенат|' +
    'мин(?:эконом|фин|юст|здрав|обр|труд|оборон|транс|энерг|сельхоз|культ|спорт|цифр|пром|строй|природ|просвещ))',
  'u',
);

/** "Би-Би-Си", "Би-Лайн": an abbreviation spelt out, no name. */
const INNER_CAPITAL = /\p{Lu}/u;
const LATIN_LETTER = /[a-z]/;

/** Whether `tokens[index]`, alone among capitalised words, is a person a verb of contact names. */
export function isNamedByContactVerb(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.capitalised || token.place || token.subject || token.initial || token.word.length < 3) return false;
  const latin = LATIN_LETTER.test(token.word);
  const declined = latin ? LATIN_OBLIQUE_CASE_ENDING.test(token.word) : OBLIQUE_CASE_ENDING.test(token.word);
  // Neither a Russian verb's case nor a Kazakh given name: most capitalised words end here.
  if (!declined && token.given === undefined) return false;
  // The verb may open the sentence with a capital ("Позвонила Бахыту"); a word after the name
  // makes a longer name, the other rules' to read.
  const next = tokens[index + 1];
  if (next?.joined && next.capitalised) return false;
  if (TITLE_OR_BODY.test(token.word) || INNER_CAPITAL.test(text.slice(token.start + 1, token.end))) return false;

  if (declined && (latin ? LATIN_CONTACT_VERB : RUSSIAN_CONTACT_VERB).test(verbBefore(text, token.start))) return true;
  if (token.joined && tokens[index - 1]?.capitalised) return false;
  return isKazakhNameBeforeContactVerb(text, token);
}

/**
 * The word before `start`, with the one before it when it is a preposition ("обратилась к"):
 * looked up whole, which is far cheaper than searching the characters before every word.
 */
function verbBefore(text: string, start: number): string {
  if (text[start - 1] !== ' ') return '';
  const wordStart = wordStartBefore(text, start - 1);
  const word = text.slice(wordStart, start - 1);
  if (!PREPOSITIONS.has(word.toLowerCase()) || text[wordStart - 1] !== ' ') return word;
  return text.slice(wordStartBefore(text, wordStart - 1), start - 1);
}

/**
 * Where the word that ends at `end` begins: after the last space, line break or other character
 * that is no letter ("—позвонила", "(написала").
 */
function wordStartBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && LETTER.test(text[at - 1]!)) at--;
  return at;
}

const LETTER = /\p{L}/u;

/**
 * Only a word the lists or its shape make a given name: a capitalised noun stands there too
 * ("Техподдержкаға жазып", "Записке жаздым"). A name that is also a word counts opening a
 * sentence too ("Жанарға хабарластым": no one calls a gaze), unless the word is one for a
 * person ("Адаммен сөйлесуді білмейді", talking to people).
 */
function isKazakhNameBeforeContactVerb(text: string, token: NameToken): boolean {
  if (token.given === undefined) return false;
  const written = text.slice(token.start, token.end).toLowerCase();
  const cut = kazakhCaseBeforeContactVerb(written, text.slice(token.end, token.end + 16));
  if (cut === 0) return false;
  const opening = isSentenceOpening(text, token.start);
  return !opening || token.given !== 'ambiguous' || !NOUNS_FOR_A_PERSON.has(written.slice(0, -cut));
}

/** Kazakh words for a person that are also given names: "адам" (a person, people). */
const NOUNS_FOR_A_PERSON = new Set(['адам']);

/**
 * The length of the case ending of `written` (lower case) that the verb of contact opening
 * `after` takes, or 0: "жанарға" before " хабарластым" gives 2.
 */
function kazakhCaseBeforeContactVerb(written: string, after: string): number {
  for (let cut = 3; cut >= 2; cut--) {
    if (written.length - cut < 3) continue;
    if (KAZAKH_CASE_AND_VERB_AFTER.test(written.slice(-cut) + after)) return cut;
  }
  return 0;
}

/** A Russian verb of contact in lower case (or opening a sentence) and the word right after it. */
const WORD_AFTER_RUSSIAN_CONTACT_VERB = new RegExp(
  `(?<![\\p{L}-])(?:${RUSSIAN_CONTACT_VERBS})[ \\t]+(\\p{L}{3,})(?![\\p{L}-])`,
  'dgiu',
);
/**
 * A Kazakh verb of contact after a space; the word before it is looked at only where one
 * stands, which is far cheaper than trying every word.
 */
const KAZAKH_CONTACT_VERB_AFTER_SPACE = new RegExp(
  ' (?:айт|хабарлас|хабар бер|жаз|қоңырау|коңырау|конырау|звон|жолық|жолык|жібер|жибер|көмектес|комектес|' +
    'түсіндір|тусиндир|сұра|сура|біл|бил|сөйлес|сойлес|келіс|келис|кездес|таныс)',
  'gu',
);
const SHORTEST_KAZAKH_FORM = 5;
const CASE_ENDING_LAST_LETTERS = new Set(['а', 'е', 'н']);
/** A cheap test that passes over most posts: the Russian verbs' stems. */
const RUSSIAN_CONTACT_TEST = new RegExp(
  ['звон', 'жалова', ...['напис', 'напиш', 'переда', 'скаж', 'скин', 'отправ', 'ответ', 'обрат', 'обращ', 'подош',
    'ходил', 'спрос', 'узна', 'попрос', 'договор', 'поговор', 'связал', 'переписыв']
    .flatMap((stem) => [stem, stem[0]!.toUpperCase() + stem.slice(1)])].join('|'),
  'u',
);
const ALL_LOWER_CASE = /^\p{Ll}+$/u;

/**
 * A listed given name in lower case that a verb of contact points at, as residents type on a
 * phone: "позвоните ерлану", "написала айгерим", "айгүлге айттым", "ерланнан сұрадым". Only
 * names that are no ordinary word (`isGivenName` asks the lists for 'given' ones): "серікпен
 * келістім" is agreeing with a partner, "жанарға" may be a gaze's.
 */
export function findLowerCaseNamesByContactVerb(text: string, isGivenName: (word: string) => boolean): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const push = (match: RegExpExecArray | RegExpMatchArray): void => {
    const [start, end] = match.indices![1]!;
    spans.push({ start, end, kind: 'name' });
  };
  if (RUSSIAN_CONTACT_TEST.test(text)) {
    for (const match of text.matchAll(WORD_AFTER_RUSSIAN_CONTACT_VERB)) {
      const word = match[1]!;
      if (!ALL_LOWER_CASE.test(word) || TITLE_OR_BODY.test(word) || !isGivenName(word)) continue;
      push(match);
    }
  }
  for (const verb of text.matchAll(KAZAKH_CONTACT_VERB_AFTER_SPACE)) {
    // Every case ending those verbs take ends in "а", "е" or "н": "-ға", "-ге", "-дан", "-мен".
    if (!CASE_ENDING_LAST_LETTERS.has(text[verb.index - 1] ?? '')) continue;
    const start = wordStartBefore(text, verb.index);
    const word = text.slice(start, verb.index);
    if (word.length < SHORTEST_KAZAKH_FORM || text[start - 1] === '-') continue;
    // The case ending first: most words before "білім", "айтты" take none the verb wants.
    if (kazakhCaseBeforeContactVerb(word, text.slice(verb.index, verb.index + 16)) === 0) continue;
    if (ALL_LOWER_CASE.test(word) && isGivenName(word)) spans.push({ start, end: verb.index, kind: 'name' });
  }
  return spans;
}
