/**
 * Averaged word vectors as extra features of a (tweet, company) pair for the in-domain benchmark
 * method, and the unlabelled Russian texts the vectors are learnt from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readTable } from '../sentiment/corpora/read-table.js';
import type { CompanyTweet } from '../sentiment/corpora/sentiruEval.js';
import { LEXICON_NEGATIVE, LEXICON_POSITIVE } from './sentiment-lexicon.js';
import type { DenseFeatures } from './social-model.js';
import { OTHER_TARGET_TOKEN, socialTokens, TARGET_TOKEN } from './social-tokens.js';
import { DEFAULT_WORD_VECTORS, trainWordVectors, type WordVectors } from './word-vectors.js';

/** Words on each side of the company's placeholder that make the second, local mean. */
const WORDS_AROUND_COMPANY = 3;

const NOT_WORDS = new Set([TARGET_TOKEN, OTHER_TARGET_TOKEN, LEXICON_POSITIVE, LEXICON_NEGATIVE]);

/**
 * Two unit-length means: of every word of the tweet, and of the words within three of the
 * company's placeholder (all zeros when the name is not found). A negated word counts as the
 * word itself: the n-gram block already carries its negation.
 */
export function companyVectorFeatures(vectors: WordVectors): DenseFeatures {
  const plain = (token: string): string => token.replace(/^не_/, '');
  return {
    size: 2 * vectors.dimensions,
    features(tokens: readonly string[]): Float64Array {
      const words = tokens.filter((token) => !NOT_WORDS.has(token)).map(plain);
      const at = tokens.indexOf(TARGET_TOKEN);
      const near =
        at < 0
          ? []
          : tokens
              .slice(Math.max(0, at - WORDS_AROUND_COMPANY), at + WORDS_AROUND_COMPANY + 1)
              .filter((token) => !NOT_WORDS.has(token))
              .map(plain);
      const features = new Float64Array(2 * vectors.dimensions);
      features.set(vectors.mean(words));
      features.set(vectors.mean(near), vectors.dimensions);
      return features;
    },
  };
}

/**
 * Word vectors from `tweets` (the SentiRuEval train tweets the model may see) and the Russian
 * texts of the other public corpora's train splits: RuSentiTweet and RuSentiment posts,
 * open-sentiment-corpus and RuSentNE sentences, about 58,000 texts and 780,000 words. No test
 * text of any corpus is read. Labels are not used.
 */
export function learnWordVectors(
  dataDir: string,
  tweets: readonly CompanyTweet[],
  seed = DEFAULT_WORD_VECTORS.seed,
): WordVectors {
  const rusentne = readFileSync(join(dataDir, 'rusentne', 'train_data.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '');
  const texts = [
    ...tweets.map((tweet) => tweet.text),
    ...readTable(join(dataDir, 'rusentitweet', 'train.csv')).map((row) => row.text ?? ''),
    ...['random', 'preselected'].flatMap((part) =>
      readTable(join(dataDir, 'rusentiment', `rusentiment_${part}_posts.csv`)).map((row) => row.text ?? ''),
    ),
    ...readTable(join(dataDir, 'open-sentiment-corpus', 'opensentimentcorpus-final-by-majority.csv')).map(
      (row) => row.Sentence ?? '',
    ),
    // RuSentNE repeats a sentence once per entity.
    ...new Set(rusentne),
  ];
  return trainWordVectors(texts.map((text) => socialTokens(text)), { ...DEFAULT_WORD_VECTORS, seed });
}
