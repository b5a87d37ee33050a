import { monitoredNames } from '../project/agency-subjects.js';
import type { Project } from '../project/project.js';
import { PrivacyGate } from './gate.js';

/**
 * The privacy gate of a project, the one every way in builds (import, its worker threads,
 * `tyndau worker`, explain, demo): the project's secret, and the subjects' and agencies' names
 * kept in stored text, and the districts' beside the word for district. A worker that kept the subjects' names alone redacted "Әуезов" in
 * "Әуезов ауданының әкімдігі", a district's name, where an import on one machine kept it.
 */
export function projectGate(project: Project): PrivacyGate {
  return new PrivacyGate({
    secret: project.privacy.secret,
    subjects: monitoredNames(project),
    districtNames: project.districts.flatMap((district) => district.names),
  });
}
