import type { Platform, PostKind } from '../collect/raw-post.js';
import type { LanguageCode, PostScope, SentimentLabel } from '../analyze/analysis.js';
import { WHOLE_CITY } from './dated-posts.js';

/** What the rollups count of one post; each id list holds every id once. */
export interface RollupFacts {
  readonly day: string;
  readonly kind: PostKind;
  readonly platform: Platform;
  /** News only. */
  readonly outlet: string | null;
  readonly amplification: boolean;
  readonly firstSeenDate: boolean;
  readonly language: LanguageCode;
  readonly sentiment: SentimentLabel;
  readonly issueIds: readonly string[];
  readonly subjectSentiments: readonly { readonly subjectId: string; readonly sentiment: SentimentLabel }[];
  readonly districtIds: readonly string[];
  readonly sliceIds: readonly string[];
  /** Whether the post is about the project's place; `none` for posts stored without it. */
  readonly scope: PostScope;
  /**
   * A post about other places only, in a project that sets those aside: it counts in the scope,
   * outlet and dated platform rollups (collection volume), and in no figure of the city's.
   */
  readonly setAside: boolean;
}

/** One rollup row being added up: its key columns and the counts to add. */
export interface Tally {
  readonly key: readonly string[];
  originals: number;
  amplifications: number;
  firstSeenDates: number;
}

export type RollupName = 'volume' | 'issue' | 'subject' | 'district' | 'districtIssue' | 'slice' | 'outlet' | 'scope';

/** Rollups of dated originals, which spike alerts and collection health read (`DatedCounts`). */
export type DatedRollupName = 'datedPlatform' | 'datedIssue' | 'datedSubject';

const SEPARATOR = '\u001f';

/**
 * Adds up what a batch of new posts contributes to each daily rollup, so that the store writes
 * one row update per distinct key instead of one per post and dimension. The rules, which a
 * rebuild from the post tables must follow too:
 * - volume: every post, by day, kind, platform, language and overall sentiment;
 * - issue, district and slice: each of the post's issues, districts and slices, by language, kind
 *   and overall sentiment;
 * - subject: each subject the post has a sentiment toward, by language, kind and that sentiment;
 * - district × issue: every pair of the post's districts and issues;
 * - outlet: news articles with an outlet;
 * - scope: every post, by day and scope (home, elsewhere, none).
 * A post set aside as about other places only (`RollupFacts.setAside`) counts in the outlet and
 * scope rollups and the dated platform rollup, which measure collection, and in no other.
 * Originals and amplifications are counted in separate columns. Language and kind name the group
 * of posts whose measured confusion corrects a breakdown's sentiment shares.
 *
 * The dated rollups count only original posts whose source gave their date, as `DatedCounts`
 * describes them: per platform; per issue and district, and per issue over the whole city
 * (district WHOLE_CITY); per subject the post has a sentiment toward.
 */
export class RollupTally {
  readonly tables: Readonly<Record<RollupName, Map<string, Tally>>> = {
    volume: new Map(),
    issue: new Map(),
    subject: new Map(),
    district: new Map(),
    districtIssue: new Map(),
    slice: new Map(),
    outlet: new Map(),
    scope: new Map(),
  };

  readonly dated: Readonly<Record<DatedRollupName, Map<string, Tally>>> = {
    datedPlatform: new Map(),
    datedIssue: new Map(),
    datedSubject: new Map(),
  };

  add(facts: RollupFacts): void {
    const { day, language, kind, sentiment } = facts;
    const firstSeen = facts.firstSeenDate ? 1 : 0;
    const amplification = facts.amplification;

    this.#count('scope', [day, facts.scope], amplification, 0);
    if (facts.kind === 'article' && facts.outlet !== null) {
      this.#count('outlet', [day, facts.outlet], amplification, 0);
    }
    if (facts.setAside) {
      if (!amplification && !facts.firstSeenDate) count(this.dated.datedPlatform, [day, facts.platform], false, 0);
      return;
    }
    this.#count('volume', [day, kind, facts.platform, language, sentiment], amplification, firstSeen);
    for (const issueId of facts.issueIds) {
      this.#count('issue', [day, issueId, language, kind, sentiment], amplification, 0);
    }
    for (const entry of facts.subjectSentiments) {
      this.#count('subject', [day, entry.subjectId, language, kind, entry.sentiment], amplification, 0);
    }
    for (const districtId of facts.districtIds) {
      this.#count('district', [day, districtId, language, kind, sentiment], amplification, 0);
      for (const issueId of facts.issueIds) this.#count('districtIssue', [day, districtId, issueId], amplification, 0);
    }
    for (const sliceId of facts.sliceIds) {
      this.#count('slice', [day, sliceId, language, kind, sentiment], amplification, 0);
    }
    if (!amplification && !facts.firstSeenDate) this.#addDated(facts);
  }

  #addDated(facts: RollupFacts): void {
    const { day } = facts;
    const add = (table: DatedRollupName, key: string[]) => count(this.dated[table], key, false, 0);
    add('datedPlatform', [day, facts.platform]);
    for (const issueId of facts.issueIds) {
      add('datedIssue', [day, issueId, WHOLE_CITY]);
      for (const districtId of facts.districtIds) add('datedIssue', [day, issueId, districtId]);
    }
    for (const entry of facts.subjectSentiments) add('datedSubject', [day, entry.subjectId]);
  }

  #count(table: RollupName, key: string[], amplification: boolean, firstSeen: number): void {
    count(this.tables[table], key, amplification, firstSeen);
  }
}

function count(tallies: Map<string, Tally>, key: string[], amplification: boolean, firstSeen: number): void {
  const joined = key.join(SEPARATOR);
  let tally = tallies.get(joined);
  if (tally === undefined) {
    tally = { key, originals: 0, amplifications: 0, firstSeenDates: 0 };
    tallies.set(joined, tally);
  }
  if (amplification) tally.amplifications++;
  else tally.originals++;
  tally.firstSeenDates += firstSeen;
}
