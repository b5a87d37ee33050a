import type { Agency, Subject } from '../../project/project.js';

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
