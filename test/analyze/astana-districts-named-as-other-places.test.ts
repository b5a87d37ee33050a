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
const casesOf = (file: string) => readFileSync(join(FIXTURES, 'analyze', 'districts', file), 'utf8')
  .split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string]);
const cases = casesOf('astana-districts-named-as-other-places.txt');
const bareNameCases = casesOf('astana-bare-district-names.txt');

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

// A bare name as the subject ("Есиль — самый дорогой район"), in a list of districts ("Сарыарка и
// Байконур"), in the genitive after a place in it ("в новостройках Нуры", "из Нуры"); a town of the
// same name in brackets ("в Нуре (Карагандинская область)"), the river and the avenue are not it.
describe('an Astana district named without the word for district', () => {
  test.each(bareNameCases)('%s, %s: %s', (districts, scope, text) => {
    expect(placeOf(text)).toEqual({ districts: districts === '-' ? [] : districts.split(','), scope });
  });
});
