/** What the analysis stages found in one post. Plain data: stored, exported, explained. */

import type { PostRedaction } from '../privacy/redact/redactor.js';
import type { StageVersions } from './stage-versions.js';

export type LanguageCode = 'ru' | 'kk' | 'kk-latn' | 'en' | 'mixed' | 'other';

export interface LanguageResult {
  readonly code: LanguageCode;
  /** Share of words per language for mixed posts (sums to 1); one entry otherwise. */
  readonly shares: Readonly<Partial<Record<Exclude<LanguageCode, 'mixed'>, number>>>;
  readonly confidence: number;
  /**
   * For `other`: the language it most likely is, as an ISO 639-1 code ("ky", "tt", "ba", "uz",
   * "uk", "be", "mn", ...), when the identifier can tell.
   */
  readonly detected?: string;
  /** For `mixed`: each run of text in one language, in order. */
  readonly segments?: readonly LanguageSegment[];
}

/** A stretch of a mixed post in one language: whole sentences or clauses. */
export interface LanguageSegment {
  readonly code: Exclude<LanguageCode, 'mixed'>;
  /** Offsets into the analysed text as written (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  readonly label: SentimentLabel;
  /** Probabilities of negative, neutral, positive; they sum to 1. */
  readonly probabilities: Readonly<Record<SentimentLabel, number>>;
}

export interface Mention {
  readonly subjectId: string;
  /** Offsets into the redacted text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The form as written, e.g. "Досаевтың". */
  readonly form: string;
  /** How it matched: exact alias, inflected form, transliteration, typo. */
  readonly how: 'alias' | 'inflection' | 'transliteration' | 'typo';
  /** True when the mention is in the post's title; `start` and `end` are then into the title. */
  readonly inTitle?: boolean;
}

export interface SubjectSentiment extends SentimentResult {
  readonly subjectId: string;
}

export interface IssueHit {
  readonly issueId: string;
  readonly score: number;
  /** The keywords or rule that triggered it, for `tyndau explain`. */
  readonly evidence: readonly string[];
}

/**
 * How a post came to be attributed to an agency. `own-channel`: published by the agency's own
 * channel (its answer, not a complaint); `mention`: the post names it; `issue-district` and
 * `issue`: the post names no agency, and the responsibility map gives it for one of the post's
 * issues in one of its districts, or city-wide.
 */
export type AttributionRule = 'own-channel' | 'mention' | 'issue-district' | 'issue';

export interface AgencyAttribution {
  readonly agencyId: string;
  readonly rule: AttributionRule;
  /** The issue the map went by; null for own-channel and mention. */
  readonly issueId: string | null;
  /** The post's district the agency answers for (issue-district); otherwise null. */
  readonly districtId: string | null;
  /**
   * What matched, for `tyndau explain`: the outlet, the form as written ("Білім басқармасына"),
   * or the agency's own keywords that narrowed the issue.
   */
  readonly evidence: readonly string[];
}

/**
 * Whether a post is about the project's place: `home` names it (and perhaps other places too),
 * `elsewhere` names only other places (Sochi, Syria), `none` names no place.
 */
export type PostScope = 'home' | 'elsewhere' | 'none';

export interface Analysis {
  readonly language: LanguageResult;
  /** Text after normalisation for matching and search (the stored text keeps its form). */
  readonly normalised: string;
  /**
   * The words of `normalised` as the search index keeps them (`searchEntries` of
   * text/search-words.ts), worked out with the analysis so that analysis threads do the
   * stemming, not the thread that writes. Absent in analyses made by hand, and in re-analyses
   * that found the stored entry's normalised text and language again; stores then keep the
   * stored entry or work the entries out themselves.
   */
  readonly searchEntries?: string;
  readonly mentions: readonly Mention[];
  readonly sentiment: SentimentResult;
  readonly subjectSentiment: readonly SubjectSentiment[];
  readonly issues: readonly IssueHit[];
  readonly slices: readonly string[];
  readonly districts: readonly string[];
  /** The public bodies the post is attributed to, each once, by the strongest rule that held. */
  readonly agencies: readonly AgencyAttribution[];
  /**
   * Whether the post is about the project's place. Absent in analyses made by hand and in
   * re-analyses that did not run the scope stage; stores then count the post as `none`.
   */
  readonly scope?: PostScope;
  /**
   * The version of each stage that made this analysis, for re-analysis to run only what
   * changed. Absent in analyses made by hand; their posts are analysed whole again.
   */
  readonly versions?: StageVersions;
  /**
   * Present only when a re-analysis redacted a stored post's title and text again and that
   * changed them: the new title and text, which this analysis is of, and what was removed.
   */
  readonly redaction?: PostRedaction;
}
