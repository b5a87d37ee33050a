import type { AttributionRule, SentimentLabel } from '../analyze/analysis.js';
import type { PostKind } from '../collect/raw-post.js';
import type { Tally } from './rollup-tally.js';

/** What the agency rollups count of one post; each id list holds every id once. */
export interface AgencyRollupFacts {
  readonly day: string;
  readonly kind: PostKind;
  readonly amplification: boolean;
  readonly sentiment: SentimentLabel;
  readonly issueIds: readonly string[];
  readonly districtIds: readonly string[];
  readonly agencies: readonly { readonly agencyId: string; readonly rule: AttributionRule }[];
}

export type AgencyRollupName = 'agency' | 'agencyIssue' | 'agencyDistrict' | 'agencyResponse';

const SEPARATOR = '\u001f';

/**
 * Adds up a batch's contribution to the agency rollups. The rules, which a rebuild from the post
 * tables must follow too:
 * - agency: each attribution except own-channel, by day, agency, rule and the post's sentiment;
 * - agency × issue and agency × district: those attributions with each of the post's issues,
 *   and each of its districts;
 * - response: news articles only, each of the post's issues with an own-channel attribution
 *   (signal own-channel) or a mention (signal press).
 */
export class AgencyRollupTally {
  readonly tables: Readonly<Record<AgencyRollupName, Map<string, Tally>>> = {
    agency: new Map(),
    agencyIssue: new Map(),
    agencyDistrict: new Map(),
    agencyResponse: new Map(),
  };

  add(facts: AgencyRollupFacts): void {
    const { day, sentiment, amplification } = facts;
    for (const { agencyId, rule } of facts.agencies) {
      if (facts.kind === 'article' && (rule === 'own-channel' || rule === 'mention')) {
        const signal = rule === 'own-channel' ? 'own-channel' : 'press';
        for (const issueId of facts.issueIds) this.#count('agencyResponse', [day, agencyId, issueId, signal], amplification);
      }
      if (rule === 'own-channel') continue;

      this.#count('agency', [day, agencyId, rule, sentiment], amplification);
      for (const issueId of facts.issueIds) this.#count('agencyIssue', [day, agencyId, issueId, sentiment], amplification);
      for (const districtId of facts.districtIds) this.#count('agencyDistrict', [day, agencyId, districtId], amplification);
    }
  }

  #count(table: AgencyRollupName, key: string[], amplification: boolean): void {
    const joined = key.join(SEPARATOR);
    const tallies = this.tables[table];
    const tally = tallies.get(joined) ?? { key, originals: 0, amplifications: 0, firstSeenDates: 0 };
    tallies.set(joined, tally);
    if (amplification) tally.amplifications++;
    else tally.originals++;
  }
}
