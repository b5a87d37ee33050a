/**
 * A district named as another place: Astana's Алматы ауданы shares its name with the city of
 * Almaty and Байқоңыр with the cosmodrome's town. Such a name is the district only beside the
 * word for district, and alone it is the other place, for the district stage and for the scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { DistrictMatcher } from '../../src/analyze/places/index.js';
import { ScopeFinder } from '../../src/analyze/scope/index.js';
import { packageRoot } from '../../src/package-root.js';
import { gazetteerPlaceNamed } from '../../src/project/gazetteer.js';
import { loadProject } from '../../src/project/load-project.js';

const FIXTURES = join(packageRoot(), 'test', 'fixtures');
const cases = readFileSync(join(FIXTURES, 'analyze', 'districts', 'astana-districts-named-as-other-places.txt'), 'utf8')
  .split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string]);

let placeOf: (text: string) => { districts: string[]; scope: string };

beforeAll(async () => {
  const project = await loadProject(join(FIXTURES, 'trials', 'astana', 'tyndau.yaml'), {
    TYNDAU_SECRET: 'astana-trial-secret-0123456789',
  });
  const cityNames = [project.city, ...gazetteerPlaceNamed(project.city)?.names ?? []];
  const matcher = new DistrictMatcher(project.districts, cityNames);
  const finder = new ScopeFinder(project);
  placeOf = (text) => {
    const prepared = prepareText(text);
    const districts = matcher.match(prepared);
    return { districts, scope: finder.scope(prepared, districts, []) };
  };
});

describe('an Astana district that shares its name with another place', () => {
  test.each(cases)('%s, %s: %s', (districts, scope, text) => {
    expect(placeOf(text)).toEqual({ districts: districts === '-' ? [] : districts.split(','), scope });
  });
});
