/**
 * Control characters that never belong in text but do turn up in it: a vertical tab (0x0B) pasted
 * from Word into a CMS title, NULs from a broken export, DEL. Tabs and newlines stay.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const CARRIAGE_RETURNS = /\r\n?/g;
const SPACE_RUNS = /[ \t\u00A0]+/g;
const SPACE_AROUND_NEWLINES = / ?\n ?/g;
const BLANK_LINE_RUNS = /\n{3,}/g;

/** Removes control characters from a whole document before it is parsed. */
export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * Plain text as posts keep it: no control characters, `\n` line ends, runs of spaces (and no-break
 * spaces) collapsed, at most one blank line in a row, no leading or trailing space.
 */
export function cleanText(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(CARRIAGE_RETURNS, '\n')
    .replace(SPACE_RUNS, ' ')
    .replace(SPACE_AROUND_NEWLINES, '\n')
    .replace(BLANK_LINE_RUNS, '\n\n')
    .trim();
}
