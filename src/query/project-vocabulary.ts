import type { Project } from '../project/project.js';
import type { QueryVocabulary } from './parser.js';

/** The ids a project defines, with the saved queries of its subjects and issues. */
export function queryVocabularyOf(project: Project): QueryVocabulary {
  return {
    subjects: project.subjects.map((subject) => ({ id: subject.id, query: subject.query ?? null })),
    issues: project.taxonomy.issues.map((issue) => ({ id: issue.id, query: issue.query ?? null })),
    slices: project.taxonomy.slices.map((slice) => slice.id),
    districts: project.districts.map((district) => district.id),
  };
}
