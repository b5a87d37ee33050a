/**
 * The line on which each `<item>` or `<entry>` starts, so that skip reports can say
 * `file.xml:42` and not only "item 7". One pass over the text.
 */
const ITEM_START = /<(?:[\w-]+:)?(?:item|entry)[\s>/]/g;

export function itemStartLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let newline = xml.indexOf('\n');

  for (const match of xml.matchAll(ITEM_START)) {
    while (newline !== -1 && newline < match.index) {
      line += 1;
      newline = xml.indexOf('\n', newline + 1);
    }
    lines.push(line);
  }
  return lines;
}

/** The 1-based line of a character offset. */
export function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; ) {
    line += 1;
    newline = text.indexOf('\n', newline + 1);
  }
  return line;
}
