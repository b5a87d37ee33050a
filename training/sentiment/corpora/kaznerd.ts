import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { NEUTRAL, stableBucket, type TextExample } from '../examples.js';

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', '»', '%']);
const NO_SPACE_AFTER = new Set(['(', '«']);

/**
 * Kazakh TV-news sentences from KazNERD (CC BY 4.0), taken as neutral.
 *
 * KazSAnDRA has only positive and negative reviews, so without these the model would never call
 * Kazakh text neutral. News sentences are overwhelmingly neutral reporting; the labels are
 * assumed, not annotated (silver), and the model card says so. Sentences in buckets
 * [`bucketFrom`, `bucketBelow`) are read.
 */
export function readKazNerdSentences(
  dataDir: string,
  split: 'valid' | 'test',
  bucketBelow: number,
  bucketFrom = 0,
): TextExample[] {
  const path = join(dataDir, 'kaznerd', split === 'valid' ? 'IOB2_valid.txt' : 'IOB2_test.txt');
  const examples: TextExample[] = [];
  let words: string[] = [];

  const finishSentence = (): void => {
    const text = joinTokens(words);
    words = [];
    // Short fragments ("Иә .") teach nothing about neutrality.
    const bucket = stableBucket(text);
    if (text.length < 30 || bucket >= bucketBelow || bucket < bucketFrom) return;
    examples.push({ text, label: NEUTRAL, corpus: 'kaznerd' });
  };

  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.split(/\s+/)[0];
    if (!word) finishSentence();
    else words.push(word);
  }
  finishSentence();
  return examples;
}

function joinTokens(tokens: readonly string[]): string {
  let text = '';
  for (const token of tokens) {
    const glue =
      text === '' || NO_SPACE_BEFORE.has(token) || NO_SPACE_AFTER.has(text.at(-1) ?? '') ? '' : ' ';
    text += glue + token;
  }
  return text;
}
