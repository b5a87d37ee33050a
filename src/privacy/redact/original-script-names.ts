/**
 * A name's original spelling in a script without capital letters, in brackets right after the
 * name: "Ма Лин (马凌)", "Марио (何猷君)", "Ли Сын Ман (이승만)", "Нетаньяху (נתניהו)". The name
 * finder reads only capitalised words, so the bracket would keep the name the placeholder hid.
 */
import type { RedactionSpan } from './redaction-kind.js';

const SCRIPT_LETTER =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Arabic}' +
  '\\p{Script=Hebrew}\\p{Script=Georgian}\\p{Script=Thai}]';
/** The bracket's content: words of those scripts, with spaces, dots or "·" between them. */
const ORIGINAL_SPELLING = new RegExp(
  `^[ \\t]*\\([ \\t]*(${SCRIPT_LETTER}+(?:[ \\t·・.]{1,2}${SCRIPT_LETTER}+){0,4})[ \\t]*\\)`, 'u');
const REACH = 60;

/** `names` (in text order) with the original spellings that follow them. */
export function withOriginalSpellings(text: string, names: readonly RedactionSpan[]): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const name of names) {
    spans.push(name);
    const match = ORIGINAL_SPELLING.exec(text.slice(name.end, name.end + REACH));
    if (match === null) continue;
    const start = name.end + match[0].indexOf(match[1]!);
    spans.push({ start, end: start + match[1]!.length, kind: 'name' });
  }
  return spans;
}
