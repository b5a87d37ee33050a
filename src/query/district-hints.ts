import { districtPlaceNames } from '../project/district-place-names.js';
import { gazetteerPlaceNamed, otherPlaceNamedBy } from '../project/gazetteer.js';
import type { Project } from '../project/project.js';
import { namesField, positiveWords, type Query } from './ast.js';
import { foldFieldName } from './field-filters.js';
import { namesToIds } from './project-vocabulary.js';

/** A filter a query may have meant: a word of it that names one of the project's districts. */
export interface DistrictHint {
  /** The word as the query has it, lower-cased. */
  readonly word: string;
  /** The filter that finds the posts the district breakdown counts: `district:auezov`. */
  readonly filter: string;
}

/**
 * The district filters a query's words point at. Words match words: "Ауэзов" finds no post that
 * says "в Ауэзовском районе", nor one that names a microdistrict of it ("в Аксае"), while
 * `district:auezov` finds both; a new user searched a district by its bare name and found nothing.
 * A query that already filters by district gets no hint.
 */
export function districtHints(query: Query, project: Project): DistrictHint[] {
  if (namesField(query.root, 'district')) return [];
  const districtOf = districtsByName(project);
  const hints: DistrictHint[] = [];
  for (const word of positiveWords(query.root)) {
    if (word.kind === 'wildcard') continue;
    const id = districtOf.get(foldFieldName(word.form));
    if (id === undefined || hints.some((hint) => hint.word === word.form)) continue;
    hints.push({ word: word.form, filter: `district:${id}` });
  }
  return hints;
}

/**
 * Each district's names and neighbourhoods, folded; a name two districts share is left out, and so
 * is one that alone names another place: "Алматы" in an Astana project is the city of Almaty, and
 * the district Алматы ауданы is counted only where its word for district stands beside it.
 */
function districtsByName(project: Project): ReadonlyMap<string, string> {
  const home = gazetteerPlaceNamed(project.city);
  return namesToIds(project.districts.map((district) => [
    district.id,
    districtPlaceNames(district).filter((name) => otherPlaceNamedBy(name, home) === null),
  ]));
}
