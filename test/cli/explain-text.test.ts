import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { explainText } from '../../src/cli/explain.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

const gate = new PrivacyGate({ secret: 'explain-test-secret-0123', subjects: ALMATY_PROJECT.subjects });
let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await createAnalyzer(ALMATY_PROJECT);
});

function textFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/text/${name}`, import.meta.url)), 'utf8');
}

describe('explainText on pasted text with control characters', () => {
  it('analyses the text an import would store: NUL and other controls removed first', () => {
    const pasted = textFixture('explain-nul-and-control-characters.txt');
    const explanation = explainText(pasted, gate, analyzer);

    expect(explanation.redacted).toBe('Аким Досаев обещал починить дорогу на Абая');
    const mention = explanation.mentions[0]!;
    expect(explanation.redacted.slice(mention.start, mention.end)).toBe('Досаев');
  });
});
