/**
 * Bashkir and Tatar told apart by what each writes and the other does not, beyond Bashkir's own
 * letters ҡ ҙ ҫ and Tatar's җ. The detectors and the vote confuse the two on short text and on
 * text with few such letters ("Кешеләр миллионлап вафат булыр ине" is Bashkir, "Симска 20 яшь
 * иде" Tatar); their function words, one letter and a few endings settle most of it:
 *
 * - function words the other spells otherwise: Bashkir "менән", "өсөн", "ине", "кеүек";
 *   Tatar "белән", "өчен", "иде", "кебек" (in NTREX dev sentences "менән" is in 178
 *   Bashkir ones and no Tatar one, "белән" in 183 Tatar ones and no Bashkir one);
 * - ғ, which Tatar never writes (it writes г: Bashkir "булған", Tatar "булган"; 769 of 1,053
 *   Bashkir dev sentences have it, no Tatar one);
 * - the genitive after a consonant: Tatar keeps -ның ("Сандерлендның", "Трампның"), Bashkir
 *   assimilates it to -дың, -тың ("Андерсондың", "Трамптың"): each in 230-260 sentences of its
 *   language, none of the other's;
 * - a word opening with һ before у, ы, е or ү: Bashkir's native һ where Tatar has с ("һуң" /
 *   "соң", "һыу" / "су", "һорау" / "сорау" aside); Tatar's һ is in Arabic and Persian loans
 *   ("һәм", "һава", "һич", "һөҗүм"); and the possessive after a vowel, -һы, -һе where Tatar
 *   writes -сы, -се ("группаһы" / "группасы": 447 Bashkir dev sentences, no Tatar one);
 * - "year": Bashkir "йыл", "йылдан", Tatar "ел", "елдан"; "this": Bashkir "был", Tatar "бу";
 * - the plural after a consonant: Bashkir assimilates it, -тар after a voiceless consonant and
 *   -дар after з ж л м н ң ("эштәре", "ресторандар"), Tatar writes -лар, and -нар after м н ң
 *   ("эшләре", "рестораннар"): in 254 and 406 dev sentences of each, 3 and 6 of the other's;
 * - ч in a word with ә: Tatar's native ч, where Bashkir writes с ("эчендә" / "эсендә",
 *   "берничә" / "бер нисә"); Bashkir has ч in Russian loans only, and Kyrgyz and Mongolian,
 *   which have native ч, have no ә.
 */

/** Bashkir words Tatar writes otherwise, without ҡ ҙ ҫ, which tell Bashkir on their own. */
const BASHKIR_WORDS: ReadonlySet<string> = new Set([
  'менән', 'өсөн', 'тураһында', 'уның', 'уны', 'һуң', 'һуңғы', 'буйынса', 'тине', 'ине',
  'улар', 'булған', 'сөнки', 'көнө', 'әммә', 'яңы', 'минең', 'беренсе', 'икенсе', 'итеү',
  'кеүек', 'нисә', 'ғына', 'йома', 'тиклем', 'йәки', 'итергә', 'бөтә',
  'йәшлек', 'һин', 'һеҙ',
]);

/**
 * Words Bashkir and Tatar write alike and Russian, Kazakh and Kyrgyz do not: "бик" (very),
 * "булды" (became), "инде" (already), "бер" (one). Each is in 24 to 191 of the NTREX dev
 * Bashkir and Tatar sentences and in none of the Russian, Kazakh or Kyrgyz ones; they are marks
 * of either language, not of one ("Интернетта был видео бик популяр булды" read as Russian).
 */
const BASHKIR_AND_TATAR_WORDS: ReadonlySet<string> = new Set([
  'бер', 'шулай', 'бик', 'ике', 'булып', 'итте', 'булды', 'итеп', 'инде',
]);

/**
 * Bashkir "был" (this; Tatar "бу"), a Russian word too, and so not on the list: it tells Bashkir
 * from Tatar, not from Russian (175 of 1,053 NTREX dev Bashkir sentences, no Tatar one).
 */
const BASHKIR_THIS = 'был';

/** Tatar words Bashkir writes otherwise. */
const TATAR_WORDS: ReadonlySet<string> = new Set([
  'белән', 'өчен', 'бу', 'дип', 'аның', 'үз', 'турында', 'диде', 'иде', 'көнне', 'булган',
  'ук', 'буенча', 'яңа', 'әмма', 'яхшы', 'соңгы', 'шимбә', 'чөнки', 'тиеш', 'хәзер',
  'зур', 'үзенең', 'кебек', 'беренче', 'икенче', 'узган', 'тарафыннан', 'яшьлек', 'вакытта',
  'кадәр', 'торган', 'аларның', 'безнең', 'гына', 'ярдәм', 'белдерде', 'булырга', 'син', 'сез',
]);

const LETTER = 'а-яёәөүңһіқғұҡҙҫҗ';
const WORD = new RegExp(`[${LETTER}]+`, 'gu');
const CONSONANT = 'бвгджзклмнңпрстфхцчшщ';
const TATAR_GENITIVE = new RegExp(`[${CONSONANT}](?:ның|нең)$`, 'u');
const BASHKIR_GENITIVE = new RegExp(`[${CONSONANT}](?:дың|дең|тың|тең)$`, 'u');
const BASHKIR_INITIAL_H = /^һ(?:[уыеү]|и[нң])/u;
const BASHKIR_POSSESSIVE = /[аоуыя]һы|[әеиөүю]һе/u;
const BASHKIR_YEAR = /^йыл/u;
const TATAR_YEAR = /^ел(?:да|дан|ның|лар|ны|га)/u;
// Bashkir's not after с ("старт"), before ь or т ("календарь", "стандарт") nor in a causative
// infinitive ("үткәрергә"); Tatar's not at the start of a word ("Кларк") nor in an infinitive
// ("эшләргә").
const BASHKIR_PLURAL = /(?:[кптфхцчшщ]т|[зжлмнң]д)[аә]р(?![тгғь]|[еы]р[гғ])/u;
const TATAR_PLURAL = /.(?:[бвгджзкпстфхцчшщ]л|[мнң]н)[аә]р(?![гғ][аә])/u;
const TATAR_CH = /ч.*ә|ә.*ч/u;

export interface BashkirTatarWords {
  /** Words with a mark of Bashkir: a listed word, "был", ғ, or one of its endings. */
  readonly bashkir: number;
  readonly tatar: number;
  /**
   * Words on the lists, of either language or of both ("бик", "булды"): Kazakh shares ғ and
   * the genitive -дың, -тың, -ның, but none of the words.
   */
  readonly listed: number;
}

/** How many words of `text` (normalised, lower case) look Bashkir and how many Tatar. */
export function bashkirTatarWords(text: string): BashkirTatarWords {
  let bashkir = 0;
  let tatar = 0;
  let listed = 0;
  for (const word of text.match(WORD) ?? []) {
    if (word.includes('җ')) continue;
    if (BASHKIR_WORDS.has(word) || TATAR_WORDS.has(word) || BASHKIR_AND_TATAR_WORDS.has(word)) listed++;
    if (BASHKIR_WORDS.has(word) || word === BASHKIR_THIS || word.includes('ғ') || BASHKIR_GENITIVE.test(word) ||
      BASHKIR_INITIAL_H.test(word) || BASHKIR_POSSESSIVE.test(word) || BASHKIR_YEAR.test(word) ||
      BASHKIR_PLURAL.test(word)) {
      bashkir++;
    } else if (TATAR_WORDS.has(word) || TATAR_GENITIVE.test(word) || TATAR_YEAR.test(word) ||
      TATAR_PLURAL.test(word) || TATAR_CH.test(word)) {
      tatar++;
    }
  }
  return { bashkir, tatar, listed };
}
