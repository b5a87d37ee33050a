/**
 * Two persons set against each other with a dash: a match ("матч Топалов — Крамник"), a line-up
 * ("Вратари: Уорд — Набоков"), an effect or a law named after two scientists ("рассеяние
 * Мандельштама — Бриллюэна"). Once one side is a name standing alone, so is the other, though
 * no list knows it.
 */
import type { NameToken } from './name-token.js';
import { isStreetName } from './street-pairs.js';

/** A dash with spaces around it, or an en or em dash with or without them. */
const DASH_GAP = /^(?:[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*)$/u;
const LATIN_LETTER = /[a-z]/i;
/** "проекту «Шаттл — Мир»": a quoted title, not a pair of persons. */
const OPENING_QUOTE_BEFORE = /[«„“"][ \t]?$/u;

/**
 * Marks in `named` the other side of a dash between two lone words, one of them named. A chain
 * of three or more is left alone: an app's menu path ("Қызметтер — Отбасы — Туу туралы куәлік",
 * "Услуги — Семья — Рождение") or a route, where one word taken for a name would take the rest.
 */
export function nameDashPairedNames(text: string, tokens: readonly NameToken[], named: boolean[]): void {
  const dashAfter = (index: number): boolean =>
    index >= 0 && index + 1 < tokens.length && DASH_GAP.test(text.slice(tokens[index]!.end, tokens[index + 1]!.start));
  for (let index = 0; index + 1 < tokens.length; index++) {
    const next = index + 1;
    if (!dashAfter(index) || dashAfter(index - 1) || dashAfter(next)) continue;
    if (isCrossing(text, tokens, index)) {
      named[index] = false;
      named[next] = false;
      continue;
    }
    if (named[index] === named[next]) continue;
    const [name, other] = named[index] ? [index, next] : [next, index];
    if (!isLone(tokens, name, (at) => named[at] === true) || !isLone(tokens, other, (at) => tokens[at]!.capitalised)) continue;
    if (mayBeNamed(text, tokens[other]!)) named[other] = true;
  }
}

/**
 * "Достык — Аль-Фараби", "Абая - Байтурсынова": a crossing of two streets, one of them a name
 * that alone means a street in Almaty, each side a word alone.
 */
function isCrossing(text: string, tokens: readonly NameToken[], index: number): boolean {
  const sides = [index, index + 1];
  const alone = (at: number): boolean => isLone(tokens, at, (other) => tokens[other]!.capitalised);
  const written = (at: number): string => text.slice(tokens[at]!.start, tokens[at]!.end);
  return sides.every(alone) && sides.some((at) => isStreetName(written(at)) || tokens[at]!.streetByName === true);
}

/**
 * A word with no word `counts` joined to it on either side: the named side is a name of one
 * word ("Матч Дорохов — Кастельяно"), the other side no part of a longer run ("Дорохов —
 * Кастельяно Групп").
 */
function isLone(tokens: readonly NameToken[], index: number, counts: (index: number) => boolean): boolean {
  const token = tokens[index]!;
  const after = tokens[index + 1];
  const joinedBefore = token.joined && counts(index - 1);
  return !token.initial && !joinedBefore && !(after !== undefined && after.joined && counts(index + 1));
}

/**
 * Not a place, a subject's word, a given name that is also a word, a Latin word, or a word
 * opening a quotation.
 */
function mayBeNamed(text: string, token: NameToken): boolean {
  if (!token.capitalised || token.place || token.subject || token.given === 'ambiguous') return false;
  if (OPENING_QUOTE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start))) return false;
  return !LATIN_LETTER.test(text.slice(token.start, token.end));
}
