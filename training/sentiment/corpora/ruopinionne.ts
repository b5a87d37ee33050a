import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { NEGATIVE, POSITIVE, type TargetExample } from '../examples.js';

interface Opinion {
  readonly Target: [string[], string[]];
  readonly Polarity: string;
}

interface OpinionSentence {
  readonly text: string;
  readonly opinions: readonly Opinion[];
}

export interface OpinionCorpus {
  /** Every sentence, with or without opinions. */
  readonly sentences: readonly { readonly text: string; readonly polarities: readonly string[] }[];
  /** One example per opinion target, positive or negative. */
  readonly targets: readonly TargetExample[];
}

/** RuOpinionNE-2024 (MIT): Russian news sentences with (holder, target, expression, polarity). */
export function readRuOpinionNE(dataDir: string): OpinionCorpus {
  const path = join(dataDir, 'ruopinionne-2024', 'train.jsonl');
  const sentences: { text: string; polarities: string[] }[] = [];
  const targets: TargetExample[] = [];

  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let record: OpinionSentence;
      try {
        record = JSON.parse(line) as OpinionSentence;
      } catch (error) {
        throw new Error(`training data ${path} line ${index + 1}: ${(error as Error).message}`);
      }

      const polarities: string[] = [];
      for (const opinion of record.opinions) {
        polarities.push(opinion.Polarity);
        const target = targetSpan(record.text, opinion);
        if (!target || (opinion.Polarity !== 'NEG' && opinion.Polarity !== 'POS')) continue;
        const label = opinion.Polarity === 'POS' ? POSITIVE : NEGATIVE;
        targets.push({ sentence: record.text, ...target, label, corpus: 'ruopinionne-2024' });
      }
      sentences.push({ text: record.text, polarities });
    });

  return { sentences, targets };
}

// Targets are given as text and "start:end"; "NULL" marks an implicit target, which has no span.
function targetSpan(text: string, opinion: Opinion): { start: number; end: number } | undefined {
  const words = opinion.Target[0][0];
  const span = opinion.Target[1][0];
  if (!words || words === 'NULL' || !span) return undefined;

  const [start, end] = span.split(':').map(Number);
  if (start === undefined || end === undefined || end <= start) return undefined;
  if (text.slice(start, end) === words) return { start, end };

  const found = text.indexOf(words);
  return found < 0 ? undefined : { start: found, end: found + words.length };
}
