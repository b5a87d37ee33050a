/**
 * Suggestions for misspelt keys and values: `minGroupSze`, `min_group_size` and `MinGroupSize` all
 * point at `minGroupSize`.
 */

/** The closest of `candidates` to `written`, or undefined when none is close enough to be meant. */
export function closestMatch(written: string, candidates: Iterable<string>): string | undefined {
  const folded = foldSpelling(written);
  let best: string | undefined;
  let bestDistance = Infinity;

  for (const candidate of candidates) {
    const distance = editDistance(folded, foldSpelling(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }

  // A third of the word may be wrong; "lang" → "language" is a prefix and is allowed too.
  const allowed = Math.max(1, Math.floor(folded.length / 3));
  if (best === undefined) return undefined;
  const foldedBest = foldSpelling(best);
  const isPrefix = folded.length >= 3 && foldedBest.startsWith(folded);
  return bestDistance <= allowed || isPrefix ? best : undefined;
}

/** Case, `_`, `-` and spaces do not tell keys apart for a suggestion. */
function foldSpelling(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function editDistance(left: string, right: string): number {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table: number[] = new Array<number>(rows * columns).fill(0);
  const at = (row: number, column: number): number => table[row * columns + column] as number;

  for (let row = 0; row < rows; row++) table[row * columns] = row;
  for (let column = 0; column < columns; column++) table[column] = column;

  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let distance = Math.min(at(row - 1, column) + 1, at(row, column - 1) + 1, at(row - 1, column - 1) + cost);
      const swapped = row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1];
      if (swapped) distance = Math.min(distance, at(row - 2, column - 2) + 1);
      table[row * columns + column] = distance;
    }
  }
  return at(rows - 1, columns - 1);
}
