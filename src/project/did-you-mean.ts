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
    const foldedCandidate = foldSpelling(candidate);
    // "lang" for "language": a shortened key is meant however far apart the lengths are.
    const shortened = folded.length >= 3 && foldedCandidate.startsWith(folded);
    const distance = shortened ? 0.5 : editDistance(folded, foldedCandidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }

  // Up to a third of the letters may be wrong before a suggestion is more likely a guess.
  const allowed = Math.max(1, Math.floor(folded.length / 3));
  return bestDistance <= allowed ? best : undefined;
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
      let distance = Math.min(
        at(row - 1, column) + 1,
        at(row, column - 1) + 1,
        at(row - 1, column - 1) + cost,
      );
      const swapped =
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1];
      if (swapped) distance = Math.min(distance, at(row - 2, column - 2) + 1);
      table[row * columns + column] = distance;
    }
  }
  return at(rows - 1, columns - 1);
}
