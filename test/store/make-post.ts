/**
 * Builds real stored items for store, insight and report tests: a `RawPost` goes through the
 * privacy gate (the only way to get a `Post`), and the analysis is written out by hand so that
 * every count a test expects is visible in the test.
 */
import type {
  AgencyAttribution, Analysis, IssueHit, LanguageCode, SentimentLabel,
} from '../../src/analyze/analysis.js';
import type { Platform, RawPost } from '../../src/collect/raw-post.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { SUBJECTS } from '../privacy/subjects.js';
import type { Post } from '../../src/privacy/post.js';
import type { StoredItem } from '../../src/store/store.js';
import { normaliseForMatching } from '../../src/text/normalise.js';

export const TEST_SECRET = 'store-test-secret';

// The monitored akim's name stays in stored text, as in a real project; other surnames are redacted.
const gate = new PrivacyGate({ secret: TEST_SECRET, subjects: SUBJECTS });

export interface TestPost {
  readonly nativeId: string;
  readonly text: string;
  readonly platform?: Platform;
  /** Defaults to 'article' for the news platform and 'social' otherwise. */
  readonly kind?: 'article' | 'social';
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  /** ISO time; omitted means the source gave no date and `firstSeen` is used. */
  readonly publishedAt?: string;
  readonly firstSeen?: string;
  readonly amplifiesNativeId?: string;
  /** Other formats' keys for the post. */
  readonly aliasNativeIds?: readonly string[];
}

export interface TestAnalysis {
  readonly language?: LanguageCode;
  readonly sentiment?: SentimentLabel;
  readonly issues?: readonly string[] | readonly IssueHit[];
  readonly slices?: readonly string[];
  readonly districts?: readonly string[];
  readonly subjects?: Readonly<Record<string, SentimentLabel>>;
  readonly agencies?: readonly AgencyAttribution[];
}

export function makePost(input: TestPost): Post {
  const platform = input.platform ?? 'telegram';
  const raw: RawPost = {
    kind: input.kind ?? (platform === 'news' ? 'article' : 'social'),
    platform,
    nativeId: input.nativeId,
    text: input.text,
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.outlet !== undefined ? { outlet: input.outlet } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.publishedAt !== undefined ? { publishedAt: new Date(input.publishedAt) } : {}),
    ...(input.amplifiesNativeId !== undefined ? { amplifiesNativeId: input.amplifiesNativeId } : {}),
    ...(input.aliasNativeIds !== undefined ? { aliasNativeIds: input.aliasNativeIds } : {}),
    location: { file: 'test.jsonl', index: 0 },
  };
  return gate.admit(raw, new Date(input.firstSeen ?? '2024-11-20T12:00:00Z'));
}

export function makeAnalysis(post: Post, input: TestAnalysis = {}): Analysis {
  const sentiment = input.sentiment ?? 'neutral';
  const language = input.language ?? 'ru';
  const document = post.title ? `${post.title}\n${post.text}` : post.text;
  return {
    language: { code: language, shares: { ru: 1 }, confidence: 0.9 },
    normalised: normaliseForMatching(document),
    mentions: Object.keys(input.subjects ?? {}).map((subjectId) => ({
      subjectId, start: 0, end: 1, form: 'x', how: 'alias' as const,
    })),
    sentiment: { label: sentiment, probabilities: probabilitiesFor(sentiment) },
    subjectSentiment: Object.entries(input.subjects ?? {}).map(([subjectId, label]) => ({
      subjectId, label, probabilities: probabilitiesFor(label),
    })),
    issues: (input.issues ?? []).map((issue) =>
      typeof issue === 'string' ? { issueId: issue, score: 1, evidence: [issue] } : issue),
    slices: input.slices ?? [],
    districts: input.districts ?? [],
    agencies: input.agencies ?? [],
  };
}

export function makeItem(post: TestPost, analysis: TestAnalysis = {}): StoredItem {
  const gated = makePost(post);
  return { post: gated, analysis: makeAnalysis(gated, analysis) };
}

function probabilitiesFor(label: SentimentLabel): Record<SentimentLabel, number> {
  const probabilities = { negative: 0.1, neutral: 0.1, positive: 0.1 };
  probabilities[label] = 0.8;
  return probabilities;
}
