/**
 * Re-analysis redacts stored text again when redaction changed: text the redactor wrote must come
 * out of it as it went in, placeholders included, so that only what an older redactor missed is
 * removed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { Redactor } from '../../src/privacy/redact/redactor.js';
import { SUBJECTS } from './subjects.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'privacy');
const redactor = new Redactor(SUBJECTS);

describe('redacting redacted text again', () => {
  it.each([
    'Звоните [PHONE], пишите [EMAIL], водитель [NAME] [NAME] не отвечает',
    'ПОЗВОНИТЕ [PHONE] СРОЧНО, ВОДИТЕЛЬ [NAME]',
    '[NAME] [NAME] сказал, что [NAME] придёт',
    'ИИН [IIN], карта [CARD], счёт [IBAN], пишите [HANDLE] или [LINK]',
    'машина [PLATE] у дома Абая 15, кв. [FLAT], паспорт [DOCUMENT], пәтер [FLAT]',
    'Жүргізуші [NAME] дөрекі сөйледі, телефоны [PHONE]',
    'Call [PHONE] or write to [EMAIL], ask for [NAME]',
    'Аким Алматы Ерболат Досаев поблагодарил [NAME]',
  ])('leaves %j as it is', (text) => {
    expect(redactor.redact(text)).toEqual({ text, counts: {} });
  });

  it('leaves the redacted privacy fixtures as they are, but for a word before a [NAME]', () => {
    const changed: Record<string, string> = {};
    for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.redacted.txt'))) {
      const redacted = readFileSync(join(FIXTURES, file), 'utf8');
      const again = redactor.redact(redacted).text;
      if (again !== redacted) changed[file] = again.split(/(?<=[.!?])\s+/).find((line) => !redacted.includes(line))!;
    }

    // LIMITATION: the name finder reads "[NAME]" as no word, so a capitalised word that stood
    // beside the name it replaced can be taken for a name of its own on a second pass. On
    // KazSAnDRA and RuSentNE texts 0.1-0.2 % change so; most of the words are given names the
    // first pass left ("Кэти [NAME]"), some are not ("Роман [NAME]" for "Роман Толстого").
    expect(changed).toEqual({
      'ordinary-words-streets-and-districts-kept.redacted.txt': '[NAME] [NAME] «Война и мир» стоит в библиотеке имени [NAME].',
    });
  });
});
