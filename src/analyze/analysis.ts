/** What the analysis stages found in one post. Plain data: stored, exported, explained. */

export type LanguageCode = 'ru' | 'kk' | 'kk-latn' | 'en' | 'mixed' | 'other';

export interface LanguageResult {
  readonly code: LanguageCode;
  /** Share of words per language for mixed posts (sums to 1); one entry otherwise. */
  readonly shares: Readonly<Partial<Record<Exclude<LanguageCode, 'mixed'>, number>>>;
  readonly confidence: number;
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

export interface Analysis {
  readonly language: LanguageResult;
  /** Text after normalisation for matching and search (the stored text keeps its form). */
  readonly normalised: string;
  readonly mentions: readonly Mention[];
  readonly sentiment: SentimentResult;
  readonly subjectSentiment: readonly SubjectSentiment[];
  readonly issues: readonly IssueHit[];
  readonly slices: readonly string[];
  readonly districts: readonly string[];
}
