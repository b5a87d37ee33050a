/**
 * Cells a row before a table's header may hold. Reports open with a title ("Выгрузка за ноябрь")
 * and listening tools (Brandwatch, Medialogia-like exports) with label and value pairs
 * ("Query Name:", "Акимат"; "Date Range:", "01.11.2024 - 30.11.2024") before the header row:
 * a row of at most two values is such a line, not a header and not a post.
 */
const MAX_PREAMBLE_CELLS = 2;

/** A label as report headers write it before its value: `From:`, `Query Name:`, `Период:`. */
const LABEL = /^"?[^"]*\p{L}[^"]*:\s*"?$/u;

/**
 * True when the row's cells are those of a title, of a label with its value, or of several labels
 * each followed by its value on one line (`From:,2026-11-01,To:,2026-11-30`, as Brandwatch writes
 * a report's period).
 */
export function isPreambleRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length <= MAX_PREAMBLE_CELLS) return true;
  return filled.length % 2 === 0
    && filled.every((cell, index) => index % 2 === 1 || LABEL.test(cell));
}

/**
 * A CSV line split on `delimiter` outside double quotes, quotes kept: enough to count the cells of
 * a preamble line, whose value may hold the delimiter ("Nov 1, 2024 - Nov 30, 2024").
 */
export function splitOutsideQuotes(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) {
      cells.push(line.slice(start, index));
      start = index + 1;
    }
  }
  cells.push(line.slice(start));
  return cells;
}
