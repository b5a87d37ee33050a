/**
 * Kazakh words of kinship and respect that residents put after a person's given name: "Сауле
 * апай", "Ерлан ага", "Гульнара тате", "Айгерим апайымыз", "Бауыржан аға", "Серик-ага",
 * "Мадина ханым". With a case or possessive ending ("апайға", "ағайдың"), in Kazakh letters or
 * typed on a Russian keyboard, and the Russian "братан", "сестрёнка" used so. Only a person's
 * name stands before them.
 */
const KIN_ADDRESS_STEMS = [
  'апай', 'апа', 'ага', 'аға', 'ағай', 'агай', 'тате', 'тәте', 'әпке', 'апке', 'көке', 'коке',
  'жеңеше', 'женеше', 'жеңге', 'женге', 'байке', 'бауыр', 'ата', 'әже', 'аже', 'ханым', 'мырза',
  'apai', 'apa', 'aga', 'agai', 'agay', 'tate', 'khanym', 'hanym', 'myrza',
  // Latin Kazakh, in the 2021 alphabet ("aǵa", "apaı") and in Turkish letters ("ağai").
  'aǵa', 'aǵaı', 'aǵai', 'ağa', 'ağai', 'ağay', 'apaı', 'ata', 'äje', 'aje', 'äpke', 'apke', 'köke', 'koke', 'täte',
  'baike', 'bäike',
  // The Russian ones residents use the same way: "Серик братан", "Айгерим сестренка".
  'братан', 'братишка', 'сестренка', 'сестрёнка',
];
/**
 * "жан" (dear) only glued by a hyphen ("Дана-жан"): after a space it is "soul" ("адам жаны");
 * so too the calling "-ай", "-ау" ("Ақжан-ай, қайдасың?", "Ерлан-ау"), a moon and a net apart.
 */
const HYPHENATED_ONLY_STEMS = ['жан', 'zhan', 'ай', 'ау', 'ai', 'au'];

/**
 * Kazakh possessive and case endings after a kin word ("апайымыздың", "ағайға", "апасы"); not
 * any letters, or "ағаш" (a tree) and "апат" (an accident) would be kin words.
 */
const POSSESSIVE = '(?:[ыі]?м[ыі]з|[ыі]?ңыз|[ыі]?ңіз|[ыі]?м|[ыі]?ң|с[ыі])';
const CASE = '(?:н?[ыі]ң|[дт][ыі]ң|[ғгқк][аеә]|н?[ыі]|[дтн][аеә]н?|мен|пен|бен)';
const KIN_ADDRESS_WORD = `(?:${KIN_ADDRESS_STEMS.join('|')})${POSSESSIVE}?${CASE}?`;
const HYPHENATED_KIN_WORD = `(?:${[...KIN_ADDRESS_STEMS, ...HYPHENATED_ONLY_STEMS].join('|')})${POSSESSIVE}?${CASE}?`;
const HYPHEN = '[-‐‑]';

/** The kin word glued to the name by a hyphen: "Серик-ага", "Айгерим-апай", "Дана-жан". */
export const HYPHENATED_KIN_ADDRESS = new RegExp(`^${HYPHEN}${HYPHENATED_KIN_WORD}(?!\\p{L})`, 'u');

/**
 * A word right before a kin word, after a space or a hyphen, in lower case or in capitals:
 * "гульнара апай", "ерлан аға", "айгерим-апай", "САУЛЕ АПАЙ", "ERLAN AGA". Group 1 is the word.
 */
export const WORD_BEFORE_KIN_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(\\p{L}{3,})(?:[ \\t]${KIN_ADDRESS_WORD}|${HYPHEN}${HYPHENATED_KIN_WORD})(?![\\p{L}-])`,
  'giu',
);

/** A kin word right after a name, after a space or a hyphen: "Сауле апай", "Серик-ага". */
export const KIN_ADDRESS_AFTER = new RegExp(
  `^(?:[ \\t]${KIN_ADDRESS_WORD}|${HYPHEN}${HYPHENATED_KIN_WORD})(?![\\p{L}-])`,
  'u',
);

/**
 * Two words in lower case, the second ending like a patronymic: "айгерим нурлановна", "aigerim
 * nurlanovna", "асқар серікұлы". Groups 1 and 2 are the words.
 */
export const LOWER_CASE_WORD_BEFORE_PATRONYMIC = new RegExp(
  '(?<![\\p{L}\\p{N}-])(\\p{Ll}{3,})[ \\t]+(\\p{Ll}{2,}(?:овн|евн|ович|евич|ovn|evn|ovich|evich|' +
    'қызы|ұлы|кызы|улы|qyzy|kyzy|uly)\\p{Ll}{0,3})(?![\\p{L}-])',
  'gu',
);

/**
 * Cheap tests that pass over most posts: a kin word's or a patronymic's letters somewhere, before
 * the searches above look at every word.
 */
export const KIN_ADDRESS_TEST = new RegExp(
  `(?<=[ \\t]|${HYPHEN})(?:${[...KIN_ADDRESS_STEMS, ...HYPHENATED_ONLY_STEMS].join('|')})`,
  'iu',
);
export const PATRONYMIC_TEST = /овн|евн|вич|ovn|evn|vich|ұлы|улы|uly|қызы|кызы|qyzy|kyzy/u;
