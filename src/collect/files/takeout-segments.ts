import { isJsonObject } from '../json-value.js';

/** How a Takeout text cell starts: the old wrapper, or the first of the bare segments. */
const SEGMENTS_START = /^\{\s*"(?:takeoutSegments|text)"\s*:/;

/**
 * The text of a YouTube comment or live chat message as Google Takeout writes it in
 * `comments.csv` and `live chats.csv`: JSON segments, wrapped before mid-2024
 * (`{"takeoutSegments":[{"text":"Hello "},{"text":"world"}]}`) and bare since
 * (`{"text":"Hello "},{"text":"world"}`), a line break being a segment of its own. Read as it
 * stands, the post's text was that JSON. Undefined for any other value, which is read as written.
 */
export function takeoutSegmentsText(value: string): string | undefined {
  const cell = value.trim();
  if (!SEGMENTS_START.test(cell)) return undefined;

  const wrapped = parsedOrUndefined(cell);
  const segments = isJsonObject(wrapped) && Array.isArray(wrapped.takeoutSegments)
    ? wrapped.takeoutSegments
    : parsedOrUndefined(`[${cell}]`);
  if (!Array.isArray(segments) || segments.length === 0) return undefined;
  if (!segments.every((segment) => isJsonObject(segment) && typeof segment.text === 'string')) return undefined;
  return segments.map((segment) => (segment as { text: string }).text).join('');
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
