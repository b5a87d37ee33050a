import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { MentionFinder } from '../../src/analyze/mentions/index.js';
import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { explainText } from '../../src/cli/explain.js';
import { GAZETTEER, gazetteerPlaceNamed, russianGenitiveOf } from '../../src/project/gazetteer.js';
import { describeFileSystemError } from '../../src/cli/file-system-error.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { projectGate } from '../../src/privacy/project-gate.js';
import { exampleProjectYaml } from '../../src/project/example-project.js';
import { initProject } from '../../src/project/init-project.js';
import { loadProject, parseProject } from '../../src/project/load-project.js';
import { projectSchemaPath } from '../../src/project/project-schema.js';

function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), 'tyndau-init-'));
}

describe('the example project file for another city', () => {
  const shymkent = () => parseProject(exampleProjectYaml('example-test-secret-0123456789', 'Шымкент'), 'tyndau.yaml', {});

  // Almaty's file with its city changed was refused for Almaty's districts, then for eight
  // district akimats, and kept Almaty's mayor, akimat and utilities without a word.
  it('names a city written in Latin letters in English, as the Almaty file does', () => {
    const project = parseProject(exampleProjectYaml('example-test-secret-0123456789', 'Shymkent'), 'tyndau.yaml', {});

    expect(project.name).toBe('Shymkent city services');
  });

  it('names the city and holds none of Almaty\'s mayor, districts, streets or bodies, and loads', () => {
    const project = shymkent();

    expect([project.name, project.city]).toEqual(['Шымкент — городские службы', 'Шымкент']);
    expect(project.subjects.map((subject) => [subject.id, subject.name])).toEqual([
      ['akimat', 'Акимат города Шымкента'], ['akim', 'Аким города Шымкента'],
    ]);
    expect(project.districts).toEqual([]);
    expect(project.streets).toEqual([]);
    expect(project.agencies).toEqual([]);
  });

  // `init --city Астана` wrote "Акимат города Астана"; Russian titles take the genitive, which
  // the gazetteer gives, as an ending guessed would break Алматы, Актобе or Кокшетау.
  it('titles the akimat and the akim with the city in the Russian genitive the gazetteer gives', () => {
    const titles = (city: string) => parseProject(exampleProjectYaml('example-test-secret-0123456789', city), 'tyndau.yaml', {})
      .subjects.map((subject) => [subject.name, ...subject.aliases.slice(0, 2)].join(' / '));
    const cities = ['Астана', 'Шымкент', 'Караганда', 'Актобе', 'Кокшетау', 'Кызылорда', 'Семей', 'Рудный',
      'Қарағанды', 'Astana', 'Уральск'];

    expect(cities.map((city) => titles(city)[0])).toEqual([
      'Акимат города Астаны / акимат Астаны / акимат города Астаны',
      'Акимат города Шымкента / акимат Шымкента / акимат города Шымкента',
      'Акимат города Караганды / акимат Караганды / акимат города Караганды',
      'Акимат города Актобе / акимат Актобе / акимат города Актобе',
      'Акимат города Кокшетау / акимат Кокшетау / акимат города Кокшетау',
      'Акимат города Кызылорды / акимат Кызылорды / акимат города Кызылорды',
      'Акимат города Семея / акимат Семея / акимат города Семея',
      'Акимат города Рудного / акимат Рудного / акимат города Рудного',
      'Акимат города Караганды / акимат Караганды / акимат города Караганды',
      'Акимат города Астаны / акимат Астаны / акимат города Астаны',
      'Акимат города Уральска / акимат Уральска / акимат города Уральска',
    ]);
    expect(titles('Астана')[1]).toBe('Аким города Астаны / аким Астаны / аким города Астаны');
  });

  it('gives every Kazakhstan city init knows a Russian genitive, unchanged for names Russian does not decline', () => {
    const cities = GAZETTEER.filter((place) => place.country === 'kz' && !/region|kz$|towns$/.test(place.id)
      && place.id !== 'satpayev');

    expect(cities.filter((place) => Object.keys(place.genitives).length === 0).map((place) => place.id)).toEqual([]);
    expect(['Алматы', 'Актобе', 'Атырау', 'Актау', 'Темиртау', 'Кентау', 'Хромтау', 'Кульсары', 'Текели', 'Уштобе']
      .map(russianGenitiveOf)).toEqual(['Алматы', 'Актобе', 'Атырау', 'Актау', 'Темиртау', 'Кентау', 'Хромтау',
      'Кульсары', 'Текели', 'Уштобе']);
    expect(['Жезказган', 'Петропавл', 'Житикара', 'Шемонаиха', 'Сарань', 'Zzyzx'].map(russianGenitiveOf))
      .toEqual(['Жезказгана', 'Петропавла', 'Житикары', 'Шемонаихи', 'Сарани', null]);
  });

  it('asks for the genitive where the gazetteer gives none, and keeps the name as written', () => {
    const yaml = exampleProjectYaml('example-test-secret-0123456789', 'Косшы');

    expect(yaml).toContain('name: "Акимат города Косшы"');
    expect(yaml).toContain('Russian writes the city in the genitive here ("Акимат города Астаны"): put Косшы in it.');
  });

  it('counts its akimat by name in any case, and a bare аким near the city as the akim, not Almaty\'s', () => {
    const finder = new MentionFinder(shymkent().subjects);
    const found = (text: string) => finder.find(prepareText(text)).map((mention) => mention.subjectId);

    // "Аким Шымкента" counted toward the akimat, mixing the tone toward a person with the body's.
    expect([
      'Акимату Шымкента пора заняться дорогами',
      'Аким Шымкента пообещал новые автобусы',
      'Аким Алматы пообещал новые автобусы',
      'Акимат Алматы не ответил',
    ].map(found)).toEqual([['akimat'], ['akim'], [], []]);
  });

  it('reads the city\'s other names the gazetteer knows as context ("Караганда", "карагандинцы")', () => {
    const names = gazetteerPlaceNamed('Қарағанды')?.names ?? [];
    const yaml = exampleProjectYaml('example-test-secret-0123456789', 'Қарағанды', names);
    const finder = new MentionFinder(parseProject(yaml, 'tyndau.yaml', {}).subjects);
    const found = (text: string) => finder.find(prepareText(text)).map((mention) => mention.subjectId);

    // The file named only "Қарағанды": "акимат" beside "карагандинцы" or "Karaganda" was no one's.
    expect([
      'Карагандинцы недовольны, акимат молчит',
      'The Karaganda akim promised heating by Friday',
      'Аким Карагандинской области посетил Майкудук',
      'Аким района Казыбек би провёл приём',
    ].map(found)).toEqual([['akimat'], ['akim'], [], []]);
  });

  it('names the project in Russian, Kazakh and English from the city\'s names the gazetteer knows', () => {
    const labelsOf = (city: string) =>
      parseProject(exampleProjectYaml('example-test-secret-0123456789', city), 'tyndau.yaml', {}).labels;

    // A Kazakh digest of a project for Қарағанды was headed "Қарағанды — городские службы".
    expect(labelsOf('Қарағанды')).toEqual({
      ru: 'Караганда — городские службы', kk: 'Қарағанды қаласының қызметтері', en: 'Karaganda city services',
    });
    // Semey's unambiguous Russian name in the gazetteer is its Soviet one; the city's own comes first.
    expect(labelsOf('Semey')).toEqual({
      ru: 'Семей — городские службы', kk: 'Семей қаласының қызметтері', en: 'Semey city services',
    });
    expect(labelsOf('Шымкент')?.kk).toBe('Шымкент қаласының қызметтері');
    // A Kazakh digest for Астана was headed by its former name, the first Kazakh-lettered one.
    expect(labelsOf('Астана')).toEqual({
      ru: 'Астана — городские службы', kk: 'Астана қаласының қызметтері', en: 'Astana city services',
    });
    // A city the gazetteer does not know keeps the name alone.
    expect(labelsOf('Zzyzx')).toEqual({ en: 'Zzyzx city services' });
  });

  it('is Almaty\'s own example when the city given is Almaty, however written', () => {
    const almaty = exampleProjectYaml('example-test-secret-0123456789');
    expect(exampleProjectYaml('example-test-secret-0123456789', 'Алматы')).toBe(almaty);
    expect(exampleProjectYaml('example-test-secret-0123456789', 'Almaty')).toBe(almaty);
  });
});

describe('the districts comment of the example for another city', () => {
  // A newcomer's Pavlodar project listed its areas under names: "на тротуарах Усолки" was stored
  // as "на тротуарах [NAME]" for good and counted for no district, and the comment did not say
  // that a bare name needs the word for district or that areas named alone are neighbourhoods.
  const comment = exampleProjectYaml('example-test-secret-0123456789', 'Астана').replace(/\n#\s*/g, ' ');

  it('says where a district\'s names count and where an area named alone belongs', () => {
    expect(comment).toContain('A district\'s names count beside the word for district');
    expect(comment).toContain('list there the areas residents name without a word for district');
  });

  it('holds for each example it gives', async () => {
    const yaml = exampleProjectYaml('example-test-secret-0123456789', 'Астана').replace(/^districts: \[\]$/m, [
      'districts:',
      '  - {id: yesil, labels: {ru: Есильский район, kk: Есіл ауданы, en: Yesil}, names: [Есильский, Есіл, Есиль], neighbourhoods: [Чубары]}',
      '  - {id: usolka, labels: {ru: Усолка, kk: Усолка, en: Usolka}, names: [Усолка]}',
      '  - {id: usolka-area, labels: {ru: Усолка, kk: Усолка, en: Usolka}, names: [Usolka], neighbourhoods: [Усолка]}',
    ].join('\n'));
    const asNames = parseProject(yaml.replace(/\n {2}- \{id: usolka-area.*$/m, ''), 'tyndau.yaml', {});
    const asNeighbourhood = parseProject(yaml.replace(/\n {2}- \{id: usolka, .*$/m, ''), 'tyndau.yaml', {});
    const read = async (project: typeof asNames, texts: string[]) => {
      const gate = projectGate(project);
      const analyzer = await createAnalyzer(project);
      return texts.map((text) => {
        const explanation = explainText(text, gate, analyzer);
        return [explanation.redacted, explanation.districts.join(' ')];
      });
    };

    expect(await read(asNames, [
      'Есіл ауданында жол жоқ', 'в районе Есиль ямы', 'в Есильском районе ямы', 'в Есиле ямы',
      'в Чубарах нет света', 'дороги Чубаров разбиты', 'Снег на тротуарах Усолки не убирают',
    ])).toEqual([
      ['Есіл ауданында жол жоқ', 'yesil'], ['в районе Есиль ямы', 'yesil'], ['в Есильском районе ямы', 'yesil'],
      ['в Есиле ямы', 'yesil'], ['в Чубарах нет света', 'yesil'], ['дороги Чубаров разбиты', 'yesil'],
      ['Снег на тротуарах [NAME] не убирают', ''],
    ]);
    expect(await read(asNeighbourhood, ['Снег на тротуарах Усолки не убирают'])).toEqual([
      ['Снег на тротуарах Усолки не убирают', 'usolka-area'],
    ]);
  });
});

describe('the example project file', () => {
  it('loads and validates as it is written', () => {
    const project = parseProject(
      exampleProjectYaml('example-test-secret-0123456789'),
      'tyndau.yaml',
      {},
    );

    expect(project.subjects.map((subject) => [subject.id, subject.kind])).toEqual([
      ['mayor', 'official'],
      ['akimat', 'body'],
      ['transport-department', 'body'],
    ]);
    expect(project.timezone).toBe('Asia/Almaty');
    expect(project.districts).toHaveLength(8);
    expect(project.privacy.secret).toBe('example-test-secret-0123456789');
  });

  it('names the mayor in Russian, Kazakh and Latin spellings', () => {
    const project = parseProject(
      exampleProjectYaml('example-test-secret-0123456789'),
      'tyndau.yaml',
      {},
    );
    const mayor = project.subjects[0]!;

    expect(mayor.name).toBe('Ерболат Досаев');
    expect(mayor.aliases).toEqual(['Досаев', 'Dosaev', 'Dosayev', 'Досаевтың', 'Ерболат Аскарбекович', 'Ерболат Асқарбекұлы']);
  });

  it('finds the mayor addressed by name and patronymic, and keeps it in the text', () => {
    const project = parseProject(exampleProjectYaml('example-test-secret-0123456789'), 'tyndau.yaml', {});
    const finder = new MentionFinder(project.subjects);
    const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
    const text = 'Ерболат Аскарбекович, обратите внимание на дороги в Медеу! Ерболат Асқарбекұлы, жауап беріңізші';

    expect(gate.redactText(text).text).toBe(text);
    expect(finder.find(prepareText(text)).map((mention) => mention.subjectId)).toEqual(['mayor', 'mayor']);
  });

  it('makes a bare аким or әкім count for the akimat only near a word for Almaty', () => {
    const project = parseProject(
      exampleProjectYaml('example-test-secret-0123456789'),
      'tyndau.yaml',
      {},
    );
    const akimat = project.subjects[1]!;

    expect(akimat.ambiguousAliases).toEqual([
      'акимат', 'әкімдік', 'akimat', 'аким', 'әкім', 'akim', 'мэр', 'мэрия', 'mayor', 'city hall',
    ]);
    expect(akimat.context).toEqual(['Алматы', 'Almaty', 'Алма-Ата', 'алматин*']);
    expect(akimat.aliases).toContain('Алматы қаласының әкімдігі');
  });

  it('finds the akimat where news calls the akim a mayor, in Russian and English, and only in Almaty', () => {
    const project = parseProject(exampleProjectYaml('example-test-secret-0123456789'), 'tyndau.yaml', {});
    const finder = new MentionFinder(project.subjects);
    const found = (text: string) => finder.find(prepareText(text)).map((mention) => `${mention.subjectId}:${mention.form}`);

    expect([
      'The mayor of Almaty promised new buses on route 92.',
      'Мэр Алматы пообещал новые автобусы.',
      'Мэрия Алматы не ответила жителям.',
      'Almaty city hall did not answer.',
      'The mayor of London visited Paris.',
      'Мэр Москвы открыл станцию метро.',
    ].map(found)).toEqual([
      ['akimat:mayor'], ['akimat:Мэр'], ['akimat:Мэрия'], ['akimat:city hall'], [], [],
    ]);
  });

  it('explains every top-level key of the schema where it is set', () => {
    const schema = JSON.parse(readFileSync(projectSchemaPath(), 'utf8')) as { properties: object };
    const yaml = exampleProjectYaml('example-test-secret-0123456789');

    for (const key of Object.keys(schema.properties)) {
      const line = yaml.split('\n').findIndex((text) => text.startsWith(`${key}:`));
      expect(line, `${key} is set at the top level`).toBeGreaterThan(0);
      expect(yaml.split('\n')[line - 1], `a comment above ${key}`).toMatch(/^#/);
    }
  });

  it('loads with each setting it shows commented out inside a section switched on', () => {
    // A user switches a setting on by deleting its "# "; the queue's nats line once sat under
    // "queue: {}", so doing that gave a YAML error instead of the distributed mode.
    const lines = exampleProjectYaml('example-test-secret-0123456789').split('\n');
    const setting = /^( +)# ((- )?[A-Za-z]+:|  +[A-Za-z]+:)/;
    const switchedOn: string[] = [];

    for (let start = 0; start < lines.length; start += 1) {
      if (!setting.test(lines[start]!) || setting.test(lines[start - 1] ?? '')) continue;
      let end = start;
      while (setting.test(lines[end + 1] ?? '')) end += 1;
      const edited = lines.map((line, index) =>
        index >= start && index <= end ? line.replace('# ', '') : line);
      const project = parseProject(edited.join('\n'), 'tyndau.yaml', {});
      switchedOn.push(lines[start]!.trim());
      expect(project.name).toBe('Almaty city services');
    }

    expect(switchedOn).toEqual([
      '# - id: city-news',
      '# allowPrivateAddresses: true',
      '# youtube: { apiKey: env:YOUTUBE_API_KEY, dailyQuota: 10000 }',
      '# postgres: postgres://tyndau@127.0.0.1:5432/tyndau',
    ]);
  });

  it('gets a different random secret each time', () => {
    const secretOf = (yaml: string): string => /secret: "([^"]+)"/.exec(yaml)![1]!;
    const first = secretOf(exampleProjectYaml());
    const second = secretOf(exampleProjectYaml());

    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('points editors at the JSON Schema', () => {
    expect(exampleProjectYaml('example-test-secret-0123456789').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${projectSchemaPath()}`,
    );
  });
});

describe('tyndau init', () => {
  it('writes a project file that loads, into a folder it creates, readable by its owner only', async () => {
    const dir = join(freshFolder(), 'new', 'project');
    const { path } = await initProject(dir);

    expect(path).toBe(join(dir, 'tyndau.yaml'));
    const project = await loadProject(path, {});
    expect(project.dir).toBe(dir);
    expect(project.storePath).toBe(join(dir, 'tyndau.sqlite'));
    expect(project.privacy.secret).toHaveLength(43);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite an existing project file and leaves it as it was', async () => {
    const dir = freshFolder();
    const path = join(dir, 'tyndau.yaml');
    writeFileSync(path, 'name: Mine\n');

    await expect(initProject(dir)).rejects.toThrow(
      `init: ${path} already exists; tyndau init does not overwrite a project file`,
    );
    expect(readFileSync(path, 'utf8')).toBe('name: Mine\n');
  });
  it('refuses a folder whose path goes through a file, naming the file', async () => {
    const file = join(freshFolder(), 'notes.txt');
    writeFileSync(file, 'notes\n');

    const refusal = (dir: string) => initProject(dir).catch((error: unknown) => describeFileSystemError(error));

    expect(await refusal(join(file, 'project', 'x'))).toBe(
      `cannot create the folder ${join(file, 'project')}: a part of the path is a file, not a folder`,
    );
    expect(await refusal(file)).toBe(`cannot create the folder ${file}: a file of that name is in the way; name a folder`);
  });
});
