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
const SERVICE_KK = '(?:ыстык |суык )?(?:су|жарык|газ|жылу|электр|интернет|лифт|свет)';
const MISSING_KK = `${SERVICE_KK} (?:жок|берилмей\\p{L}*|ошип\\p{L}*|ошти|оширил\\p{L}*|келмей\\p{L}*)`;
const NOT_DONE_KK = '(?:жумыс истемейди|тазаламайды|жауап бермейди)';

const MISSING_SERVICE = new RegExp(`(?<!\\p{L})(?:${MISSING_RU}|${NOT_DONE_RU}|${MISSING_KK}|${NOT_DONE_KK})(?!\\p{L})`, 'u');

/** Kazakh letters as the Russian keyboard types them, so one pattern reads both. */
const KAZAKH_TO_RUSSIAN_KEYBOARD: Readonly<Record<string, string>> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
};
const KAZAKH_LETTERS = /[әғқңөұүһі]/g;

/** Whether `normalised` names a service as missing or not working. */
export function namesMissingService(normalised: string): boolean {
  return MISSING_SERVICE.test(normalised.replace(KAZAKH_LETTERS, (letter) => KAZAKH_TO_RUSSIAN_KEYBOARD[letter]!));
}
