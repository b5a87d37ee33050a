import { describe, expect, it } from 'vitest';

import type { Analysis } from '../../src/analyze/analysis.js';
import { ReanalysisRedactions } from '../../src/cli/reanalysis-redactions.js';
import type { StoredPostText } from '../../src/store/store.js';

const post = (redact: boolean): StoredPostText => ({
  kind: 'social', platform: 'telegram', title: null, text: 'Автобус не пришёл', declaredLanguage: null,
  ...(redact ? { redact } : {}),
});

function analysis(counts?: Record<string, number>): Analysis {
  const text = 'Автобус не пришёл';
  return {
    language: { code: 'ru', shares: { ru: 1 }, confidence: 1 }, normalised: text, mentions: [],
    sentiment: { label: 'neutral', probabilities: { negative: 0, neutral: 1, positive: 0 } },
    subjectSentiment: [], issues: [], slices: [], districts: [], agencies: [],
    ...(counts !== undefined ? { redaction: { title: null, text, counts } } : {}),
  };
}

describe('what a re-analysis says it removed', () => {
  it('names each kind in placeholder order, summed over posts', () => {
    const redactions = new ReanalysisRedactions();
    redactions.noteBatch([post(true), post(true), post(true)],
      [analysis({ name: 2, phone: 1 }), analysis(), analysis({ email: 1, name: 1 })]);

    expect(redactions.summary()).toBe(
      'redacted 3 stored posts again: personal data removed from 2 (phone 1, email 1, name 3)',
    );
  });

  it('names plates, flat numbers and identity documents under their own kinds', () => {
    const redactions = new ReanalysisRedactions();
    redactions.noteBatch([post(true), post(true)],
      [analysis({ flat: 2, plate: 1 }), analysis({ name: 1, document: 1, plate: 1 })]);

    expect(redactions.summary()).toBe(
      'redacted 2 stored posts again: personal data removed from 2 (document 1, plate 2, flat 2, name 1)',
    );
  });

  it('says when the posts it redacted again held nothing more to remove', () => {
    const redactions = new ReanalysisRedactions();
    redactions.note(post(true), analysis());

    expect(redactions.summary()).toBe('redacted 1 stored post again: no personal data left to remove');
  });

  it('does not count a post whose text lost only invisible characters as one personal data was removed from', () => {
    const redactions = new ReanalysisRedactions();
    // "Автобус\u200b не пришёл\u115f" as an older redactor stored it: the text changes, nothing is counted.
    redactions.noteBatch([post(true), post(true)], [analysis({}), analysis({ phone: 1 })]);

    expect(redactions.summary()).toBe('redacted 2 stored posts again: personal data removed from 1 (phone 1)');
    expect(redactions.postsChanged).toBe(1);
  });

  it('says nothing when no post was redacted again', () => {
    const redactions = new ReanalysisRedactions();
    redactions.note(post(false), analysis());

    expect(redactions.summary()).toBeNull();
  });
});
