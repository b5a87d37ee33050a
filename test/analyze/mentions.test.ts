import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { MentionFinder } from '../../src/analyze/mentions/index.js';
import { ADMINISTRATION, AKIMAT, DEPUTY, MAYOR, POLICE } from '../fixtures/analyze/almaty-subjects.js';
import { fixtureLines } from '../fixtures/fixture-lines.js';

const finder = new MentionFinder([MAYOR, AKIMAT, DEPUTY]);

function mentions(text: string): string[] {
  return finder.find(prepareText(text)).map((mention) => `${mention.subjectId}:${mention.form}:${mention.how}`);
}

describe('mentions of a subject', () => {
  test('the alias as written', () => {
    expect(mentions('Досаев пообещал отремонтировать дороги в микрорайонах')).toEqual(['mayor:Досаев:alias']);
  });

  test.each(['Досаева', 'Досаеву', 'Досаевым', 'Досаеве'])('Russian case form %s', (form) => {
    expect(mentions(`Жители написали письмо ${form} о пробках`)).toEqual([`mayor:${form}:inflection`]);
  });

  test.each(['Сапаровой', 'Сапарову', 'Сапаровою'])('feminine surname form %s', (form) => {
    expect(mentions(`Вопрос задали ${form} на брифинге`)).toEqual([`deputy:${form}:inflection`]);
  });

  test('the full name declines word by word', () => {
    expect(mentions('Встреча с Ерболатом Досаевым прошла в акимате')).toEqual(['mayor:Ерболатом Досаевым:inflection']);
  });

  test.each(['Досаевтың', 'Досаевқа', 'Досаевке', 'Досаевпен'])('Kazakh suffixed form %s', (form) => {
    expect(mentions(`Тұрғындар ${form} хат жазды`)).toEqual([`mayor:${form}:inflection`]);
  });

  test.each([
    ['Dosaev', 'alias'],
    ['Dosaevtyñ', 'inflection'],
    ['Dosayev', 'transliteration'],
    ['Dosayevke', 'transliteration'],
  ])('Latin spelling %s (%s of the Latin alias Dosaev)', (form, how) => {
    expect(mentions(`Mayor ${form} said the roads would be repaired`)).toEqual([`mayor:${form}:${how}`]);
  });

  test('Latin spellings of a Cyrillic-only alias are transliterations', () => {
    const cyrillicOnly = new MentionFinder([{ ...MAYOR, aliases: ['Досаев'] }]);
    const found = cyrillicOnly.find(prepareText('Dosaev and Dosayev, Dosaevtyñ'));
    expect(found.map((mention) => `${mention.form}:${mention.how}`)).toEqual([
      'Dosaev:transliteration', 'Dosayev:transliteration', 'Dosaevtyñ:transliteration',
    ]);
  });

  test.each(['Досаеф', 'Дасаев', 'Досаевв', 'Досаве', 'Дасаевтың'])('one-letter typo %s', (form) => {
    expect(mentions(`Опять ${form} ничего не сделал`)).toEqual([`mayor:${form}:typo`]);
  });

  test('short names are not matched with typos', () => {
    const shortName = new MentionFinder([{ ...DEPUTY, id: 'short', aliases: ['Ахмет'] }]);
    expect(shortName.find(prepareText('Ахмед пришёл на приём'))).toEqual([]);
  });

  test('soft hyphens and zero-width spaces inside a name still match the subject', () => {
    const text = 'Вчера До\u00ADса\u200Bев открыл новую школу';
    const found = finder.find(prepareText(text));
    expect(found).toEqual([{ subjectId: 'mayor', start: 6, end: 14, form: 'До\u00ADса\u200Bев', how: 'alias' }]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('До\u00ADса\u200Bев');
  });

  test('a Latin look-alike letter inside a name still matches', () => {
    expect(mentions('Дoсаев (with Latin o) снова в новостях')).toEqual(['mayor:Дoсаев:alias']);
  });

  test('offsets point into the text as written', () => {
    const text = 'Сегодня аким Алматы Ерболат Досаев встретился с жителями';
    const found = finder.find(prepareText(text));
    expect(found.map((mention) => [mention.subjectId, text.slice(mention.start, mention.end)])).toEqual([
      ['mayor', 'аким Алматы'],
      ['mayor', 'Ерболат Досаев'],
    ]);
  });
});

describe('ambiguous aliases', () => {
  test('a generic "аким" of another city is not counted', () => {
    expect(mentions('Аким Астаны провёл приём граждан по вопросам ЖКХ')).toEqual([]);
  });

  test('"аким" with the city near it is counted', () => {
    expect(mentions('Аким в Алматы провёл приём граждан')).toEqual(['mayor:Аким:alias']);
  });

  test('a Kazakh "әкім" counts with the city in a case form', () => {
    expect(mentions('Алматыда әкім тұрғындармен кездесті')).toEqual(['mayor:әкім:alias']);
  });

  // Residents set a Kazakh case ending off with a hyphen; the city so written was no context.
  test('the city with a Kazakh case ending after a hyphen is the city', () => {
    expect(mentions('Almaty-da avtobus 2 saghat kelmedi, jol jabyq. Akimdik nege habarlamaidy?'))
      .toEqual(['akimat:Akimdik:alias']);
    expect(mentions('Алматы-да автобус келмеді. Әкімдік неге хабарламайды?')).toEqual(['akimat:Әкімдік:alias']);
    expect(mentions('Алматы-ның әкімі жауап бермейді')).toEqual(['mayor:әкімі:inflection']);
    expect(mentions('Астана-да әкімдік жауап берді')).toEqual([]);
  });

  // An English article writes the possessive with either apostrophe; it named no subject.
  test('an English possessive names the subject as the bare word does', () => {
    expect(mentions("Dosaev's office raised the fares")).toEqual(["mayor:Dosaev's:alias"]);
    expect(mentions('Mayor Dosayev’s plan for the metro')).toEqual(['mayor:Dosayev’s:transliteration']);
    expect(mentions('The Almaty akimat’s decision angered residents')).toEqual(['akimat:akimat’s:alias']);
    expect(mentions("Almaty's buses are late again")).toEqual([]);
  });

  test('"акимат" alone is not counted, with an adjective of the city it is', () => {
    expect(mentions('Акимат опять ничего не ответил на жалобы')).toEqual([]);
    expect(mentions('Алматинский акимат опять ничего не ответил')).toEqual(['akimat:акимат:alias']);
  });

  test('a place of the city named in the post stands for the city, but not for a district\'s akim', () => {
    const inCity = (text: string): string[] => finder.find(prepareText(text), true)
      .map((mention) => `${mention.subjectId}:${mention.form}:${mention.how}`);
    expect(inCity('Спасибо акимату, в Аксае наконец дали свет')).toEqual(['akimat:акимату:inflection']);
    expect(inCity('Әкімдік Наурызбайда жол салмай жатыр')).toEqual(['akimat:Әкімдік:alias']);
    expect(inCity('Аким Алмалинского района обещал починить лифт')).toEqual([]);
    expect(inCity('Алмалы ауданының әкімі келді')).toEqual([]);
    expect(inCity('Районный акимат в Турксибе не отвечает')).toEqual([]);
    // Here "аким" is the mayor's own ambiguous alias: the title and the name are both his.
    expect(inCity('Аким Досаев обещал отремонтировать дорогу в Алатауском районе'))
      .toEqual(['mayor:Аким:alias', 'mayor:Досаев:alias']);
    // The region's akimat stays the region's.
    expect(inCity('Акимат Алматинской области, а у нас в Аксае нет света')).toEqual([]);
  });

  test('the city named between a body\'s title and the official is still the official\'s title', () => {
    // As the demo project names them: "аким" is the akimat's ambiguous alias, not the mayor's.
    const bodyTitle = new MentionFinder([
      { ...MAYOR, aliases: ['Досаев'], ambiguousAliases: [] },
      { ...AKIMAT, ambiguousAliases: ['акимат', 'аким', 'мэр'] },
    ]);
    const found = (text: string): string[] => bodyTitle.find(prepareText(text))
      .map((mention) => `${mention.subjectId}:${mention.form}`);
    expect(found('Аким Алматы Досаев пообещал решить проблему пробок')).toEqual(['mayor:Досаев']);
    expect(found('аким города Алматы Ерболат Досаев встретился с жителями')).toEqual(['mayor:Ерболат Досаев']);
    expect(found('Мэр Алматы Досаев снова обещает метро')).toEqual(['mayor:Досаев']);
    // The title alone, or the akimat with the official further on, stays the akimat's.
    expect(found('Аким Алматы заявил, что метро достроят')).toEqual(['akimat:Аким']);
    expect(found('Акимат Алматы ответил, Досаев промолчал')).toEqual(['akimat:Акимат Алматы', 'mayor:Досаев']);
  });

  test('Kazakh body name with suffixes', () => {
    expect(mentions('Алматы қаласының әкімдігінің хабарлауынша, жол жөнделеді')).toEqual([
      'akimat:Алматы қаласының әкімдігінің:inflection',
    ]);
    expect(mentions('Алматыдағы әкімдігі мәлімдеді')).toEqual(['akimat:әкімдігі:inflection']);
  });

  test('Kazakh "әкімі" of the city, in Cyrillic and in Latin', () => {
    expect(mentions('Almaty qalasynyñ äkımı joldy jöndeudı tapsyrdy')).toEqual([
      'mayor:Almaty qalasynyñ äkımı:transliteration',
    ]);
    expect(mentions('Almaty akimi said the roads would be repaired')).toEqual(['mayor:akimi:transliteration']);
    expect(mentions('Алматы қаласының әкімі Ерболат Досаев')).toEqual([
      'mayor:Алматы қаласының әкімі:alias',
      'mayor:Ерболат Досаев:alias',
    ]);
  });
});

describe('common nouns as subject names', () => {
  const bodies = new MentionFinder([POLICE, ADMINISTRATION]);
  const found = (fixture: string): string[] => {
    const text = readFileSync(new URL(`../fixtures/analyze/mentions/${fixture}`, import.meta.url), 'utf8');
    return bodies.find(prepareText(text)).map((mention) => `${mention.subjectId}:${mention.form}:${mention.how}`);
  };

  test('"позиции" is one letter from "полиции" and is not the police', () => {
    expect(found('common-noun-one-letter-from-police.txt')).toEqual([]);
  });

  test('a capitalised common noun declines but takes no typos', () => {
    expect(found('police-and-administration-declined.txt')).toEqual([
      'police:Полиции:inflection',
      'administration:администрации:inflection',
    ]);
  });
});

describe('the subject and others of its name', () => {
  const lines = (fixture: string): string[] => fixtureLines(`analyze/mentions/${fixture}`);

  // The region around the city has its own akim and akimat, in Konaev.
  test.each(lines('almaty-region-not-the-city.txt'))('the Almaty region is not the city: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  test('the city beside the region still counts', () => {
    expect(mentions('Аким Алматы встретился с жителями')).toEqual(['mayor:Аким Алматы:alias']);
    expect(mentions('Алматы қаласының әкімдігі мен облыс әкімдігі')).toEqual([
      'akimat:Алматы қаласының әкімдігі:alias',
    ]);
  });

  test.each(lines('official-surname-of-a-namesake.txt'))('a namesake with a given name of her own: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  test('the official\'s own given name, a role or a street beside the surname still count', () => {
    expect(mentions('Ерболат Досаев открыл парк')).toEqual(['mayor:Ерболат Досаев:alias']);
    expect(mentions('Жители Абая написали Досаеву')).toEqual(['mayor:Досаеву:inflection']);
    expect(mentions('Mayor Dosaev said the roads would be repaired')).toEqual(['mayor:Dosaev:alias']);
  });
});
