/**
 * A word on no list before a Kazakh word of kinship or respect said of one person: "Эльбрус
 * атаның жасы сексеннен асқан", "Ағынтай батыр", "Жақсылық ақсақал да келді", "Аяз ата". In a
 * Kazakh sentence only a person's name stands there, and the names of old people and heroes
 * the word honours are often on no list, or are also words ("Жақсылық", goodness).
 */
import type { NameToken } from './name-token.js';
import { PERSON_ROLE } from './person-roles.js';
import { isStreetName } from './street-pairs.js';

/**
 * The title and a case ending or "his", but not "my", "our", "your": "Асыл әжем" (my dear
 * grandmother), "Майдангер атаңыз" (your grandfather, a veteran) honour with an epithet.
 */
const TITLE_AFTER = new RegExp(
  '^[ \\t](?:(?:ата|апа|аға|ағай|апай|әже|ақсақал|қажы|батыр)(?:с?[ыі])?' +
    '(?:н?[ыі]ң|[дт][ыі]ң|[ғгқк][аеә]|н?[ыі]|[дтн][аеә]н?|мен|пен|бен)?' +
    // In Latin letters: "Baurjan ağai", "Kúlpash apaı", "Erjan aǵaǵa".
    '|(?:ata|apa|apaı|apai|aga|aǵa|ağa|agai|aǵaı|aǵai|ağai|ağay|äje|aje|aqsaqal|qajy|batyr)' +
    '(?:[sn]?[ıiy]|[nd]?[ıiy]ń|[ǵgğqk][aeä]|[dtn][aeä]n?|men|pen|ben)?)(?![\\p{L}-])' +
    // "ата ана" (parents), "ата заң" (the constitution); a place named after a hero: "Өтеген
    // батыр кенті", "Қабанбай батыр ауданы".
    '(?! (?:ана|анас|заң|кент|аудан|ауыл|елді|көше|даңғыл|шағын|саябақ|ауылдық|ana|anas|zań|zan|kent|audan|auyl|aýyl|eldi|köshe|koshe|kóshe|dańǵyl|dangyl|shaǵyn|shagyn|saiabaq|saıabaq))',
  'u',
);
const TITLE_LOOKAHEAD = 24;
/** The letters the titles open with. */
const TITLE_OPENING = 'аәқбaäqb';
/**
 * Roles and epithets before a title, by their endings: "Модератор ағай", "Ардагер ата", "Күшті
 * апай" (a cool teacher), "Бұрынғы аға" (the former reader); greetings ("Саламатсызба апай",
 * "Ассалаумағалейкум аға") and roles on the list ("Папа", "Кассир").
 */
// "-берді" ends given names (Тілеуберді, Құдайберді), not epithets.
const EPITHET_ENDING = /(?:шы|ші|гер|кер|тор|ист|ант|ғы|гі|қы|кі|лы|лі|ты|ті|ды|(?<!бер)ді|сыз|сіз)$/u;
/** The same endings in Latin letters: "Muǵalim apaı" is a role, "Jaqsy aǵa" an epithet. */
const LATIN_EPITHET_ENDING = /(?:shy|shi|sy|si|ger|ker|tor|ist|ant|[ǵğg][yı]|gi|q[yı]|ki|l[yı]|li|t[yı]|ti|d[yı]|(?<!ber)di|s[yı]z|siz|im|ım)$/u;
const GREETING = /^(?:ас)?с[аә]л[аеәу]/u;
const ROLE = new RegExp(`^(?:${PERSON_ROLE})$`, 'u');
const VOWEL = /[аәеиоөұүыіэюяёaeiouyäöüıáóúé]/u;
/** A people's name as an epithet: "Қазақ батыры" (a Kazakh hero), "Орыс апай" (the Russian woman). */
const PEOPLES: ReadonlySet<string> = new Set([
  'қазақ', 'казак', 'орыс', 'ұйғыр', 'өзбек', 'қырғыз', 'татар', 'неміс', 'кәріс', 'түрік', 'дүнген',
  'шешен', 'башқұрт', 'украин', 'тәжік', 'түрікмен', 'қытай', 'араб', 'моңғол', 'ноғай',
  'qazaq', 'kazakh', 'kazak', 'orys', 'uıǵyr', 'uighur', 'ózbek', 'ozbek', 'uzbek', 'qyrǵyz', 'tatar', 'nemis',
]);
/** Pronouns and pointing words opening a sentence: "Саған апай жібереді" (the teacher sends you). */
const PRONOUNS = new Set([
  'мен', 'сен', 'сіз', 'ол', 'біз', 'олар', 'маған', 'саған', 'сізге', 'оған', 'бізге', 'оларға', 'менің',
  'сенің', 'сіздің', 'оның', 'біздің', 'олардың', 'осы', 'сол', 'бұл', 'мына', 'ана', 'әлгі', 'кейбір',
  'men', 'sen', 'siz', 'biz', 'olar', 'maǵan', 'saǵan', 'oǵan', 'meniń', 'seniń', 'sizdiń', 'onyń',
  'bizdiń', 'osy', 'sol', 'bul', 'myna', 'ana', 'álgi', 'algi', 'keıbir', 'keibir',
]);
/** A letter only Kazakh has, in Cyrillic or in a Latin alphabet of Kazakh ("ǵ", "ğ", "ı", "q"). */
const KAZAKH_LETTER = /[әғқңөұүһіǵğıńúáäöüq]/u;
const SHORTEST = 3;

/** Whether `word` (lower case) names a people: an epithet before a title or after an occupation. */
export function isPeoplesName(word: string): boolean {
  return PEOPLES.has(word);
}

/** Whether `tokens[index]`, the last capitalised word of its run, is a person's name before a title. */
export function isNameBeforeKazakhTitle(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  // Most words have no title after them: the letter opening the next word is looked at first.
  if (text[token.end] !== ' ' || !TITLE_OPENING.includes(text[token.end + 1] ?? '')) return false;
  // A listed given name is named before any kin word already; an Almaty street's name stays
  // one before its hero's title ("Қабанбай батырдан бұрылыңыз").
  if (token.given === 'given' || token.place || token.subject || !token.capitalised) return false;
  if (isStreetName(token.word)) return false;
  if (token.word.length < SHORTEST || !VOWEL.test(token.word) || PEOPLES.has(token.word)) return false;
  if (PRONOUNS.has(token.word)) return false;
  if (LATIN_EPITHET_ENDING.test(token.word)) return false;
  if (EPITHET_ENDING.test(token.word) || GREETING.test(token.word) || ROLE.test(token.word)) return false;
  const next = tokens[index + 1];
  if (next !== undefined && next.joined) return false;
  return TITLE_AFTER.test(text.slice(token.end, token.end + TITLE_LOOKAHEAD)) && KAZAKH_LETTER.test(text);
}
