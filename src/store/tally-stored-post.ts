import type { Analysis } from '../analyze/analysis.js';
import type { Post } from '../privacy/post.js';
import type { AgencyRollupTally } from './agency-rollup-tally.js';
import type { RollupFacts, RollupTally } from './rollup-tally.js';

/** What of an analysis the rollups count beyond the post itself, each id once. */
export type AnalysisRollupFacts = Pick<RollupFacts, 'issueIds' | 'subjectSentiments' | 'districtIds' | 'sliceIds'>;

/**
 * Adds one newly stored post to a batch's daily rollups and agency rollups, as both stores count
 * it. With `setAsideElsewhere`, a post about other places only counts in no figure of the city's.
 */
export function tallyStoredPost(
  tallies: { readonly rollups: RollupTally; readonly agencies: AgencyRollupTally },
  post: Post,
  analysis: Analysis,
  day: string,
  facts: AnalysisRollupFacts,
  setAsideElsewhere: boolean,
): void {
  const amplification = post.amplifiesId !== null;
  const sentiment = analysis.sentiment.label;
  const scope = analysis.scope ?? 'none';
  const setAside = setAsideElsewhere && scope === 'elsewhere';
  tallies.rollups.add({
    day,
    kind: post.kind,
    platform: post.platform,
    outlet: post.outlet,
    amplification,
    firstSeenDate: post.dateSource === 'first-seen',
    language: analysis.language.code,
    sentiment,
    ...facts,
    scope,
    setAside,
  });
  if (setAside) return;
  tallies.agencies.add({
    day,
    kind: post.kind,
    amplification,
    sentiment,
    issueIds: facts.issueIds,
    districtIds: facts.districtIds,
    agencies: analysis.agencies,
  });
}
