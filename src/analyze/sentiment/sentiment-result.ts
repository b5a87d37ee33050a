import type { SentimentLabel, SentimentResult } from '../analysis.js';

/** Class order of the shipped model files. */
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** A frozen result from class probabilities in model order; ties go to the earlier label. */
export function sentimentResult(probabilities: Float64Array): SentimentResult {
  const negative = probabilities[0]!;
  const neutral = probabilities[1]!;
  const positive = probabilities[2]!;

  let label: SentimentLabel = 'negative';
  if (neutral > negative && neutral >= positive) label = 'neutral';
  else if (positive > negative && positive > neutral) label = 'positive';

  return { label, probabilities: { negative, neutral, positive } };
}
