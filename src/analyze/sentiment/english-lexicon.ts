import { hashText } from '../../models/feature-hash.js';
import { TokenBuffer, WORD_TOKEN } from '../../models/token-buffer.js';

// No English sentiment corpus is available to train on, so English posts are scored by these
// hand-written lists, chosen for what residents write about a city: services, roads, officials.
// LIMITATION: a short word list misses idiom, sarcasm and most negation; an English corpus with
// a compatible licence would let the shipped model learn English instead.
const POSITIVE_WORDS = [
  'good',
  'great',
  'excellent',
  'wonderful',
  'amazing',
  'awesome',
  'nice',
  'best',
  'better',
  'improved',
  'improve',
  'improvement',
  'fixed',
  'repaired',
  'restored',
  'clean',
  'cleaner',
  'safe',
  'safer',
  'convenient',
  'comfortable',
  'beautiful',
  'happy',
  'glad',
  'pleased',
  'thank',
  'thanks',
  'grateful',
  'love',
  'liked',
  'helpful',
  'efficient',
  'fast',
  'quick',
  'quickly',
  'reliable',
  'praise',
  'success',
  'successful',
  'recommend',
  'perfect',
  'pleasant',
  'friendly',
  'support',
  'welcome',
  'finally',
  'progress',
  'modern',
  'affordable',
  'works',
  'working',
  // Said of a subject: "listened to residents", "solved the problem", "does not care" (negated).
  'care',
  'cares',
  'listen',
  'listens',
  'listened',
  'listening',
  'solved',
  'resolved',
  'lovely',
  'kudos',
];

const NEGATIVE_WORDS = [
  'bad',
  'worse',
  'worst',
  'terrible',
  'awful',
  'horrible',
  'poor',
  'broken',
  'dirty',
  'filthy',
  'dangerous',
  'unsafe',
  'corrupt',
  'corruption',
  'bribe',
  'bribes',
  'fail',
  'failed',
  'failure',
  'problem',
  'problems',
  'complain',
  'complaint',
  'complaints',
  'angry',
  'outraged',
  'outrage',
  'disgusting',
  'disgrace',
  'shame',
  'shameful',
  'hate',
  'useless',
  'slow',
  'late',
  'delay',
  'delayed',
  'delays',
  'expensive',
  'overpriced',
  'smog',
  'pollution',
  'polluted',
  'potholes',
  'pothole',
  'flooded',
  'outage',
  'outages',
  'blackout',
  'cold',
  'leak',
  'leaking',
  'crash',
  'stuck',
  'jam',
  'jams',
  'chaos',
  'mess',
  'nightmare',
  'ignore',
  'ignored',
  'ignores',
  'lies',
  'lied',
  'unacceptable',
  'disappointed',
  'disappointing',
  'fed',
  'sick',
  'tired',
  'scandal',
  // Residents' words for a service that fails them.
  'furious',
  'joke',
  'ridiculous',
  'pathetic',
  'annoying',
  'annoyed',
  'frustrated',
  'frustrating',
  'disaster',
  'incompetent',
  'unbearable',
  'stinks',
  'freezing',
  'flooding',
  // What residents say an official or body does to them.
  'ignoring',
  'refuse',
  'refuses',
  'refused',
  'resign',
  'wasted',
];

// "did nothing", "has done nothing": a body blamed for inaction.
const DEEDS = ['did', 'done', 'does', 'do', 'doing'];
// "nothing has changed", "nothing changed".
const CHANGE = ['changed', 'changes'];

// Praise that no single word carries: "well done", "kept his promise", "credit to the akim".
const PRAISE_PAIRS: readonly (readonly [string, string])[] = [
  ['well', 'done'],
  ['kept', 'promise'],
  ['kept', 'word'],
  ['credit', 'to'],
];
const PAIR_REACH = 2;

// What is planned is not yet a deed: "roads to be repaired this summer", "the akimat will fix
// the lights" tell of intentions, not of how the city is served.
const PLANS = ['will', 'planned', 'plans', 'going'];
const PLAN_REACH = 3;

// A fault named as remedied is no complaint: "solved the problem", "fixed the potholes",
// "repaired the leak" count only the remedy.
const REMEDIES = ['fixed', 'solved', 'resolved', 'repaired', 'removed', 'cleared'];
const REMEDY_REACH = 2;

// "Nobody at the akimat cares": who is denied can stand a few words before the verb.
const WIDE_NEGATORS = ['nobody'];
const WIDE_NEGATION_REACH = 5;

// A service named as missing is a complaint with no word of tone in it: "no hot water for three
// days", "without heating again", "no answer from the akimat".
const SERVICES = [
  'water',
  'heating',
  'heat',
  'electricity',
  'power',
  'light',
  'lights',
  'gas',
  'bus',
  'buses',
  'answer',
  'response',
  'reply',
];
const MISSING_REACH = 2;

// Words that turn the next few words around: "not good", "never fixed", "isn't clean"
// (the apostrophe splits "isn't" into "isn" and "t").
const NEGATORS = [
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'hardly',
  'without',
  't',
  'cannot',
  'nor',
];

const NEGATION_REACH = 3;

/** Strength of one word; the evidence is capped so that long rants do not overflow. */
const MAX_EVIDENCE = 3;

/**
 * Scores English text with the word lists, as logits for negative, neutral and positive, written
 * into `logits`. No allocation per post: words are compared by the tokeniser's hashes.
 */
export class EnglishLexicon {
  readonly #polarity = new Map<number, number>();
  readonly #negators = new Set<number>();
  readonly #services = new Set<number>();
  readonly #deeds = hashes(DEEDS);
  readonly #change = hashes(CHANGE);
  readonly #plans = hashes(PLANS);
  readonly #remedies = hashes(REMEDIES);
  readonly #wideNegators = hashes(WIDE_NEGATORS);
  readonly #praisePairs = new Map<number, Set<number>>();
  readonly #nothing = hashText('nothing') | 0;
  readonly #be = hashText('be') | 0;
  readonly #to = hashText('to') | 0;
  readonly #tokens = new TokenBuffer();

  constructor() {
    for (const word of POSITIVE_WORDS) this.#polarity.set(hashText(word) | 0, 1);
    for (const word of NEGATIVE_WORDS) this.#polarity.set(hashText(word) | 0, -1);
    for (const word of NEGATORS) this.#negators.add(hashText(word) | 0);
    for (const word of SERVICES) this.#services.add(hashText(word) | 0);
    for (const [first, second] of PRAISE_PAIRS) {
      const key = hashText(first) | 0;
      const seconds = this.#praisePairs.get(key) ?? new Set<number>();
      seconds.add(hashText(second) | 0);
      this.#praisePairs.set(key, seconds);
    }
  }

  /** Writes the lexicon's probabilities of negative, neutral and positive into `probabilities`. */
  scoreInto(normalised: string, probabilities: Float64Array): void {
    const tokens = this.#tokens;
    tokens.tokenise(normalised);

    let evidence = 0;
    let lastNegator = -NEGATION_REACH - 1;
    let negationReach = NEGATION_REACH;
    let lastPlan = -PLAN_REACH - 1;
    let lastRemedy = -REMEDY_REACH - 1;
    for (let index = 0; index < tokens.count; index++) {
      if (tokens.kinds[index] !== WORD_TOKEN) continue;
      const hash = tokens.hashes[index]!;
      evidence += this.#phraseEvidence(index);
      if (this.#negators.has(hash) || this.#wideNegators.has(hash)) {
        lastNegator = index;
        negationReach = this.#wideNegators.has(hash) ? WIDE_NEGATION_REACH : NEGATION_REACH;
        continue;
      }
      if (this.#plans.has(hash) || this.#isToBe(index)) lastPlan = index;
      if (this.#remedies.has(hash)) lastRemedy = index;
      if (this.#services.has(hash)) {
        if (index - lastNegator <= MISSING_REACH) evidence -= 1;
        continue;
      }
      const polarity = this.#polarity.get(hash);
      if (polarity === undefined) continue;
      const negated = index - lastNegator <= negationReach;
      if (!negated && index - lastPlan <= PLAN_REACH) continue;
      if (polarity < 0 && !negated && index - lastRemedy <= REMEDY_REACH) continue;
      evidence += negated ? -polarity : polarity;
    }

    const strength = Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, evidence));
    const negative = Math.exp(-1.5 * strength);
    const neutral = Math.exp(1 - Math.abs(strength));
    const positive = Math.exp(1.5 * strength);
    const sum = negative + neutral + positive;
    probabilities[0] = negative / sum;
    probabilities[1] = neutral / sum;
    probabilities[2] = positive / sum;
  }

  /** Evidence of the phrases that start at word `index`: inaction blamed, praise in two words. */
  #phraseEvidence(index: number): number {
    const tokens = this.#tokens;
    const hash = tokens.hashes[index]!;
    const next = this.#wordAt(index + 1);
    if (hash === this.#nothing) {
      const inaction = this.#deeds.has(this.#wordAt(index - 1));
      const unchanged = this.#change.has(next) || this.#change.has(this.#wordAt(index + 2));
      return inaction || unchanged ? -1 : 0;
    }
    const seconds = this.#praisePairs.get(hash);
    if (seconds === undefined) return 0;
    for (let ahead = 1; ahead <= PAIR_REACH; ahead++) {
      if (seconds.has(this.#wordAt(index + ahead))) return 1;
    }
    return 0;
  }

  /** "to be" ending at word `index`, as in "roads to be repaired". */
  #isToBe(index: number): boolean {
    return this.#tokens.hashes[index] === this.#be && this.#wordAt(index - 1) === this.#to;
  }

  /** The hash of the word token at `index`, or 0 outside the text or for a symbol. */
  #wordAt(index: number): number {
    const tokens = this.#tokens;
    if (index < 0 || index >= tokens.count || tokens.kinds[index] !== WORD_TOKEN) return 0;
    return tokens.hashes[index]!;
  }
}

function hashes(words: readonly string[]): Set<number> {
  return new Set(words.map((word) => hashText(word) | 0));
}
