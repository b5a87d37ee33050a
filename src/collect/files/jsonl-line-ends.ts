/**
 * Where JSON Lines records end. A line ends at LF, CRLF, or a carriage return alone: files from
 * old Mac tools, and files whose records were joined by scripts with mixed conventions, end
 * records with a bare CR, and split on LF only two records would be one line that does not
 * parse. A CR cannot stand inside a record: JSON strings must escape it. U+2028 and U+2029 are
 * legal inside JSON strings and do not end a record.
 */
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** Start and end (exclusive, before the line end) of each line of `text`, in order. */
export function* jsonlLineSpans(text: string): Generator<readonly [number, number]> {
  let start = 0;
  // The next CR is found once and kept while it lies ahead: searching for it on every line of a
  // file without one would read the rest of the file each time.
  let nextCarriageReturn = text.indexOf('\r');

  while (start <= text.length) {
    const lineFeed = text.indexOf('\n', start);
    const lineEnd = lineFeed === -1 ? text.length : lineFeed;
    if (nextCarriageReturn !== -1 && nextCarriageReturn < start) {
      nextCarriageReturn = text.indexOf('\r', start);
    }
    const bare = nextCarriageReturn !== -1 && nextCarriageReturn < lineEnd &&
      text.charCodeAt(nextCarriageReturn + 1) !== LINE_FEED;
    const end = bare ? nextCarriageReturn : lineEnd;
    yield [start, end];
    start = end + 1;
  }
}

/**
 * The lines inside one LF-ended line of bytes, split at each bare CR; a CR just before where the
 * LF stood stays, for the reader's trim.
 */
export function splitAtBareCarriageReturns(line: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let index = line.indexOf(CARRIAGE_RETURN); index !== -1 && index < line.length - 1;
    index = line.indexOf(CARRIAGE_RETURN, start)) {
    parts.push(line.subarray(start, index));
    start = index + 1;
  }
  parts.push(line.subarray(start));
  return parts;
}
