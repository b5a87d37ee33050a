import type { Analysis } from '../analyze/analysis.js';
import type { Post } from '../privacy/post.js';
import type { AgencyRollupTally } from './agency-rollup-tally.js';
import type { RollupFacts, RollupTally } from './rollup-tally.js';

/** What of an analysis the rollups count beyond the post itself, each id once. */
export type AnalysisRollupFacts = Pick<RollupFacts, 'issueIds' | 'subjectSentiments' | 'districtIds' | 'sliceIds'>;

/** Adds one newly stored post to a batch's daily rollups and agency rollups, as both stores count it. */
export function tallyStoredPost(
  tallies: { readonly rollups: RollupTally; readonly agencies: AgencyRollupTally },
  post: Post,
  analysis: Analysis,
  day: string,
  facts: AnalysisRollupFacts,
): void {
  const amplification = post.amplifiesId !== null;
  const sentiment = analysis.sentiment.label;
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
  });
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
