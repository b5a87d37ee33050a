/**
 * The words an alert on one district's issue says about its key rather than about what happened:
 * the district's own names and microdistricts in any case form, and the words for district and
 * microdistrict. An outage spike in Auezov listed "ауэзовском, районе" among its top terms, the
 * place the alert already names, before the words of the outage (found by a new user).
 */
import { districtPlaceNames } from '../project/district-place-names.js';
import type { Project } from '../project/project.js';

/** Words for district and microdistrict, by their beginnings, in Russian, Kazakh and English. */
const PLACE_WORD = /^(?:район|аудан|ауданы|ауданын|district|микрорайон|мкр|мкрн|шағын|шагын|ықшам|ыкшам)/u;
/** A last letter a case form replaces: Аксай → аксае, Медеу stays. */
const REPLACED_LAST_LETTER = /[аяйьеоы]$/u;
const SHORTEST_STEM = 4;

/** Each district's names and neighbourhoods by its id, as the alerts leave them out of top terms. */
export function districtNamesOf(project: Project): ReadonlyMap<string, readonly string[]> {
  return new Map(project.districts.map((district) => [district.id, districtPlaceNames(district)]));
}

/** A test of whether a lower-cased word names the district `names` are of, or is a place word. */
export function isDistrictWord(names: readonly string[]): (word: string) => boolean {
  const stems = names
    .flatMap((name) => name.toLowerCase().replaceAll('ё', 'е').split(/[\s-]+/u))
    .map((part) => (part.length > SHORTEST_STEM ? part.replace(REPLACED_LAST_LETTER, '') : part))
    .filter((stem) => stem.length >= SHORTEST_STEM);
  return (word) => {
    const folded = word.replaceAll('ё', 'е');
    return PLACE_WORD.test(folded) || stems.some((stem) => folded.startsWith(stem));
  };
}
