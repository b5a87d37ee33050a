/**
 * Where a text may be cut for a snippet or an excerpt without splitting what shows as one
 * character. JavaScript counts UTF-16 units, so a cut at a plain offset could fall between the
 * two halves of an emoji (a lone half prints as "�" and is refused by strict JSON and UTF-8
 * readers such as Telegram's API), before a combining mark, a variation selector or a skin tone,
 * or beside the zero-width joiner inside a family emoji (👨‍👩‍👧 is five code points).
 */

const JOINER = 0x200d;
/** What attaches to the character before it: a mark, a joiner, a variation selector, a skin tone. */
const ATTACHED = /^(?:\p{M}|\u200d|[\ufe00-\ufe0f]|[\u{1f3fb}-\u{1f3ff}])/u;

/** Whether a cut at `index` would split one visible character. */
export function splitsCharacter(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(index - 1))) return true;
  return text.charCodeAt(index - 1) === JOINER || ATTACHED.test(text.slice(index, index + 2));
}

/** `index`, or the nearest place before it where a cut splits no character. */
export function cutBefore(text: string, index: number): number {
  let cut = Math.min(index, text.length);
  while (splitsCharacter(text, cut)) cut--;
  return cut;
}

/** `index`, or the nearest place after it where a cut splits no character. */
export function cutAfter(text: string, index: number): number {
  let cut = Math.max(index, 0);
  while (splitsCharacter(text, cut)) cut++;
  return cut;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
