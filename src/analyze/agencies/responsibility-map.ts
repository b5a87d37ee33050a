/**
 * The map rule: a post that names no agency goes, for each of its issues, to the agencies that
 * answer for that issue where the post is. When several do, the most specific win: one that
 * answers for the post's district before a city-wide one, and one whose own keywords the post
 * has (the heating network's "горячая вода" among outages) before one without keywords.
 */
import type { AgencyAttribution, IssueHit } from '../analysis.js';
import type { Agency } from '../../project/project.js';

/** Keywords of the agencies that have them, as found in one post. */
export type KeywordEvidence = ReadonlyMap<string, readonly string[]>;

interface Candidate {
  readonly agency: Agency;
  readonly districtId: string | null;
  readonly keywords: readonly string[];
  readonly specificity: number;
}

export class ResponsibilityMap {
  readonly #byIssue = new Map<string, Agency[]>();

  constructor(agencies: readonly Agency[]) {
    for (const agency of agencies) {
      for (const issueId of agency.issues) {
        const list = this.#byIssue.get(issueId) ?? [];
        list.push(agency);
        this.#byIssue.set(issueId, list);
      }
    }
  }

  /** Attributions for `issues` (strongest first) in `districts`, each agency once. */
  attribute(
    issues: readonly IssueHit[],
    districts: readonly string[],
    keywords: KeywordEvidence,
  ): AgencyAttribution[] {
    const attributions: AgencyAttribution[] = [];
    for (const issue of issues) {
      for (const candidate of mostSpecific(this.#candidates(issue.issueId, districts, keywords))) {
        if (attributions.some((entry) => entry.agencyId === candidate.agency.id)) continue;
        attributions.push({
          agencyId: candidate.agency.id,
          rule: candidate.districtId === null ? 'issue' : 'issue-district',
          issueId: issue.issueId,
          districtId: candidate.districtId,
          evidence: candidate.keywords,
        });
      }
    }
    return attributions;
  }

  #candidates(issueId: string, districts: readonly string[], keywords: KeywordEvidence): Candidate[] {
    const candidates: Candidate[] = [];
    for (const agency of this.#byIssue.get(issueId) ?? []) {
      const districtId = agency.districts.length === 0
        ? null
        : districts.find((id) => agency.districts.includes(id));
      if (districtId === undefined) continue;

      const found = agency.keywords === null ? [] : keywords.get(agency.id);
      if (found === undefined) continue;

      const specificity = (districtId === null ? 0 : 2) + (agency.keywords === null ? 0 : 1);
      candidates.push({ agency, districtId, keywords: found, specificity });
    }
    return candidates;
  }
}

function mostSpecific(candidates: readonly Candidate[]): Candidate[] {
  const highest = Math.max(...candidates.map((candidate) => candidate.specificity));
  return candidates.filter((candidate) => candidate.specificity === highest);
}
