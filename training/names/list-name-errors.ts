/**
 * Lists every person name the finder missed and every other word it redacted, each with its
 * sentence and a rough kind, on the parts that tuning may read:
 *
 *   npx vite-node training/names/list-name-errors.ts nerel-dev [nerel-train] [factrueval-dev] [rusentne-train] [kaznerd-valid]
 *
 * factRuEval devset and RuSentNE train are in the name lists and the model: measure each in a
 * scratch clone built with `TYNDAU_NAMES_LEAVE_OUT=factrueval` or `=rusentne` (see
 * models/names.md), or its lone surnames are found because they are listed. RuSentNE marks only
 * some entities of a sentence, so its false redactions are counted inside marked entities only. Counts by kind come first, then the cases, one a line.
 */
import { loadNameClassifier } from '../../src/privacy/redact/name-classifier.js';
import { PersonNameFinder } from '../../src/privacy/redact/person-name-finder.js';
import type { RedactionSpan } from '../../src/privacy/redact/redaction-kind.js';
import {
  readFactRuEval, readKazNerd, readNerel, readRuSentNeOutsideNerelTest, type AnnotatedDocument, type EntitySpan,
} from './annotated-corpora.js';

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const CONTEXT = 60;

const TITLES = new RegExp(
  '(?:президент|премьер|министр|глав|лидер|канцлер|королев|корол|принц|принцесс|герцог|папа|' +
  'генерал|адмирал|маршал|полковник|майор|капитан|тренер|наставник|певиц|певец|актёр|актер|' +
  'актрис|режиссёр|режиссер|писател|поэт|художник|композитор|директор|председател|губернатор|' +
  'мэр|сенатор|депутат|судь|прокурор|адвокат|госсекретар|посол|спикер|глава|основател|' +
  'рэпер|музыкант|футболист|хоккеист|теннисист|боксёр|боксер|бизнесмен|миллиардер|журналист|' +
  'блогер|сын|дочь|дочер|жена|супруг|муж|вдов|брат|сестр|отец|мать|внук|внучк)\\p{L}* $', 'iu');
const NAMESAKE = /(?:имени|им\.|памятник\p{L}*|музе\p{L}*|театр\p{L}*|улиц\p{L}*|премии?) $/iu;

interface Case {
  readonly kind: string;
  readonly line: string;
}

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ');
}

function missKind(text: string, person: EntitySpan, others: readonly EntitySpan[], found: readonly RedactionSpan[]): string {
  const written = text.slice(person.start, person.end);
  const words = written.match(WORD) ?? [];
  const before = text.slice(Math.max(0, person.start - 30), person.start);
  const partly = overlaps(found, person.start, person.end);
  if (partly) return 'part of the name missed';
  if (/\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(written)) return 'CJK script';
  if (/^\p{Ll}/u.test(written)) return 'lower-case word (ibn, mrs, epithet)';
  if (/\p{Script=Latin}/u.test(written)) return 'Latin letters';
  if (words.length > 0 && words.every((word) => word.length > 1 && word === word.toUpperCase())) return 'capitals';
  if (words.length === 1 && words[0]!.length === 1) return 'initial alone';
  if (NAMESAKE.test(before)) return 'namesake (имени, памятник, театр)';
  if (overlaps(others.filter((other) => other.type !== 'person'), person.start, person.end)) {
    return 'inside another entity';
  }
  if (/[«"„“]\s*$/u.test(before)) return 'after a quotation mark';
  if (words.length === 1 && words[0]!.includes('-')) return 'hyphenated word alone';
  if (words.length === 1) {
    if (TITLES.test(before)) return 'one word after a title or kin word';
    if (/(?:^|[.!?]\s+|\n\s*)$/u.test(before)) return 'one word opening a sentence';
    return 'one word inside a sentence';
  }
  return 'name of two words or more';
}

function falseKind(text: string, start: number, others: readonly EntitySpan[], end: number): string {
  const entity = others.find((other) => other.start < end && start < other.end);
  const before = text.slice(Math.max(0, start - 3), start);
  const opening = /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start));
  if (entity !== undefined) return `inside ${entity.type}${opening ? ', opening a sentence' : ''}`;
  if (/[«"„“]\s*$/u.test(before)) return 'after a quotation mark';
  return opening ? 'unmarked, opening a sentence' : 'unmarked, inside a sentence';
}

function listErrors(name: string, documents: readonly AnnotatedDocument[]): void {
  const finder = new PersonNameFinder([], loadNameClassifier());
  const misses: Case[] = [];
  const falseRedactions: Case[] = [];
  let persons = 0;
  let personWordsRedacted = 0;
  let otherRedacted = 0;
  for (const document of documents) {
    const found = finder.find(document.text);
    const people = document.entities.filter((entity) => entity.type === 'person');
    const others = document.entities.filter((entity) => entity.type !== 'person');
    for (const person of people) {
      persons += 1;
      if (overlaps(found, person.start, person.end)) continue;
      const kind = missKind(document.text, person, document.entities, found);
      misses.push({ kind, line: sentenceAround(document.text, person.start, person.end) });
    }
    for (const match of document.text.matchAll(WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      const redacted = overlaps(found, start, end);
      if (overlaps(people, start, end)) {
        if (redacted) personWordsRedacted += 1;
        continue;
      }
      if (!redacted) continue;
      // RuSentNE marks some entities of a sentence: a word outside them is not known to be no name.
      if (document.partial && !overlaps(document.entities, start, end)) continue;
      otherRedacted += 1;
      falseRedactions.push({ kind: falseKind(document.text, start, others, end), line: sentenceAround(document.text, start, end) });
    }
  }
  const missed = misses.length;
  console.log(`\n## ${name}: ${persons - missed}/${persons} names (${(100 * (persons - missed) / persons).toFixed(2)} %), ` +
    `precision ${(100 * personWordsRedacted / (personWordsRedacted + otherRedacted)).toFixed(2)} % (${otherRedacted} other words)`);
  for (const [title, cases] of [['missed', misses], ['false', falseRedactions]] as const) {
    const byKind = new Map<string, Case[]>();
    for (const item of cases) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
    const sorted = [...byKind].sort((a, b) => b[1].length - a[1].length);
    console.log(`\n### ${title}: ${sorted.map(([kind, items]) => `${kind} ${items.length}`).join('; ')}`);
    for (const [kind, items] of sorted) {
      console.log(`\n#### ${title}: ${kind} (${items.length})`);
      for (const item of items) console.log(`- ${item.line}`);
    }
  }
}

const READERS: Readonly<Record<string, () => AnnotatedDocument[]>> = {
  'nerel-dev': () => readNerel('dev'),
  'nerel-train': () => readNerel('train'),
  'factrueval-dev': () => readFactRuEval('devset'),
  'rusentne-train': () => readRuSentNeOutsideNerelTest(),
  'kaznerd-valid': () => readKazNerd('valid'),
};

for (const name of process.argv.slice(2)) {
  const read = READERS[name];
  if (read === undefined) throw new Error(`list-name-errors: unknown part "${name}"; expected ${Object.keys(READERS).join(', ')}`);
  listErrors(name, read());
}
