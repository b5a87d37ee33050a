/**
 * Surnames of Kazakhstan's Koreans, short and with no surname's ending: "Цой Виктор", "Тен
 * Валентина Петровна", "Огай Наталья". Written before the given name, as forms and lists of
 * staff write names, they were kept while the given name went. Left out are those that are
 * Russian or Kazakh words too: Хан (a khan), Нам (to us), Ан, Ни, Де, Со, Ко, Ю.
 */
const KOREAN_SURNAMES = new Set([
  'ким', 'ли', 'пак', 'цой', 'тен', 'огай', 'югай', 'тян', 'хегай', 'шин', 'когай', 'лигай',
  'дегай', 'шегай', 'нигай', 'цхай', 'мун', 'чон', 'хван', 'лим', 'кан', 'пя', 'тхай', 'юн',
]);

/** Whether `word` (lower case) is one of those surnames. */
export function isKoreanSurname(word: string): boolean {
  return KOREAN_SURNAMES.has(word);
}
