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
];

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
  readonly #tokens = new TokenBuffer();

  constructor() {
    for (const word of POSITIVE_WORDS) this.#polarity.set(hashText(word) | 0, 1);
    for (const word of NEGATIVE_WORDS) this.#polarity.set(hashText(word) | 0, -1);
    for (const word of NEGATORS) this.#negators.add(hashText(word) | 0);
    for (const word of SERVICES) this.#services.add(hashText(word) | 0);
  }

  /** Writes the lexicon's probabilities of negative, neutral and positive into `probabilities`. */
  scoreInto(normalised: string, probabilities: Float64Array): void {
    const tokens = this.#tokens;
    tokens.tokenise(normalised);

    let evidence = 0;
    let lastNegator = -NEGATION_REACH - 1;
    for (let index = 0; index < tokens.count; index++) {
      if (tokens.kinds[index] !== WORD_TOKEN) continue;
      const hash = tokens.hashes[index]!;
      if (this.#negators.has(hash)) {
        lastNegator = index;
        continue;
      }
      if (this.#services.has(hash)) {
        if (index - lastNegator <= MISSING_REACH) evidence -= 1;
        continue;
      }
      const polarity = this.#polarity.get(hash);
      if (polarity === undefined) continue;
      evidence += index - lastNegator <= NEGATION_REACH ? -polarity : polarity;
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
}
