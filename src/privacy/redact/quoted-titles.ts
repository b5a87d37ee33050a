/**
 * Words inside quotation marks that a Kazakh word after the closing mark says are a title: a
 * firm's, an agency's, a fund's, a band's, a song's, a painting's, a contest's or an app's name
 * ("« Блумберг Медиа Груп » компаниясының", "« Чайна Ньюс Сервис » агенттіктеріне", "« Алтынай »
 * әнін", "« МЕГА Плюс » қосымшасын"). Kazakh puts the kind of thing after its name, and the
 * name classifier took the foreign words of such names for persons' names. A surname or a
 * patronymic in quotes stays a name: a firm called after its owner names a person too.
 */
import type { NameToken } from './name-token.js';

const OPENING_QUOTE = '«';
const CLOSING_QUOTE = '»';
/** How far the marks may stand from the word: a title of a few words. */
const QUOTE_REACH = 64;
/**
 * The kind may come a word or two after the mark ("« Джуниор Еуровижн » халықаралық ән
 * байқауы", "« Әйгерім » деген брендпен").
 */
const KIND_AFTER = new RegExp(
  '^(?: \\p{Ll}+){0,2} ?(?:компания|агенттіг|агенттік|тоб[ыт]|қор[ыт]|ансамбл|ән(?:і|ін|іне|дер)|картина|бағдарлама|жүйе|' +
    'газет|журнал|телеарна|арна|фильм|кітаб|науқан|орден|сыйлығ|байқау|қосымша|клуб|орталығ|бренд|' +
    'холдинг|банк|серіктестіг|кәсіпорн|зауыт|фабрика|мейрамхана|дүкен|дәмхана|жоба|шоу|фестивал|' +
    'корпорация|концерн|театр|музей|қонақүй|сауда|кеңсе|ұйым|қозғалыс|партия|спектакл|қойылым|' +
    'сериал|мультфильм|ойын|платформа|сайт|порталы|маркасы|компани)',
  'u',
);

const KIND_LOOKAHEAD = 40;
/** The kind inside the marks, last: "« Бэйкер Хьюс и ЭйДжи компани »". */
const KIND_INSIDE = / (?:компани\p{L}*|груп|групп|холдингс?|корпорейшн|инкорпорейтед|лимитед|банк|клиник\p{L}*) ?$/u;

/** Whether `token`, named by the classifier, is part of a quoted title with its kind after it. */
export function isInQuotedTitle(text: string, token: NameToken): boolean {
  if (token.surname || token.patronymic) return false;
  const close = text.indexOf(CLOSING_QUOTE, token.end);
  if (close < 0 || close - token.end > QUOTE_REACH) return false;
  const open = text.lastIndexOf(OPENING_QUOTE, token.start);
  if (open < 0 || token.start - open > QUOTE_REACH) return false;
  // The marks enclose the word: no closing mark between the opening one and the word.
  const closeBefore = text.lastIndexOf(CLOSING_QUOTE, token.start);
  if (closeBefore > open) return false;
  return KIND_AFTER.test(text.slice(close + 1, close + 1 + KIND_LOOKAHEAD)) || KIND_INSIDE.test(text.slice(open, close));
}
