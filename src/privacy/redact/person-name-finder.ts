import type { Subject } from '../../project/project.js';
import { nameBracketedPairs } from './bracketed-names.js';
import { nameCoordinatedNames } from './coordinated-names.js';
import { nameDashPairedNames } from './dash-paired-names.js';
import { nameParticleSurnames } from './name-particles.js';
import { withOriginalSpellings } from './original-script-names.js';
import { isNotANameWord } from './not-name-words.js';
import { isKoreanSurname } from './korean-surnames.js';
import { isOrdinaryWordReading } from './ordinary-word-readings.js';
import { isInQuotedTitle } from './quoted-titles.js';
import { unnameKazakhBodyNames } from './kazakh-body-names.js';
import {
  isGivenNameBeginningPetForm, isGivenNameDiminutive, isPetFormOfUnambiguousName,
} from './given-name-diminutives.js';
import { isBeforePastVerb } from './lone-subject-of-past-verb.js';
import { isEnglishCuedName } from './english-cued-names.js';
import { isAdjectiveBeforeNoun } from './adjectives-before-nouns.js';
import { isCommonPluralVerb } from './opening-verbs.js';
import { gluedHashtagWords, isHashtagGap, withWholeNameHashtags } from './hashtag-words.js';
import { givenNameIndex, type GivenNameClass } from './given-name-index.js';
import {
  HYPHENATED_KIN_ADDRESS, KIN_ADDRESS_AFTER, KIN_ADDRESS_TEST, LOWER_CASE_WORD_BEFORE_PATRONYMIC, PATRONYMIC_TEST,
  WORD_BEFORE_KIN_ADDRESS,
} from './kin-address-words.js';
import type { NameClassifier } from './name-classifier.js';
import { nameKey } from './name-key.js';
import { findNamesByCue, type NameLookup } from './names-by-cue.js';
import { isAddressedName } from './addressed-names.js';
import { isDeclinedKazakhShapedName } from './kazakh-shaped-names.js';
import { isNameBeforeKazakhTitle } from './names-before-kazakh-titles.js';
import { isNamedByKazakhCue } from './kazakh-person-cues.js';
import { isNamedBeforeKazakhSpeechVerb } from './names-before-kazakh-verbs-of-speech.js';
import { isAdjectiveSurnameAfterGivenName, readAdjectiveAfterRole } from './adjective-shaped-surnames.js';
import { isDeedAfter, mayBeFathersNameBeforeDeed } from './deeds-after-a-lower-case-name.js';
import { findLowerCaseNamesByContactVerb, isNamedByContactVerb } from './names-after-contact-verbs.js';
import { findLowerCaseNameHashtags } from './lower-case-name-hashtags.js';
import { titleCaseNamesInCapitals, type NamePart } from './names-in-capitals.js';
import { hasSurnameEnding, isKazakhGivenNameShaped, isPatronymic, isSurnameShaped } from './name-shapes.js';
import type { NameToken as Token } from './name-token.js';
import { PERSON_ROLE, PERSON_ROLE_BEFORE, PERSON_ROLE_LOOKBEHIND } from './person-roles.js';
import { isSentenceOpening } from './sentence-opening.js';
import type { RedactionSpan } from './redaction-kind.js';
import { pointsAtPerson } from './street-names.js';
import { isStreetName, isStreetPair } from './street-pairs.js';
import { SubjectNames } from './subject-names.js';
import { surnameIndex, type SurnameIndex } from './surname-index.js';
import { isAdjectiveStreetReading } from './adjective-street-names.js';
import { isFirmWordAfterTown, isReviewWord } from './review-words.js';
import { isTownReading } from './town-names.js';
import { listedWords } from './name-lists.js';
import { AMBIGUOUS_GIVEN_NAMES } from './names/ambiguous-given-names.js';
import { worldPlaceKeys } from './world-place-index.js';
import { isEnglishPlaceName } from './english-place-names.js';

/**
 * Words that begin with a capital letter (and single capitals, which may be initials). Lower-case
 * words are never part of a name here, so only the gaps between capitalised words are looked at:
 * a gap of spaces joins two words into one run, anything else ends the run.
 */
const CAPITALISED_WORD = /(?<!\p{L})\p{Lu}\p{L}*(?:[-'’]\p{L}+)*/gu;
const UPPER_CASE = /\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;
/** "О’Рейли", "О'Тул", "Д’Алема": an Irish or Italian surname's particle and apostrophe. */
const SECOND_LETTER_LOWER = /^(?:.|[ОД]['’]\p{Lu})\p{Ll}/u;
/**
 * Capitals ending a Cyrillic word after lower-case letters: "ҚазҰУ", "КазНУ", "КазГАСА" are
 * universities' abbreviations. "МакКартни", "ДиКаприо" go on in lower case.
 */
const CYRILLIC_INNER_CAPITAL = /[а-яёәіңғүұқөһ][А-ЯЁӘІҢҒҮҰҚӨҺ]+$/u;
const SPACES = /^[ \t]{1,3}$/;
/** What joins an initial to the next word: "А. Иванов", "А.Б. Иванов". */
const AFTER_INITIAL = /^\.[ \t]?$/;

/**
 * Words before which a name is a street, a square or a stop, not a person: "улица Толе би",
 * "проспекта Абая", "ул. Жандосова", "мкр. Самал". Residents locate a problem by them, so the
 * name stays. A namesake is not among them: in "школа имени Чайковского", "памятник Пушкину"
 * the name is a person's, and redacting it costs a reader nothing of where the problem is.
 */
const PLACE_WORDS = [
  'улица', 'улицы', 'улице', 'улицу', 'улицей', 'ул', 'проспект', 'проспекта', 'проспекте',
  'проспекту', 'пр', 'пр-т', 'пр-кт', 'просп', 'переулок', 'переулка', 'переулке', 'пер',
  'бульвар', 'бульвара', 'бульваре', 'б-р', 'площадь', 'площади', 'пл', 'микрорайон',
  'микрорайона', 'микрорайоне', 'мкр', 'мкрн', 'мкр-н', 'шоссе', 'трасса', 'трассы', 'трассе',
  'парк', 'парка', 'парке', 'сквер', 'сквера', 'сквере', 'станция', 'станции',
  'ст', 'остановка', 'остановки', 'остановке', 'остановку', 'станцию',
  'пересечение', 'пересечении', 'угол', 'углу', 'перекресток', 'перекрестке', 'перекрёсток',
  'перекрёстке', 'перекрестка', 'перекрёстка', 'street', 'avenue', 'ave', 'st',
];
const PLACE_WORD_SET = new Set(PLACE_WORDS);
/** Abbreviations take a dot ("ул. Жандосова"); after a whole word a dot ends the sentence. */
const PLACE_ABBREVIATIONS = ['ул', 'пр', 'пр-т', 'пр-кт', 'просп', 'пер', 'б-р', 'пл', 'мкр', 'мкрн', 'мкр-н', 'ст', 'ave', 'st'];
const PLACE_ABBREVIATION_SET = new Set(PLACE_ABBREVIATIONS);
/**
 * Words for a country's or a town's parts and for natural places: the word after them is a
 * place's name ("штате Колорадо", "земли Гессен", "префектуре Канагава", "острове Сахалин"),
 * unless a given name or a surname's shape says a person follows ("глава республики Рустам").
 */
const REGION_WORDS = [
  'штат', 'штата', 'штате', 'земля', 'земли', 'земле', 'провинция', 'провинции', 'префектура',
  'префектуры', 'префектуре', 'округ', 'округа', 'округе', 'графство', 'графства', 'графстве',
  'департамент', 'департамента', 'департаменте', 'кантон', 'кантона', 'кантоне', 'область',
  'области', 'регион', 'региона', 'регионе', 'республика', 'республики', 'республике', 'край',
  'края', 'крае', 'город', 'города', 'городе', 'городок', 'городка', 'городке', 'село', 'села',
  'селе', 'деревня', 'деревни', 'деревне', 'посёлок', 'посёлка', 'посёлке', 'поселок', 'поселка',
  'поселке', 'остров', 'острова', 'острове', 'полуостров', 'полуострова', 'полуострове', 'река',
  'реки', 'реке', 'озеро', 'озера', 'озере', 'залив', 'залива', 'заливе', 'пролив', 'пролива',
  'проливе', 'мыс', 'мыса', 'мысе', 'гора', 'горы', 'местность', 'местности', 'аул', 'аула', 'ауле',
];
const REGION_WORD_BEFORE = new RegExp(`(?<!\\p{L})(?:${REGION_WORDS.join('|')}) $`, 'iu');
const PLACE_WORD = `(?:${PLACE_WORDS.join('|')}) ?|(?:${PLACE_ABBREVIATIONS.join('|')})\\. ?`;
const PLACE_WORD_BEFORE = new RegExp(`(?<!\\p{L})(?:${PLACE_WORD})$`, 'iu');
/**
 * "улица имени Абая", "ул. им. Жандосова", "проспекта имени Назарбаева": a street named with
 * "имени" is still a street, though "имени" alone makes a namesake ("школа имени Абая").
 */
const PLACE_WORD_AND_NAMESAKE_BEFORE = new RegExp(`(?<!\\p{L})(?:${PLACE_WORD})(?:имени|им\\.) ?$`, 'iu');

/**
 * Kazakh street, square, stop and market words after a name, in the possessive the name takes
 * ("Абай көшесі", "Сайран аялдамасында", "Береке базары") or bare ("Сайран автовокзал"), also
 * typed with Russian letters ("Абай кошесинде"); after "атындағы" in any form. With a case
 * ending on the bare word it is the street or the market itself: in "Серік көшеде жүр",
 * "Айгүл базарда сатады" a person is on a street or at a market.
 */
const KAZAKH_PLACE_STEMS = [
  'к[өо]ше', 'да[ңн][ғг]ыл', 'ша[ғг]ын', 'ала[ңн]', 'саяба[қкғг]', 'бульвар', '[қк]иылыс', 'аялдама',
  'автовокзал', 'вокзал', 'базар',
  // A lake, the metro and its stations: "Сайран көлінің жағасы", "Абай метро бекеті".
  'к[өо]л', 'метро', 'бекет',
].join('|');
/**
 * The possessive ends the word or takes a case ending, which after it opens with "н" or is
 * "мен" ("көшесінде", "көлінің", "аялдамасымен"): "көлігі" (his car) opens like "көлі" (its
 * lake), and "Ерланның көлігі аулада тұр" kept the name as a lake's.
 */
const KAZAKH_PLACE_WORDS =
  `атындағы (?:${KAZAKH_PLACE_STEMS})|(?:${KAZAKH_PLACE_STEMS})(?:(?:с|лер)?[іиы](?:н\\p{L}{0,4}|мен)?)?(?![\\p{L}-])`;

/**
 * Kazakh puts the street word after the name: "Төле би көшесі", "Абай даңғылында", "Самал шағын
 * ауданы", "Абай атындағы көше", a crossing, a stop, a station or a market ("Навои қиылысы",
 * "Сайран аялдамасы", "Сайран автовокзал", "Береке базары"); "би", "батыр", "хан" may stand
 * between. "атындағы" alone makes a namesake, a person's name ("Абай атындағы мектеп"), as
 * "имени" does.
 */
const PLACE_WORD_AFTER = new RegExp(
  `^ (?:(?:би|батыр|батыра|хан|хана) )?(?:${KAZAKH_PLACE_WORDS})`,
  'u',
);

/**
 * "на Райымбека батыра", "Кабанбай батыра угол Байтурсынова", "на Абылай хана": Almaty's avenues
 * named after batyrs and a khan, with the title in a Russian case form; only the street is so
 * called in Russian. The Kazakh "батыр", "хан" count after a street's preposition ("на Богенбай
 * батыр", "по Абылай хан").
 */
const BATYR_STREET_AFTER = /^ (?:батыра|батыру|батыром|батыре|хана|хану|ханом|хане)(?!\p{L})/u;
const BATYR_AFTER = /^ (?:батыр|хан)(?!\p{L})/u;
/**
 * "Абай мен Байтұрсынұлы қиылысында", "Төле би мен Байзақов көшелерінің": the first of two
 * streets a Kazakh crossing names, before "мен", "және" and the second street.
 */
const KAZAKH_CROSSING_AFTER = new RegExp(
  `^ (?:(?:би|батыр|хан) )?(?:мен|пен|бен|және) \\p{Lu}[\\p{L}-]*(?: (?:би|батыр|хан))? (?:${KAZAKH_PLACE_WORDS})`,
  'u',
);

/**
 * Words for a shop, a clinic or a housing estate before its name: "Кафе Дастархан", "ТРЦ Достык
 * Плаза", "Клиника Мерей". A listed given name after a word in lower case stays a name: in "в
 * магазине Айгерим нахамила" it is more likely the cashier than the shop. After an abbreviation
 * ("ТРЦ Достык") or a capitalised venue word opening the run ("Клиника Мерей") it is the firm's.
 */
const VENUE_WORD = '(?:кафе|(?:ресторан|медцентр|магазин|супермаркет|салон|садик|детсад)(?:а|е|у|ом)?|' +
  '(?:(?:поли)?клиник|аптек)(?:а|и|е|у|ой)|кофейн(?:я|и|е|ю|ей)|гостиниц(?:а|ы|е|у|ей)|отел[ьяею]|' +
  // A kindergarten, a canteen, a school or a barber's named like a person: "Садик Балапан",
  // "Детский сад Айгөлек", "Столовая Нурлан", "Школа Мирас".
  'детск(?:ий|ого|ом|ому) сад(?:а|е|у|ом)?|(?:столов|шашлычн|пекарн|парикмахерск)(?:ая|ой|ую)|школ(?:а|ы|е|у|ой)|' +
  // Colleges and universities with a name of their own: "Колледж Туран", "лицей Мирас". Not
  // in the genitive: "после университета Хантсмен поступил", "Гаванского университета Кастро
  // приобрёл" name a person after the place they studied.
  '(?:колледж|университет|институт)(?:е|у|ом)?|лице(?:й|е|ю|ем)|(?:гимнази|академи)(?:я|и|ю|ей))';
const VENUE_ABBREVIATION = '(?:трц|тц|бц|жк)';
// The name may stand in quotes: "ЖК «Хан Тенгри»", "кафе «Нурлан»".
const VENUE_WORD_BEFORE = new RegExp(`(?<!\\p{L})${VENUE_WORD} [«"“„]?$`, 'iu');
const VENUE_ABBREVIATION_BEFORE = new RegExp(`(?<!\\p{L})${VENUE_ABBREVIATION} [«"“„]?$`, 'iu');
const QUOTE_BEFORE = /[«"“„]$/u;
const VENUE_WORD_ALONE = new RegExp(`^(?:${VENUE_WORD}|${VENUE_ABBREVIATION})$`, 'iu');
/**
 * The same after the name: "В Мерей поликлинике", "Городская поликлиника", "Дарын
 * мектебінде", "Айгөлек емханасы". In Kazakh only the possessive names the venue: before
 * "мектепке барады" (goes to school) a child is named.
 */
const VENUE_WORD_AFTER =
  /^ (?:(?:поли)?клиник[аеиуо]|больниц|ауруханас|емханас|клиникас|мектеб[іи]|дүкен[іи]|дәріханас|балабақшас|бөбекжай[ыі])/u;
/**
 * A mall's or a tower's name ends with the word for it, capitalised inside the run: "Есентай
 * Молл", "Dostyk Plaza", "Нурлы Тау Сити". The words before it are the mall's, unless a surname
 * or a patronymic among them says a person stands before a capitalised word.
 */
const MALL_WORD = new RegExp(
  // Declined in Russian too: "возле Халык Арены", "в Алматы Арене".
  '^(?:молл|mall|плаза|plaza|палас|palace|сити|city|тауэр|tower|арен(?:а|ы|е|у|ой)|arena|центр|center|centre|' +
    // English names of streets and stops, as a guide or a foreign post writes them: "Abay
    // Avenue", "Sayran Bus Station", "Zhibek Zholy Street".
    'avenue|street|boulevard|station|square|bazaar|airport|district|microdistrict)$',
  'u',
);
/**
 * The same in lower case after the name: "Sayran bus station", "Abay avenue", "Aksay
 * microdistrict", "Sairan stop"; not "stop it", said to a person.
 */
const ENGLISH_PLACE_WORD_AFTER = new RegExp(
  '^ (?:avenue|ave\\.|street|st\\.|str\\.|boulevard|(?:bus |railway |metro )?station|square|bazaar|airport|' +
    'district|microdistrict|lake|(?:bus )?stop(?! (?:it|that|this|me|him|her|them|\\p{Ll}+ing)(?!\\p{L})))(?![\\p{L}-])',
  'u',
);

/**
 * God's name in Kazakh ("Алла разы болсын", "Аллаға шүкір", "Алла Тағала"), and "Аллах" in
 * Russian, is no person's: "Алла" is also a Russian given name, so alone it is God's only before
 * the words of a blessing, while the Kazakh case forms and "Аллаһ", "Аллах" always are. A
 * Russian Алла in another case ("Алле", "Аллой") stays a name.
 */
const DIVINE_NAME_FORM =
  /^(?:алла(?:ға|ның|ны|дан|да|мен|сыз)|аллаһ\p{L}*|аллах(?:а|у|ом|е)?|аллаху)$/u;
const BLESSING_AFTER = new RegExp(
  '^ (?:тағала|тағаланың|разы|риза|сақтасын|сақтай|сақта|жар|қаласа|бұйыртса|оңдасын|жарылқасын|' +
    'кешірсін|кешір|бергей|берсін|берді|жазса|жазбасын|қабыл|амин|әмин|шипа|иман|өзі|акбар|ақбар|' +
    'мейірімді|рақым|рахым|тілегіңді|тілегімізді|шыдам|береке|нәсіп|ұрды|басқа)(?!\\p{L})|' +
    // A Kazakh wish within three words: "Алла бәрімізді сақтасын", "Алла бізге жар болсын".
    '^(?: \\p{L}+){0,2} \\p{L}+(?:сын|сін)(?!\\p{L})',
  'u',
);

/**
 * Russian street words after the name, as residents write a street in haste: "Назарбаева
 * проспект", "Алмагуль мкр", "Шаляпина угол Момышулы", when that word stands alone.
 */
const RUSSIAN_PLACE_WORD_AFTER = /^ (?:угол|уг\.|проспект|пр-т|улица|ул\.|мкр|микрорайон|переулок|шоссе)(?![\p{L}-])/u;

/**
 * "Наурызбай ауданы", "Әуезов ауданында", "Бостандық аудандық": a district's name is the one
 * word before the possessive or the adjective of "аудан"; in "Самат Рамазанов Бостандық
 * аудандық полициясы" the words before it are a person's, and in "Рамазанов ауданға барды" (went
 * to the district) the word is a person's.
 */
// In the Latin alphabet of 2021 and of 2018: "Qaratau audanynda", "Medeý aýdany".
const DISTRICT_WORD_AFTER = /^ (?:аудан(?:ы|дық)|a[uý]dan(?:y|dyq))/u;
/**
 * "Абай ауылының мешіті", "Беріктас ауылында", "Қонаев қаласында": a village, a settlement or a
 * town is named by the bare word before the possessive of "ауыл", "кент", "қала" (also typed
 * "ауылнда", "кентинде", "каласы"). A word on the given-name lists or built like a given name
 * counts only before the genitive ("Абай ауылының"): "Серік ауылына кетті" is Serik going to
 * his village.
 */
const SETTLEMENT_WORD_AFTER = /^ (?:ауыл(?:ы|н)|аулы|кент[іи]|[қк]аласы)/u;
const SETTLEMENT_GENITIVE_AFTER =
  /^ (?:ауылының|ауылынын|кент[іи]н[іи][ңн]|[қк]аласының|[қк]аласынын)(?!\p{L})/u;
/** What every place word after a run opens with: a space and a lower-case letter. */
const LOWER_CASE_WORD_AFTER = /^ \p{Ll}/u;

/** The role as the first, capitalised word of a run: "Тұрғын Омаровтың үйі". */
const PERSON_ROLE_WORD = new RegExp(`^(?:${PERSON_ROLE})$`, 'iu');
const PLACE_ADJECTIVE = /[сц]к\p{L}{1,3}$/u;
/**
 * Almaty's streets are named after people and called by the name in the genitive: "на Саина",
 * "по Розыбакиева", "угол Абая и Сейфуллина", "в сторону Райымбека" (not "на сторону": "встал на
 * сторону Иванова" takes a person's side). A surname or a street's given name ("Абая") alone
 * in the genitive after these words is a street.
 */
const STREET_PREPOSITION_BEFORE =
  /(?<!\p{L})(?:на|по|с|со|до|от|угол|угла|углу|между|возле|около|вдоль|напротив|в сторону|в направлении) $/iu;
/**
 * "угол Абая и Сейфуллина": after "и" only when a street comes right before; "дочери Алсу и
 * Абрамова" and "союз Георгиева и Трифонова" name persons.
 */
const AND_BEFORE = /^ и $/u;
const STREET_LOOKBEHIND = 14;
/** Room for a verb or noun before the preposition ("пожаловались на") or after the name. */
const PERSON_VERB_LOOKBEHIND = 32;
/** "на Розыбакиева", "на Абая": the genitive of a surname or of a toponym's given name. */
const GENITIVE_ENDING = /[ая]$/u;

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** Characters after a name in which a Kazakh letter makes the sentence Kazakh. */
const KAZAKH_LOOKAHEAD = 40;

/** A hyphen and a number of one or two digits after a word: "Самал-2", "Аксай-3а". */
const PART_NUMBER_AFTER = /^[-‐‑–]\d{1,2}(?!\d)/u;

/** "асқар серікұлы", "aidana serikkyzy": a Kazakh patronymic in any spelling, after a given name. */
const KAZAKH_PATRONYMIC_ENDING = /(?:ұлы|улы|uly|қызы|кызы|kyzy|qyzy)\p{Ll}{0,3}$/u;

/** "Асқар Серік ұлы": the Kazakh patronymic written as a separate word, declined or not. */
const PATRONYMIC_WORD_AFTER = /^ (?:ұлы|улы|қызы|кызы)(?:ның|на|нан|нда|мен|н)?(?!\p{L})/u;

/** What a token's written form alone says of it, the same wherever the form is written. */
type WordFacts = Pick<Token, 'word' | 'key' | 'given' | 'patronymic' | 'loneSurname' | 'surname' | 'subject' | 'place'>;

const NOT_A_NAME_WORD: WordFacts = {
  word: '', key: '', given: undefined, patronymic: false, loneSurname: false, surname: false, subject: false,
  place: false,
};

function initialFacts(written: string): WordFacts {
  return { ...NOT_A_NAME_WORD, key: nameKey(written) };
}

/** Written forms whose facts are remembered; a bound for runs over millions of posts. */
const WORD_FACTS_LIMIT = 20_000;

/** Words a run may name as a place, counted from the place word. */
const PLACE_NAME_WORDS = 3;
/** How far evidence may spread along a run of capitalised words. */
const MARKING_PASSES = 3;
/**
 * Two words of three letters or more in lower case with spaces between; the second is read by a
 * lookahead so that pairs overlap ("сосед ержан тулегенов": "сосед ержан", "ержан тулегенов").
 */
const LOWER_CASE_WORD_PAIR = /(?<![\p{L}\p{N}-])(\p{Ll}{3,})[ \t]+(?=(\p{Ll}{3,})(?![\p{L}\p{N}-]))/gu;
/** The ambiguous given names as listed, undeclined, by name key. */
const AMBIGUOUS_GIVEN_NAME_KEYS: ReadonlySet<string> = new Set(listedWords(AMBIGUOUS_GIVEN_NAMES).map(nameKey));
/** -ов/-ев and -ова/-ева, with a Russian or Kazakh case ending: "мырзахметов", "сериковтың". */
const RUSSIAN_SURNAME_ENDING =
  /\p{Ll}{2}(?:ов|ев|ёв)(?:а|у|ым|ой|е|тың|тің|қа|ке|ты|ті|пен|ның|ға|ны|мен)?$/u;
/** "деген", "degen" (called) right after a word pair: "aigerim sapar degen apai". */
const NAMING_WORD_AFTER = /^[ \t]+(?:деген|degen)(?![\p{L}-])/u;
const LATIN_WORD = /^[a-zäçğıñöşüáéíóúýǵńұү]+$/u;
/**
 * The endings of Kazakh name elements in Latin letters, on a word of six letters or more:
 * "seitkali", "nurbek", "yerzhanuly" is a patronymic's; "-kali"/"-ǵali" (Сейтқали), "-bek",
 * "-bai"/"-bay", "-khan", "-zhan"/"-jan", "-gul".
 */
const LATIN_NAME_ELEMENT_ENDING = /^[a-zäçğıñöşüáéíóúýǵń]{2,}(?:kali|qali|gali|ǵali|ğali|bek|bai|bay|khan|zhan|jan|gul|gül|sultan)$/u;
const FATHERS_NAME_SHORTEST = 5;
/** "Сейтқали", "Нұрқали": the -қали that the shared list of name elements leaves out. */
const CYRILLIC_NAME_ELEMENT_ENDING = /^\p{Ll}{3,}(?:қали|кали)$/u;
/** Characters before a run searched for a place word. */
const PLACE_WORD_LOOKBEHIND = 28;

/**
 * Finds names of private persons in Russian and Kazakh text: a listed given name ("Айгерім",
 * "Дмитрия"), with the surname, patronymic or initials beside it ("Иванов Иван Иванович",
 * "Асқар Серікұлы", "А. Б. Иванов", "Иванов А.Б."), a surname after a private person's role
 * ("жительница Иванова", "зейнеткер Сапаров"), and later mentions of a found surname alone.
 * Given names that are also ordinary words ("Вера", "Бақыт") count only beside a surname or
 * patronymic. Names in capitals are read as capitalised ("ИВАНОВ И.И.", "ИВАНОВ Иван").
 * Kept: the monitored subjects' names in any form, and names that are part of an address
 * ("проспект Абая", "Төле би көшесі").
 */
// LIMITATION: a surname alone with no surname ending, on no list and in no context the name
// classifier knows ("Акихито"), is missed; a larger licensed Russian training set for the
// classifier would lift it. Names in capitals: see names-in-capitals.ts.
export class PersonNameFinder {
  readonly #givenNames: ReadonlyMap<string, GivenNameClass>;
  readonly #subjects: SubjectNames;
  /** Whether a found name is a subject's, and stays. */
  readonly #keeps: (name: readonly Token[]) => boolean;
  readonly #surnames: SurnameIndex;
  readonly #worldPlaces: ReadonlySet<string>;
  readonly #classifier: NameClassifier | null;
  readonly #facts = new Map<string, WordFacts>();

  /**
   * `classifier`: weighs each capitalised word's context and what the rules said of it; without
   * it the rules alone decide.
   */
  constructor(subjects: readonly Subject[], classifier: NameClassifier | null = null) {
    this.#givenNames = givenNameIndex();
    this.#surnames = surnameIndex();
    this.#worldPlaces = worldPlaceKeys();
    this.#subjects = new SubjectNames(subjects, this.#givenNames);
    this.#keeps = (name) => name.some((token) => token.subject) && !this.#isNamesake(name);
    this.#classifier = classifier;
  }

  find(written: string): RedactionSpan[] {
    const inLowerCase = [
      ...this.#lowerCaseNames(written), ...findNamesByCue(written, this.#lookup),
      ...findLowerCaseNamesByContactVerb(written, (word) => this.#isPrivateGivenName(word)),
      ...findLowerCaseNameHashtags(written, this.#lookup),
    ];
    const found = this.#capitalisedNames(written);
    const spans = inLowerCase.length === 0 ? found : joinOverlaps([...found, ...inLowerCase]);
    return written.includes('#') ? withWholeNameHashtags(written, joinOverlaps(spans)) : spans;
  }

  /** The name lists as `findNamesByCue` asks them, without the subjects' names. */
  readonly #lookup: NameLookup = {
    isGivenName: (word, ambiguousToo) => this.#isPrivateGivenName(word, ambiguousToo),
    isSurname: (word) => {
      const key = nameKey(word);
      return !this.#worldPlaces.has(key) && !this.#subjects.covers(key) && this.#isLoneSurname(key, word);
    },
    isSubjectWord: (word) => this.#subjects.covers(nameKey(word)),
  };

  readonly #isListedSurname = (key: string): boolean => this.#surnames.listed.has(key);

  #capitalisedNames(written: string): RedactionSpan[] {
    if (!UPPER_CASE.test(written)) return [];
    const text = titleCaseNamesInCapitals(
      written,
      (word) => this.#namePart(word),
      (start) => PERSON_ROLE_BEFORE.test(written.slice(Math.max(0, start - PERSON_ROLE_LOOKBEHIND), start)),
    );
    const { tokens, ruleNamed, names } = this.#byRules(text);
    if (this.#classifier === null) return names.map(toSpan);
    const named = this.#classifier.decide(text, tokens, ruleNamed);
    // The classifier never saw a hashtag's glued words: "#ЯмыНаДорогах" reads to it as a
    // foreign name. There the rules alone decide.
    tokens.forEach((token, index) => {
      if (token.hashtagPart) named[index] = ruleNamed[index]!;
      if (named[index] && !ruleNamed[index] && isOpeningPastVerb(token, text)) named[index] = false;
      if (named[index] && !ruleNamed[index] && isOpeningCommonVerb(token, text)) named[index] = false;
      if (named[index] && isOrdinaryWordReading(token, text)) named[index] = false;
      if (named[index] && isInQuotedTitle(text, token)) named[index] = false;
      if (named[index] && isTownReading(tokens, index, text)) unnameAsPlace(token, named, index);
      // "Садовая Нина живёт на Садовой": after a street's preposition the adjective is the
      // street even when the post names a person of that surname.
      if (named[index] && isAdjectiveStreetReading(tokens, index, text)) {
        named[index] = false;
        token.place = true;
      }
      if (named[index] && (isReviewWord(tokens, index) || isFirmWordAfterTown(tokens, index))) {
        named[index] = false;
      }
      const afterRole = readAdjectiveAfterRole(text, tokens, index);
      if (afterRole !== undefined) named[index] = afterRole === 'surname';
      if (!named[index] && isAdjectiveSurnameAfterGivenName(tokens, index)) named[index] = true;
      if (!named[index] && isKoreanSurnameBeforeName(tokens, index, named)) named[index] = true;
      if (!named[index] && isNamedByContactVerb(text, tokens, index)) named[index] = true;
      if (!named[index] && isAddressedName(text, tokens, index)) named[index] = true;
      if (!named[index] && isDeclinedKazakhShapedName(text, tokens, index)) named[index] = true;
      if (!named[index] && isNameBeforeKazakhTitle(text, tokens, index)) named[index] = true;
      if (!named[index] && isNamedByKazakhCue(text, tokens, index)) named[index] = true;
      if (!named[index] && isNamedBeforeKazakhSpeechVerb(text, tokens, index)) named[index] = true;
      if (!named[index] && isEnglishCuedName(text, tokens, index)) named[index] = true;
      if (!named[index] && ruleNamed[index] && isInGivenNameSurnamePair(tokens, index)) named[index] = true;
    });
    // Once the words beside it are settled: an adjective opening a sentence before its noun
    // ("Лицевой счёт") is no name. A verb opening a sentence before a name ("Звонила Алмагуль
    // Сейткали") is redacted with it: told by its ending it was also an unlisted given name in
    // -л or -т (Ербол, Гульжамал, Давлет, Рашит), which a leak costs more than a word does.
    tokens.forEach((_, index) => {
      if (named[index] && isAdjectiveBeforeNoun(text, tokens, index, this.#isListedSurname)) named[index] = false;
    });
    unnameKazakhBodyNames(tokens, named);
    nameBracketedPairs(text, tokens, named);
    nameCoordinatedNames(text, tokens, named);
    nameDashPairedNames(text, tokens, named);
    nameParticleSurnames(text, tokens, named);
    nameLaterMentions(tokens, named);
    const found = consecutiveNames(tokens, named, text, this.#keeps, true);
    return withOriginalSpellings(text, found.map(toSpan));
  }

  /**
   * A listed given name written in lower case or in capitals before a Kazakh kin or respect
   * word ("гульнара апай", "ерлан аға", "айгерим-апай", "САУЛЕ АПАЙ") or in lower case before a
   * patronymic ("айгерим нурлановна", "aigerim
   * nurlanovna"). Residents typing fast on a phone leave out capitals; the word after says a
   * person is named.
   */
  // LIMITATION: a name in lower case elsewhere ("позвоните ерлану") is kept: many Kazakh given
  // names are ordinary words in lower case ("арман", "сәуле", "нұр").
  #lowerCaseNames(text: string): RedactionSpan[] {
    const spans: RedactionSpan[] = [];
    const kinWords = KIN_ADDRESS_TEST.test(text) ? text.matchAll(WORD_BEFORE_KIN_ADDRESS) : [];
    for (const match of kinWords) {
      // A capitalised name ("Сауле апай") is the capitalised words' rules' to find.
      if (LOWER_CASE.test(match[1]!) && UPPER_CASE.test(match[1]!)) continue;
      if (!this.#isPrivateGivenName(match[1]!)) continue;
      spans.push({ start: match.index, end: match.index + match[1]!.length, kind: 'name' });
    }
    const patronymics = PATRONYMIC_TEST.test(text) ? text.matchAll(LOWER_CASE_WORD_BEFORE_PATRONYMIC) : [];
    for (const match of patronymics) {
      const patronymic = match[2]!;
      const isOne = isPatronymic(nameKey(patronymic), patronymic) || this.#isKazakhPatronymic(patronymic);
      // An ordinary word's name counts before a patronymic: "любовь николаевна".
      if (!isOne || !this.#isPrivateGivenName(match[1]!, true)) continue;
      spans.push({ start: match.index, end: match.index + match[0].length, kind: 'name' });
    }
    return [...spans, ...this.#lowerCaseFullNames(text)];
  }

  /**
   * A listed given name and a surname side by side in lower case, in either order: "жаныбек
   * мырзахметов деген кісі", "асхат сериков сказал", "мырзахметов жаныбек". Residents typing on a
   * phone write whole names so. A given name that is also an ordinary word counts here ("асхат",
   * "жаныбек" are villages too): the surname beside it, with a surname's ending or listed, says a
   * person is named.
   */
  #lowerCaseFullNames(text: string): RedactionSpan[] {
    const spans: RedactionSpan[] = [];
    for (const match of text.matchAll(LOWER_CASE_WORD_PAIR)) {
      const [first, second] = [match[1]!, match[2]!];
      // "на абая кунаева пробка": two streets of a crossing.
      if (isStreetName(first) || isStreetName(second)) continue;
      const givenFirst = this.#isLowerCaseFullName(first, second);
      const surnameFirst = this.#isLowerCaseFullName(second, first);
      const after = text.slice(match.index + match[0].length + second.length);
      const fathers = this.#isLowerCaseGivenAndFathersName(first, second, NAMING_WORD_AFTER.test(after)) ||
        (isDeedAfter(after) && this.#isLowerCaseNameBeforeDeed(first, second));
      if (!givenFirst && !surnameFirst && !fathers) continue;
      const end = match.index + match[0].length + second.length;
      spans.push({ start: match.index, end, kind: 'name' });
    }
    return spans;
  }

  /**
   * A given name that is also an ordinary word ("асхат", "жаныбек", "роман", "франк") counts
   * only as written in the list, undeclined, and before a surname in -ов/-ев: "романы нравов",
   * "швейцарский франк" and "адам олтиретин" name no one.
   */
  #isLowerCaseFullName(given: string, surname: string): boolean {
    if (!this.#isPrivateSurname(surname)) return false;
    if (this.#isLowerCaseGivenName(given)) return true;
    const unambiguous = AMBIGUOUS_GIVEN_NAME_KEYS.has(nameKey(given)) && !this.#subjects.covers(nameKey(given));
    return unambiguous && RUSSIAN_SURNAME_ENDING.test(surname);
  }

  /**
   * A listed given name before a surname made of a father's given name, as Kazakh surnames now
   * often are, typed in lower case: "nurlan seitkali", "ержан сейтқали" (a name element's
   * ending), "aigerim sapar degen apai" (any word, when "деген"/"degen", called, follows).
   */
  #isLowerCaseGivenAndFathersName(given: string, fathers: string, cued: boolean): boolean {
    if (!this.#isLowerCaseGivenName(given)) return false;
    const key = nameKey(fathers);
    if (this.#subjects.covers(key) || this.#worldPlaces.has(key)) return false;
    if (cued) return true;
    // "раушан гүлі" (a rose flower; "Гүл" is a name too): a father's name of five letters or more.
    if (fathers.length < FATHERS_NAME_SHORTEST) return false;
    if (this.#isLowerCaseGivenName(fathers)) return true;
    if (LATIN_WORD.test(fathers)) return LATIN_NAME_ELEMENT_ENDING.test(fathers) || this.#isPrivateSurname(fathers);
    return isKazakhGivenNameShaped(fathers) || CYRILLIC_NAME_ELEMENT_ENDING.test(fathers);
  }

  /**
   * A given name and a father's name before a verb of a deed: "aigerim sapar kómektesti". A
   * given name that is also a word counts before a father's name built as one ("dana orazbai
   * keldi"); the father's name is any word but an adverb, a particle, a converb or a word with a
   * case ending (`mayBeFathersNameBeforeDeed`), or a listed given name.
   */
  #isLowerCaseNameBeforeDeed(given: string, fathers: string): boolean {
    const fathersByShape = mayBeFathersNameBeforeDeed(fathers) || this.#isLowerCaseGivenName(fathers);
    if (this.#isLowerCaseGivenAndFathersName(given, fathers, fathersByShape)) return true;
    if (!this.#isPrivateGivenName(given, true) || !mayBeFathersNameBeforeDeed(fathers)) return false;
    return LATIN_NAME_ELEMENT_ENDING.test(fathers) || isKazakhGivenNameShaped(fathers) ||
      this.#isLowerCaseGivenName(fathers);
  }

  /** A listed given name in lower case, in any of the Latin spellings capitalised names are read in. */
  #isLowerCaseGivenName(word: string): boolean {
    const key = nameKey(word);
    const listed = this.#givenNames.get(key) ?? this.#givenNames.get(latinSingleLetters(word)) ??
      this.#givenNames.get(passportVowelsKey(word, key)) ?? this.#givenNames.get(kazakhQKey(key));
    return listed === 'given' && !this.#subjects.covers(key);
  }

  #isPrivateSurname(word: string): boolean {
    const key = nameKey(word);
    if (this.#subjects.covers(key) || this.#givenNames.has(key)) return false;
    return this.#isLoneSurname(key, word);
  }

  /**
   * "серікұлы", "nurlankyzy": a given name and the Kazakh word for son or daughter. The ending
   * alone is an adjective's too ("сақтаулы", stored; "қарулы", armed).
   */
  #isKazakhPatronymic(word: string): boolean {
    const father = word.replace(KAZAKH_PATRONYMIC_ENDING, '');
    return father !== word && this.#givenNames.has(nameKey(father));
  }

  #isPrivateGivenName(word: string, ambiguousToo = false): boolean {
    const key = nameKey(word);
    const listed = this.#givenNames.get(key);
    const given = listed === 'given' || (ambiguousToo && listed === 'ambiguous');
    return given && !this.#subjects.covers(key);
  }

  /**
   * The capitalised words of `text` and, for each, whether the rules found it part of a name:
   * what the classifier is trained on.
   */
  candidates(text: string): { tokens: Token[]; ruleNamed: boolean[] } {
    const { tokens, ruleNamed } = this.#byRules(text);
    return { tokens, ruleNamed };
  }

  #byRules(text: string): { tokens: Token[]; ruleNamed: boolean[]; names: Token[][] } {
    const tokens = this.#tokenise(text);
    const found: Token[][] = [];
    let runStart = 0;
    for (let index = 1; index <= tokens.length; index++) {
      const token = tokens[index];
      if (token && token.joined) continue;
      const run = tokens.slice(runStart, index);
      markPlaces(run, text);
      const afterRole = surnameAfterRole(run, text);
      const previous = tokens[runStart - 1];
      if (afterRole >= 0 || run.some(mayStartName)) found.push(...this.#namesInRun(run, text, afterRole, previous));
      runStart = index;
    }
    const names = found.length === 0 ? [] : withLaterMentions(tokens, found);
    const inNames = new Set(names.flat());
    return { tokens, ruleNamed: tokens.map((token) => inNames.has(token)), names };
  }

  #tokenise(text: string): Token[] {
    const tokens: Token[] = [];
    let previous: Token | undefined;
    let previousGlued = false;
    const add = (start: number, word: string, glued: boolean): void => {
      const written = withoutKinAddress(word);
      const end = start + written.length;
      const initial = written.length === 1 && text.charCodeAt(end) === 0x2e;
      const capitalised = SECOND_LETTER_LOWER.test(written) && !CYRILLIC_INNER_CAPITAL.test(written) &&
        !isNotANameWord(written.toLowerCase());
      const gap = previous ? text.slice(previous.end, start) : '';
      const joined = previous !== undefined && (previous.initial ? AFTER_INITIAL.test(gap) : SPACES.test(gap) ||
        (glued && previousGlued && isHashtagGap(gap)));
      const facts = capitalised ? this.#factsOf(written) : initial ? initialFacts(written) : NOT_A_NAME_WORD;
      const token: Token = { start, end, ...facts, capitalised, initial, joined };
      if (glued) token.hashtagPart = true;
      tokens.push(token);
      previous = token;
      previousGlued = glued;
    };
    const hashtagWords = gluedHashtagWords(text, CAPITALISED_WORD);
    if (hashtagWords === null) {
      for (const match of text.matchAll(CAPITALISED_WORD)) add(match.index, match[0], false);
    } else {
      for (const word of hashtagWords) add(word.index, word.word, word.glued);
    }
    return tokens;
  }

  /**
   * A name that holds a subject's surname beside another listed given name is a namesake, a
   * private person: "Досаева Айгуль, учительница", "Марат Досаев, житель Турксиба".
   */
  #isNamesake(name: readonly Token[]): boolean {
    return name.some((token) => token.given === 'given' && !token.subject && !this.#subjects.holdsGivenName(token.key));
  }

  /** What the lists and shapes say of a capitalised word, worked out once per written form. */
  #factsOf(written: string): WordFacts {
    let facts = this.#facts.get(written);
    if (facts !== undefined) return facts;

    const word = written.toLowerCase();
    const key = nameKey(written);
    const listed = this.#givenNames.get(key) ?? this.#givenNames.get(latinSingleLetters(written)) ??
      this.#givenNames.get(passportVowelsKey(written, key)) ?? this.#givenNames.get(kazakhQKey(key)) ??
      this.#doubleGivenName(written) ??
      this.#possessiveGivenName(written);
    const subject = this.#subjects.covers(key);
    // "Дании", "Спартака", "Украинаның": a listed place or body is never part of a name.
    const place = this.#worldPlaces.has(key) || isEnglishPlaceName(written);
    facts = place ? { ...NOT_A_NAME_WORD, word, key, subject, place: true } : {
      word,
      key,
      given: listed ?? (isKazakhGivenNameShaped(word) ? 'shaped' : undefined),
      patronymic: isPatronymic(key, word),
      loneSurname: listed === undefined && this.#isLoneSurname(key, word),
      surname: isSurnameShaped(word),
      subject,
      place: false,
    };
    // Dropping everything is cheaper than tracking use; the common words come back at once.
    if (this.#facts.size >= WORD_FACTS_LIMIT) this.#facts.clear();
    this.#facts.set(written, facts);
    return facts;
  }

  /**
   * What a capitalised word is to a name, for reading names written in capitals. Capitals hide
   * whether the word is written in lower case elsewhere, so a surname by its ending alone must
   * be of a surname's length: "ПЛОВ" and "ЭЛЕКТРОСАМОКАТОВ" end like one.
   */
  /**
   * "Анна-Мария", "Аружан-Айым", "Жан-Поль": two given names joined by a hyphen, each
   * capitalised; 'given' when one of them is a given name only.
   */
  #doubleGivenName(written: string): GivenNameClass | undefined {
    const parts = written.split(/[-‐‑]/u);
    if (parts.length !== 2 || !parts.every((part) => DOUBLE_NAME_PART.test(part))) return undefined;
    const classes = parts.map((part) => this.#givenNames.get(nameKey(part)));
    if (classes.some((listed) => listed === undefined)) return undefined;
    return classes.includes('given') ? 'given' : 'ambiguous';
  }

  /** "Yerlan's car", "Aigerim’s dog": the English possessive of a listed given name. */
  #possessiveGivenName(written: string): GivenNameClass | undefined {
    const owner = ENGLISH_POSSESSIVE.exec(written)?.[1];
    if (owner === undefined) return undefined;
    const key = nameKey(owner);
    return this.#givenNames.get(key) ?? this.#givenNames.get(latinSingleLetters(owner)) ??
      this.#givenNames.get(passportVowelsKey(owner, key));
  }

  #namePart(titleCased: string): NamePart {
    if (isNotANameWord(titleCased.toLowerCase())) return null;
    const facts = this.#factsOf(titleCased);
    if (facts.place) return null;
    if (facts.given === 'given') return 'given';
    if (facts.patronymic) return 'patronymic';
    if (this.#surnames.listed.has(facts.key)) return 'surname';
    if (facts.loneSurname && facts.word.length >= 5 && facts.word.length <= 14) {
      return PLACE_ADJECTIVE.test(facts.word) ? 'doubtful-surname' : 'surname';
    }
    return facts.given === undefined ? null : 'doubtful-given';
  }

  #isLoneSurname(key: string, word: string): boolean {
    if (this.#surnames.listed.has(key)) return true;
    const family = FAMILY_PLURAL.exec(word);
    if (family) return this.#isFamilySurname(family[1]!, family[2]!);
    if (!hasSurnameEnding(word) || this.#surnames.notSurnames.has(key)) return false;
    // "Берлине" is a case form of the listed "Берлин".
    const stem = surnameStem(key);
    return stem === undefined || !this.#surnames.notSurnames.has(stem);
  }

  /**
   * "Ахметовы", "семья Сейткалиевых", "с Петровыми": a family by its surname in the Russian
   * plural, when the singular is a listed surname or is built on a listed given name
   * (Ахмет-ов, Петр-ов), or on any listed given name and a Kazakh surname's -бай, -бек
   * (Серик-ба-евы, Нурлан-бек-овы); plural adjectives end alike ("Новых домов", "Основы").
   */
  #isFamilySurname(singular: string, root: string): boolean {
    const key = nameKey(singular);
    if (this.#surnames.listed.has(key) || this.#givenNames.get(nameKey(root)) === 'given') return true;
    const father = KAZAKH_SURNAME_ROOT.exec(root)?.[1];
    return father !== undefined && this.#givenNames.has(nameKey(father));
  }

  /**
   * The names in one run of capitalised words. A word is part of a name when it is a listed
   * given name, a patronymic, an initial beside a capitalised word, or an ambiguous given name
   * beside a surname or patronymic. Evidence then spreads to neighbours: a surname-shaped word,
   * the word after a listed given name ("Айгуль Ким"), the word before a patronymic. A name
   * that holds a subject's word is the subject's and is left out.
   */
  #namesInRun(run: readonly Token[], text: string, afterRole: number, previous: Token | undefined): Token[][] {
    const named = run.map((token) =>
      !token.place && (token.given === 'given' || token.patronymic || (token.loneSurname && !PLACE_ADJECTIVE.test(token.word))));
    nameKinAddressedAndPetNames(run, text, named);
    // "На Рыскулова авария": a capitalised preposition opening the sentence joins the run.
    const street = run.length === 2 && isCapitalisedStreetPreposition(run[0]!, text) ? 1 : 0;
    if (run.length === street + 1 && isStreetByName(run[street]!, text, previous)) {
      // Marked as a place, so that the name classifier does not add it back either.
      named[street] = false;
      run[street]!.place = true;
      run[street]!.streetByName = true;
    }
    if (afterRole >= 0 && !run[afterRole]!.place && !run[afterRole]!.subject) named[afterRole] = true;
    // A role opening the sentence is no part of the name: "Сосед Петров" keeps "Сосед", as
    // "сосед Петров" does. Marked as a place so that the classifier does not add it back; alone
    // too, as before a name redacted already ("Семье [NAME] не дали квартиру").
    if (afterRole === 1 || (run.length === 1 && PERSON_ROLE_WORD.test(run[0]!.word))) run[0]!.place = true;
    run.forEach((token, index) => {
      if (token.place) return;
      if (token.initial) {
        // Initials count beside a capitalised word: "А. Б. Иванов", "Иванов А.Б.".
        const word = nearestWord(run, index);
        if (word === undefined || run[word]!.place) return;
        named[index] = true;
        named[word] = true;
      } else if (isDoubtfulGivenName(token) && neighbours(run, index).some(isSurnameOrPatronymic)) {
        named[index] = true;
      }
    });

    for (let pass = 0; pass < MARKING_PASSES; pass++) {
      let changed = false;
      run.forEach((_token, index) => {
        if (named[index] || !joinsName(run, named, index, text)) return;
        named[index] = true;
        changed = true;
      });
      if (!changed) break;
    }
    return consecutiveNames(run, named, text, this.#keeps);
  }
}

/**
 * The index of a surname right after a private person's role, or -1. Only surname-shaped words
 * count: "жители Германии" and "председатель Совета" name a country and a body.
 */
function surnameAfterRole(run: readonly Token[], text: string): number {
  const first = run[0]!;
  const second = run[1];
  if (second && PERSON_ROLE_WORD.test(first.word) && isNameAfterRole(second, first.word)) return 1;
  if (first.start === 0) return -1;
  const before = text.slice(Math.max(0, first.start - PERSON_ROLE_LOOKBEHIND), first.start);
  if (isNameAfterRole(first, before) && PERSON_ROLE_BEFORE.test(before)) return 0;
  return run.length === 1 && isNameBetweenCommasAfterRole(first, text) ? 0 : -1;
}

/**
 * "Водитель автобуса 92, Серик, выгнал": the role, its complement (a word or two and a route's
 * or a room's number), then the name set off by commas.
 */
const ROLE_AND_COMPLEMENT_BEFORE = new RegExp(
  `(?<!\\p{L})(${PERSON_ROLE})(?: \\p{Ll}+){0,2}(?: №? ?\\d{1,4}\\p{L}?)?, $`,
  'iu',
);
const COMMA_AFTER = /^ ?[,—–-]/u;
const APPOSITION_LOOKBEHIND = 48;

function isNameBetweenCommasAfterRole(token: Token, text: string): boolean {
  if (!COMMA_AFTER.test(text.slice(token.end, token.end + 3))) return false;
  const role = ROLE_AND_COMPLEMENT_BEFORE.exec(text.slice(Math.max(0, token.start - APPOSITION_LOOKBEHIND), token.start));
  return role !== null && isNameAfterRole(token, role[1]!);
}

/**
 * A Russian verb in the past plural opening a sentence before a preposition: "Свернули на
 * Саина", "Заехали на Абая". The classifier took such a word, capitalised only by its place and
 * then followed by a street, for a name. Not a listed name, nor a Georgian or Italian surname
 * ("Мчедлишвили", "Боттичелли"), which end so too.
 */
const PAST_PLURAL_VERB = /^\p{L}{4,}[аяеиуыо]ли(?:сь)?$/u;
const SURNAME_LIKE_PAST_PLURAL = /(?:швили|лли|ели)$/u;
const PREPOSITION_AFTER = /^ (?:на|в|во|к|ко|с|со|по|из|до|от|за|под|через|мимо|обратно|назад|сюда|туда)(?!\p{L})/u;

function isOpeningPastVerb(token: Token, text: string): boolean {
  // A word only built like a given name ('shaped') may be the verb; a listed one is a name.
  if ((token.given !== undefined && token.given !== 'shaped') || token.patronymic) return false;
  if (!PAST_PLURAL_VERB.test(token.word)) return false;
  if (SURNAME_LIKE_PAST_PLURAL.test(token.word)) return false;
  return isSentenceOpening(text, token.start) &&
    PREPOSITION_AFTER.test(text.slice(token.end, token.end + 12));
}

/**
 * A common Russian verb in the plural opening a sentence before a lower-case word:
 * "Сказали всем двором, Айгерім нашлась" lost "Сказали" to the classifier, which reads a
 * verb opening a sentence as a name more readily in a post that names a person.
 */
const LOWER_CASE_WORD_OR_PUNCTUATION_AFTER = /^(?: \p{Ll}|[,:])/u;
/**
 * A lower-case word right before, with no stop between: the sentence before ended without one,
 * as posts typed on a phone do ("Лифт не работает Обещали починить ещё в мае").
 */
const MISSING_STOP_BEFORE = /\p{Ll} $/u;

function isOpeningCommonVerb(token: Token, text: string): boolean {
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  const opening = isSentenceOpening(text, token.start) || MISSING_STOP_BEFORE.test(before);
  return isCommonPluralVerb(token.word) && opening &&
    LOWER_CASE_WORD_OR_PUNCTUATION_AFTER.test(text.slice(token.end, token.end + 2));
}

/** Surname-shaped, but not "-ского": "жительница Бостандыкского района" names a district. */
function isSurnameAfterRole(token: Token): boolean {
  const shaped = isSurnameShaped(token.word) || FAMILY_PLURAL.test(token.word);
  return token.capitalised && shaped && !PLACE_ADJECTIVE.test(token.word);
}

/**
 * A surname, or a given name that is also a word, right after a role: "водитель Серик нагрубил",
 * "Кондуктор Роза выгнала" (серік is a companion in Kazakh, роза a flower); beside a role it is
 * the person's name, and it was kept. Not after a resident's word, which a place follows as
 * often ("жителям Алатау", "житель Турксиба").
 */
function isNameAfterRole(token: Token, role: string): boolean {
  if (isSurnameAfterRole(token)) return true;
  if (!token.capitalised || token.given !== 'ambiguous' || token.place) return false;
  // "Тұрғын Серік", but "жителям Алатау": a name that alone means an Almaty place stays one.
  return !RESIDENT_WORD_BEFORE.test(role) || !isStreetName(token.word);
}

const RESIDENT_WORD_BEFORE = /(?<!\p{L})(?:жител|тұрғын|гражданин|гражданк|азамат)\p{L}{0,4} ?$/iu;

/** `previous`: the capitalised word before the token's run, if any. */
function isStreetByName(token: Token, text: string, previous: Token | undefined): boolean {
  const surnameAlone = token.loneSurname && token.given === undefined;
  if (!(surnameAlone || isDoubtfulGivenName(token)) || !GENITIVE_ENDING.test(token.word)) return false;
  if (previous?.place && AND_BEFORE.test(text.slice(previous.end, token.start))) return true;
  const before = text.slice(Math.max(0, token.start - PERSON_VERB_LOOKBEHIND), token.start);
  if (!STREET_PREPOSITION_BEFORE.test(before)) return false;
  // "жалобу на Иванова", "дозвонилась до Петрова": the preposition points at a person.
  return !pointsAtPerson(before, text.slice(token.end, token.end + PERSON_VERB_LOOKBEHIND));
}

function isCapitalisedStreetPreposition(token: Token, text: string): boolean {
  return STREET_PREPOSITION_BEFORE.test(`${text.slice(token.start, token.end)} `);
}

/**
 * A given name that is also a word ("Бақыт") or is only built like one ("Селимжан"): the rules
 * count it beside a surname or patronymic, not alone.
 */
function isDoubtfulGivenName(token: Token): boolean {
  return token.given === 'ambiguous' || token.given === 'shaped';
}

function mayStartName(token: Token): boolean {
  return token.given !== undefined || token.patronymic || token.initial || token.loneSurname ||
    (token.capitalised && (isGivenNameDiminutive(token.word) !== null || isGivenNameBeginningPetForm(token.word)));
}

/** "Аллаға шүкір", "Алла разы болсын": God's name. */
function markDivineName(run: readonly Token[], text: string): void {
  for (const token of run) {
    if (DIVINE_NAME_FORM.test(token.word)) token.place = true;
  }
  // "Алла Тағала": the two words are one name of God.
  if (run.length === 2 && run[0]!.word === 'алла' && run[1]!.word.startsWith('тағала')) {
    run.forEach((token) => (token.place = true));
  }
  const last = run[run.length - 1]!;
  if (last.word === 'алла' && BLESSING_AFTER.test(text.slice(last.end, last.end + 40).toLowerCase())) last.place = true;
}

/**
 * Takes a word the classifier named back as a place read from its context. Marked as a street by
 * the name is: a name written in full elsewhere in the text still names its other forms.
 */
function unnameAsPlace(token: Token, named: boolean[], index: number): void {
  named[index] = false;
  token.place = true;
  token.streetByName = true;
}

/** A surname in the Russian plural: the singular and the root before its suffix. */
/** "серикба" of "Серикбаевы", "нурланбек" of "Нурланбековы": the father's name and -бай, -бек. */
const KAZAKH_SURNAME_ROOT = /^(\p{L}{3,})(?:ба|бе|бек|бай)$/u;
const FAMILY_PLURAL = /^((\p{L}{3,}?)(?:ов|ев|ёв|ин))(?:ы|ых|ыми)$/u;

/** Marks the words a street or place word names ("проспект Абая", "Абай даңғылы"). */
/**
 * A noun in the genitive plural opening a sentence before a word of absence or amount is what
 * is missing, no surname, though it ends like one: "Автобусов нет уже час", "Тротуаров нет",
 * "Светофоров не хватает", "Дворников не видно" (residents' complaints lost the word), also
 * when the amount closes the clause: "Закладчиков в нашем дворе полно", "Наркоманов в подъезде
 * много!". A
 * person's surname takes the genitive there ("Иванова нет"). Marked as a place, so that the
 * classifier does not add it back.
 */
// LIMITATION: a surname left in the nominative against the grammar ("Сапаров нет на месте") is
// kept with the nouns; telling them apart would need the surname list's word for it, which
// marking runs before.

function markCountedNoun(run: readonly Token[], text: string): void {
  const first = run[0]!;
  if (run.length !== 1 || first.given === 'given' || first.patronymic) return;
  if (!GENITIVE_PLURAL.test(first.word)) return;
  if (!isSentenceOpening(text, first.start)) return;
  const after = text.slice(first.end, first.end + COUNT_LOOKAHEAD);
  if (ABSENCE_AFTER.test(after) || COUNT_CLOSING_CLAUSE.test(after)) first.place = true;
}

const GENITIVE_PLURAL = /^\p{Ll}{4,}(?:ов|ев|ёв)$/u;
const ABSENCE_AFTER =
  /^ (?:нет|нету|не хватает|не хватило|не видно|не было|не будет|не осталось|полно|навалом|(?:много|мало)(?=\s*(?:[.!?,;)]|$)))(?!\p{L})/u;

/** An amount ending the clause a few words on; a surname opening it is a verb's subject instead. */
const COUNT_CLOSING_CLAUSE = new RegExp(
  '^[^.!?\\n,;:]{0,40}?(?<!\\p{L})(?:нет|нету|полно|много|мало|навалом|хватает|развелось|расплодилось|' +
    'не счесть|тьма|уйма|куча)\\s*(?:[.!?,;…)]|$)',
  'u',
);
const COUNT_LOOKAHEAD = 48;

function markPlaces(run: readonly Token[], text: string): void {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = text.slice(Math.max(0, first.start - PLACE_WORD_LOOKBEHIND), first.start);
  if (PLACE_WORD_BEFORE.test(before) || PLACE_WORD_AND_NAMESAKE_BEFORE.test(before)) {
    placeNameWords(run, 0).forEach((token) => (token.place = true));
  }
  if (REGION_WORD_BEFORE.test(before) && !isNamePart(first)) first.place = true;
  markHistoricalNamesakes(run, text, before);
  markVenues(run, text, before);
  markDivineName(run, text);
  markCountedNoun(run, text);
  run.forEach((token) => {
    if (token.word.includes('-') && isStreetPair(token.word)) token.place = true;
  });
  // "#Наурызбай", "#Абая", "#Достык": a hashtag of a district, a street or a word is a topic.
  if (run.length === 1 && first.given === 'ambiguous' && text[first.start - 1] === '#') first.place = true;
  const after = text.slice(last.end, last.end + 40);
  if (LOWER_CASE_WORD_AFTER.test(after)) markPlaceBeforeWord(run, text, after, before);
  // "Улжан-2", "Самал-3а": a word with the number of its part is a microdistrict or a housing
  // estate's phase; no person's name takes a number.
  run.forEach((token) => {
    if (PART_NUMBER_AFTER.test(text.slice(token.end, token.end + 5))) token.place = true;
  });
  // "Проспект Абая" at the start of a sentence: the place word is capitalised and in the run.
  // Not an abbreviation: "Пер Ульссон" is a person, "пер." would have its dot. The place word is
  // no name either: "На Бульваре Мира яма" lost "Бульваре" as a person's.
  run.forEach((token, index) => {
    if (!PLACE_WORD_SET.has(token.word) || PLACE_ABBREVIATION_SET.has(token.word)) return;
    token.place = true;
    placeNameWords(run, index + 1).forEach((named) => (named.place = true));
  });
}

/**
 * "КазНУ имени аль-Фараби", "школа имени Абая", "Жамбыл атындағы мектеп": the historical figures
 * Almaty names its streets after (the toponym list) name its universities and schools too, and
 * are no private persons; the institution is what a post is about. Other namesakes stay
 * redacted ("школа имени [NAME]"), and so does a monument's person ("памятник [NAME]"), as the
 * news corpora mark it. "аль-", "әл-" before the name is al-Farabi's, the one such figure
 * written with a particle.
 */
const NAMESAKE_WORD_BEFORE = /(?<!\p{L})(?:имени|им\.) ?(?:аль-|ал-|әл-|эль-)?$/iu;
const NAMESAKE_WORD_AFTER = /^ атындағы/u;
const ARABIC_PARTICLE_BEFORE = /(?:^|[^\p{L}])(?:аль|ал|әл|эль)-$/iu;
const FARABI = /^(?:фараби|фарабиге|фарабидің|фарабидин)$/u;

function markHistoricalNamesakes(run: readonly Token[], text: string, before: string): void {
  if (run.length !== 1) return;
  const token = run[0]!;
  const historical = isStreetName(token.word) ||
    (FARABI.test(token.word) && ARABIC_PARTICLE_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)));
  if (!historical) return;
  if (NAMESAKE_WORD_BEFORE.test(before) || NAMESAKE_WORD_AFTER.test(text.slice(token.end, token.end + 12))) {
    token.place = true;
  }
}

/**
 * Where a neighbour lives, after the word: "Сашка с пятого этажа", "Ленка из 45 квартиры",
 * "Светка из соседнего подъезда"; no "Полка" comes from a floor. The flat's number may be
 * redacted already ("из [FLAT] квартиры").
 */
const RESIDENCE_AFTER = new RegExp(
  '^ (?:с|со|из) (?:(?:(?:\\d{1,4}|\\[FLAT\\])-?(?:го|й|ой|ого|ей)?|\\p{Ll}+) ){1,2}' +
    '(?:этаж|квартир|кв\\.|подъезд|дом[аеу]?(?!\\p{L})|блок|двор|общаг|общежити)',
  'u',
);
const RESIDENCE_LOOKAHEAD = 40;
/** A word addressed, as a call opens a message: "Саке, рахмет!", "Жанка!". */
const VOCATIVE_AFTER = /^[,!]/u;
const ENGLISH_POSSESSIVE = /^([A-Z][a-z]{2,})['’]s$/u;
/** A part of a double given name: a capital, then two lower-case letters or more. */
const DOUBLE_NAME_PART = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The last word of a run before a Kazakh kin or respect word ("Сауле апай", "Серик-ага",
 * "Бақыт аға"), when the lists or its shape say it may be a given name; and a pet form of a
 * listed given name ("Танюха", "Нурик", "Жанка") inside a sentence or before a kin word.
 * Opening a sentence, a pet form counts only by a pet ending no noun takes ("Танюха",
 * "Айгуша"): "Садик", "Полка", "Район" are built like "Нурик", "Жанка", "Димон".
 */
function nameKinAddressedAndPetNames(run: readonly Token[], text: string, named: boolean[]): void {
  const lastIndex = run.length - 1;
  run.forEach((token, index) => {
    if (token.place || token.subject || named[index] || !token.capitalised) return;
    const kinAfter = index === lastIndex && KIN_ADDRESS_AFTER.test(text.slice(token.end, token.end + 16));
    const beginningPet = token.given === undefined && isGivenNameBeginningPetForm(token.word);
    if (kinAfter && (token.given !== undefined || isGivenNameDiminutive(token.word) !== null || beginningPet)) {
      named[index] = true;
      return;
    }
    const pet = token.given === undefined ? isGivenNameDiminutive(token.word) : null;
    if (pet === null && !beginningPet) return;
    const opening = isSentenceOpening(text, token.start);
    const addressed = VOCATIVE_AFTER.test(text.slice(token.end, token.end + 2));
    const resident = RESIDENCE_AFTER.test(text.slice(token.end, token.end + RESIDENCE_LOOKAHEAD));
    // "Нурик, верни самокат!", "Асик из 3 подъезда": a first syllable's pet form only there.
    if (pet === null) named[index] = (opening && addressed) || resident;
    else named[index] = kinAfter || pet === 'unmistakable' || !opening || addressed || resident || isPetFormDoing(token, text);
  });
}

/**
 * A pet form of a name that is no word, before a verb in the past: "Санжарка сказал", "Айка
 * опять опоздала". "Полка упала" is built on "Пол", which is also a word.
 */
function isPetFormDoing(token: Token, text: string): boolean {
  return isBeforePastVerb(text, token.end) && isPetFormOfUnambiguousName(token.word);
}

/**
 * A listed given name and a word with a surname's ending side by side, in either order, that the
 * rules named: "Aigul Sarsenbaeva Turan district" was kept whole, the classifier reading the
 * place after it as the name's context. The pair alone says a person is named.
 */
function isInGivenNameSurnamePair(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const pairs = (first: Token | undefined, second: Token | undefined): boolean =>
    first !== undefined && second !== undefined && second.joined && !first.place && !second.place &&
    !first.subject && !second.subject &&
    ((first.given === 'given' && second.surname) || (first.surname && second.given === 'given'));
  return pairs(tokens[index - 1], token) || pairs(token, tokens[index + 1]);
}

/** The words of a run a lower-case word after it names as a place ("Абай даңғылы", "Наурызбай ауданы"). */
function markPlaceBeforeWord(run: readonly Token[], text: string, after: string, before: string): void {
  const last = run[run.length - 1]!;
  if (DISTRICT_WORD_AFTER.test(after)) last.place = true;
  const settlement = SETTLEMENT_WORD_AFTER.test(after);
  if (settlement && (last.given === undefined || SETTLEMENT_GENITIVE_AFTER.test(after))) last.place = true;
  // One word alone: in "Айгерим Толеубаева угол дома" a person stands at the corner.
  if (run.length === 1 && RUSSIAN_PLACE_WORD_AFTER.test(after)) last.place = true;
  if (ENGLISH_PLACE_WORD_AFTER.test(after)) last.place = true;
  if (BATYR_STREET_AFTER.test(after)) last.place = true;
  if (BATYR_AFTER.test(after) && followsStreetPreposition(run, text, before)) last.place = true;
  if (KAZAKH_CROSSING_AFTER.test(after)) last.place = true;
  if (PLACE_WORD_AFTER.test(after)) placeWordsAtEnd(run).forEach((token) => (token.place = true));
}

/**
 * The last words of a run that a place word after it names: up to three ("Қаныш Сәтбаев
 * даңғылы", "Төле би көшесі"), but not a person's given name and surname before the place's own
 * name: in "Айгүл Сәрсенбаева Абай даңғылында тұрады" only "Абай" is the avenue.
 */
function placeWordsAtEnd(run: readonly Token[]): readonly Token[] {
  const words = run.slice(-PLACE_NAME_WORDS);
  for (let index = 0; index + 2 < words.length; index++) {
    const [first, second] = [words[index]!, words[index + 1]!];
    const person = (first.given === 'given' && second.surname) || (first.surname && second.given === 'given');
    if (person) return words.slice(index + 2);
  }
  return words;
}

/** "на Богенбай батыр", and "По Абылай хан" with the preposition opening the sentence in the run. */
function followsStreetPreposition(run: readonly Token[], text: string, before: string): boolean {
  if (run.length === 2) return isCapitalisedStreetPreposition(run[0]!, text);
  return run.length === 1 && STREET_PREPOSITION_BEFORE.test(before.slice(-STREET_LOOKBEHIND));
}

/** A shop's, a clinic's or an estate's name before or after the word for it ("Кафе Дастархан"). */
function markVenues(run: readonly Token[], text: string, before: string): void {
  const isSurname = (token: Token): boolean => token.surname && !PLACE_ADJECTIVE.test(token.word);
  const isFirmName = (token: Token): boolean => token.given !== 'given' && !isSurname(token);
  const markFrom = (from: number, givenNamesToo: boolean): void => {
    const words = run.slice(from, from + PLACE_NAME_WORDS);
    const person = words.findIndex((token) => (givenNamesToo ? isSurname(token) : !isFirmName(token)));
    words.slice(0, person < 0 ? words.length : person).forEach((token) => (token.place = true));
  };
  // "владелец кафе Йохен Шарф": after a venue word in lower case two words or more may be its
  // owner's name, left to the classifier.
  // In quotes the name is the venue's, a listed given name too: "в кафе «Нурлан» отравились".
  if (VENUE_WORD_BEFORE.test(before) && run.length === 1) markFrom(0, QUOTE_BEFORE.test(before));
  if (VENUE_ABBREVIATION_BEFORE.test(before)) markFrom(0, true);
  // "Клиника Мерей", "ТРЦ Достык Плаза" with the venue word in the run.
  if (run.length === 1) return markVenueAfter(run[0]!, text, isSurname);
  if (MALL_WORD.test(run[run.length - 1]!.word) && !run.some((token) => isSurname(token) || token.patronymic)) {
    run.forEach((token) => (token.place = true));
  }
  run.forEach((token, index) => {
    if (!VENUE_WORD_ALONE.test(text.slice(token.start, token.end))) return;
    // The venue word itself is no name either: "Столовая" read as a surname before "Нурлан".
    token.place = true;
    markFrom(index + 1, true);
  });
  markVenueAfter(run[run.length - 1]!, text, isSurname);
}

function markVenueAfter(last: Token, text: string, isSurname: (token: Token) => boolean): void {
  if (VENUE_WORD_AFTER.test(text.slice(last.end, last.end + 16)) && !isSurname(last)) last.place = true;
}

/** Whether a word's form alone makes it part of a name: "республики Рустам Минниханов". */
function isNamePart(token: Token): boolean {
  return token.given !== undefined || token.patronymic || token.surname || token.initial;
}

/**
 * The words from `from` a place word names: up to three, but not a listed given name after the
 * first ("микрорайона Айнабулак Гаухар Тлеубаева": the district, then a resident).
 */
function placeNameWords(run: readonly Token[], from: number): Token[] {
  const words = run.slice(from, from + PLACE_NAME_WORDS);
  const person = words.findIndex((token, index) => index > 0 && token.given === 'given');
  return person < 0 ? words : words.slice(0, person);
}

function joinsName(run: readonly Token[], named: readonly boolean[], index: number, text: string): boolean {
  const token = run[index]!;
  const before = index > 0 && named[index - 1] ? run[index - 1] : undefined;
  const after = index < run.length - 1 && named[index + 1] ? run[index + 1] : undefined;
  if (token.place || !token.capitalised || (!before && !after)) return false;

  if (token.surname || token.subject || isDoubtfulGivenName(token)) {
    // A surname stands before a given name only when none follows it: in "Президент Украины
    // Виктор Ющенко" the surname is "Ющенко", and "Украины" is not part of the name.
    return before !== undefined || !hasWordAfter(run, index + 1);
  }
  // The word before a patronymic is a given name, listed or not: "Жаксылык Петрович".
  if (after && after.patronymic) return true;
  // A word after a listed given name or a patronymic is the surname, whatever its ending:
  // "Айгуль Ким", "Наталья Викторовна Ким".
  if (before !== undefined && (before.given === 'given' || before.patronymic) && !token.given) return true;
  return endsThreeWordName(run, named, index, text);
}

/**
 * The last of a run of three words that opens with a listed given name, as foreign names run:
 * "Ларсом Лёкке Расмуссеном", "Габриэль Гарсиа Маркес". The word in the middle was named for
 * following the given name, and has no surname's shape: after "Асқар Мамин" or "Кристин Лагард"
 * the next capitalised word opens the rest of a Kazakh sentence ("Асқар Мамин Үкімет
 * мүшелерін"), so not in a Kazakh sentence either. In a longer run the words after a name are
 * as often the rest of a sentence typed with capitals ("Рахмет Арайлымга Оте Жаксы кызмет").
 */
function endsThreeWordName(run: readonly Token[], named: readonly boolean[], index: number, text: string): boolean {
  if (run.length !== 3 || index !== 2 || !named[1] || !named[0]) return false;
  const given = run[index - 2]!;
  const middle = run[index - 1]!;
  const token = run[index]!;
  if (given.given !== 'given' || middle.given !== undefined || middle.patronymic || middle.initial) return false;
  if (middle.surname || middle.loneSurname || token.given !== undefined || token.patronymic) return false;
  return !KAZAKH_LETTER.test(text.slice(given.start, token.end + KAZAKH_LOOKAHEAD));
}

function hasWordAfter(run: readonly Token[], given: number): boolean {
  const next = run[given + 1];
  return next !== undefined && next.capitalised && !next.patronymic && !next.place;
}

function isSurnameOrPatronymic(token: Token): boolean {
  return !token.place && (token.surname || token.patronymic || token.subject);
}

function neighbours(run: readonly Token[], index: number): Token[] {
  return [run[index - 1], run[index + 1]].filter((token): token is Token => token !== undefined);
}

/** The capitalised, non-initial word an initial belongs to, across other initials. */
function nearestWord(run: readonly Token[], index: number): number | undefined {
  for (let next = index + 1; next < run.length; next++) {
    if (!run[next]!.initial) return run[next]!.capitalised ? next : undefined;
  }
  for (let previous = index - 1; previous >= 0; previous--) {
    if (!run[previous]!.initial) return run[previous]!.capitalised ? previous : undefined;
  }
  return undefined;
}

/**
 * Runs of consecutive name words, each a name, without those `keeps` (a subject's).
 * `joinedOnly`: the tokens are a whole text's, so a name does not cross a gap between runs.
 */
function consecutiveNames(
  run: readonly Token[], named: readonly boolean[], text: string, keeps: (name: readonly Token[]) => boolean,
  joinedOnly = false,
): Token[][] {
  const names: Token[][] = [];
  for (let first = 0; first < run.length; first++) {
    if (!named[first]) continue;
    let last = first;
    while (last + 1 < run.length && named[last + 1] && (!joinedOnly || run[last + 1]!.joined)) last++;
    const whole = run.slice(first, last + 1);
    first = last;
    if (keeps(whole) || whole.every((token) => token.initial)) continue;
    // "депутат маслихата Алматы Айдос Ахметов": a subject's word that is a place ("Алматы" of
    // "Акимат Алматы") counts as named only so that a subject's name is kept whole; beside a
    // private person it stays out of the name.
    const name = withoutPlacesAtEnds(whole);
    if (name.length === 0) continue;

    // "Асқар Серік ұлы": a separate "ұлы" after the name belongs to it.
    const final = name[name.length - 1]!;
    const patronymicWord = PATRONYMIC_WORD_AFTER.exec(text.slice(final.end, final.end + 12));
    if (patronymicWord && name.length > 1) final.end += patronymicWord[0].length;
    names.push(name);
  }
  return names;
}

/** A street by the name stays in: "до Жумабекова" after "Арман Жумабеков" is the person. */
function withoutPlacesAtEnds(name: readonly Token[]): Token[] {
  const isPlace = (token: Token): boolean => token.place && !token.streetByName;
  let from = 0;
  let to = name.length;
  while (from < to && isPlace(name[from]!)) from++;
  while (to > from && isPlace(name[to - 1]!)) to--;
  return name.slice(from, to);
}

/**
 * Adds later mentions of a found name's surname alone: in "Иван Петров пожаловался... Петров
 * говорит", the second "Петров" is the same person. The surname's stem is matched, so Russian
 * and Kazakh case forms count ("Петрова", "Петровқа").
 */
function withLaterMentions(tokens: readonly Token[], names: readonly Token[][]): Token[][] {
  const stems = new Set<string>();
  for (const name of names) {
    if (name.length < 2) continue;
    for (const token of name) {
      const stem = token.surname && !token.given ? surnameStem(token.key) : undefined;
      if (stem !== undefined) stems.add(stem);
    }
  }
  if (stems.size === 0) return [...names];

  const inNames = new Set(names.flat());
  const mentions = tokens
    .filter((token) => token.capitalised && !token.place && !token.subject && !inNames.has(token))
    .filter((token) => {
      const stem = surnameStem(token.key);
      return stem !== undefined && stems.has(stem);
    })
    .map((token) => [token]);
  if (mentions.length === 0) return [...names];
  return [...names, ...mentions].sort((a, b) => a[0]!.start - b[0]!.start);
}

/**
 * Names every other form of a surname that a name of two words or more holds: once "Гаррет
 * Рейсман" is found, "Рейсмана" and "Рейсманом" elsewhere in the text are the same person, and
 * so are "Трампа" and "Трамптың" after "Дональд Трамп".
 */
function nameLaterMentions(tokens: readonly Token[], named: boolean[]): void {
  const stems = new Set<string>();
  const shortSurnames = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const inLongName = named[index] && ((index > 0 && named[index - 1] && token.joined) ||
      (named[index + 1] === true && tokens[index + 1]!.joined));
    if (!inLongName || !isSurnameCandidate(token)) continue;
    for (const stem of mentionStems(token)) stems.add(stem);
    if (token.key.length < MENTION_STEM_LENGTH) shortSurnames.add(token.key);
  }
  if (stems.size === 0 && shortSurnames.size === 0) return;
  tokens.forEach((token, index) => {
    // "Реджеп Тайип Эрдоган ... от Эрдогана": the full name outweighs the street's reading.
    if (named[index] || !isSurnameCandidate(token) || (token.place && !token.streetByName) || token.subject) return;
    if (mentionStems(token).some((stem) => stems.has(stem)) || isShortSurnameForm(token.key, shortSurnames)) {
      named[index] = true;
    }
  });
}

/**
 * Short surnames ("Наото Кан", "Виктор Бут", "Брюс Ли") are too short for a stem of their own:
 * a later "Кан", "Бута" or "Ли" is matched on the whole surname, with one case ending after
 * one of three letters ("Кану", "Каном") and none after one of two.
 */
function isShortSurnameForm(key: string, shortSurnames: ReadonlySet<string>): boolean {
  if (shortSurnames.size === 0) return false;
  if (shortSurnames.has(key)) return true;
  return FOREIGN_CASE_ENDINGS.some((ending) => {
    const stem = key.slice(0, -ending.length);
    return key.endsWith(ending) && stem.length === MENTION_STEM_LENGTH - 1 && shortSurnames.has(stem);
  });
}

function isSurnameCandidate(token: Token): boolean {
  return token.capitalised && token.given === undefined && !token.patronymic;
}

/**
 * What a surname's key may be without a Russian or Kazakh case ending: "reismanom" may be
 * "reisman" + "om", "fieldstada" "fieldstad" + "a" (or "fieldsta" + "da"); two forms of one
 * surname share one of them. Stems shorter than four letters are too often another word's.
 */
const FOREIGN_CASE_ENDINGS = [
  'om', 'em', 'oi', 'ei', 'ia', 'iu', 'a', 'u', 'e', 'i', 'o', 'tin', 'nin', 'din', 'ka', 'ke', 'ga',
  'ge', 'ti', 'ni', 'di', 'ta', 'te', 'da', 'de', 'tan', 'nan', 'dan', 'ten', 'nen', 'den', 'men',
  'pen', 'ben',
];
const MENTION_STEM_LENGTH = 4;

function mentionStems(token: Token): string[] {
  const shaped = surnameStem(token.key);
  if (shaped !== undefined) return [shaped];
  const key = token.key;
  const stems = FOREIGN_CASE_ENDINGS.filter((ending) => key.endsWith(ending)).map((ending) => key.slice(0, -ending.length));
  return [key, ...stems].filter((stem) => stem.length >= MENTION_STEM_LENGTH);
}

/**
 * A surname's key without its case ending: "ivanov", "ivanova", "ivanovu" and "ivanovtin" all
 * give "ivanov"; a word that is not a surname with an ending ("osnovnoi") gives nothing.
 */
const SURNAME_STEM =
  /^(.{2,}?(?:ov|ev|in|sk|tsk|enko|uk|iuk|shvili|dze))(?:a|aia)?(?:u|im|om|e|oi|oiu|ogo|omu|uiu|i|tin|ka|ke|ti|ta|te|tan|ten|pen|nin|ge|ga|di|de|da|nen|nan|men|ni|dan|den)?$/;

function surnameStem(key: string): string | undefined {
  return SURNAME_STEM.exec(key)?.[1];
}

/** "Цой Виктор", "Тен Валентина Петровна": the surname before a given name the finder named. */
function isKoreanSurnameBeforeName(tokens: readonly Token[], index: number, named: readonly boolean[]): boolean {
  const next = tokens[index + 1];
  if (next === undefined || !next.joined || !named[index + 1] || next.given !== 'given') return false;
  return tokens[index]!.capitalised && isKoreanSurname(tokens[index]!.word);
}

/** "Серик-ага", "Айгерим-апай": the name before a hyphenated kin word, without it. */
function withoutKinAddress(written: string): string {
  for (let hyphen = written.indexOf('-'); hyphen > 0; hyphen = written.indexOf('-', hyphen + 1)) {
    if (HYPHENATED_KIN_ADDRESS.test(written.slice(hyphen))) return written.slice(0, hyphen);
  }
  return written;
}

/**
 * Name spans, overlapping ones joined: "таутанова раушан" (a given name beside a surname) and
 * "раушан серикпаевна" (before a patronymic) are one name, redacted whole.
 */
function joinOverlaps(spans: readonly RedactionSpan[]): RedactionSpan[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: RedactionSpan[] = [];
  for (const span of ordered) {
    const last = joined[joined.length - 1];
    if (last !== undefined && span.start < last.end) joined[joined.length - 1] = { ...last, end: Math.max(last.end, span.end) };
    else joined.push(span);
  }
  return joined;
}

function toSpan(name: readonly Token[]): RedactionSpan {
  const final = name[name.length - 1]!;
  // An initial's dot belongs to the name: "Иванов А.Б." becomes one placeholder.
  return { start: name[0]!.start, end: final.initial ? final.end + 1 : final.end, kind: 'name' };
}

/**
 * A Latin spelling with doubled consonants folded, for looking up given names that passports
 * and residents double ("Assel", "Aizhann", "Zhannat" for Асель, Айжан, Жаннат, whose keys
 * have one): "" for a word with no doubled Latin consonant, so nothing is looked up twice.
 */
function latinSingleLetters(written: string): string {
  const lower = written.toLowerCase();
  if (!/([b-df-hj-np-tv-z])\1/.test(lower)) return '';
  return nameKey(lower.replace(/([b-df-hj-np-tv-z])\1/g, '$1'));
}

/**
 * The key of a Latin spelling with the vowels passports write for Е and Я as the Cyrillic
 * spelling gives them: "Yerlan", "Yelena" (Ерлан, Елена: "Ye" for an opening Е) and "Aliya",
 * "Dariya", "Yuliya" (Алия, Дария, Юлия: "iya" for ия) were looked up as "ierlan" and "alia",
 * and the lists hold "erlan" and "aliia". "" for a word with none, so nothing is looked up twice.
 */
function passportVowelsKey(written: string, key: string): string {
  if (!/^[A-Za-z]/.test(written)) return '';
  const variant = key.replace(/^ie/, 'e').replace(/ia/g, 'iia');
  return variant === key ? '' : variant;
}

/**
 * The key of a name with "х" read as the Kazakh "қ" it stands for in Russian spelling:
 * "Бахыт", "Бахытжан", "Bakhyt" (Бақыт, Бақытжан) were looked up as "bahit", and the lists hold
 * "bakit". "" for a word without one, so nothing is looked up twice.
 */
/**
 * An "х" between a vowel and "ы" or "и", where Russian spelling writes the Kazakh "қ" (Бақыт,
 * Ақылбек); elsewhere "х" is the Russian letter of other names and words ("Эхо" is no "Эко").
 */
const LONE_H = /(?<=[aeiou])h(?=i)/g;

function kazakhQKey(key: string): string {
  const variant = key.replace(LONE_H, 'k');
  return variant === key ? '' : variant;
}
