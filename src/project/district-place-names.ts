import type { District } from './project.js';

/** Every name a district is written by: its own names, and its microdistricts', ambiguous ones too. */
export function districtPlaceNames(district: District): string[] {
  return [...district.names, ...district.neighbourhoods ?? [], ...district.ambiguousNeighbourhoods ?? []];
}
