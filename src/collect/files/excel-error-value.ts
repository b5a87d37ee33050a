/**
 * What Excel writes into a CSV in place of a value it could not show. A CSV that passed through
 * Excel (opened, then saved) carries them as text:
 * - an error, when Excel took a cell for a formula: a post that starts with "=", "+" or "-"
 *   ("=)", "- опять нет света", "+1 к жалобе") became `#NAME?` (`#ИМЯ?` in Russian Excel);
 * - a run of `#`, when a date or number was wider than its column: Excel saves what it shows.
 * Read as written, each error was stored as a post, and many rows shared it as their id.
 */
const ERROR_VALUES = new Set([
  '#null!', '#div/0!', '#value!', '#ref!', '#name?', '#num!', '#n/a', '#getting_data', '#spill!',
  '#calc!', '#field!', '#blocked!', '#busy!', '#connect!', '#unknown!',
  // Russian Excel.
  '#пусто!', '#дел/0!', '#знач!', '#ссылка!', '#имя?', '#число!', '#н/д', '#перенос!', '#вычисл!',
  '#поле!', '#заблокировано!', '#занято!', '#подключение!', '#неизвестно!',
]);
const TOO_NARROW = /^#{2,}$/;

/** The kind of stand-in a cell holds, or undefined for a value. */
export function excelStandIn(cell: string): 'error' | 'too-narrow' | undefined {
  const trimmed = cell.trim();
  if (!trimmed.startsWith('#')) return undefined;
  if (TOO_NARROW.test(trimmed)) return 'too-narrow';
  return ERROR_VALUES.has(trimmed.toLowerCase()) ? 'error' : undefined;
}
