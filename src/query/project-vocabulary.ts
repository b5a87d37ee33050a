import type { Project } from '../project/project.js';
import { foldFieldName, type FieldNames } from './field-filters.js';
import type { QueryVocabulary } from './parser.js';

/** The ids a project defines, with the saved queries of its subjects and issues. */
export function queryVocabularyOf(project: Project): QueryVocabulary {
  return {
    subjects: project.subjects.map((subject) => ({ id: subject.id, query: subject.query ?? null })),
    issues: project.taxonomy.issues.map((issue) => ({ id: issue.id, query: issue.query ?? null })),
    slices: project.taxonomy.slices.map((slice) => slice.id),
    districts: project.districts.map((district) => district.id),
    names: fieldNamesOf(project),
  };
}

/**
 * The names a field value may give instead of an id: the labels the digest and the dashboard
 * show, a district's names and a subject's name and aliases. A name two ids share is left out.
 */
function fieldNamesOf(project: Project): FieldNames {
  const labelsOf = (labels: { ru: string; kk: string; en: string }) => [labels.ru, labels.kk, labels.en];
  return {
    subjects: namesToIds(project.subjects.map((subject) => [subject.id, [subject.name, ...subject.aliases]])),
    issues: namesToIds(project.taxonomy.issues.map((issue) => [issue.id, labelsOf(issue.labels)])),
    slices: namesToIds(project.taxonomy.slices.map((slice) => [slice.id, labelsOf(slice.labels)])),
    districts: namesToIds(project.districts.map((district) => [district.id, [...district.names, ...labelsOf(district.labels)]])),
  };
}

/** Folded name → id; a name two ids share is left out. */
export function namesToIds(entries: readonly (readonly [string, readonly string[]])[]): ReadonlyMap<string, string> {
  const ids = new Map<string, string | null>();
  for (const [id, names] of entries) {
    for (const name of names) {
      const key = foldFieldName(name);
      const known = ids.get(key);
      ids.set(key, known === undefined || known === id ? id : null);
    }
  }
  return new Map([...ids].filter((entry): entry is [string, string] => entry[1] !== null));
}
