import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One hand-labelled sentence of `sentences.jsonl` (see GUIDE.md). */
export interface LabelledSentence {
  readonly id: string;
  readonly text: string;
  readonly language: 'ru' | 'kk';
  readonly source: string;
  readonly licence: string;
  readonly issues: readonly string[];
  readonly slices: readonly string[];
  readonly split: 'train' | 'test';
  /**
   * Set on sentences drawn because the taxonomy's keywords fire on them (round 5): they teach
   * the filter right and wrong hits, but would bias any figure or threshold measured on them.
   */
  readonly draw?: 'keyword-hits';
}

// The JSONL stays in the source tree; from dist/training/issues it is three levels up.
const CANDIDATES = [
  new URL('./sentences.jsonl', import.meta.url),
  new URL('../../../training/issues/sentences.jsonl', import.meta.url),
];

export function labelledSentencesPath(): string {
  for (const candidate of CANDIDATES) {
    const path = fileURLToPath(candidate);
    if (existsSync(path)) return path;
  }
  throw new Error(`issue training: no sentences.jsonl beside ${import.meta.url}`);
}

/** Reads the labelled sentences; a malformed line stops with its line number. */
export function readLabelledSentences(path = labelledSentencesPath()): LabelledSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      try {
        return [JSON.parse(line) as LabelledSentence];
      } catch (error) {
        throw new Error(`${path} line ${index + 1}: ${(error as Error).message}`);
      }
    });
}
