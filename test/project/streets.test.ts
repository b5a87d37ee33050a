import { describe, expect, it } from 'vitest';

import { ALMATY_STREETS } from '../../src/project/defaults/streets.js';
import { exampleProjectYaml, loadProject, parseProject, ProjectError } from '../../src/project/index.js';
import { fixturePath, placeOf } from './fixture-path.js';

const EXAMPLE = fixturePath('../../../examples/almaty/tyndau.yaml');

describe('the street list of a project file', () => {
  it('is empty when the file has no streets key', async () => {
    const project = await loadProject(fixturePath('minimal-project.yaml'), {});
    expect(project.streets).toEqual([]);
  });

  it('is Almaty\'s main streets for "default"', () => {
    const text = 'name: A\ncity: Almaty\nstreets: default\nprivacy: {secret: a-long-enough-secret}\n';
    expect(parseProject(text, '/tmp/tyndau.yaml', {}).streets).toBe(ALMATY_STREETS);
  });

  it('reads a street written as one name or as the list of its spellings', async () => {
    const project = await loadProject(fixturePath('shymkent-own-streets.yaml'), {});
    expect(project.streets).toEqual([
      { names: ['Тауке хана'] },
      { names: ['Байтерекова', 'Байтерек', 'Bayterek'] },
      { names: ['Кунаева', 'Kunayev'] },
    ]);
  });

  it('is written out in full by tyndau init, and loads back as the built-in list', () => {
    const project = parseProject(exampleProjectYaml('a-long-enough-secret'), '/tmp/tyndau.yaml', {});
    expect(project.streets).toEqual(ALMATY_STREETS);
  });

  it('in the demo project agrees with the built-in list', async () => {
    const project = await loadProject(EXAMPLE, { TYNDAU_SECRET: 'demo-secret-for-tests' });
    expect(project.streets).toEqual(ALMATY_STREETS);
  });

  it('refuses a blank name, an empty street and a street that is neither a name nor a list', async () => {
    const error = await loadProject(fixturePath('street-list-mistakes.yaml'), {}).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(ProjectError);
    const shape = 'must be a street\'s name or a list of the ways posts write it, with at least one ' +
      '("Гоголя" or [Абая, Абай, Abai])';
    expect((error as ProjectError).problems.map(placeOf)).toEqual([
      '4:12 streets.0.1: must not be empty',
      `5:5 streets.1: ${shape}`,
      `6:5 streets.2: ${shape}`,
    ]);
  });

  it('is refused as "default" in a project for another city', () => {
    const text = 'name: A\ncity: Shymkent\ndistricts: []\nstreets: default\nprivacy: {secret: a-long-enough-secret}\n';
    const error = (() => {
      try {
        return parseProject(text, '/tmp/tyndau.yaml', {});
      } catch (thrown) {
        return thrown;
      }
    })();

    expect(error).toBeInstanceOf(ProjectError);
    expect((error as ProjectError).problems.map(placeOf)).toEqual([
      '4:10 streets: "default" is Almaty\'s main streets, and the city is Shymkent; list the streets of Shymkent ' +
        'whose names are also surnames or given names (as tyndau init\'s comment shows) or leave the key out for none',
    ]);
  });
});
