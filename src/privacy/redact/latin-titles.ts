/**
 * Russian and Kazakh news quote songs, albums, films, firms and papers in English: "It's My
 * Life", "Talk Talk", "Public Health England", "World Fashion Channel". Their capitalised words
 * look like a foreign name to the name classifier. A run of Latin words holding an English
 * function word or a word firms and titles are made of is such a title.
 */

/**
 * English words that are not persons' names. Left out on purpose: words that are also common
 * given names or surnames (Will, Mark, Grace, Rose, Day, King, Love, Young, West, Park, Moon,
 * Sun, White, Black, Green, Brown, Ford, Fox, Street names like Hall or Wood).
 */
const TITLE_WORDS = new Set(`
the a an of and or in on at to for from by with without is are was were be been am it its it's
i i'm you you're he she we they my your his her our their me us them this that these those what
who which when where why how not no never always all any some every each just only also very
more most can can't cannot don't doesn't won't shall would should could may might must do does
did have has had get got make made let go going come like life live night time world girl boy
man men woman women people home house heart dream dreams good bad new old big best last first
one two three here there now then up down out over under again away back off into through about
after before while if so but yet because
group company corporation corp inc ltd llc plc holding holdings bank capital partners associates
management asset assets finance financial consulting invest investment investments insurance
logistics trading trade development construction realty estate
fund foundation institute university college school academy center centre hospital clinic
health news times daily weekly journal magazine press media tv radio channel network records
music studio studios pictures films entertainment games software systems technologies
technology tech solutions services airlines airways motors energy oil gas steel mining power
industries international national global european american british united union federation
association society council committee party club team league cup championship sport sports
football models fashion project road square city state republic kingdom royal public free open
star stars sky sea ocean river lake island north south east central grand
`.split(/\s+/).filter((word) => word !== ''));

/**
 * Makes, firms and apps of residents' daily life: "Acer Iconia", "Kaspi Gold". They make a title
 * of the words beside them, but not of a person named there by the lists: "Kurier Yandex Dauren
 * Abenov", "Wolt Aigerim Saparova" name a courier after the app.
 */
const BRAND_WORDS = new Set(`
audi toyota lexus hyundai kia chevrolet nissan honda mazda subaru volkswagen skoda bmw
samsung xiaomi huawei apple iphone android acer asus lenovo kaspi halyk yandex google whatsapp
telegram instagram tiktok youtube facebook wildberries ozon glovo wolt indrive uber bolt
`.split(/\s+/).filter((word) => word !== ''));

/**
 * Words of a street's or a district's name in English and Kazakh Latin, after the name: "Abay
 * Ave", "Zhambyl St.", "Al-Farabi Avenue", "Satbaev kóshesi", "Abay dańǵyly". The Cyrillic ones
 * are read by the name finder. The Kazakh ones are stems, read with any ending.
 */
const STREET_WORDS = ['street', 'avenue', 'road', 'boulevard', 'lane', 'highway', 'prospekt', 'district', 'microdistrict'];
/** Abbreviations, with their dot or without. */
const STREET_ABBREVIATIONS = ['st', 'ave', 'rd', 'blvd'];
const KAZAKH_STREET_STEMS = ['koshe', 'köşe', 'kóshe', 'dangyl', 'dañğyl', 'dańǵyl'];
/** Words for a venue in lower case after its name: "Grin clinic", "Ziipin network". */
const VENUE_WORDS = ['clinic', 'center', 'centre', 'shop', 'store', 'mall', 'cafe', 'hotel', 'market', 'network', 'app', 'bank'];

/**
 * The lower-case words of a title run, without initials: in "Saparov A. ne otvetil" and
 * "Ivanov I.I." the initials are no English "a" or "I" to make the run a title.
 */
function titleWords(text: string, at: number, run: string): string[] {
  const words: string[] = [];
  for (const word of run.matchAll(/[^ \t-]+/g)) {
    const end = at + word.index + word[0].length;
    if (word[0].length === 1 && text.charCodeAt(end) === 0x2e) continue;
    words.push(word[0].toLowerCase().replace(APOSTROPHES, "'"));
  }
  return words;
}

/**
 * A title's words: capitalised Latin words, with the short lower-case words titles hold between
 * them ("Bank of East Asia", "Queen of the Night"). An English sentence's lower-case words end
 * the run, so a name inside a sentence ("John Smith complained about the road") is read alone,
 * not as part of a title made of the whole sentence. A street or venue word in lower case after
 * the name ends the run: "Rozybakiev street", "Satbaev kóshesinde", "Grin clinic", also after a
 * Kazakh title in lower case ("Abylai khan avenue", "Tole bi street").
 */
const TITLE_RUN = new RegExp(
  "[A-Z][A-Za-z'’ʼ-]*(?:(?:[ \\t]+(?:of|the|for|de|du|la|le|von|van|&))*[ \\t]+[A-Z0-9][A-Za-z0-9'’ʼ-]*)*" +
    `(?:[ \\t]+(?:bi|batyr|khan|han)(?!\\p{L}))?` +
    `(?:[ \\t]+(?:${[...STREET_WORDS, ...STREET_ABBREVIATIONS, ...KAZAKH_STREET_STEMS, ...VENUE_WORDS].join('|')})[\\p{L}.]*)?`,
  'gu',
);

const STREET_WORD = new RegExp(
  `^(?:${[...STREET_WORDS, 'prospect'].join('|')}|(?:${STREET_ABBREVIATIONS.join('|')})\\.?|` +
    `(?:${[...KAZAKH_STREET_STEMS, 'audan', 'aýdan'].join('|')})\\p{L}*)$`,
  'u',
);
const APOSTROPHES = /[’ʼ]/g;

/**
 * Whether the Latin word at `start`..`end` of `text` is part of an English title or firm name:
 * 'title', 'brand' when only a make, firm or app's name makes it one (a person the lists name
 * beside it stays a person), or null.
 */
export function latinTitleKind(text: string, start: number, end: number): 'title' | 'brand' | null {
  const from = Math.max(0, start - 60);
  TITLE_RUN.lastIndex = from;
  for (let match = TITLE_RUN.exec(text); match !== null && match.index < end; match = TITLE_RUN.exec(text)) {
    if (match.index + match[0].length < start) continue;
    const words = titleWords(text, match.index, match[0]);
    if (words.length === 1 && SENTENCE_WORDS.has(words[0]!)) return 'title';
    if (words.some((word) => TITLE_WORDS.has(word) || STREET_WORD.test(word) || KAZAKH_TITLES.has(word))) return 'title';
    return words.some((word) => BRAND_WORDS.has(word)) ? 'brand' : null;
  }
  return null;
}

/**
 * English words that are also given names, alone with a capital at a sentence's start: "Will the
 * akimat fix it?", "Bill for water is too high", "Mark your calendars". Beside a capitalised
 * surname ("Will Smith") they are read as a name.
 */
const SENTENCE_WORDS = new Set([
  'will', 'may', 'mark', 'bill', 'bills', 'grace', 'rose', 'hope', 'faith', 'joy', 'summer',
  'dawn', 'chase', 'hunter', 'frank', 'sue', 'pat', 'art', 'guy', 'dean', 'miles', 'june', 'april',
  'august', 'max', 'ray', 'rob', 'drew', 'jack', 'sky', 'lily', 'ruby', 'amber', 'olive', 'victor',
]);

/**
 * Kazakh titles in the names of Almaty's streets and districts, in Latin letters: "Tole Bi",
 * "Kazybek Bi", "Kabanbai Batyr", "Abylai Khan".
 */
const KAZAKH_TITLES = new Set(['bi', 'batyr', 'batyra', 'batyr-a', 'khan', 'khana']);

/**
 * English prepositions of place: a capitalised word after them that no list names is a town, a
 * country, a venue or a club ("in San Diego", "at Stamford Bridge", "from Birmingham"), far more
 * often than a person; a listed given name after them ("to Sarah", "with John Smith") is named.
 */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^A-Za-z])(?:in|at|from|near|into|across|outside|around|towards|via)[ \t]+$/i;

/** Whether the Latin word at `start` follows an English preposition of place. */
export function followsEnglishPlacePreposition(text: string, start: number): boolean {
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
