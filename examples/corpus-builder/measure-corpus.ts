/**
 * What the built corpus holds, measured the way tyndau will read it: each file through its
 * importer, then every post through the privacy gate and the analysis stages of the demo project.
 */
import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { importFile } from '../../src/collect/index.js';
import type { ImportBatch } from '../../src/collect/raw-post.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import type { Project } from '../../src/project/project.js';

export interface FileCounts {
  readonly format: string;
  readonly posts: number;
  readonly undated: number;
  readonly skipped: number;
}

export interface SubjectCounts {
  /** Posts with at least one mention of the subject. */
  readonly posts: number;
  readonly mentions: number;
  /** The forms matched, most frequent first, to show what was counted (and what was not meant). */
  readonly forms: readonly (readonly [string, number])[];
}

const IMPORT_TIME = new Date('2025-12-01T00:00:00+05:00');

export async function importCorpusFile(path: string, timezone: string): Promise<ImportBatch> {
  return importFile(path, { timezone, now: IMPORT_TIME });
}

export function fileCounts(batch: ImportBatch): FileCounts {
  return {
    format: batch.format,
    posts: batch.posts.length,
    undated: batch.posts.filter((post) => post.publishedAt === undefined).length,
    skipped: batch.skipped.length,
  };
}

/** Mentions of each subject of `project` over every post of `batches`, after the privacy gate. */
export async function subjectCounts(
  batches: readonly ImportBatch[],
  project: Project,
): Promise<Record<string, SubjectCounts>> {
  const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
  const analyzer = await createAnalyzer(project);
  const tallies = new Map(
    project.subjects.map((subject) => [
      subject.id,
      { posts: 0, mentions: 0, forms: new Map<string, number>() },
    ]),
  );

  for (const batch of batches) {
    for (const raw of batch.posts) {
      const post = gate.admit(raw, IMPORT_TIME);
      const analysis = analyzer.analyze({
        text: post.text,
        title: post.title,
        declaredLanguage: post.declaredLanguage,
      });
      const mentioned = new Set<string>();
      for (const mention of analysis.mentions) {
        const tally = tallies.get(mention.subjectId)!;
        tally.mentions += 1;
        const form = mention.form.toLowerCase();
        tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
        mentioned.add(mention.subjectId);
      }
      for (const subjectId of mentioned) tallies.get(subjectId)!.posts += 1;
    }
  }

  const counts: Record<string, SubjectCounts> = {};
  for (const [subjectId, tally] of tallies) {
    const forms = [...tally.forms]
      .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
      .slice(0, 12);
    counts[subjectId] = { posts: tally.posts, mentions: tally.mentions, forms };
  }
  return counts;
}
