/**
 * Excerpt candidates: an issue's posts by issue score, an agency's by negative probability,
 * both read in order from the day-placed indexes of `post_issues` and `post_agencies`.
 */
import type { Database } from 'better-sqlite3';

import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { DayRange, ExcerptCandidate } from '../store.js';
import { firstRankedPosts, periodRanking } from './ranked-posts.js';

interface CandidatePost {
  kind: PostKind; platform: Platform; day: string; outlet: string | null; url: string | null;
  title: string | null; text: string; normalised: string;
}

const CANDIDATE_POST = `SELECT kind, platform, day, outlet, url, title, text, normalised FROM posts
  WHERE seq = ? AND text IS NOT NULL AND amplifies_id IS NULL`;
/** A post set aside as about other places only is no excerpt of the city's issues. */
const COUNTED_CANDIDATE_POST = `${CANDIDATE_POST} AND scope IS NOT 'elsewhere'`;

/** Original posts about `issueId` in `range` with their text, highest score, then newest, first. */
export function readExcerptCandidates(
  database: Database, issueId: string, range: DayRange, limit: number, stored: DayRange | null,
  setAsideElsewhere = true,
): ExcerptCandidate[] {
  const dayBest = database.prepare(`SELECT post_seq AS seq, score AS rank, published_at AS publishedAt
    FROM post_issues WHERE issue_id = ? AND day = ?
    ORDER BY score DESC, published_at DESC, post_seq DESC LIMIT ?`);
  // A post's day follows its time, so ordering by the day as well changes nothing but lets the
  // walk follow the index.
  const inOrder = database.prepare(`SELECT post_seq AS seq, score AS rank, published_at AS publishedAt
    FROM post_issues INDEXED BY post_issues_by_rank WHERE issue_id = ? AND day BETWEEN ? AND ?
    ORDER BY score DESC, published_at DESC, day DESC, post_seq DESC LIMIT ?`);
  const ranking = periodRanking({ dayBest, inOrder }, [issueId], range, stored, limit);
  return firstRankedPosts<CandidatePost>(ranking, database.prepare(candidatePost(setAsideElsewhere)), limit)
    .map(candidateOf);
}

/** Original posts attributed to the agency (not its own articles), most negative, then newest, first. */
export function readAgencyExcerptCandidates(
  database: Database, agencyId: string, range: DayRange, limit: number, stored: DayRange | null,
  setAsideElsewhere = true,
): ExcerptCandidate[] {
  const dayBest = database.prepare(`SELECT post_seq AS seq, negative AS rank, published_at AS publishedAt
    FROM post_agencies WHERE agency_id = ? AND day = ? AND rule <> 'own-channel'
    ORDER BY negative DESC, published_at DESC, post_seq DESC LIMIT ?`);
  const inOrder = database.prepare(`SELECT post_seq AS seq, negative AS rank, published_at AS publishedAt
    FROM post_agencies INDEXED BY post_agencies_by_rank
    WHERE agency_id = ? AND day BETWEEN ? AND ? AND rule <> 'own-channel'
    ORDER BY negative DESC, published_at DESC, day DESC, post_seq DESC LIMIT ?`);
  const ranking = periodRanking({ dayBest, inOrder }, [agencyId], range, stored, limit);
  return firstRankedPosts<CandidatePost>(ranking, database.prepare(candidatePost(setAsideElsewhere)), limit)
    .map(candidateOf);
}

function candidatePost(setAsideElsewhere: boolean): string {
  return setAsideElsewhere ? COUNTED_CANDIDATE_POST : CANDIDATE_POST;
}

function candidateOf({ post, rank }: { post: CandidatePost; rank: number }): ExcerptCandidate {
  // Social posts show no outlet or address (DESIGN rule 3), whatever a row holds.
  const article = post.kind === 'article';
  return {
    kind: post.kind, platform: post.platform, day: post.day,
    outlet: article ? post.outlet : null, url: article ? post.url : null,
    title: post.title, text: post.text, normalised: post.normalised, issueScore: rank,
  };
}
