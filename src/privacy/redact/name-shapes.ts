/**
 * Word shapes of the parts of a person's name: "Иванова", "Ivanova" and "Досаевтың" are surnames
 * by their endings, "Петровна" and "Серікұлы" patronymics, "Мейрамбек" a Kazakh given name.
 */

/**
 * Russian and Kazakh surnames in Cyrillic: -ов/-ев/-ин and the feminine -ова/-ева/-ина in the
 * singular Russian cases, or with the Kazakh case ending Kazakh spelling puts after them
 * ("Тоқаевтың", "Пушкинге", "Қайдарованың"), or in the Kazakh plural of a family; -ский/-цкий; Ukrainian -енко/-ук/-юк; Georgian
 * -швили/-дзе. Kazakh words in -ын/-ін ("Бүгін", today) are not -ин surnames, which is why the
 * Cyrillic spelling is tested and not the name key.
 */
const CYRILLIC_SURNAME = new RegExp(
  [
    // "-ином" is a foreign surname's ("Дарвином"); "-овом" only a noun's ("словом", "уловом").
    '(?:ов|ев|ёв|ин)(?:а|у|ым|е|ой|ою)?$',
    'ином$',
    // "Ахметовқа", "Досаевке"; not "-овка", "-овке": "Остановка", "на парковке" are Russian
    // nouns, and Kazakh vowel harmony puts "-ке" after "-ев", never after "-ов".
    // A Russian surname takes either harmony, by the vowels of its root or the writer's ear
    // ("Мәлібековтің", "Ахметовтың"), and the possessive "-тікі", "-нікі" (that of) before or
    // after a case ending ("Мәлібековтікі").
    '(?:ов|ёв)(?:тың|тын|тің|қа|ты|ті|та|те|тан|тен|пен|тыкі|тікі)$',
    'ев(?:тың|тын|тің|қа|ка|ке|ты|ті|та|те|тан|тен|пен|тыкі|тікі)$',
    // Not "-инды", "-инға": Kazakh typed with Russian letters ("оинды", "магазинды", "админға").
    'ин(?:нің|нин|ге|ді|ди|де|нен|мен|нікі)$',
    '(?:ов|ев|ин)а(?:ның|нын|ға|га|ны|да|дан|мен|ныкі)$',
    // "Мавровскийдің", "Порошенкоға": the other Slavic endings with a Kazakh one; not an
    // adjective's "-ческий" ("ортопедическийдің"), nor "-ук" ("ноутбукпен", "продукты").
    '(?<!че)(?:ск|цк)ий(?:дің|дың|ге|ға|ді|ды|де|да|ден|дан|мен)$',
    '(?<!че)(?:ск|цк)ая(?:ның|ға|ны|да|дан|мен)$',
    'енко(?:ның|ға|ны|да|дан|мен)$',
    // A family in the Kazakh plural: "Кабировтар отбасы", "Ибрагимовтердің үйі".
    '(?:ов|ев)(?:тар|тер)(?:дың|дің|ға|ге|ды|ді|да|де|дан|ден|мен)?$',
    'ин(?:дар|дер)(?:дың|дің|ға|ге|ды|ді|да|де|дан|ден|мен)?$',
    '(?:ск|цк)(?:ий|ая|ой|ого|ому|им|ом|ую)$',
    '(?:енко|ук|юк|швили|дзе)(?:а|у|ом|е)?$',
  ].join('|'),
  'u',
);

/** The same in Latin letters, as passports and Kazakh Latin write them: "Ivanova", "Dosayev". */
const LATIN_SURNAME = /(?:ov|ev|in)a?$|(?:sky|skiy|skii|skaya|enko|uk|shvili|dze)$/;
const LATIN_LETTER = /[a-z]/;

/**
 * -ович/-евич/-ич and -овна/-евна/-инична/-итична/-ввична, declined ("Ильинична",
 * "Никитичны", "Саввичной"). A bare "-ична" is left out: "Личной", "Столичной", "Пограничной"
 * are adjectives far more often than a patronymic's case form.
 */
const PATRONYMIC = /(?:ovich|evich|ich)(?:a|u|em|e)?$|(?:ovn|evn|inichn|itichn|vvichn)(?:a|i|e|u|oi|oiu)$/;
/**
 * A patronymic's case forms never end in "-ый" or "-ий"; adjectives do, and their keys fold onto
 * a patronymic's: "Верховный" and "Ивановны", "Древний" and "Сергеевны", "Личный".
 */
const ADJECTIVE_ENDING = /(?:ый|ий)$/u;

/**
 * The Kazakh patronymic in Kazakh letters, "-ұлы" (son of) and "-қызы" (daughter of), after a
 * name of three letters or more, declined: "Серікұлы", "Асқарқызының". Adjectives never end so.
 */
const KAZAKH_PATRONYMIC = /^\p{L}{3,}(?:ұлы|қызы)(?:ның|на|нан|нда|мен|н)?$/u;

/**
 * The same in Russian or Latin spelling, "-улы", "-кызы", "-uly", "-qyzy": also the ending of
 * Kazakh adjectives ("Қарулы Күштер", armed forces), so it only counts beside a given name.
 */
const KAZAKH_PATRONYMIC_TRANSLITERATED = /^\p{L}{3,}(?:улы|кызы|uly|ulı|kyzy|qyzy|kızı)(?:ның|на|нан|нда|мен|н)?$/u;

/** `word` lower case. */
// LIMITATION: Armenian -ян is left out: it cannot be told from given names in -иан (Кристиан,
// Джулиан) by the ending; a list of Armenian surname stems would lift this.
export function isSurnameShaped(word: string): boolean {
  if (word.length < 4) return false;
  const surname = LATIN_LETTER.test(word) ? LATIN_SURNAME.test(word) : CYRILLIC_SURNAME.test(word);
  return surname || KAZAKH_PATRONYMIC_TRANSLITERATED.test(word);
}

/**
 * `word` (lower case) has a surname's ending, not counting the "-улы" that Kazakh adjectives
 * share: enough for a surname standing alone.
 */
export function hasSurnameEnding(word: string): boolean {
  if (word.length < 4) return false;
  return LATIN_LETTER.test(word) ? LATIN_SURNAME.test(word) : CYRILLIC_SURNAME.test(word);
}

/** `word` lower case. */
export function isPatronymic(key: string, word: string): boolean {
  return (key.length >= 5 && PATRONYMIC.test(key) && !ADJECTIVE_ENDING.test(word)) || KAZAKH_PATRONYMIC.test(word);
}

/**
 * Endings of Kazakh given names built from name elements: -бек, -жан, -гүл, -бай, -хан, -болат,
 * -ғали, -нұр, -сұлу ("Мейрамбек", "Әділхан", "Айнагүл"). Place names share some ("Азербайжан"),
 * so the rules take such a word for a given name only beside a surname or patronymic, and the
 * name classifier weighs it alone.
 */
const KAZAKH_GIVEN_NAME = /^\p{L}{2,}(?:бек|жан|гүл|гуль|бай|хан|болат|ғали|гали|нұр|нур|сұлу|сулу|айым|бол|зада|әлі)$/u;
/**
 * Places, sports and words shaped like names: "еңбек" (labour) opens the name of the Ministry
 * of Labour ("Еңбек және халықты әлеуметтік қорғау министрлігі", "Еңбек министрлігінің").
 */
const WORDS_SHAPED_LIKE_NAMES = new Set([
  'азербайжан', 'әзірбайжан', 'қытай', 'китай', 'шанхай', 'бомбей', 'өзбек', 'узбек', 'футбол',
  'волейбол', 'баскетбол', 'гандбол', 'бейсбол', 'софтбол', 'еңбек', 'енбек',
]);

/**
 * Kazakh case endings a given name takes in Kazakh text: "Селимжанға", "Әлімжанның",
 * "Мұратханмен".
 */
const KAZAKH_CASE_ENDING =
  /(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен)$/u;

/** `word` lower case, in the nominative or with a Kazakh case ending. */
export function isKazakhGivenNameShaped(word: string): boolean {
  const nominative = word.replace(KAZAKH_CASE_ENDING, '');
  return KAZAKH_GIVEN_NAME.test(nominative) && !WORDS_SHAPED_LIKE_NAMES.has(nominative);
}
