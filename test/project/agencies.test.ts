import { describe, expect, it } from 'vitest';

import { ALMATY_AGENCIES } from '../../src/project/defaults/agencies.js';
import { exampleProjectYaml, loadProject, parseProject, ProjectError } from '../../src/project/index.js';
import { fixturePath, placeOf } from './fixture-path.js';

const EXAMPLE = fixturePath('../../../examples/almaty/tyndau.yaml');

describe('the responsibility map in a project file', () => {
  it('is empty when the file has no agencies key', async () => {
    const project = await loadProject(fixturePath('minimal-project.yaml'), {});
    expect(project.agencies).toEqual([]);
  });

  it('is Almaty\'s built-in map for "default"', () => {
    const text = 'name: A\ncity: Almaty\nagencies: default\nprivacy: {secret: a-long-enough-secret}\n';
    const project = parseProject(text, '/tmp/tyndau.yaml', {});
    expect(project.agencies).toBe(ALMATY_AGENCIES);
  });

  it('is written out in full by tyndau init, and loads back as the built-in map', () => {
    const project = parseProject(exampleProjectYaml('a-long-enough-secret'), '/tmp/tyndau.yaml', {});
    expect(project.agencies).toEqual(ALMATY_AGENCIES);
  });

  it('in the demo project agrees with the built-in map', async () => {
    const project = await loadProject(EXAMPLE, { TYNDAU_SECRET: 'demo-secret-for-tests' });
    expect(project.agencies).toEqual(ALMATY_AGENCIES);
  });

  it('has the bodies the issue asks for: departments, utilities and all eight district akimats', () => {
    const kinds = new Map<string, number>();
    for (const agency of ALMATY_AGENCIES) kinds.set(agency.kind, (kinds.get(agency.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      akimat: 1, department: 9, 'state-body': 1, utility: 5, 'district-akimat': 8,
    });
  });

  it('fills labels from the name and leaves the whole city when districts are "all"', () => {
    const text = [
      'name: A', 'city: Almaty', 'agencies:', '  - {id: metro, kind: utility, name: Метрополитен, districts: all}',
      'privacy: {secret: a-long-enough-secret}', '',
    ].join('\n');
    const [metro] = parseProject(text, '/tmp/tyndau.yaml', {}).agencies;
    expect(metro).toEqual({
      id: 'metro', kind: 'utility', name: 'Метрополитен',
      labels: { ru: 'Метрополитен', kk: 'Метрополитен', en: 'Метрополитен' },
      aliases: [], context: [], ambiguousAliases: [], issues: [], districts: [], keywords: null, outlets: [],
    });
  });

  // A Karaganda analyst wrote an agency's keywords as one list, as listening tools take them, and
  // was refused with "must be a mapping"; each word now goes to the languages of its letters.
  it('takes keywords written as one list, each word for the languages its letters are written in', () => {
    const text = [
      'name: A', 'city: Almaty',
      'agencies:',
      '  - {id: heat, kind: utility, name: Теплосеть, keywords: [теплосет*, жылу желісі, heating main*]}',
      'taxonomy:', '  extends: default', '  issues:',
      '    - {id: stray-dogs, labels: {en: Stray dogs}, keywords: [бездомн* собак*, иесіз ит*, stray dog*]}',
      'privacy: {secret: a-long-enough-secret}', '',
    ].join('\n');
    const project = parseProject(text, '/tmp/tyndau.yaml', {});

    expect(project.agencies[0]!.keywords).toEqual({
      ru: ['теплосет*'], kk: ['теплосет*', 'жылу желісі'], en: ['heating main*'],
    });
    expect(project.taxonomy.issues.find((issue) => issue.id === 'stray-dogs')!.keywords).toEqual({
      ru: ['бездомн* собак*'], kk: ['бездомн* собак*', 'иесіз ит*'], en: ['stray dog*'],
    });
  });

  it('still refuses keywords that are neither per language nor a list, naming both shapes', () => {
    const text = [
      'name: A', 'city: Almaty',
      'agencies:', '  - {id: heat, kind: utility, name: Теплосеть, keywords: теплосеть}',
      'privacy: {secret: a-long-enough-secret}', '',
    ].join('\n');
    const error = (() => {
      try {
        parseProject(text, '/tmp/tyndau.yaml', {});
        return null;
      } catch (thrown) {
        return thrown;
      }
    })();

    expect(error).toBeInstanceOf(ProjectError);
    expect((error as ProjectError).problems.map((problem) => problem.message)).toEqual([
      'must be keywords per language, {ru: [...], kk: [...], en: [...]}, or one list of keywords, ' +
        '[теплосеть*, жылу желісі, heating]',
    ]);
  });

  it('reports duplicate ids and ambiguous aliases without context at their lines', async () => {
    const error = await loadProject(fixturePath('agency-map-mistakes.yaml'), {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ProjectError);
    expect((error as ProjectError).problems.map(placeOf)).toEqual([
      '13:9 agencies.2.id: "water-utility" is already the id of agencies[0]; ids must differ',
      '16:5 agencies.2.ambiguousAliases: ambiguous aliases count only near a context word, and this agency ' +
        'has none; add context words (e.g. context: [Алматы, Almaty]) or move "водоканал" to aliases',
    ]);
  });

  it('says that a project without districts has none, when an agency still names one', async () => {
    const file = fixturePath('shymkent-without-districts-keeps-a-district-akimat.yaml');
    const error = await loadProject(file, {}).then(() => null, (thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(ProjectError);
    // The list of districts was empty: the message ended in "the districts are ".
    expect((error as ProjectError).problems.map(placeOf)).toEqual([
      '15:17 agencies.1.districts.0: alatau-akimat: no district "alatau" in the project; the project lists ' +
        'no districts (districts: []): remove this agency, or its districts key to make it city-wide',
    ]);
  });

  it('refuses unknown issues and districts, and an agency named like an official', () => {
    const text = `${[
      'name: A', 'city: Almaty',
      'subjects:', '  - {id: mayor, kind: official, name: Ерболат Досаев, aliases: [Досаев]}',
      'agencies:',
      '  - {id: water-utility, kind: utility, name: Алматы Су, issues: [outages, water], districts: [auezov, downtown]}',
      '  - {id: reception, kind: akimat, name: Приёмная, aliases: [Досаев]}',
      'privacy: {secret: a-long-enough-secret}',
    ].join('\n')}\n`;
    const error = (() => {
      try {
        parseProject(text, '/tmp/tyndau.yaml', {});
      } catch (thrown) {
        return thrown as ProjectError;
      }
      throw new Error('the map loaded');
    })();

    expect(error.problems.map(placeOf)).toEqual([
      expect.stringMatching(/^6:\d+ agencies\.0\.issues\.1: water-utility: no issue "water" in the taxonomy; the issues are transport, roads, /),
      expect.stringMatching(/^6:\d+ agencies\.0\.districts\.1: water-utility: no district "downtown" in the project; the districts are alatau, /),
      '7:5 agencies.1: reception: "Досаев" names the official "Ерболат Досаев"; an agency is a body, never a ' +
        'person: name the body (its department, akimat or utility) instead',
    ]);
  });
});
