/**
 * A path as one word a POSIX shell reads back unchanged, for the commands tyndau suggests. A
 * project under "Мои документы" or "dir with space" printed bare split into several words when
 * copied, and `--project` got only the first.
 */
export function shellWord(text: string): string {
  if (/^[\p{L}\p{N}_@%+=:,./-]+$/u.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
