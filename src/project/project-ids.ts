import type { ProjectIds } from '../store/removed-ids.js';
import type { Project } from './project.js';

/** The ids `project` defines, by kind, that stored analysis may name. */
export function projectIds(project: Project): ProjectIds {
  const ids = (entries: readonly { readonly id: string }[]): string[] => entries.map((entry) => entry.id);
  return {
    subjects: ids(project.subjects),
    issues: ids(project.taxonomy.issues),
    slices: ids(project.taxonomy.slices),
    districts: ids(project.districts),
    agencies: ids(project.agencies),
  };
}
