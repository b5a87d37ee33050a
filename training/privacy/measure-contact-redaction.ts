/**
 * Counts what the contact finders (phones, e-mails, IINs, identity documents, cards, IBANs,
 * vehicle plates, flat numbers, handles, links) take out of ordinary text, where almost none of
 * it should be: news (factRuEval, NEREL, KazNERD test,
 * RuOpinionNE, NTREX), reviews (KazSAnDRA), tweets and VK posts (SentiRuEval, RuSentiTweet,
 * RuSentiment), sentences (open-sentiment-corpus). Each finding is written with the words around
 * it, for reading one by one:
 *
 *   npx vite-node training/privacy/measure-contact-redaction.ts [--out findings.tsv]
 *
 * Names are not counted here: `training/names/evaluate-name-redaction.ts` measures them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { Redactor } from '../../src/privacy/redact/redactor.js';
import { DATA_DIR, readFactRuEval, readKazNerd, readNerel } from '../names/annotated-corpora.js';

/** A placeholder of a kind other than a name, as the redactor writes it. */
const CONTACT_PLACEHOLDER = /\[(PHONE|EMAIL|IIN|DOCUMENT|CARD|IBAN|PLATE|FLAT|HANDLE|LINK)\]/g;
const CONTEXT = 40;

function csvColumn(file: string, column: string): string[] {
  const rows = parse(readFileSync(join(DATA_DIR, file), 'utf8'), { columns: true, relax_quotes: true });
  return (rows as Record<string, string>[]).map((row) => row[column] ?? '');
}

function xmlTexts(file: string): string[] {
  const xml = readFileSync(join(DATA_DIR, file), 'utf8');
  return [...xml.matchAll(/<column name="text">([^<]*)<\/column>/g)].map((match) => match[1]!);
}

function jsonText(line: string): string {
  return (JSON.parse(line) as { text: string }).text;
}

function lines(file: string): string[] {
  return readFileSync(join(DATA_DIR, file), 'utf8').split('\n');
}

const KAZSANDRA = ['03_pc_train_rus', '04_pc_valid', '05_pc_test'];
const SENTIRUEVAL = ['banks-train', 'banks-test-gold', 'telecoms-train', 'telecoms-test-gold'];
const RUSENTIMENT = ['random_posts', 'preselected_posts', 'test'];
const NEREL_SPLITS = ['train', 'dev', 'test'] as const;

function newsTexts(documents: readonly { text: string }[]): string[] {
  return documents.map((document) => document.text);
}

const corpora: [string, () => string[]][] = [
  ['factRuEval-2016 (dev+test)', () => newsTexts([...readFactRuEval('devset'), ...readFactRuEval('testset')])],
  ['NEREL (train+dev+test)', () => NEREL_SPLITS.flatMap((split) => newsTexts(readNerel(split)))],
  ['KazNERD test', () => newsTexts(readKazNerd('test'))],
  ['RuOpinionNE-2024 train', () => lines('ruopinionne-2024/train.jsonl').filter(Boolean).map(jsonText)],
  ['NTREX rus+kaz', () => [...lines('ntrex/rus.txt'), ...lines('ntrex/kaz.txt')]],
  ['KazSAnDRA (all splits)', () => KAZSANDRA.flatMap((s) => csvColumn(`kazsandra/${s}.csv`, 'text'))],
  ['SentiRuEval-2015 tweets', () => SENTIRUEVAL.flatMap((s) => xmlTexts(`sentiruEval-2015/${s}.xml`))],
  ['RuSentiTweet', () => ['train', 'test'].flatMap((s) => csvColumn(`rusentitweet/${s}.csv`, 'text'))],
  ['RuSentiment VK posts', () => RUSENTIMENT.flatMap((s) => csvColumn(`rusentiment/rusentiment_${s}.csv`, 'text'))],
  ['open-sentiment-corpus', () => csvColumn('open-sentiment-corpus/opensentimentcorpus-final-by-majority.csv', 'Sentence')],
];

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
const redactor = new Redactor([]);
const findings: string[] = [];
const table: Record<string, Record<string, number>> = {};

for (const [name, read] of corpora) {
  const texts = read();
  const counts: Record<string, number> = { texts: texts.length, characters: 0 };
  for (const text of texts) {
    counts.characters! += text.length;
    const redacted = redactor.redact(text).text;
    for (const match of redacted.matchAll(CONTACT_PLACEHOLDER)) {
      const kind = match[1]!.toLowerCase();
      counts[kind] = (counts[kind] ?? 0) + 1;
      const end = match.index + match[0].length + CONTEXT;
      const around = redacted.slice(Math.max(0, match.index - CONTEXT), end).replace(/\s+/g, ' ');
      findings.push(`${name}\t${kind}\t${around}\t${text.replace(/\s+/g, ' ').slice(0, 2000)}`);
    }
  }
  table[name] = counts;
}

console.table(table);
if (out) writeFileSync(out, findings.join('\n') + '\n');
