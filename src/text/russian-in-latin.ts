/**
 * Russian typed in Latin letters ("pochemu opyat net goryachey vody?"), as residents write it on
 * a phone without a Cyrillic keyboard. Such a post is read in Cyrillic for analysis, so that its
 * issues, districts and sentiment are found as in any Russian post; the stored text keeps its
 * letters.
 *
 * A text is taken for transliterated Russian when it has no Cyrillic letters and enough of its
 * words are Russian function words as transliterated, well ahead of the English, Kazakh and
 * Uzbek words it also has. The words chosen mean nothing in those languages: "no", "net", "da",
 * "to", "my" and "on" are English words, "men", "bul" and "jol" Kazakh, "bu" and "va" Uzbek.
 */
import { CHARACTER_CLASSES, CYRILLIC, LATIN } from './character-class.js';

// Russian function words and a few common verbs and adverbs of complaint, each in the spellings
// residents use: х as "h" or "kh", й as "y", "j" or "i", ш/ч/ж as two letters, я/ю as "ya"/"ja".
const RUSSIAN_WORDS: ReadonlySet<string> = new Set([
  'chto', 'shto', 'chtoby', 'chtob', 'eto', 'etot', 'eta', 'eti', 'etogo', 'etom', 'etoy', 'etoi',
  'etoj', 'kak', 'uzhe', 'uje', 'tolko', "tol'ko", 'eshe', 'eshche', 'esche', 'ili', 'dazhe',
  'esli', 'kogda', 'gde', 'kto', 'chem', 'pri', 'pod', 'nad', 'bez', 'cherez', 'posle', 'pered',
  'kotoryy', 'kotoryi', 'kotoriy', 'kotoryj', 'kotoraya', 'kotorye', 'kotoryye', 'kotorie', 'byl',
  'byla', 'bylo', 'byli', 'budet', 'budut', 'yest', 'ochen', "ochen'", 'tam', 'zdes', "zdes'",
  'seychas', 'sejchas', 'seichas', 'sechas', 'tozhe', 'toje', 'takzhe', 'mozhno', 'mojno',
  'nuzhno', 'nujno', 'nado', 'pochemu', 'potomu', 'kakoy', 'kakoi', 'kakoj', 'kakie', 'kakiye',
  'svoy', 'svoi', 'svoj', 'sebya', 'seb', 'mezhdu', 'okolo', 'protiv', 'snova', 'opyat', 'opyat\'',
  'opiat', 'opjat', 'voobshe', 'voobshche', 'vobshe', 'mne', 'menya', 'menja', 'mena', 'nas', 'nam',
  'vam', 'vas', 'ego', 'yego', 'ih', 'ikh', 'oni', 'ona', 'ono', 'dlya', 'dlja', 'dla', 'vse',
  'vsyo', 'vsio', 'vsem', 'vsekh', 'vseh', 'tak', 'ty', 'vy', 'nash', 'nashi', 'nashego', 'vash',
  'zhiteli', 'jiteli', 'lyudi', 'ludi', 'ljudi', 'gorod', 'goroda', 'gorode', 'v', 'vo', 'k', 's',
  'iz', 'ot', 'ob', 'obo', 'na', 'po', 'ne', 'za', 'pro', 'ni', 'li', 'ko', 'ee', 'yeye', 'zhe', 'je', 'by', 'uzh', 'nikto', 'nichego', 'nichego', 'nikogda',
  'sdelali', 'sdelat', 'sdelayte', 'pochinit', 'pochinite', 'pochinili', 'rabotaet', 'rabotayet',
  'nelzya', 'nelzja', 'skolko', "skol'ko", 'khvatit', 'hvatit', 'kogo', 'komu', 'kuda', 'otkuda',
  'zachem', 'poka', 'spasibo', 'pozhaluysta', 'pojaluysta', 'pozhalujsta', 'pojalusta',
  'horosho', 'khorosho', 'ploho', 'plokho', 'uzhasno', 'ujasno', 'voda', 'vody', 'svet', 'doroga',
  'dorogi', 'dorogu', 'avtobus', 'avtobusy', 'akimat', 'akimata', 'akimatu', 'rayon', 'rayone',
  'raione', 'rajone', 'ulitse', 'ulice', 'ulitsa', 'ulica', 'dom', 'doma', 'dvor', 'dvore',
  'ya', 'ja', 'nu', 'vot', 'ved', 'potom', 'prosto', 'vsegda', 'sovsem', 'luchshe', 'khuzhe',
  'khotya', 'hotya', 'davno', 'skoro', 'segodnya', 'segodnia', 'vchera', 'zavtra', 'pochti',
  'mnogo', 'malo', 'bolshe', "bol'she", 'menshe', 'tut', 'teper', "teper'", 'vsyo', 'kakaya',
  'nikak', 'nikogo', 'ves', 'vsya', 'svoikh', 'svoih', 'svoim', 'tebya', 'tebe', 'sebe', 'emu',
  'yemu', 'ney', 'nego', 'nikh', 'nih', 'togo', 'tomu', 'tem', 'tom', 'toy', 'tot', 'tolko',
  // Nouns of residents' complaints.
  'sveta', 'probki', 'probka', 'probok', 'musor', 'musora', 'uzhas', 'dnya', 'dney', 'nedelyu',
  'nedeli', 'mesyats', 'goda', 'chasa', 'utra', 'vecherom', 'nochyu', 'deti', 'detey', 'shkola',
  'shkoly', 'bolnitsa', 'poliklinika', 'trotuar', 'trotuare', 'yama', 'yamy', 'snega', 'gryaz',
  'vozdukh', 'vozduh', 'otopleniya', 'otopleniye', 'otoplenie', 'tarif', 'tseny', 'ceny',
  // "net sveta", "net vody": "net" is English too, but rarely in a post with no English word.
  'net', 'gaza', 'tepla', 'vodi', 'goryachey', 'goryachei', 'kholodnoy', 'lifta', 'mkr', 'mkrn',
]);

// Words that are also English, Kazakh or Uzbek and count for those: a text that has more of them
// than Russian words is not read as Russian.
const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set([
  // English
  'the', 'and', 'is', 'are', 'was', 'were', 'of', 'to', 'in', 'for', 'with', 'not', 'this',
  'that', 'it', 'you', 'we', 'be', 'have', 'has', 'had', 'will', 'would', 'can', 'from', 'by',
  'at', 'or', 'but', 'they', 'he', 'she', 'his', 'her', 'their', 'our', 'your', 'an',
  'as', 'if', 'so', 'what', 'when', 'where', 'who', 'why', 'how', 'there', 'here', 'all',
  'yes', 'does', 'did', 'up', 'out', 'about', 'more', 'been', 'which', 'just', 'like', 'get',
  'me', 'him', 'them', 'its', 'than', 'then', 'only', 'also', 'very', 'some', 'any', 'one',
  // Kazakh, typed in Latin with or without the 2021 alphabet's marks
  'men', 'ben', 'pen', 'jane', 'jäne', 'bul', 'osy', 'sol', 'emes', 'kerek', 'joq', 'jok',
  'bar', 'dep', 'degen', 'olar', 'ushin', 'üşın', 'turaly', 'qala', 'qalasy', 'jol', 'biraq',
  'birak', 'eken', 'boldy', 'bolady', 'qazir', 'kazir', 'bizdin', 'sizdin', 'ote', 'öte', 'ma',
  'me', 'ba', 'be', 'goi', 'ğoi', 'gana', 'ğana', 'nege', 'qalai', 'qalay', 'kalay', 'jaqsy',
  'jaksy', 'zhok', 'zhane', 'ushun',
  // Uzbek
  'va', 'bilan', 'uchun', 'ham', 'hamda', 'bu', 'shu', 'ular', 'lekin', 'ammo', 'yoki', 'kerak',
  'hozir', 'haqida', 'orqali', 'kabi', 'esa', 'juda', 'edi', 'deb', 'bor', 'uning',
]);

/**
 * The Cyrillic reading of `text` when it is Russian typed in Latin letters, or null. Redaction
 * placeholders ("[NAME]") and words in capitals of two or more letters (abbreviations) are kept
 * as they are.
 */
export function russianInLatin(text: string): string | null {
  if (!readsAsRussian(text)) return null;
  return text.replace(LATIN_WORD, (word, offset: number) =>
    isPlaceholder(text, offset, word.length) || isAbbreviation(word) ? word : cyrillicOf(word));
}

// A run of Latin letters with the apostrophe that stands for ь.
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]*)*/g;
// A word of Latin letters of any kind, to count the words of other languages.
// Uzbek's o‘ and g‘ ("ko‘ra", "yo‘l") keep their mark inside the word, which makes it no Russian one.
const ANY_LATIN_WORD = /[\p{Script=Latin}\p{M}ʻʼ]+(?:['’‘ʻ][\p{Script=Latin}\p{M}]*)*/gu;
const ASCII_WORD = /^[a-z']+$/;

function readsAsRussian(text: string): boolean {
  let latinLetters = 0;
  for (let index = 0; index < text.length; index++) {
    const characterClass = CHARACTER_CLASSES[text.charCodeAt(index)];
    if (characterClass === CYRILLIC) return false;
    if (characterClass === LATIN) latinLetters++;
  }
  if (latinLetters < 6) return false;

  let words = 0;
  let russian = 0;
  let other = 0;
  for (const match of text.matchAll(ANY_LATIN_WORD)) {
    const word = match[0];
    if (isPlaceholder(text, match.index, word.length)) continue;
    const lower = word.toLowerCase().replace(/’/g, "'");
    words++;
    // Letters with marks ("jäne", "qoʻl", "ş") are Kazakh, Uzbek or Turkish, never Russian.
    if (OTHER_LANGUAGE_WORDS.has(lower) || !ASCII_WORD.test(lower)) other++;
    // Lower-case "i" is Russian "и"; English writes its "I" in capitals.
    else if (word === 'i') russian++;
    else if (RUSSIAN_WORDS.has(lower) || RUSSIAN_WORDS.has(lower.replace(/'/g, ''))) russian++;
    else if (hasRussianEnding(lower)) russian += 0.5;
  }
  if (words < 2) return false;
  // A short post ("Opyat net sveta", "Musor ne vyvozyat") has room for one function word and a
  // Russian ending; with no word of another language that is enough.
  if (words <= 4 && russian >= 1.5 && other === 0) return true;
  return russian >= 2 && russian >= words * 0.2 && russian > 2 * other;
}

// Endings of Russian adjectives, reflexive verbs and plural genitives as transliterated; they
// end almost no English or Kazakh word.
const RUSSIAN_ENDING = new RegExp(`(?:${[
  '[^aeiou][oe]go', '[^aeiou]y[yij]', '[^aeiou]iy', '[^aeiou]aya', '[^aeiou]o[y]?e', '[^aeiou]yye',
  '(?:sk|n|v|l|zh|sh|ch)oy', '[^aeiou][yi]kh', '[^aeiou][yi]h', '[^aeiou][y]?akh', 'ami', 'i[y]?[au]',
  '[^aeiou]yat', '[^aeiou]yut', '[aeiou]yut', '[aeiou]yat',
  'ii', 'n[i]?ye', 'nie', 'stvo', 'ost\'?', 'ts[y]?a', 's[yi]a', '[^aeiou][ae]yet', '[^aeiou][au]et',
].join('|')})$`);

function hasRussianEnding(word: string): boolean {
  return word.length >= 5 && RUSSIAN_ENDING.test(word);
}

function isPlaceholder(text: string, offset: number, length: number): boolean {
  return text[offset - 1] === '[' && text[offset + length] === ']';
}

function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase();
}

// Letter groups first, longest first; then single letters.
const GROUPS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yo', 'ё'], ['jo', 'ё'], ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['ye', 'е'],
  ['je', 'е'],
];

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', w: 'ш',
  x: 'х', q: 'к', "'": 'ь', '’': 'ь',
};

const VOWEL_LETTERS = new Set('aeiouy');

// Words that begin with э; any other word-initial "e" is е ("eshche", "esli", "ego").
const E_WORDS = /^(?:et[oaiu]|etim|etikh|etih|ekolog|elektr|etazh|ekonom|ekskurs|ekzam|ekstren|ekspert|evakuats)/;

/** The Cyrillic letters of one Latin word, its capital kept. */
function cyrillicOf(word: string): string {
  const lower = word.toLowerCase();
  let result = '';
  let index = 0;
  while (index < lower.length) {
    const rest = lower.slice(index);
    const previous = lower[index - 1];
    if (rest === 'tsya') {
      // The reflexive ending of verbs: "delaetsya", "nravitsya".
      result += 'тся';
      break;
    }
    if (rest.startsWith('ye') && previous !== undefined && !VOWEL_LETTERS.has(previous)) {
      // A hard sign before е after a consonant: "podyezd", "obyekt", "vyezd".
      result += 'ъе';
      index += 2;
      continue;
    }
    const group = GROUPS.find(([latin]) => rest.startsWith(latin));
    // After a vowel "yo" is й and о ("rayon", "mayor"), elsewhere ё ("yolka", "vsyo").
    const yoAfterVowel = group?.[0] === 'yo' && previous !== undefined && VOWEL_LETTERS.has(previous);
    if (group !== undefined && !yoAfterVowel) {
      result += group[1];
      index += group[0].length;
      continue;
    }
    const letter = lower[index] as string;
    if (letter === 'y') {
      // After a consonant "y" is ы ("my", "byl"); at the start or after a vowel it is й ("moy").
      result += previous !== undefined && !VOWEL_LETTERS.has(previous) ? 'ы' : 'й';
    } else if (letter === 'e' && index === 0) {
      result += E_WORDS.test(lower) ? 'э' : 'е';
    } else {
      result += LETTERS[letter] ?? letter;
    }
    index++;
  }
  return word[0] !== lower[0] ? result[0]!.toUpperCase() + result.slice(1) : result;
}
