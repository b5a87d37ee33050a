/**
 * Saved queries of subjects and issues, parsed when the project loads so that a broken one is
 * reported at its place in the file, with the query's own column, rather than at search time.
 */
import { parseQuery } from '../query/parser.js';
import { queryVocabularyOf } from '../query/project-vocabulary.js';
import { QueryError } from '../query/query-error.js';
import type { KeyPath, KeyProblem } from './project-error.js';
import type { ProjectFile, TaxonomyEntryInFile, TaxonomyExtensionInFile } from './project-file.js';
import type { Project } from './project.js';

export function savedQueryProblems(project: Project, file: ProjectFile): KeyProblem[] {
  const vocabulary = queryVocabularyOf(project);
  const saved: { keyPath: KeyPath; query: string }[] = [];
  (file.subjects ?? []).forEach((subject, index) => {
    if (subject.query !== undefined) saved.push({ keyPath: ['subjects', index, 'query'], query: subject.query });
  });
  const taxonomy = file.taxonomy;
  const listed = Array.isArray(taxonomy);
  const issues: readonly TaxonomyEntryInFile[] = listed
    ? (taxonomy as readonly TaxonomyEntryInFile[])
    : typeof taxonomy === 'object' ? (taxonomy as TaxonomyExtensionInFile).issues ?? [] : [];
  const issuesPath: KeyPath = listed ? ['taxonomy'] : ['taxonomy', 'issues'];
  issues.forEach((issue, index) => {
    if (issue.query !== undefined) saved.push({ keyPath: [...issuesPath, index, 'query'], query: issue.query });
  });

  return saved.flatMap(({ keyPath, query }) => {
    try {
      parseQuery(query, { vocabulary });
      return [];
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      const message = error.format().replace(/^query: /, 'saved query: ').replace(/\n/g, '\n    ');
      return [{ keyPath, at: 'value' as const, message }];
    }
  });
}
