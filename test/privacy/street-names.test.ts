import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
import { projectGate, projectRedactor } from '../../src/privacy/project-gate.js';
import { Redactor } from '../../src/privacy/redact/redactor.js';
import { isHouseNumberAt } from '../../src/privacy/redact/street-addresses.js';
import { loadProject } from '../../src/project/load-project.js';
import { SUBJECTS } from './subjects.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'privacy', 'streets');
const PROJECT = join(FIXTURES, 'almaty-streets.yaml');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Lines `from` to `to` (exclusive) of a fixture, each redacted by a gate with no street list. */
function linesWithoutStreetList(name: string, from: number, to: number): string[] {
  const gate = new PrivacyGate({ secret: 'test-secret', subjects: SUBJECTS });
  return fixture(name).split('\n').slice(from, to).map((line) => gate.redactText(line).text);
}

describe('the project\'s streets named after people', () => {
  it('are kept where a post names an address: after на, до, угол, ул., before a house number, in a crossing', async () => {
    const gate = projectGate(await loadProject(PROJECT, {}));

    expect(gate.redactText(fixture('streets-named-after-people-kept.txt')).text)
      .toBe(fixture('streets-named-after-people-kept.redacted.txt'));
  });

  it('are redacted where they name a person: beside a given name, an initial or a patronymic, after a person word or verb', async () => {
    const gate = projectGate(await loadProject(PROJECT, {}));

    expect(gate.redactText(fixture('street-words-naming-persons-redacted.txt')).text)
      .toBe(fixture('street-words-naming-persons-redacted.redacted.txt'));
  });

  it('were redacted as persons without the street list', () => {
    expect(linesWithoutStreetList('streets-named-after-people-kept.txt', 1, 4)).toEqual([
      'Живу на [NAME], света нет третий день',
      'ДТП на [NAME], объезжайте',
      'ДТП на [NAME], две машины',
    ]);
  });

  it('name persons the name finder alone left as streets or as no name', () => {
    expect(linesWithoutStreetList('street-words-naming-persons-redacted.txt', 13, 17)).toEqual([
      'Сосед Навои опять шумит по ночам',
      'Суюнбая [NAME] пожаловалась на шум',
      // The name finder now hears the verb before "на" itself.
      'Мы написали жалобу на [NAME] от соседки',
      // ...and now a verb of contact before "до": the person called.
      'Дозвонилась до [NAME], он обещал прийти',
    ]);
  });

  it('stay kept when analysis redacts stored text again with the project\'s redactor', async () => {
    const project = await loadProject(PROJECT, {});
    const stored = projectGate(project).redactText(fixture('streets-named-after-people-kept.txt')).text;

    expect(projectRedactor(project).redact(stored).text).toBe(stored);
  });

  it('keep a Latin spelling in Latin letters only: "Seifullin" is the street, "Сейфуллин" a person', () => {
    const redactor = new Redactor(SUBJECTS, { districts: [] }, ['Seifullin']);

    expect(redactor.redact('Живу на Seifullin 12, на Сейфуллин жалуются').text)
      .toBe('Живу на Seifullin 12, на [NAME] жалуются');
  });
});

describe('a house number after a street', () => {
  it('is a number with a Kazakh case ending or a flat, not an ordinal after a hyphen', () => {
    const numbers = ['Сатпаева 12-те су жоқ', 'Сатпаева 12-3', 'Сатпаева 5-го числа', 'Абай 19-ыншы ғасырда'];

    expect(numbers.map((text) => isHouseNumberAt(text, text.indexOf(' ')))).toEqual([true, true, false, false]);
  });
});

describe('a listed street crossing an unlisted one named with the Kazakh word for road or avenue', () => {
  it('is kept after "на Жибек жолы и", "угол Жибек жолы и", "до Тауке хан даңғылы и"; beside a given name it is a person', async () => {
    const gate = projectGate(await loadProject(join(FIXTURES, 'shymkent-streets.yaml'), {}));
    const CASE = 'crossing-after-an-unlisted-kazakh-named-street-kept';

    expect(gate.redactText(fixture(`${CASE}.txt`)).text).toBe(fixture(`${CASE}.redacted.txt`));
  });
});
