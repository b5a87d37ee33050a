/**
 * A service named as missing or not working, in Russian and Kazakh: "третий день нет горячей
 * воды", "без света с утра", "мусор не вывозят", "ыстық су жоқ", "жарық өшіп қалды", typed with
 * Kazakh letters or Russian ones ("су жок"). Residents' complaints often hold no word of tone
 * at all, and the overall model, which learnt from tweets and app reviews, called them neutral.
 * Read on the normalised text (lower case, ё as е).
 */
const SERVICE_RU = '(?:горяч\\p{L}* |холодн\\p{L}* )?(?:вод[ыау]|свет[ау]?|газа?|отоплени[яе]|тепла|электричеств[ао]|интернета|лифта|связи)';
const MISSING_RU = `(?:нет|без|отключили|отключен\\p{L}*|не дают|не дали) ${SERVICE_RU}`;
const NOT_DONE_RU = '(?:не|никто не|так и не|до сих пор не) (?:работает|работают|чистят|убирают|вывозят|ходит|ходят|приходит|пришел|пришла|отвечает|отвечают|ремонтируют|починили|включили|дали)';
// Kazakh words are written with a class for each letter the Russian keyboard types otherwise
// (қ as к, ө as о, ұ and ү as у, і as и, ғ as г, ң as н, ә as а), so one pattern reads both.
const SERVICE_KK = '(?:ыст[ыи][кқ] |су[ыи][кқ] )?(?:су|жар[ыи][кқ]|газ|жылу|электр|интернет|лифт|свет)';
// 'суық су да жоқ' (no cold water either).
const MISSING_KK = `${SERVICE_KK} (?:д[ае] )?(?:жо[кқ]|бер[иі]лмей\\p{L}*|[оө]ш[иі]п\\p{L}*|[оө]шт[иі]|[оө]ш[иі]р[иі]л\\p{L}*|келмей\\p{L}*)`;
// Left without it: 'жылусыз қалды', 'екі күн жарықсыз отыр', 'сусыз қалды'.
const LEFT_WITHOUT_KK = '(?:су|жар[ыи][кқ]|жылу|газ)с[ыи]з (?:қал|кал|отыр)\\p{L}*';
const NOT_DONE_KK = '(?:ж[уұ]м[ыи]с [иі]стемейд[иі]|тазаламайд[ыи]|жауап бермейд[иі])';

const MISSING_SERVICE = new RegExp(`(?<!\\p{L})(?:${MISSING_RU}|${NOT_DONE_RU}|${MISSING_KK}|${LEFT_WITHOUT_KK}|${NOT_DONE_KK})(?!\\p{L})`, 'u');

/** Whether `normalised` names a service as missing or not working. */
export function namesMissingService(normalised: string): boolean {
  return MISSING_SERVICE.test(normalised);
}
