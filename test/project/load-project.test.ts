import { dirname, join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { explainText } from '../../src/cli/explain.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { ALMATY_DISTRICTS } from '../../src/project/defaults/districts.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { loadProject } from '../../src/project/load-project.js';
import { ProjectError } from '../../src/project/project-error.js';
import { fixturePath } from './fixture-path.js';

describe('defaults', () => {
  it('fills every key the file leaves out', async () => {
    const path = fixturePath('minimal-project.yaml');
    const project = await loadProject(path, {});

    expect(project).toEqual({
      name: 'Minimal',
      dir: dirname(path),
      city: 'Almaty',
      timezone: 'Asia/Almaty',
      reportLanguage: 'ru',
      subjects: [],
      districts: ALMATY_DISTRICTS,
      streets: [],
      taxonomy: DEFAULT_TAXONOMY,
      agencies: [],
      sources: [],
      privacy: { secret: 'minimal-project-test-secret', retentionDays: 90, minGroupSize: 10 },
      storePath: join(dirname(path), 'tyndau.sqlite'),
    });
  });

  it('gives a frozen project that no stage can change', async () => {
    const project = await loadProject(fixturePath('astana-own-districts-and-issues.yaml'), {});

    expect(Object.isFrozen(project)).toBe(true);
    expect(Object.isFrozen(project.privacy)).toBe(true);
    expect(Object.isFrozen(project.subjects[0]!.aliases)).toBe(true);
    expect(() => (project.subjects as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('a project for another city', () => {
  it('reads its districts, filling a label missing in a language from another', async () => {
    const project = await loadProject(fixturePath('astana-own-districts-and-issues.yaml'), {});

    expect(project.districts).toEqual([
      {
        id: 'yesil',
        labels: { ru: 'Есильский район', kk: 'Есіл ауданы', en: 'Yesil District' },
        names: ['Есильский', 'Есіл', 'Yesil'],
        neighbourhoods: ['Чубары', 'Шубар'],
        ambiguousNeighbourhoods: [],
      },
      {
        id: 'saryarka',
        labels: { ru: 'Saryarka District', kk: 'Saryarka District', en: 'Saryarka District' },
        names: ['Сарыарка', 'Saryarqa'],
        neighbourhoods: [],
        ambiguousNeighbourhoods: ['Көктал', 'Коктал'],
      },
    ]);
  });

  it('places a post by the neighbourhoods the file lists under a district', async () => {
    const project = await loadProject(fixturePath('astana-own-districts-and-issues.yaml'), {});
    const analyzer = await createAnalyzer(project);
    const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
    const districts = (text: string) => explainText(text, gate, analyzer).districts;

    expect(['В Чубарах нет воды', 'мкр Коктал-1: дороги нет', 'Көктал шағын ауданында жарық жоқ', 'Коктал'].map(districts))
      .toEqual([['yesil'], ['saryarka'], ['saryarka'], []]);
  });

  it('has no districts when the file lists none, so an Almaty district named in a post is no place of it', async () => {
    const project = await loadProject(fixturePath('town-without-districts.yaml'), {});
    const analyzer = await createAnalyzer(project);
    const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });

    expect(project.districts).toEqual([]);
    expect(explainText('В Бостандыкском районе третий день нет света', gate, analyzer).districts).toEqual([]);
  });

  it('is refused when it would get Almaty\'s districts or bodies, saying what to write', async () => {
    const error = await loadProject(fixturePath('karaganda-with-almaty-defaults.yaml'), {}).catch((thrown: unknown) => thrown);

    expect((error as ProjectError).problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      '3:12 "default" is Almaty\'s eight districts, and the city is Караганда; list the districts of Караганда ' +
        '(id, labels, names, as tyndau init\'s comment shows) or write districts: [] for none',
      '4:11 "default" is Almaty\'s bodies, and the city is Караганда; list the bodies of Караганда (docs/agencies.md) ' +
        'or leave the key out for none',
    ]);
    const leftOut = await loadProject(fixturePath('missing-privacy-section.yaml'), {}).catch((thrown: unknown) => thrown);
    expect((leftOut as ProjectError).problems.map((problem) => problem.keyPath.join('.'))).toEqual(['privacy', 'city']);
  });

  it('adds an issue to the built-in taxonomy and replaces a built-in issue given by its id', async () => {
    const project = await loadProject(fixturePath('astana-own-districts-and-issues.yaml'), {});
    const ids = project.taxonomy.issues.map((issue) => issue.id);

    expect(ids).toEqual([...DEFAULT_TAXONOMY.issues.map((issue) => issue.id), 'stray-dogs']);
    expect(project.taxonomy.issues.find((issue) => issue.id === 'transport')).toEqual({
      id: 'transport',
      labels: { ru: 'Buses', kk: 'Buses', en: 'Buses' },
      keywords: { ru: ['автобус'], kk: [], en: [] },
    });
    expect(project.taxonomy.issues.at(-1)).toEqual({
      id: 'stray-dogs',
      labels: { ru: 'Бездомные собаки', kk: 'Stray dogs', en: 'Stray dogs' },
      keywords: { ru: ['бездомн* собак*'], kk: [], en: ['stray dog*'] },
    });
    expect(project.taxonomy.slices).toEqual(DEFAULT_TAXONOMY.slices);
  });

  it('uses a plain list of issues instead of the built-in ones, keeping the built-in slices', async () => {
    const project = await loadProject(fixturePath('own-issue-list.yaml'), {});

    expect(project.taxonomy.issues.map((issue) => issue.id)).toEqual(['transport', 'water']);
    expect(project.taxonomy.slices).toEqual(DEFAULT_TAXONOMY.slices);
  });

  it('reads intervals as minutes and resolves file paths against the project folder', async () => {
    const path = fixturePath('astana-own-districts-and-issues.yaml');
    const project = await loadProject(path, {});

    expect(project.sources).toEqual([
      {
        id: 'exports',
        kind: 'files',
        location: join(dirname(path), 'exports/*.json'),
        intervalMinutes: 60,
      },
      { id: 'news', kind: 'feed', location: 'https://example.org/rss.xml', intervalMinutes: 30 },
      { id: 'channel', kind: 'telegram', location: 'some_public_channel', intervalMinutes: 120 },
      { id: 'wall', kind: 'vk', location: 'club1', intervalMinutes: 1440 },
      { id: 'video', kind: 'youtube', location: 'dQw4w9WgXcQ', intervalMinutes: 90 },
    ]);
    expect(project.storePath).toBe(resolve(dirname(path), '../data/astana.sqlite'));
  });

  it('spells the time zone as the IANA database does and keeps the digest language', async () => {
    const project = await loadProject(fixturePath('astana-own-districts-and-issues.yaml'), {});

    expect(project.timezone).toBe('Asia/Almaty');
    expect(project.reportLanguage).toBe('kk');
    expect(project.privacy).toEqual({
      secret: 'astana-test-secret-0123456789',
      retentionDays: 30,
      minGroupSize: 2,
    });
  });

  it('keeps a subject with its ambiguous aliases and context words', async () => {
    const project = await loadProject(fixturePath('astana-own-districts-and-issues.yaml'), {});

    expect(project.subjects).toEqual([
      {
        id: 'akimat',
        kind: 'body',
        name: 'Акимат Астаны',
        aliases: ['Астана әкімдігі'],
        context: ['Астана', 'Astana'],
        ambiguousAliases: ['акимат', 'әкімдік'],
      },
    ]);
  });
});

describe('a data file passed as the project', () => {
  it('says so first and lists twenty problems, each message of at most 300 characters, not the whole file', async () => {
    const path = fixturePath('data-file-passed-as-project.jsonl');
    const refusal = await loadProject(path, {}).then(() => null, (thrown: unknown) => thrown);
    expect(refusal).toBeInstanceOf(ProjectError);
    const error = refusal as ProjectError;
    const lines = error.message.split('\n');

    expect(error.problems.length).toBeGreaterThan(30);
    expect(lines[1]).toBe(
      `  ${path} not a project file: --project takes the tyndau.yaml that \`tyndau init DIR\` writes, ` +
        'and the files to import follow the options',
    );
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines.at(-1)).toBe(`  … and ${error.problems.length - 20} more`);
    const place = `  ${path}:`;
    const messages = lines.slice(1, -1).map((line) => line.slice(line.indexOf(' ', place.length) + 1));
    expect(Math.max(...messages.map((message) => message.length))).toBeLessThanOrEqual(300);
  });
});
