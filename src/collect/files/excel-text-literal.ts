/** A cell written as a formula that gives its text: `="000123"`, with `""` for a quote inside. */
const TEXT_FORMULA = /^="((?:[^"]|"")*)"$/s;

/**
 * A CSV cell as Excel shows it. Exports meant to be opened in Excel write ids, dates, phone-like
 * numbers and links as formulas that give their text (`="000123"`, `="05.12.2024 10:00"`), so that
 * Excel keeps leading zeros and does not turn dates or long numbers into its own; read as written,
 * the date was unreadable and the link not a link.
 */
export function excelTextLiteral(cell: string): string {
  if (!cell.startsWith('="')) return cell;
  const literal = TEXT_FORMULA.exec(cell);
  return literal ? literal[1]!.replaceAll('""', '"') : cell;
}
