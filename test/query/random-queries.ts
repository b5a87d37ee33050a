/**
 * Random but valid queries drawn from a corpus's own words, so that most of them find posts:
 * terms by stem, exact and wildcard forms, phrases, NEAR and ONEAR, field filters, nested AND,
 * OR and NOT. A fixed seed gives the same queries on every run. A query `accepts` turns down
 * is drawn again.
 */
import type { PreparedPost } from '../../src/query/match.js';
import type { QueryVocabulary } from '../../src/query/parser.js';

type Random = () => number;

export function randomQueries(
  posts: readonly PreparedPost[],
  vocabulary: QueryVocabulary,
  count: number,
  seed: number,
  accepts: (query: string) => boolean = () => true,
): string[] {
  const queries: string[] = [];
  for (const query of queryDraws(posts, vocabulary, seed)) {
    if (queries.length === count) break;
    if (accepts(query)) queries.push(query);
  }
  return queries;
}

/**
 * The queries `randomQueries` draws from, one at a time and without end, for a caller that
 * checks each at length and must let the event loop run between them.
 */
export function* queryDraws(posts: readonly PreparedPost[], vocabulary: QueryVocabulary, seed: number): Generator<string> {
  const generator = new QueryGenerator(posts.filter((post) => post.words.length >= 4), vocabulary, seeded(seed));
  for (;;) yield generator.expression(0);
}

class QueryGenerator {
  readonly #posts: readonly PreparedPost[];
  readonly #vocabulary: QueryVocabulary;
  readonly #random: Random;

  constructor(posts: readonly PreparedPost[], vocabulary: QueryVocabulary, random: Random) {
    this.#posts = posts;
    this.#vocabulary = vocabulary;
    this.#random = random;
  }

  expression(depth: number): string {
    const roll = this.#random();
    if (depth >= 2 || roll < 0.45) return this.#leaf();
    const children = Array.from({ length: 2 + this.#int(2) }, () => this.#wrapped(depth + 1));
    if (roll < 0.65) return children.join(' AND ');
    if (roll < 0.85) return children.join(' OR ');
    return `${children[0]} NOT ${this.#wrapped(depth + 1)}`;
  }

  #wrapped(depth: number): string {
    const inner = this.expression(depth);
    return /\s(AND|OR|NOT)\s/.test(inner) ? `(${inner})` : inner;
  }

  #leaf(): string {
    const roll = this.#random();
    if (roll < 0.4) return this.#term(this.#word());
    if (roll < 0.6) return this.#phrase();
    if (roll < 0.8) return this.#near();
    return this.#field();
  }

  #term(form: string): string {
    const roll = this.#random();
    const letters = [...form];
    if (roll < 0.12) return '=' + form;
    if (roll < 0.24 && letters.length >= 5 && /^\p{L}{3}/u.test(form)) {
      return letters.slice(0, 3 + this.#int(letters.length - 3)).join('') + '*';
    }
    if (roll < 0.3 && letters.length >= 5 && /^\p{L}{3}/u.test(form)) {
      const at = 3 + this.#int(letters.length - 3);
      return letters.map((letter, index) => (index === at ? '?' : letter)).join('');
    }
    return form;
  }

  #phrase(): string {
    const words = this.#postWords();
    const length = 2 + this.#int(2);
    const start = this.#int(Math.max(1, words.length - length));
    return `"${words.slice(start, start + length).map((word) => this.#term(word.form)).join(' ')}"`;
  }

  #near(): string {
    const words = this.#postWords();
    const first = this.#int(words.length);
    const second = Math.min(words.length - 1, first + 1 + this.#int(4));
    const operator = this.#random() < 0.5 ? 'NEAR' : 'ONEAR';
    const left = this.#random() < 0.25
      ? `(${this.#term(words[first]!.form)} OR ${this.#term(this.#word())})`
      : this.#term(words[first]!.form);
    return `${left} ${operator}/${this.#int(5)} ${this.#term(words[second]!.form)}`;
  }

  #field(): string {
    const post = this.#post().post;
    switch (this.#int(6)) {
      case 0:
        return `lang:${post.language}`;
      case 1:
        return `platform:${post.platform}`;
      case 2:
        return `sentiment:${post.sentiment}`;
      case 3:
        return this.#random() < 0.5 ? `date:${post.day}..` : `date:..${post.day}`;
      case 4: {
        const issues = this.#vocabulary.issues;
        return `issue:${(post.issues[0] ?? issues[this.#int(issues.length)]!.id)}`;
      }
      default:
        return post.subjects[0] ? `subject:${post.subjects[0]}` : `lang:${post.language}`;
    }
  }

  #word(): string {
    const words = this.#postWords();
    return words[this.#int(words.length)]!.form;
  }

  /** A post's words without the gaps before hyphenated words' parts, which no query can name. */
  #postWords(): PreparedPost['words'] {
    return this.#post().words.filter((word) => word.form !== '');
  }

  #post(): PreparedPost {
    return this.#posts[this.#int(this.#posts.length)]!;
  }

  #int(below: number): number {
    return Math.floor(this.#random() * below);
  }
}

/** Mulberry32: a small, well-mixed generator, enough for test data. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
