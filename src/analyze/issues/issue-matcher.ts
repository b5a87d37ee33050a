/**
 * Which city issues a post raises and which social slices it concerns, from the project's
 * taxonomy keywords. Slices describe who an issue affects as the text says it (pensioners,
 * students, drivers), never who wrote the post.
 */
import type { IssueHit, LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { Taxonomy } from '../../project/project.js';
import { KeywordMatcher } from '../keywords/keyword-matcher.js';

export class IssueMatcher {
  readonly #issues: KeywordMatcher;
  readonly #slices: KeywordMatcher;

  constructor(taxonomy: Taxonomy) {
    this.#issues = new KeywordMatcher(taxonomy.issues);
    this.#slices = new KeywordMatcher(taxonomy.slices);
  }

  /** Issues found, strongest evidence first. */
  issues(text: AnalysisText, language: LanguageCode): IssueHit[] {
    return this.#issues.match(text, language).map((hit) => ({
      issueId: hit.entryId,
      score: hit.score,
      evidence: hit.evidence,
    }));
  }

  /** Ids of the slices the post concerns, strongest evidence first. */
  slices(text: AnalysisText, language: LanguageCode): string[] {
    return this.#slices.match(text, language).map((hit) => hit.entryId);
  }
}
