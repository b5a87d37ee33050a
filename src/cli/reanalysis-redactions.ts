import type { Analysis } from '../analyze/analysis.js';
import { RedactionTally } from '../privacy/redaction-tally.js';
import type { StoredPostText } from '../store/store.js';

/**
 * What a re-analysis removed from stored text: how many posts it redacted again (those stored by
 * another redaction), from how many of them it removed personal data, and how much of each kind.
 */
export class ReanalysisRedactions {
  #redacted = 0;
  readonly #tally = new RedactionTally();

  /** Counts one post handed to the analysis and its analysis; returns the analysis. */
  note(post: StoredPostText, analysis: Analysis): Analysis {
    if (post.redact === true) this.#redacted++;
    if (analysis.redaction === undefined) return analysis;

    // A text can change with nothing personal in it: the redactor also drops invisible characters
    // (a zero-width space, a Hangul filler) that an older one left.
    this.#tally.add(analysis.redaction.counts);
    return analysis;
  }

  noteBatch(posts: readonly StoredPostText[], analyses: Analysis[]): Analysis[] {
    analyses.forEach((analysis, index) => this.note(posts[index]!, analysis));
    return analyses;
  }

  /** Removals by kind, in the order of the placeholders. */
  get removed(): Record<string, number> {
    return this.#tally.removed;
  }

  /** Removals by kind as a line reads them: "phone 2, name 1". */
  describeRemoved(): string {
    return this.#tally.describe();
  }

  get postsRedacted(): number {
    return this.#redacted;
  }

  get postsChanged(): number {
    return this.#tally.posts;
  }

  /**
   * A line for the terminal, e.g. "redacted 120 stored posts again: personal data removed from
   * 3 (phone 2, name 1)"; null when no post was redacted again.
   */
  summary(): string | null {
    if (this.#redacted === 0) return null;
    const posts = this.#redacted === 1 ? 'post' : 'posts';
    if (this.postsChanged === 0) return `redacted ${this.#redacted} stored ${posts} again: no personal data left to remove`;
    return `redacted ${this.#redacted} stored ${posts} again: personal data removed from ${this.postsChanged} ` +
      `(${this.describeRemoved()})`;
  }
}
