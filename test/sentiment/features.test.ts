import { describe, expect, it } from 'vitest';

import { EnglishLexicon } from '../../src/analyze/sentiment/english-lexicon.js';
import { fixtureLines } from '../fixtures/fixture-lines.js';
import { FeatureBuffer, TargetFeatureHasher, TextFeatureHasher } from '../../src/models/index.js';
import { TokenBuffer } from '../../src/models/token-buffer.js';

function tokensOf(text: string): string[] {
  const tokens = new TokenBuffer();
  tokens.tokenise(text);
  return Array.from({ length: tokens.count }, (_, index) =>
    text.slice(tokens.starts[index], tokens.ends[index]),
  );
}

function featuresOf(text: string): number[] {
  const features = new FeatureBuffer();
  new TextFeatureHasher({ bucketBits: 19, charNgramMin: 2, charNgramMax: 5 }).extract(
    text,
    features,
  );
  return Array.from(features.snapshot());
}

describe('tokeniser', () => {
  it('keeps Kazakh letters, emoji and the Russian smiley as tokens and drops plain punctuation', () => {
    expect(tokensOf('керемет, рахмет!)) 💖 «әкім»')).toEqual([
      'керемет',
      'рахмет',
      '!',
      ')',
      ')',
      '💖',
      'әкім',
    ]);
  });

  it('keeps Kazakh Latin letters with diacritics inside one word', () => {
    expect(tokensOf('óte jaqsy, ǵajap')).toEqual(['óte', 'jaqsy', 'ǵajap']);
  });
});

describe('hashed text features', () => {
  // The shipped weights are indexed by these buckets: a change here silently breaks every model.
  it('puts a known word in the same buckets as when the shipped models were trained', () => {
    expect(featuresOf('аким').slice(0, 3)).toEqual([485051, 493732, 371886]);
  });

  it('treats numbers alike, so "2024" and "1999" share their word feature', () => {
    expect(featuresOf('2024')[0]).toBe(featuresOf('1999')[0]);
  });

  it('counts words, pairs and character n-grams of 2 to 5 framed letters', () => {
    // "жол": 1 word, 0 pairs, framed "<жол>" has 4 bigrams, 3 trigrams, 2 four-grams, 1 five-gram.
    expect(featuresOf('жол')).toHaveLength(1 + 4 + 3 + 2 + 1);
  });

  it('reuses its buffer: extracting a second text replaces the first', () => {
    const features = new FeatureBuffer();
    const hasher = new TextFeatureHasher({ bucketBits: 10, charNgramMin: 2, charNgramMax: 3 });
    hasher.extract('очень длинный текст про дороги и автобусы', features);
    hasher.extract('да', features);
    expect(features.count).toBe(1 + 3 + 2);
  });

  it('sees the words around a mention but never the mention itself', () => {
    const hasher = new TargetFeatureHasher({ bucketBits: 19, charNgramMin: 2, charNgramMax: 5 });
    const first = new FeatureBuffer();
    const second = new FeatureBuffer();
    hasher.extract('жители благодарят', 'за ремонт', first);
    hasher.extract('жители благодарят', 'за ремонт', second);
    expect(first.snapshot()).toEqual(second.snapshot());
    expect(first.count).toBeGreaterThan(40);
  });

  it('adds the kind of entity, alone and with each word of the sentence, when it is known', () => {
    const hasher = new TargetFeatureHasher({ bucketBits: 19, charNgramMin: 2, charNgramMax: 5 });
    const unknown = new FeatureBuffer();
    const person = new FeatureBuffer();
    const organization = new FeatureBuffer();
    hasher.extract('задержали', 'вчера', unknown);
    hasher.extract('задержали', 'вчера', person, 'person');
    hasher.extract('задержали', 'вчера', organization, 'organization');

    // Three tokens (two words and the mention's mark), plus the kind itself.
    expect(person.count - unknown.count).toBe(3 + 1);
    const withKind = new Set(person.snapshot());
    expect(Array.from(unknown.snapshot()).filter((feature) => !withKind.has(feature))).toEqual([]);
    expect(person.snapshot()).not.toEqual(organization.snapshot());
  });
});

describe('English word lists', () => {
  const lexicon = new EnglishLexicon();
  const score = (text: string): number[] => {
    const probabilities = new Float64Array(3);
    lexicon.scoreInto(text, probabilities);
    return Array.from(probabilities);
  };

  it('turns a positive word around after a negator within three words', () => {
    const [negative, , positive] = score("the road isn't good");
    expect(negative).toBeGreaterThan(positive!);
  });

  it('calls a post with no listed words neutral', () => {
    const [negative, neutral, positive] = score('the council meets on wednesday');
    expect(neutral).toBeGreaterThan(Math.max(negative!, positive!));
  });
});

describe('English word lists on residents\' complaints', () => {
  const lexicon = new EnglishLexicon();
  const negative = (text: string): boolean => {
    const probabilities = new Float64Array(3);
    lexicon.scoreInto(text, probabilities);
    return probabilities[0]! > Math.max(probabilities[1]!, probabilities[2]!);
  };

  // Each was neutral: a missing service and these words carried no tone.
  it.each(fixtureLines('sentiment/english-complaints-without-listed-words.txt'))('%s is negative', (text) => {
    expect(negative(text.toLowerCase())).toBe(true);
  });

  it('a service named without a negator before it is no complaint', () => {
    expect(negative('the new bus route to the airport opens on monday')).toBe(false);
  });
});
