/**
 * Control characters that never belong in text but do turn up in it: NULs from a broken export,
 * DEL, escape codes, the C1 controls (U+0080-U+009F, CSI among them). Tabs and newlines stay; vertical tabs and form feeds are handled below.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Word writes a manual line break as a vertical tab (0x0B); it gets pasted into CMS titles. */
const WORD_LINE_BREAKS = /[\u000B\u000C]/g;
/** CR LF, a lone CR, and the Unicode line and paragraph separators all end a line. */
const LINE_ENDS = /\r\n?|[\u2028\u2029]/g;
const SPACE_RUNS = /[ \t\u00A0]+/g;
const SPACE_AROUND_NEWLINES = / ?\n ?/g;
const BLANK_LINE_RUNS = /\n{3,}/g;
/** Anything the replacements below would change; most texts have none and come back as they are. */
const NEEDS_CLEANING =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u2028\u2029]| [ \n]|\n |\n\n\n|^\s|\s$/;

/** Removes control characters from a whole document before parsing; Word's breaks become spaces. */
export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(WORD_LINE_BREAKS, ' ');
}

/**
 * Half of a surrogate pair without its other half: what is left of an emoji when a tool cut a text
 * at a count of UTF-16 units (a snippet of 280, a "…" added after 500), or a JSON `\ud83d`
 * escape on its own. It is no character; stored, it made the text invalid UTF-8 in the database.
 */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Plain text as posts keep it: no control characters nor halves of surrogate pairs, `\n` line
 * ends, runs of spaces (and no-break spaces) collapsed, at most one blank line in a row, no
 * leading or trailing space; empty when nothing in it would show.
 */
export function cleanText(given: string): string {
  const text = given.replace(LONE_SURROGATES, '');
  const cleaned = !NEEDS_CLEANING.test(text) ? text : text
    .replace(CONTROL_CHARACTERS, '')
    .replace(WORD_LINE_BREAKS, '\n')
    .replace(LINE_ENDS, '\n')
    .replace(SPACE_RUNS, ' ')
    .replace(SPACE_AROUND_NEWLINES, '\n')
    .replace(BLANK_LINE_RUNS, '\n\n')
    .trim();
  // Zero-width and other invisible characters alone are no text, for every importer alike.
  return VISIBLE.test(cleaned) ? cleaned : '';
}

/**
 * A character that shows: not a space, a format character (zero-width), a control, nor a letter
 * or mark drawn as nothing. Telegram and VK users send the Hangul fillers and the blank Braille
 * pattern as an empty message; the privacy gate removes the fillers and the joiners, and a text
 * of them alone was stored as an empty post. The marks stand outside the bracket, where a mark
 * cannot attach to the character before it.
 */
const VISIBLE = /(?!\u034F|\u17B4|\u17B5)[^\p{Z}\p{Cf}\p{Cc}\s\u115F\u1160\u2800\u3164\uFFA0]/u;
