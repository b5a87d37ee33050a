import type { Database, Statement } from 'better-sqlite3';

import type { LanguageCode, LanguageResult, Mention, SentimentLabel } from '../../analyze/analysis.js';
import type { PriorAnalysis } from '../../analyze/pipeline.js';
import {
  ANALYSIS_STAGES, parseStageVersions, stagesToRerun, type AnalysisStage, type StageVersions,
} from '../../analyze/stage-versions.js';

/** What a re-analysis reads of a stored post's analysis to run some of its stages again. */
export interface StoredAnalysisRow {
  seq: number;
  normalised: string | null;
  language: string | null;
  language_confidence: number;
  language_shares: string | null;
  sentiment: SentimentLabel;
  p_negative: number;
  p_neutral: number;
  p_positive: number;
  analysis_versions_id: number | null;
}

interface MentionRow {
  post_seq: number;
  subject_id: string;
  start_offset: number;
  end_offset: number;
  how: Mention['how'];
  in_title: number;
}

/**
 * Which stages of each stored post a re-analysis runs, from the versions the post records and
 * the versions about to run, and what the post's stored analysis gives the stages that do not.
 */
export class ReanalysisPlan {
  /** The `analysis_versions` row of the versions about to run; null when they are not known. */
  readonly currentId: number | null;
  readonly #current: StageVersions | null;
  readonly #full: boolean;
  readonly #stagesById = new Map<number, readonly AnalysisStage[]>();
  readonly #selectVersions: Statement;
  readonly #selectMentions: Statement;

  constructor(database: Database, currentId: number | null, current: StageVersions | null, full: boolean) {
    this.currentId = currentId;
    this.#current = current;
    this.#full = full || current === null;
    this.#selectVersions = database.prepare('SELECT versions FROM analysis_versions WHERE id = ?');
    this.#selectMentions = database.prepare(`SELECT post_seq, subject_id, start_offset, end_offset, how, in_title
      FROM post_mentions WHERE post_seq BETWEEN ? AND ? ORDER BY post_seq, ordinal`);
  }

  /** Whether posts analysed with the current versions are left alone. */
  get skipsCurrent(): boolean {
    return !this.#full && this.currentId !== null;
  }

  /** The stages to run on `row`, in stage order; every stage when its versions are not known. */
  stagesOf(row: StoredAnalysisRow): readonly AnalysisStage[] {
    const id = row.analysis_versions_id;
    if (this.#full || id === null || row.language_shares === null || row.normalised === null) {
      return ANALYSIS_STAGES;
    }
    let stages = this.#stagesById.get(id);
    if (stages === undefined) {
      const stored = this.#selectVersions.get(id) as { versions: string } | undefined;
      stages = stagesToRerun(stored === undefined ? null : parseStageVersions(stored.versions), this.#current!);
      this.#stagesById.set(id, stages);
    }
    return stages;
  }

  /**
   * What the stages not run read of each row's stored analysis, index for index; null for rows
   * analysed whole. Mentions are read only when some row keeps them and runs sentiment.
   */
  priorsOf(rows: readonly StoredAnalysisRow[], stages: readonly (readonly AnalysisStage[])[]): (PriorAnalysis | null)[] {
    // Every stage reads the language: when it runs again, so does the whole analysis.
    const partial = (index: number): boolean => !stages[index]!.includes('language');
    const readsMentions = rows.some((_, index) => partial(index) && stages[index]!.includes('sentiment') &&
      !stages[index]!.includes('mentions'));
    const mentions = readsMentions ? this.#mentionsOf(rows) : new Map<number, Mention[]>();
    return rows.map((row, index) => (partial(index) ? priorOf(row, mentions.get(row.seq) ?? []) : null));
  }

  #mentionsOf(rows: readonly StoredAnalysisRow[]): Map<number, Mention[]> {
    const found = this.#selectMentions.all(rows[0]!.seq, rows[rows.length - 1]!.seq) as MentionRow[];
    const bySeq = new Map<number, Mention[]>();
    for (const row of found) {
      let list = bySeq.get(row.post_seq);
      if (list === undefined) bySeq.set(row.post_seq, list = []);
      // The form is not stored; sentiment reads it from the text by the offsets.
      list.push({
        subjectId: row.subject_id, start: row.start_offset, end: row.end_offset, form: '', how: row.how,
        ...(row.in_title === 1 ? { inTitle: true } : {}),
      });
    }
    return bySeq;
  }
}

function priorOf(row: StoredAnalysisRow, mentions: Mention[]): PriorAnalysis {
  const language: LanguageResult = {
    code: row.language as LanguageCode,
    confidence: row.language_confidence,
    shares: JSON.parse(row.language_shares!) as LanguageResult['shares'],
  };
  return {
    normalised: row.normalised!,
    language,
    sentiment: {
      label: row.sentiment,
      probabilities: { negative: row.p_negative, neutral: row.p_neutral, positive: row.p_positive },
    },
    mentions,
  };
}
