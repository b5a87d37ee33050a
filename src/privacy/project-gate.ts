import { monitoredNames } from '../project/agency-subjects.js';
import type { Project } from '../project/project.js';
import { PrivacyGate } from './gate.js';
import type { ProjectPlaceNames } from './redact/district-names.js';
import { Redactor } from './redact/redactor.js';

/**
 * The privacy gate of a project, the one every way in builds (import, its worker threads,
 * `tyndau worker`, explain, demo): the project's secret, and the subjects' and agencies' names
 * kept in stored text, the districts' and neighbourhoods' where they name a place, and the
 * streets' where a post names an address. A worker that kept the subjects' names alone redacted "Әуезов" in
 * "Әуезов ауданының әкімдігі", a district's name, where an import on one machine kept it.
 */
export function projectGate(project: Project): PrivacyGate {
  return new PrivacyGate({
    secret: project.privacy.secret,
    subjects: monitoredNames(project),
    places: projectPlaceNames(project),
    streetNames: projectStreetNames(project),
  });
}

/**
 * The redactor of a project, as its gate redacts: what analysis uses to redact stored text again
 * after the rules changed, so that it keeps what the gate kept ("на Шевченко", "в районе Туран").
 */
export function projectRedactor(project: Project): Redactor {
  return new Redactor(monitoredNames(project), projectPlaceNames(project), projectStreetNames(project));
}

/**
 * The project's districts' and neighbourhoods' names, as the gate keeps them, and the places its
 * scope names: a town listed under `scope.elsewhere` ("Сарань") was redacted in "В Сарани
 * закрыли поликлинику" before the scope stage could read it, so the post counted as the city's.
 * A scope name marked `?` is also a word or a given name, and is left to the name rules.
 */
export function projectPlaceNames(project: Project): ProjectPlaceNames {
  const places = districtPlaceNames(project);
  const scopeNames = [...project.scope?.home ?? [], ...project.scope?.elsewhere ?? []]
    .filter((name) => !name.startsWith('?'));
  return { ...places, neighbourhoods: [...places.neighbourhoods ?? [], ...scopeNames] };
}

/** The project's districts' and neighbourhoods' names alone. */
export function districtPlaceNames(project: Project): ProjectPlaceNames {
  return {
    districts: project.districts.flatMap((district) => district.names),
    neighbourhoods: project.districts.flatMap((district) => district.neighbourhoods ?? []),
    ambiguousNeighbourhoods: project.districts.flatMap((district) => district.ambiguousNeighbourhoods ?? []),
  };
}

/** Every way the project's streets are written. */
export function projectStreetNames(project: Project): string[] {
  return (project.streets ?? []).flatMap((street) => street.names);
}
