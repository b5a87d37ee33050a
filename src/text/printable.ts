/**
 * Characters that change how a terminal shows what follows them rather than showing themselves:
 * C0 and C1 controls (escape sequences start with ESC or CSI), DEL, bidirectional embeddings,
 * overrides and isolates (U+202E shows the rest of a line backwards), and the line and paragraph
 * separators. Tabs and line feeds are left to the caller.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from outside (a file name, a record's value, a query, a server's error) made safe to print
 * to a terminal: each character that would steer the terminal is shown as its code, `\u{202E}`,
 * so the line reads as written and the character can still be found.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, codeOf);
}

const LINE_BREAKING = /[\t\n\r]/g;

/**
 * As `printable`, for a value shown inside one line of a summary: a file name or a record's
 * value with a line feed in it would otherwise print what looks like a line of its own (a forged
 * `total:` line), so tabs and line ends are shown by their codes too.
 */
export function printableLine(text: string): string {
  return printable(text).replace(LINE_BREAKING, codeOf);
}

/**
 * The same characters each shown as U+FFFD, one column wide, for a line that a caret line must
 * stay aligned under.
 */
export function printableInPlace(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}

/** `\u{202E}`: a character as its code point, in the form a JavaScript string would take. */
function codeOf(character: string): string {
  return `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;
}
