import { describe, expect, it } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { MentionFinder } from '../../src/analyze/mentions/index.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import type { Subject } from '../../src/project/project.js';

const AKIMAT: Subject = {
  id: 'akimat', kind: 'body', name: 'Акимат Алматы', aliases: ['@akimat_almaty', 'акимат Алматы'], context: [], ambiguousAliases: [],
};

describe('a public body\'s own account, listed as its alias', () => {
  const gate = new PrivacyGate({ secret: 'test-secret', subjects: [AKIMAT] });
  const finder = new MentionFinder([AKIMAT]);

  it('stays in the text and counts as a mention, while residents\' handles beside it are redacted', () => {
    const redacted = gate.redactText('@akimat_almaty когда почините дорогу? Пишите @aigerim_k и ＠Akimat_Almaty').text;

    expect(redacted).toBe('@akimat_almaty когда почините дорогу? Пишите [HANDLE] и ＠Akimat_Almaty');
    expect(finder.find(prepareText(redacted)).map((mention) => mention.subjectId)).toEqual(['akimat', 'akimat']);
  });

  it('is still redacted where the project does not list it', () => {
    const other = new PrivacyGate({ secret: 'test-secret', subjects: [{ ...AKIMAT, aliases: ['акимат Алматы'] }] });

    expect(other.redactText('@akimat_almaty когда почините дорогу?').text).toBe('[HANDLE] когда почините дорогу?');
  });
});
