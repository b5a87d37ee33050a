import type { FeatureBuffer } from './feature-buffer.js';
import { combineHashes, hashText } from './feature-hash.js';
import { addCharNgrams, addPairs, addWords, type TextFeatureConfig } from './text-features.js';
import { SYMBOL_TOKEN, TokenBuffer } from './token-buffer.js';

/**
 * Stands in for the mention itself, so that the model learns from what is said around a subject
 * and never from its name. A private-use character: no real text contains it.
 */
export const MENTION_MARK = '\uE000';

/** Words this far from the mention on each side are features tied to their side and distance. */
const NEAR_WINDOW = 12;
/** The nearest words also give their character n-grams: "похвалил", "похвалили" share a stem. */
const NEAR_NGRAM_WINDOW = 4;

const NAMESPACE = {
  sentenceWord: hashText('sentence-word'),
  sentencePair: hashText('sentence-pair'),
  sentenceNgram: hashText('sentence-ngram'),
  clauseWord: hashText('clause-word'),
  clauseNgram: hashText('clause-ngram'),
  before: hashText('before'),
  after: hashText('after'),
  nearNgram: hashText('near-ngram'),
  nearPair: hashText('near-pair'),
  flag: hashText('flag'),
  entityKind: hashText('entity-kind'),
  kindWord: hashText('kind-word'),
} as const;

/**
 * What the mentioned entity is. News speak of countries, professions and nationalities mostly
 * without taking sides, of persons and organisations far more often with a tone; and the same
 * verb ("задержали", "наградили") says different things around a person and around a country.
 */
export type EntityKind = 'person' | 'organization' | 'country' | 'profession' | 'nationality';

const KIND_HASH: Readonly<Record<EntityKind, number>> = {
  person: hashText('person'),
  organization: hashText('organization'),
  country: hashText('country'),
  profession: hashText('profession'),
  nationality: hashText('nationality'),
};

const FLAG = {
  opensClause: hashText('mention-opens-clause'),
  opensSentence: hashText('mention-opens-sentence'),
  closesClause: hashText('mention-closes-clause'),
} as const;

// Punctuation that ends a clause: "Аким отремонтировал дорогу, но жители недовольны".
const CLAUSE_PUNCTUATION = new Set([...',;:.—–\n()!?'].map((character) => character.charCodeAt(0)));

// Words that open a contrasting clause, in the three languages of the posts.
const CLAUSE_OPENERS = new Set(
  [
    'но',
    'а',
    'однако',
    'зато',
    'хотя',
    'тогда',
    'бірақ',
    'алайда',
    'ал',
    'biraq',
    'alaida',
    'but',
    'however',
    'although',
    'though',
    'while',
    'whereas',
  ]
    .map(hashText)
    .map((hash) => hash | 0),
);

/** Distance from the mention, coarsened so that rare far positions share weights. */
function distanceBand(distance: number): number {
  if (distance <= 2) return distance;
  if (distance <= 4) return 3;
  return distance <= 8 ? 4 : 5;
}

/**
 * Features of a sentence as seen from one mention in it: the sentence's words with the mention
 * masked, the words of the mention's own clause, and the nearest words on each side with their
 * distance. "Аким наконец отремонтировал дорогу, а во дворах всё так же грязно" is positive
 * toward the akim although the sentence complains; the clause features carry that.
 */
export class TargetFeatureHasher {
  readonly config: TextFeatureConfig;
  readonly #mask: number;
  readonly #tokens = new TokenBuffer();
  readonly #markHash: number;

  constructor(config: TextFeatureConfig) {
    this.config = Object.freeze({ ...config });
    this.#mask = (1 << config.bucketBits) - 1;
    this.#markHash = hashTextAsToken(MENTION_MARK);
  }

  /**
   * Replaces the contents of `features` with the features of the normalised sentence
   * `before + mention + after`, as seen from the mention, of `entityKind` when it is known.
   */
  extract(before: string, after: string, features: FeatureBuffer, entityKind?: EntityKind): void {
    const text = before + ' ' + MENTION_MARK + ' ' + after;
    const tokens = this.#tokens;
    const mask = this.#mask;

    features.clear();
    tokens.tokenise(text);

    const mention = this.#findMark(tokens);
    addWords(tokens, 0, tokens.count, NAMESPACE.sentenceWord, mask, features);
    addPairs(tokens, 0, tokens.count, NAMESPACE.sentencePair, mask, features);
    addCharNgrams(
      text,
      tokens,
      0,
      tokens.count,
      NAMESPACE.sentenceNgram,
      this.config,
      mask,
      features,
    );
    if (entityKind !== undefined) this.#addKindWords(tokens, entityKind, features);
    if (mention < 0) return;

    const clauseStart = this.#clauseStart(text, tokens, mention);
    const clauseEnd = this.#clauseEnd(text, tokens, mention);
    addWords(tokens, clauseStart, clauseEnd, NAMESPACE.clauseWord, mask, features);
    addCharNgrams(
      text,
      tokens,
      clauseStart,
      clauseEnd,
      NAMESPACE.clauseNgram,
      this.config,
      mask,
      features,
    );
    this.#addNearWords(text, tokens, mention, features);

    if (clauseStart === mention)
      features.push(combineHashes(NAMESPACE.flag, FLAG.opensClause) & mask);
    if (mention === 0) features.push(combineHashes(NAMESPACE.flag, FLAG.opensSentence) & mask);
    if (clauseEnd === mention + 1)
      features.push(combineHashes(NAMESPACE.flag, FLAG.closesClause) & mask);
  }

  /** The entity's kind, and each word of the sentence paired with it. */
  #addKindWords(tokens: TokenBuffer, entityKind: EntityKind, features: FeatureBuffer): void {
    const kind = KIND_HASH[entityKind];
    const mask = this.#mask;
    features.push(combineHashes(NAMESPACE.entityKind, kind) & mask);
    addWords(tokens, 0, tokens.count, combineHashes(NAMESPACE.kindWord, kind), mask, features);
  }

  #findMark(tokens: TokenBuffer): number {
    for (let index = 0; index < tokens.count; index++) {
      if (tokens.kinds[index] === SYMBOL_TOKEN && tokens.hashes[index] === this.#markHash)
        return index;
    }
    return -1;
  }

  /**
   * The words on each side of the mention by side and distance band, the nearest ones' n-grams
   * by side, and each near word paired with its right neighbour: "резко раскритиковал [X]" and
   * "[X] раскритиковал" are different statements about X.
   */
  #addNearWords(text: string, tokens: TokenBuffer, mention: number, features: FeatureBuffer): void {
    const mask = this.#mask;

    for (let distance = 1; distance <= NEAR_WINDOW; distance++) {
      const band = distanceBand(distance);
      this.#addNearWord(tokens, mention - distance, NAMESPACE.before, band, features);
      this.#addNearWord(tokens, mention + distance, NAMESPACE.after, band, features);
      if (distance > NEAR_NGRAM_WINDOW) continue;
      for (const [index, side] of [
        [mention - distance, NAMESPACE.before],
        [mention + distance, NAMESPACE.after],
      ] as const) {
        if (index < 0 || index >= tokens.count) continue;
        const namespace = combineHashes(NAMESPACE.nearNgram, side);
        addCharNgrams(text, tokens, index, index + 1, namespace, this.config, mask, features);
      }
    }
  }

  #addNearWord(
    tokens: TokenBuffer,
    index: number,
    side: number,
    band: number,
    features: FeatureBuffer,
  ): void {
    if (index < 0 || index >= tokens.count) return;
    const mask = this.#mask;
    const word = tokens.hashes[index]!;

    features.push(combineHashes(combineHashes(side, band), word) & mask);
    features.push(combineHashes(side, word) & mask);
    const next = index + 1;
    if (next < tokens.count && tokens.hashes[next] !== this.#markHash) {
      const pair = combineHashes(word, tokens.hashes[next]!);
      features.push(combineHashes(combineHashes(NAMESPACE.nearPair, side), pair) & mask);
    }
  }

  /** First token of the mention's clause. */
  #clauseStart(text: string, tokens: TokenBuffer, mention: number): number {
    let index = mention;
    while (index > 0 && !this.#opensClause(text, tokens, index)) index--;
    return index;
  }

  /** One past the last token of the mention's clause. */
  #clauseEnd(text: string, tokens: TokenBuffer, mention: number): number {
    let index = mention + 1;
    while (index < tokens.count && !this.#opensClause(text, tokens, index)) index++;
    return index;
  }

  /** Whether token `index` starts a new clause after token `index - 1`. */
  #opensClause(text: string, tokens: TokenBuffer, index: number): boolean {
    if (CLAUSE_OPENERS.has(tokens.hashes[index]!)) return true;
    if (
      tokens.kinds[index - 1] === SYMBOL_TOKEN &&
      CLAUSE_PUNCTUATION.has(text.charCodeAt(tokens.starts[index - 1]!))
    ) {
      return true;
    }
    for (let position = tokens.ends[index - 1]!; position < tokens.starts[index]!; position++) {
      if (CLAUSE_PUNCTUATION.has(text.charCodeAt(position))) return true;
    }
    return false;
  }
}

function hashTextAsToken(symbol: string): number {
  const tokens = new TokenBuffer();
  tokens.tokenise(symbol);
  return tokens.hashes[0]!;
}
