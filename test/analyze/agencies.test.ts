import { beforeAll, describe, expect, test } from 'vitest';

import type { AgencyAttribution } from '../../src/analyze/analysis.js';
import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { explainText } from '../../src/cli/explain.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { projectGate } from '../../src/privacy/project-gate.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await createAnalyzer(ALMATY_PROJECT);
});

/** `agency:rule` for each attribution, with the form or the issue and district it went by. */
function attributed(text: string, outlet: string | null = null): string[] {
  return analyzer.analyze({ text, outlet }).agencies.map(summary);
}

function summary(entry: AgencyAttribution): string {
  const place = entry.districtId === null ? '' : ` × ${entry.districtId}`;
  const by = entry.rule === 'mention' || entry.rule === 'own-channel'
    ? entry.evidence.join(', ')
    : `${entry.issueId}${place}`;
  return `${entry.agencyId}:${entry.rule} (${by})`;
}

describe('attribution by name', () => {
  test.each([
    ['Жалоба в Управление образования города Алматы осталась без ответа', 'Управление образования'],
    ['Обратились к Управлению образования, там ответили отпиской', 'Управлению образования'],
    ['Управлением образования недовольны родители', 'Управлением образования'],
    ['в управлении образования молчат', 'управлении образования'],
  ])('a Russian case form of a department: %s', (text, form) => {
    expect(attributed(text)).toEqual([`education-department:mention (${form})`]);
  });

  test.each([
    ['Білім басқармасына шағым жаздық, жауап жоқ', 'Білім басқармасына'],
    ['Білім басқармасының қызметкерлері жауап бермеді', 'Білім басқармасының'],
  ])('a Kazakh case form of a department: %s', (text, form) => {
    expect(attributed(text)).toEqual([`education-department:mention (${form})`]);
  });

  test('Kazakh case endings on a utility and on a district akimat', () => {
    expect(attributed('Алматы Суға хабарластық, су жоқ')).toEqual(['water-utility:mention (Алматы Суға)']);
    expect(attributed('Әуезов ауданының әкімдігіне барып шағымдандық')).toEqual([
      'auezov-akimat:mention (Әуезов ауданының әкімдігіне)',
    ]);
  });

  // A resident unsure how to join the ending to a two-word name sets it off with a hyphen.
  test('a utility with a Kazakh case ending after a hyphen', () => {
    expect(attributed('Алматы Су-ға хабарластық, су жоқ')).toEqual(['water-utility:mention (Алматы Су-ға)']);
  });

  test('a Russian district akimat in the prepositional case', () => {
    expect(attributed('В акимате Ауэзовского района не принимают жалобы')).toEqual([
      'auezov-akimat:mention (акимате Ауэзовского района)',
    ]);
  });

  test('a bare "полиция" names Almaty police only with Almaty beside it', () => {
    expect(attributed('Алматы полициясы ұрыларды ұстады')).toEqual(['police-department:mention (полициясы)']);
    // Not a mention; the map still gives safety to the city's police (a map knows no other city).
    expect(attributed('Полиция Бишкека задержала подозреваемых')).toEqual(['police-department:issue (safety)']);
  });

  test('a post naming a body is not passed on to the body the map gives for its issue', () => {
    // The outage is the energy department's by the map, but the post names the water utility.
    expect(attributed('Алматы Су опять отключил воду')).toEqual(['water-utility:mention (Алматы Су)']);
  });
});

describe('attribution through the responsibility map', () => {
  test('a water outage in a district without a named agency goes to the water utility', () => {
    const analysis = analyzer.analyze({ text: 'В Ауэзовском районе третий день нет воды' });

    expect(analysis.districts).toEqual(['auezov']);
    expect(analysis.agencies).toEqual([
      { agencyId: 'water-utility', rule: 'issue', issueId: 'outages', districtId: null, evidence: ['нет воды'] },
    ]);
  });

  test('the same outage written in Kazakh goes to the same body', () => {
    expect(attributed('Әуезов ауданында үш күннен бері су жоқ')).toEqual(['water-utility:issue (outages)']);
  });

  test('hot water and heating are the heating network\'s, the lights the power company\'s', () => {
    expect(attributed('В Медеуском районе нет горячей воды и отопления')).toEqual(['heating-network:issue (outages)']);
    expect(attributed('отключили свет в Турксибском районе')).toEqual(['power-company:issue (outages)']);
  });

  // Kazakh puts the adjective first: "ыстық су жоқ" (no hot water) holds the water utility's
  // "су жоқ" (no water), and the new user's post went to both utilities.
  test.each([
    ['Әуезов ауданында үш күннен бері ыстық су жоқ', ['heating-network:issue (outages)']],
    ['Турксибте ыстык су жок', ['heating-network:issue (outages)']],
    ['Үйде су жоқ, ыстық су да жоқ', ['water-utility:issue (outages)', 'heating-network:issue (outages)']],
  ])('hot water missing in Kazakh is the heating network\'s: %s', (text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });

  // 'Авария' was the safety issue's, so a heating main's failure went to the police.
  test('a failure of the heating mains is the heating network\'s, not the police\'s', () => {
    expect(attributed('Досаев поручил до 15 декабря устранить аварии на теплосетях в Ауэзовском районе'))
      .toEqual(['heating-network:issue (outages)']);
    expect(attributed('В Турксибском районе третий день нет света, звонили в АЖК — говорят авария'))
      .toEqual(['power-company:mention (АЖК)']);
  });

  test('an outage with no word of water, heat or light goes to the energy department', () => {
    expect(attributed('Опять отключили всё на весь день, перебои каждую неделю')).toEqual([
      'energy-water-department:issue (outages)',
    ]);
  });

  test('a district\'s own body answers before the city-wide one for the same issue', () => {
    expect(attributed('Во дворе в Бостандыкском районе разбили асфальт, ямы по колено')).toEqual([
      'bostandyk-akimat:issue-district (roads × bostandyk)',
    ]);
    expect(attributed('На дороге ямы, асфальт разбит')).toEqual(['mobility-department:issue (roads)']);
  });

  test('a post about no issue and naming no body is attributed to no one', () => {
    expect(attributed('Хорошая погода сегодня в городе')).toEqual([]);
  });
});

describe('the agency\'s own channel', () => {
  test('an article from an outlet the map lists is the agency\'s answer, whatever it names', async () => {
    const project = {
      ...ALMATY_PROJECT,
      agencies: ALMATY_PROJECT.agencies.map((agency) =>
        agency.id === 'water-utility' ? { ...agency, outlets: ['Пресс-служба Алматы Су'] } : agency),
    };
    const own = await createAnalyzer(project);
    const analysis = own.analyze({ text: 'В Ауэзовском районе подачу воды восстановят к вечеру', outlet: 'пресс-служба  Алматы Су' });

    expect(analysis.agencies.map(summary)).toEqual(['water-utility:own-channel (пресс-служба  Алматы Су)']);
  });
});

describe('the privacy gate and tyndau explain', () => {
  const gate = projectGate({ ...ALMATY_PROJECT, privacy: { ...ALMATY_PROJECT.privacy, secret: 'agency-test-secret-0123' } });

  test('the gate keeps a district akimat\'s name, though the district is named after a surname', () => {
    const bare = new PrivacyGate({ secret: 'agency-test-secret-0123', subjects: ALMATY_PROJECT.subjects });
    const text = 'Жалобу в акимат Әуезов района не приняли';

    expect(bare.redactText(text).text).toBe('Жалобу в акимат [NAME] района не приняли');
    expect(gate.redactText(text).text).toBe(text);
  });

  test('any gate keeps the word before "ауданы", a district\'s name', () => {
    const bare = new PrivacyGate({ secret: 'agency-test-secret-0123', subjects: ALMATY_PROJECT.subjects });
    const text = 'Әуезов ауданының әкімдігіне барып шағымдандық';

    expect(bare.redactText(text).text).toBe(text);
  });

  test('explain shows which rule attributed the text to which agency', () => {
    const explanation = explainText('Әуезов ауданында үш күннен бері су жоқ', gate, analyzer);
    expect(explanation.agencies).toEqual([
      { agencyId: 'water-utility', rule: 'issue', issueId: 'outages', districtId: null, evidence: ['су жоқ'] },
    ]);
  });
});
