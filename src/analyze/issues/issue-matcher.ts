/**
 * Which city issues a post raises and which social slices it concerns, from the project's
 * taxonomy keywords. Slices describe who an issue affects as the text says it (pensioners,
 * students, drivers), never who wrote the post.
 */
import type { IssueHit, LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { Taxonomy } from '../../project/project.js';
import { KeywordMatcher } from '../keywords/keyword-matcher.js';
import type { IssueFilter } from './issue-filter.js';

export class IssueMatcher {
  readonly #issues: KeywordMatcher;
  readonly #slices: KeywordMatcher;
  readonly #filter: IssueFilter | null;

  /** `filter`, when given, confirms or drops the keyword hits of the issues it was trained on. */
  constructor(taxonomy: Taxonomy, filter: IssueFilter | null = null) {
    this.#issues = new KeywordMatcher(taxonomy.issues);
    this.#slices = new KeywordMatcher(taxonomy.slices);
    this.#filter = filter;
  }

  /** Issues found, strongest evidence first. */
  issues(text: AnalysisText, language: LanguageCode): IssueHit[] {
    const hits = this.keywordHits(text, language);
    return this.#filter === null ? hits : this.#filter.keep(text, language, hits);
  }

  /** Issues whose keywords occur, before the trained filter looks at them. */
  keywordHits(text: AnalysisText, language: LanguageCode): IssueHit[] {
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
