import type { Platform, PostKind } from '../collect/raw-post.js';
import type { DayRange, ExcerptCandidate, Store } from '../store/store.js';
import { cutBefore } from '../text/cut-boundary.js';
import { titleOpensText } from '../text/title-opens-text.js';

/**
 * A short passage of a redacted post shown as an example of an issue. A social post shows only
 * its text, platform and day (DESIGN rule 3); a news article also its outlet, title and URL.
 */
export interface Excerpt {
  readonly kind: PostKind;
  readonly platform: Platform;
  readonly day: string;
  readonly text: string;
  /** News only. */
  readonly title: string | null;
  /** News only. */
  readonly outlet: string | null;
  /** News only. */
  readonly url: string | null;
}

const EXCERPT_LENGTH = 280;
/** Candidates read per excerpt wanted, so that copies can be dropped and enough remain. */
const CANDIDATES_PER_EXCERPT = 8;
/** Normalised characters compared to tell a copy from a different post. */
const FINGERPRINT_LENGTH = 120;

/**
 * The posts most strongly about `issueId` in `range`, one per wording: a copy-paste campaign or
 * a repost chain shows once, not as several "representative" voices.
 */
// LIMITATION: "representative" means highest issue score, then newest; choosing the posts
// nearest the issue's centroid in a text embedding would show the typical voice rather than
// the most keyword-dense one. Copies are caught only when their letters and digits agree over
// the first 120 characters; reworded copies of a campaign pass as separate posts.
export function representativeExcerpts(store: Store, issueId: string, range: DayRange, count: number): Excerpt[] {
  if (count <= 0) return [];
  return distinctExcerpts(store.readExcerptCandidates(issueId, range, candidatesFor(count)), count);
}

/** Candidates read for `count` excerpts, so that copies can be dropped and enough remain. */
export function candidatesFor(count: number): number {
  return count * CANDIDATES_PER_EXCERPT;
}

/** The first `count` candidates, in their order, one per wording. */
export function distinctExcerpts(candidates: readonly ExcerptCandidate[], count: number): Excerpt[] {
  const seen = new Set<string>();
  const excerpts: Excerpt[] = [];

  for (const candidate of candidates) {
    const fingerprint = fingerprintOf(candidate.normalised);
    if (fingerprint === '' || seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    excerpts.push(toExcerpt(candidate));
    if (excerpts.length === count) break;
  }
  return excerpts;
}

function toExcerpt(candidate: ExcerptCandidate): Excerpt {
  const article = candidate.kind === 'article';
  return {
    kind: candidate.kind,
    platform: candidate.platform,
    day: candidate.day,
    text: shorten(candidate.text.replace(/\s+/g, ' ').trim(), EXCERPT_LENGTH),
    // A headline that is the lead of its text was shown twice, as the title and as the text.
    title: article && candidate.title && !titleOpensText(candidate.title, candidate.text) ? candidate.title : null,
    outlet: article ? candidate.outlet : null,
    url: article ? candidate.url : null,
  };
}

// Letters and digits only: the same message with other punctuation, emoji or spacing is a copy.
// Only the first letters count, so a growing prefix is stripped rather than a whole article.
function fingerprintOf(normalised: string): string {
  for (let end = FINGERPRINT_LENGTH * 1.5; ; end *= 4) {
    const letters = normalised.slice(0, end).replace(/[^\p{L}\p{N}]+/gu, '');
    if (letters.length >= FINGERPRINT_LENGTH || end >= normalised.length) return letters.slice(0, FINGERPRINT_LENGTH);
  }
}

/** Cuts `text` at a word boundary to at most `length` characters, with an ellipsis when cut. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length - 1);
  return `${text.slice(0, cut > length / 2 ? cut : cutBefore(text, length - 1))}…`;
}
