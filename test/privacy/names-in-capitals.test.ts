import { describe, expect, it } from 'vitest';

import { titleCaseNamesInCapitals, type NamePart } from '../../src/privacy/redact/names-in-capitals.js';
import { Redactor } from '../../src/privacy/redact/redactor.js';
import { SUBJECTS } from './subjects.js';

/** A stand-in for the name lists: a few words and what they are. */
const PARTS: Readonly<Record<string, NamePart>> = {
  Иван: 'given',
  Иванович: 'patronymic',
  Иванов: 'surname',
  Серік: 'doubtful-given',
  Офигенский: 'doubtful-surname',
};
const partOf = (word: string): NamePart => PARTS[word] ?? null;

describe('titleCaseNamesInCapitals', () => {
  it('rewrites the words of a name in capitals, each in its place', () => {
    const text = 'КСК: ИВАНОВ ИВАН ИВАНОВИЧ, ИВАНОВ И.И., И.И. ИВАНОВ, ИВАНОВ Иван.';
    const rewritten = titleCaseNamesInCapitals(text, partOf);
    expect(rewritten).toBe('КСК: Иванов Иван Иванович, Иванов И.И., И.И. Иванов, Иванов Иван.');
    expect(rewritten.length).toBe(text.length);
  });

  it('needs a given name, a patronymic or an initial, or a doubtful given name beside a surname', () => {
    const text = 'ИВАНОВ ИВАНОВ. СЕРІК ИВАНОВ. СЕРІК ОФИГЕНСКИЙ. МВД И.И., ИВАНОВ М... ИВАН.';
    expect(titleCaseNamesInCapitals(text, partOf)).toBe(
      'ИВАНОВ ИВАНОВ. Серік Иванов. СЕРІК ОФИГЕНСКИЙ. МВД И.И., ИВАНОВ М... ИВАН.',
    );
  });

  it('rewrites a surname alone only after a role', () => {
    const text = 'ИВАНОВ ушёл, водитель ИВАНОВ остался';
    const afterRole = (start: number) => text.slice(0, start).endsWith('водитель ');
    expect(titleCaseNamesInCapitals(text, partOf, afterRole)).toBe('ИВАНОВ ушёл, водитель Иванов остался');
  });

  it('leaves acronyms and shouted words beside a name', () => {
    const text = 'ДТП ИВАН МВД, СРОЧНО ИВАН';
    expect(titleCaseNamesInCapitals(text, partOf)).toBe(text);
  });
});

describe('names in capitals in posts', () => {
  const redactor = new Redactor(SUBJECTS);

  it.each([
    ['председатель КСК ИВАНОВ ИВАН ИВАНОВИЧ не отвечает', 'председатель КСК [NAME] не отвечает'],
    ['ответственный ПЕТРОВА А.С., подпись', 'ответственный [NAME], подпись'],
    ['акт подписал И.И. СЕМЕНОВ вчера', 'акт подписал [NAME] вчера'],
    ['ИВАНОВ Иван Иванович, 1985 г.р., проживает', '[NAME], 1985 г.р., проживает'],
    ['участковый САПАРОВ Асқар Серікұлы не пришёл', 'участковый [NAME] не пришёл'],
    ['көрші НҰРЛАН ӘБДІҚАДЫРОВ хабарласты', 'көрші [NAME] хабарласты'],
    ['СЕРІК ӘБДІҚАДЫРОВ ұсталды', '[NAME] ұсталды'],
    ['СРОЧНО ИЩУ СОКОЛОВА ДИМУ!!!', 'СРОЧНО ИЩУ [NAME]!!!'],
    ['виноват водитель ПЕТРОВ, а не пешеход', 'виноват водитель [NAME], а не пешеход'],
    ['вчера жительница САПАРОВА пожаловалась', 'вчера жительница [NAME] пожаловалась'],
  ])('%s → %s', (text, expected) => {
    expect(redactor.redact(text).text).toBe(expected);
  });

  it('keeps acronyms, shouted complaints, streets and the subject in capitals', () => {
    const text =
      'АО, ТОО, КГД, ЦОН, ДТП, МВД, ЖКХ. ОФИГЕНСКИЙ ДЕНЬ! ДТП НА ПРОСПЕКТЕ АБАЯ И ЖАНДОСОВА. ' +
      'НЕТ СВЕТА ПО УЛИЦЕ ТИМИРЯЗЕВА. ЖИТЕЛИ ПРОСЯТ АКИМА ДОСАЕВ ЕРБОЛАТ ПОМОЧЬ';
    expect(redactor.redact(text)).toEqual({ text, counts: {} });
  });
});
