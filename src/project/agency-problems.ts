/**
 * What the responsibility map must agree with once defaults are filled in: its issues are the
 * taxonomy's, its districts the project's, and no agency is named like an official. The last is
 * the line the map does not cross: a weak point belongs to a body, never to a person.
 */
import type { KeyPath, KeyProblem } from './project-error.js';
import type { ProjectFile } from './project-file.js';
import type { Agency, Project } from './project.js';
import { normaliseForMatching } from '../text/normalise.js';

export function agencyProblems(project: Project, written: ProjectFile['agencies']): KeyProblem[] {
  if (project.agencies.length === 0) return [];
  // The built-in map refers to the built-in issues and districts; it cannot point at a line.
  const pathOf = (path: KeyPath): KeyPath => (written === 'default' ? ['agencies'] : path);
  const issueIds = new Set(project.taxonomy.issues.map((issue) => issue.id));
  const districtIds = new Set(project.districts.map((district) => district.id));
  const officialNames = officialNameIndex(project);
  const problems: KeyProblem[] = [];

  project.agencies.forEach((agency, index) => {
    agency.issues.forEach((issueId, position) => {
      if (issueIds.has(issueId)) return;
      problems.push({
        keyPath: pathOf(['agencies', index, 'issues', position]),
        at: 'value',
        message: `${agency.id}: no issue "${issueId}" in the taxonomy; the issues are ${[...issueIds].join(', ')}`,
      });
    });
    agency.districts.forEach((districtId, position) => {
      if (districtIds.has(districtId)) return;
      problems.push({
        keyPath: pathOf(['agencies', index, 'districts', position]),
        at: 'value',
        message: `${agency.id}: no district "${districtId}" in the project; ${knownDistricts(districtIds)}`,
      });
    });
    problems.push(...personNames(agency, index, officialNames, pathOf));
  });
  return problems;
}

/**
 * A project for another city often keeps the example's district akimats after its districts were
 * set to none: the list of districts would be empty, so the advice says what to do instead.
 */
function knownDistricts(districtIds: ReadonlySet<string>): string {
  if (districtIds.size === 0) {
    return 'the project lists no districts (districts: []): remove this agency, or its districts key ' +
      'to make it city-wide';
  }
  return `the districts are ${[...districtIds].join(', ')}`;
}

function personNames(
  agency: Agency,
  index: number,
  officialNames: ReadonlyMap<string, string>,
  pathOf: (path: KeyPath) => KeyPath,
): KeyProblem[] {
  const names = [agency.name, ...agency.aliases, ...agency.ambiguousAliases];
  const problems: KeyProblem[] = [];
  for (const name of names) {
    const official = officialNames.get(normaliseForMatching(name).trim());
    if (official === undefined) continue;
    problems.push({
      keyPath: pathOf(['agencies', index]),
      at: 'key',
      message:
        `${agency.id}: "${name}" names the official "${official}"; an agency is a body, never a ` +
        'person: name the body (its department, akimat or utility) instead',
    });
  }
  return problems;
}

function officialNameIndex(project: Project): Map<string, string> {
  const index = new Map<string, string>();
  for (const subject of project.subjects) {
    if (subject.kind !== 'official') continue;
    for (const name of [subject.name, ...subject.aliases, ...subject.ambiguousAliases]) {
      index.set(normaliseForMatching(name).trim(), subject.name);
    }
  }
  return index;
}
