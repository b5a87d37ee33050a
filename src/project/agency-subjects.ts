import type { Agency, Project, Subject } from './project.js';

/**
 * Agencies in the shape of subjects, for what matches names: the mention finder (which finds
 * them under inflection) and the privacy gate (which must not redact a body's name as a person's).
 */
export function agencySubjects(agencies: readonly Agency[]): Subject[] {
  return agencies.map((agency) => ({
    id: agency.id,
    kind: 'body',
    name: agency.name,
    aliases: agency.aliases,
    context: agency.context,
    ambiguousAliases: agency.ambiguousAliases,
  }));
}

/**
 * Every name the privacy gate keeps in stored text: the subjects' and the agencies'. Without the
 * agencies, "Әуезов ауданының әкімдігі" would lose its district's name, a surname, to redaction.
 */
export function monitoredNames(project: Project): Subject[] {
  return [...project.subjects, ...agencySubjects(project.agencies)];
}
