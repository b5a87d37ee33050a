import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { projectGate } from '../../src/privacy/project-gate.js';
import { loadProject } from '../../src/project/load-project.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'privacy', 'districts');
const CASE = 'districts-named-after-people';

describe('a project\'s districts named after people', () => {
  it('keep their names beside the word for district, while a person of the same name is redacted', async () => {
    const project = await loadProject(join(FIXTURES, `${CASE}.yaml`), {});
    const gate = projectGate(project);
    const input = readFileSync(join(FIXTURES, `${CASE}.txt`), 'utf8');

    expect(gate.redactText(input).text).toBe(readFileSync(join(FIXTURES, `${CASE}.redacted.txt`), 'utf8'));
  });

  it('are found by the district breakdown in posts that name them so, names of two words declined too', async () => {
    const project = await loadProject(join(FIXTURES, `${CASE}.yaml`), {});
    const gate = projectGate(project);
    const analyzer = await createAnalyzer(project);
    const lines = readFileSync(join(FIXTURES, `${CASE}.txt`), 'utf8').split('\n').slice(0, 8);

    // "Қазыбек би ауданында" and "Әлихан Бөкейхан ауданындағы" were found by no district: only the
    // name's first word was looked up, and it stands apart from the word for district.
    expect(lines.map((line) => analyzer.analyze({ text: gate.redactText(line).text }).districts)).toEqual([
      ['turan'], ['turan'], ['al-farabi'], ['al-farabi'], ['kazybek-bi'], ['kazybek-bi'],
      ['alikhan-bokeikhan'], ['alikhan-bokeikhan'],
    ]);
  });
});

describe('a project\'s neighbourhoods that are also given names', () => {
  const NEIGHBOURHOODS = 'neighbourhoods-also-given-names';

  it('keep a neighbourhood named alone, and an ambiguous one beside "мкр" or its part number; a person is redacted', () => {
    const gate = projectGate({ ...ALMATY_PROJECT, privacy: { ...ALMATY_PROJECT.privacy, secret: 'neighbourhood-test-secret-0123' } });
    const input = readFileSync(join(FIXTURES, `${NEIGHBOURHOODS}.txt`), 'utf8');

    expect(gate.redactText(input).text).toBe(readFileSync(join(FIXTURES, `${NEIGHBOURHOODS}.redacted.txt`), 'utf8'));
  });

  it('are found by the district breakdown after the gate ("до самого Таугуля" is in Auezov)', async () => {
    const gate = projectGate({ ...ALMATY_PROJECT, privacy: { ...ALMATY_PROJECT.privacy, secret: 'neighbourhood-test-secret-0123' } });
    const analyzer = await createAnalyzer(ALMATY_PROJECT);
    const lines = readFileSync(join(FIXTURES, `${NEIGHBOURHOODS}.txt`), 'utf8').split('\n').slice(0, 3);

    expect(lines.map((line) => analyzer.analyze({ text: gate.redactText(line).text }).districts))
      .toEqual([['auezov'], ['auezov'], ['auezov']]);
  });
});

describe('a project\'s neighbourhoods listed in Russian letters', () => {
  const KAZAKH_LETTERS = 'neighbourhoods-written-in-kazakh-letters';

  it('are kept and found where a Kazakh post writes them with ұ, қ ("Нұрсатта" for Нурсат); a person is redacted', async () => {
    const project = await loadProject(join(FIXTURES, `${KAZAKH_LETTERS}.yaml`), {});
    const gate = projectGate(project);
    const analyzer = await createAnalyzer(project);
    const input = readFileSync(join(FIXTURES, `${KAZAKH_LETTERS}.txt`), 'utf8');
    const redacted = gate.redactText(input).text;

    expect(redacted).toBe(readFileSync(join(FIXTURES, `${KAZAKH_LETTERS}.redacted.txt`), 'utf8'));
    expect(redacted.split('\n').slice(0, 3).map((line) => analyzer.analyze({ text: line }).districts))
      .toEqual([['karatau'], ['karatau'], ['abay']]);
  });
});

describe('the places a project\'s scope names', () => {
  // A Karaganda trial: "В Сарани" became "В [NAME]" before the scope stage read it, so a town
  // listed under scope.elsewhere could not set its post aside.
  it('are kept where they stand alone, so the scope reads them; a person of the same name is redacted', async () => {
    const project = {
      ...ALMATY_PROJECT,
      privacy: { ...ALMATY_PROJECT.privacy, secret: 'scope-places-test-secret-0123' },
      scope: { home: ['Пришахтинск'], elsewhere: ['Сарань', '?Победа'], setAside: true },
    };
    const gate = projectGate(project);
    const analyzer = await createAnalyzer(project);
    const lines = ['В Сарани закрыли поликлинику', 'Сарань Ахметова пожаловалась на соседей'];
    const redacted = lines.map((line) => gate.redactText(line).text);

    expect(redacted).toEqual(['В Сарани закрыли поликлинику', '[NAME] пожаловалась на соседей']);
    expect(analyzer.analyze({ text: redacted[0]! }).scope).toBe('elsewhere');
  });
});
