/**
 * A verb of what a person did right after two lower-case words, the first a listed given name:
 * "aigerim sapar kómektesti", "ержан төлеу келді", "айгерим сапар помогла". Kazakh surnames are
 * now often a father's given name on no list, or a word too (сапар is a journey), and residents
 * typing on a phone write the whole name in lower case. Such a verb takes no object in the
 * nominative, so the word between the given name and the verb is the rest of the subject: the
 * surname, unless it is an adverb or a particle ("aigerim búgin keldi", "айгерим сама помогла")
 * or carries a case ending ("ержан жұмыстан келді").
 */
import { isParticleOrAdverb } from './adjectives-before-nouns.js';

/**
 * The verb's stems, Kazakh in Cyrillic, typed with Russian letters and in the Latin alphabet of
 * 2021: helped, came, left, talked, got in touch, said, wrote, asked, explained, called, scolded,
 * mended, showed, checked, sent.
 */
const KAZAKH_STEMS =
  'көмектес|комектес|кел|кет|сөйлес|сойлес|хабарлас|айт|жаз|сұра|сура|түсіндір|тусиндир|шақыр|шакыр|' +
  'ұрыс|урыс|жөнде|жонде|көрсет|корсет|тексер|жібер|жибер';
const LATIN_KAZAKH_STEMS =
  'k[óoö]mektes|kel|ket|s[óoö]iles|s[óoö]yles|habarlas|xabarlas|khabarlas|a[ıi]t|jaz|zhaz|sura|' +
  't[úu]sindir|shaqyr|shakyr|urys|j[óo]nde|zhonde|k[óo]rset|tekser|jiber|zhiber';
/** Past, present, converb, perfect and their negatives: "келді", "келеді", "келіп", "келмеді". */
const KAZAKH_ENDINGS =
  'т[іи]|д[іи]|ты|ды|ед[іи]|ады|ади|йд[ыі]|йди|ып|[іи]п|п|ыпты|[іи]пт[іи]|пты|ген|кен|ған|қан|ган|кан|' +
  'мад[ыі]|мед[іи]|пад[ыі]|пед[іи]|бад[ыі]|бед[іи]';
const LATIN_KAZAKH_ENDINGS =
  'ti|di|ty|dy|edi|ady|[ıi]dy|yp|ip|p|ypty|ipti|pty|gen|ken|ǵan|qan|gan|kan|mady|medi|pady|pedi|bady|bedi';
/** Russian verbs of a neighbour's or an official's deed, and the same in Latin letters. */
const RUSSIAN_VERBS =
  '(?:по)?мог(?:ла|ли)?|пришл[аи]|приш[её]л|приходил[аи]?|сказал[аи]?|(?:по)?звонил[аи]?|написал[аи]?|' +
  'ответил[аи]?|обещал[аи]?|объяснил[аи]?|починил[аи]?|нахамил[аи]?|накричал[аи]?|отказал[аи]?|' +
  'pomog(?:la|li)?|prishl[ai]|prish[eo]l|skazal[ai]?|(?:po)?zvonil[ai]?|napisal[ai]?|otvetil[ai]?';
const DEED_AFTER = new RegExp(
  `^[ \\t]+(?:(?:${KAZAKH_STEMS})(?:${KAZAKH_ENDINGS})|деді|дейді|депті|` +
    `(?:${LATIN_KAZAKH_STEMS})(?:${LATIN_KAZAKH_ENDINGS})|dedi|de[ıiy]di|depti|${RUSSIAN_VERBS})(?![\\p{L}-])`,
  'u',
);

/**
 * Kazakh adverbs, particles and pronouns that stand between a subject and its verb: today,
 * yesterday, now, again, oneself, still, only, soon, then, together.
 */
const KAZAKH_ADVERBS = new Set(`
бүгін бугин кеше ертең ертен қазір казир тағы тагы өзі озі әлі али енді енди ылғи ылги жаңа жана
кейін кейин сосын содан тез ерте кеш бірден бирден бірге бирге ғана гана қана тек әрең жақында
жакында міне мине олар біз сен сіз сиз барлығы бәрі бари
búgin bugin keshe erteń erten qazir kazir taǵy tagy ózi ozi áli endi ylǵı ylgi jańa jana keıin
keyin sosyn sodan tez erte kesh birden birge ǵana gana qana tek áreń jaqynda mine olar biz sen siz
bári bari
`.split(/\s+/).filter((word) => word !== ''));
/**
 * The case endings such a word may not carry (dative, ablative, locative, instrumental,
 * genitive, and the accusative after a vowel or a voiceless consonant): "жұмыстан келді",
 * "úıge keldi", "шындықты айтты". The accusative "-ды/-ді" is left: fathers' names end so
 * (Әбді), and a leak costs more than a word.
 */
const CASE_ENDING = new RegExp(
  '(?:ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|да|де|та|те|мен|бен|пен|ның|нің|дың|дің|тың|тің|ны|ні|ты|ті|' +
    'ǵa|ga|ge|qa|ke|dan|den|tan|ten|nan|nen|da|de|ta|te|men|ben|pen|nyń|niń|dyń|diń|tyń|tiń|ny|ni|ty|ti)$',
  'u',
);
/**
 * A converb before the verb is part of the deed: "erlan sharshap keldi" (came tired), "айгерим
 * жүгіріп келді". A father's name ending so (Жақып) is redacted only where it is listed.
 */
const CONVERB = /(?:[ыіиаеэ]п|yp|ip|ap|ep)$/u;
const SHORTEST_FATHERS_NAME = 4;

/** Whether a verb of a person's deed opens `after`, the text after the two words. */
export function isDeedAfter(after: string): boolean {
  return DEED_AFTER.test(after.slice(0, 40));
}

/** Whether `word` (lower case), between a given name and a verb of a deed, may be a father's name. */
export function mayBeFathersNameBeforeDeed(word: string): boolean {
  if (word.length < SHORTEST_FATHERS_NAME || CASE_ENDING.test(word) || CONVERB.test(word)) return false;
  return !KAZAKH_ADVERBS.has(word) && !isParticleOrAdverb(word);
}
