import { foldKazakhLetters } from '../../text/russian-keyboard.js';
import type { NameToken } from './name-token.js';
import { isBesideNamePart } from './town-names.js';

/**
 * Words that open the sentences of residents' reviews of shops, clinics, cafés and services,
 * Kazakh reviews above all: Russian nouns Kazakh borrows ("Магазин өте жақсы", "Аптека түгел
 * емес", "Банкомат көп", "Плов өте дәмді"), and Kazakh words typed with Russian letters ("Маган
 * бари унады", "Енди осы жерде", "Бирак кезек коп"). In a review that thanks a waiter or a nurse
 * by name the classifier read them as names too. Written with the Kazakh letters folded to their
 * Russian stand-ins, so that "бірақ" and "бирак" are one entry; no person is called by them.
 */
const REVIEW_WORDS = new Set(`
магазин магазина магазине магазинда магазинге магазиннин аптека аптеки аптеке аптекада аптекага
банкомат банкоматы банкоматтар плов тариф тарифи тарифтер тарифы сервис сервиси персонал
доставка интернет такси кино игра ойын приложение приложениеси филиал отдел раздел рейтинг
выбор вызов вызовка колледж кафе ресторан столовая салон клиника емхана аурухана мешит
обслуживание качество цена цены баға бага сапа сапасы кезек очередь парковка паркинг
маган бари барин енди бирак булай осылай сондай оте жаксы жаман нашар тамаша керемет
арзан тамак тамактары кызмет кызмети кызметкерлер дарихана маскара
`.split(/\s+/).filter((word) => word !== ''));

/**
 * Whether `tokens[index]`, which the classifier named, is a word of reviews no one is called by.
 * Not beside a surname or a given name: "Жаман" is also an old Kazakh given name, and in
 * "Жаманбаев Жаман" it is one.
 */
export function isReviewWord(tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (token.given === 'given' || isBesideNamePart(tokens, index)) return false;
  return REVIEW_WORDS.has(foldKazakhLetters(token.word).replace(/ё/gu, 'е'));
}

/**
 * Words of a city firm's name after the city's: "Алматы Су", "Астана Су Арнасы", "Алматы
 * Энерго" (water, power and cleaning utilities). "Су" is also a given name, but after a town's
 * name it is the water company.
 */
const FIRM_WORDS_AFTER_TOWN = new Set([
  'су', 'энерго', 'жылу', 'тазалык', 'тазалық', 'жарык', 'жарық', 'газ',
]);

/** Whether `tokens[index]` is a utility's word right after a listed place ("Алматы Су"). */
export function isFirmWordAfterTown(tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  const previous = index > 0 ? tokens[index - 1] : undefined;
  if (!token.joined || previous === undefined || !previous.place) return false;
  return FIRM_WORDS_AFTER_TOWN.has(token.word);
}
