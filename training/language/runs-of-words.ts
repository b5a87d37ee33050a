/**
 * Runs of 3 to 7 words cut from sentences, as posts and short sentences are this long: the
 * short texts tuning looks at between a whole news sentence and a word pair.
 */

/** A run of 3 to 7 words from each sentence, drawn with `random`. */
export function runsOfWords(sentences: readonly string[], random: () => number): string[] {
  const runs: string[] = [];
  for (const sentence of sentences) {
    const words = sentence.split(/\s+/u);
    const count = 3 + Math.floor(random() * 5);
    const start = Math.floor(random() * Math.max(1, words.length - count));
    const run = words.slice(start, start + count);
    if (run.length >= 3) runs.push(run.join(' '));
  }
  return runs;
}
