/**
 * Month names and abbreviations in English, Russian and Kazakh (Cyrillic, and both Latin
 * alphabets: 2018 with acutes, 2021 with diacritics), as they appear in feed dates and on news
 * sites: `Nov`, `ноя`, `нояб.`, `ноября`, `қараша`, `қар.`, `qarasha`.
 */

const MONTH_FORMS: readonly (readonly string[])[] = [
  ['jan', 'january', 'янв', 'январь', 'января', 'қаң', 'қаңтар', 'qań', 'qańtar', 'qañ', 'qañtar'],
  ['feb', 'february', 'фев', 'февр', 'февраль', 'февраля', 'ақп', 'ақпан', 'aqp', 'aqpan'],
  ['mar', 'march', 'мар', 'март', 'марта', 'нау', 'наурыз', 'naý', 'naýryz', 'nau', 'nauryz'],
  ['apr', 'april', 'апр', 'апрель', 'апреля', 'сәу', 'сәуір', 'sáý', 'sáýir', 'säu', 'säuır'],
  ['may', 'май', 'мая', 'мам', 'мамыр', 'mam', 'mamyr'],
  ['jun', 'june', 'июн', 'июнь', 'июня', 'мау', 'маусым', 'maý', 'maýsym', 'mau', 'mausym'],
  ['jul', 'july', 'июл', 'июль', 'июля', 'шіл', 'шілде', 'shi', 'shilde', 'şıl', 'şılde'],
  ['aug', 'august', 'авг', 'август', 'августа', 'там', 'тамыз', 'tam', 'tamyz'],
  ['sep', 'sept', 'september', 'сен', 'сент', 'сентябрь', 'сентября', 'қыр', 'қыркүйек', 'qyr',
    'qyrkúiek', 'qyrkúıek', 'qyrküiek'],
  ['oct', 'october', 'окт', 'октябрь', 'октября', 'қаз', 'қазан', 'qaz', 'qazan'],
  ['nov', 'november', 'ноя', 'нояб', 'ноябрь', 'ноября', 'қар', 'қараша', 'qar', 'qarasha',
    'qaraşa'],
  ['dec', 'december', 'дек', 'декабрь', 'декабря', 'жел', 'желтоқсан', 'jel', 'jeltoqsan'],
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_FORMS.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const)),
);

/**
 * Kazakh case endings that follow a month name in running text ("12 қарашада", "қарашадағы"),
 * longest first so that the whole ending is taken off.
 */
const KAZAKH_ENDINGS: readonly string[] = [
  'дағы', 'дегі', 'тағы', 'тегі', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нан', 'нен', 'дан',
  'ден', 'тан', 'тен', 'ына', 'іне', 'да', 'де', 'та', 'те', 'ға', 'ге', 'қа', 'ке', 'на', 'не',
  'ы', 'і',
];

/** The month (1–12) a word names, or undefined. Case and a trailing period do not matter. */
export function monthNumber(word: string): number | undefined {
  const form = word.toLowerCase().replace(/\.$/, '');
  const exact = MONTHS.get(form);
  if (exact !== undefined) return exact;

  for (const ending of KAZAKH_ENDINGS) {
    if (form.length > ending.length + 3 && form.endsWith(ending)) {
      const month = MONTHS.get(form.slice(0, -ending.length));
      if (month !== undefined) return month;
    }
  }
  return undefined;
}
