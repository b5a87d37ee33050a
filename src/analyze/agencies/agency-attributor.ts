/**
 * Attributes a post to the public bodies that answer for what it raises, by the first rule that
 * holds: published by the agency's own channel; naming the agency (under Russian declension,
 * Kazakh case endings, transliteration and typos, as subjects are found); otherwise, for each of
 * the post's issues, the body the responsibility map gives in the post's district.
 */
import type { AgencyAttribution, IssueHit, LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import { KeywordMatcher } from '../keywords/keyword-matcher.js';
import { MentionFinder } from '../mentions/mention-finder.js';
import { agencySubjects } from '../../project/agency-subjects.js';
import type { Agency, KeywordRules, TaxonomyEntry } from '../../project/project.js';
import { ResponsibilityMap } from './responsibility-map.js';

// LIMITATION: the map rule follows the taxonomy's keyword issues, so a complaint the keyword
// rules miss is attributed to no one, and negation is not read ("воду дали" is still an outage).

export interface AttributionInput {
  readonly text: AnalysisText;
  readonly language: LanguageCode;
  readonly issues: readonly IssueHit[];
  readonly districts: readonly string[];
  /** The outlet of a news article; null for social posts, which keep no channel. */
  readonly outlet: string | null;
}

export class AgencyAttributor {
  readonly #names: MentionFinder;
  readonly #keywords: KeywordMatcher;
  readonly #map: ResponsibilityMap;
  /** Outlet names, folded, to the agency whose own channel each is. */
  readonly #ownOutlets = new Map<string, string>();
  readonly #empty: boolean;

  constructor(agencies: readonly Agency[]) {
    this.#names = new MentionFinder(agencySubjects(agencies));
    this.#keywords = new KeywordMatcher(keywordEntries(agencies));
    this.#map = new ResponsibilityMap(agencies);
    for (const agency of agencies) {
      for (const outlet of agency.outlets) this.#ownOutlets.set(foldOutlet(outlet), agency.id);
    }
    this.#empty = agencies.length === 0;
  }

  attribute(input: AttributionInput): AgencyAttribution[] {
    if (this.#empty) return [];
    const attributions: AgencyAttribution[] = [];

    const owner = input.outlet === null ? undefined : this.#ownOutlets.get(foldOutlet(input.outlet));
    if (owner !== undefined) {
      attributions.push({ agencyId: owner, rule: 'own-channel', issueId: null, districtId: null, evidence: [input.outlet as string] });
    }

    for (const mention of this.#names.find(input.text)) {
      if (attributions.some((entry) => entry.agencyId === mention.subjectId)) continue;
      attributions.push({
        agencyId: mention.subjectId, rule: 'mention', issueId: null, districtId: null, evidence: [mention.form],
      });
    }
    // A post that names a body is about that body; the agency's own article is its answer, not
    // a complaint to pass on to whoever the map gives.
    if (attributions.length > 0 || input.issues.length === 0) return attributions;

    const keywords = new Map(
      this.#keywords.match(input.text, input.language).map((hit) => [hit.entryId, hit.evidence]),
    );
    return this.#map.attribute(input.issues, input.districts, keywords);
  }
}

/**
 * The keyword agencies as taxonomy entries. A keyword that begins inside another agency's phrase
 * for the same issue does not count: Kazakh puts the adjective first, so the heating network's
 * "ыстық су" (hot water) holds the water utility's "су жоқ" (no water) in "ыстық су жоқ", and
 * both were given a hot-water outage. The phrase that begins first keeps the words.
 */
function keywordEntries(agencies: readonly Agency[]): TaxonomyEntry[] {
  const withKeywords = agencies.filter((agency) => agency.keywords !== null);
  return withKeywords.map((agency) => {
    const others = withKeywords.filter((other) =>
      other !== agency && other.issues.some((issue) => agency.issues.includes(issue)));
    const phrasesOf = (language: keyof KeywordRules) =>
      others.flatMap((other) => other.keywords![language].filter((keyword) => /\s/.test(keyword.trim())));
    const exclude = { ru: phrasesOf('ru'), kk: phrasesOf('kk'), en: phrasesOf('en') };
    return { id: agency.id, labels: agency.labels, keywords: agency.keywords!, exclude };
  });
}

/** Outlets are compared as their names are usually typed: case and spacing do not matter. */
function foldOutlet(outlet: string): string {
  return outlet.trim().replace(/\s+/g, ' ').toLowerCase();
}
