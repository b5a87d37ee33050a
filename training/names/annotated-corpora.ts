/**
 * Readers for the named-entity corpora under `/work/shared/data` that the name lists are built
 * from and measured on. Each gives documents as plain text with entity spans, so building and
 * evaluation see the three corpora the same way. Only the training and evaluation commands read
 * these; the product and its tests never do.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';

export type EntityType = 'person' | 'place' | 'organisation' | 'other';

export interface EntitySpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  /** For factRuEval, which part of a person's name: name, surname, patronymic, nickname. */
  readonly part?: string;
}

export interface AnnotatedDocument {
  readonly corpus: string;
  readonly language: 'ru' | 'kk';
  readonly text: string;
  readonly entities: readonly EntitySpan[];
  /**
   * Only some entities are marked: a word outside them is not known to be outside a name. A
   * trainer learns from the marked words alone.
   */
  readonly partial?: boolean;
}

export const DATA_DIR = process.env.TYNDAU_DATA ?? '/work/shared/data';

const FACTRUEVAL_PERSON_PARTS = new Set(['name', 'surname', 'patronymic', 'nickname']);

/** factRuEval-2016: `.txt` with `.spans` of character offsets; person name parts are typed. */
export function readFactRuEval(split: 'devset' | 'testset'): AnnotatedDocument[] {
  const dir = join(DATA_DIR, 'factrueval-2016', split);
  const books = readdirSync(dir).filter((file) => file.startsWith('book_') && file.endsWith('.txt'));
  return books.map((book) => {
    const text = readFileSync(join(dir, book), 'utf8');
    const spans = readFileSync(join(dir, book.replace(/\.txt$/, '.spans')), 'utf8');
    const entities: EntitySpan[] = [];
    for (const line of spans.split('\n')) {
      const [, type, start, length] = line.split(' ');
      if (!type || start === undefined || length === undefined) continue;
      const from = Number(start);
      const span = { start: from, end: from + Number(length) };
      if (FACTRUEVAL_PERSON_PARTS.has(type)) entities.push({ type: 'person', part: type, ...span });
      else if (type === 'loc_name' || type === 'loc_descr') entities.push({ type: 'place', ...span });
      else if (type === 'org_name' || type === 'org_descr') entities.push({ type: 'organisation', ...span });
    }
    return { corpus: 'factrueval-2016/' + split, language: 'ru', text, entities };
  });
}

const CITY_POSTS = join(dirname(fileURLToPath(import.meta.url)), 'city-posts.txt');
const MARKED_NAME = /\[\[([^\]]+)\]\]/gu;

/**
 * The residents' posts written here for tuning (`city-posts.txt`): one post a line, persons'
 * names marked `[[…]]`, every other word outside a name; `#` opens a comment line.
 */
export function readCityPosts(): AnnotatedDocument[] {
  const lines = readFileSync(CITY_POSTS, 'utf8').split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return lines.map((line) => {
    const entities: EntitySpan[] = [];
    let text = '';
    let from = 0;
    for (const match of line.matchAll(MARKED_NAME)) {
      text += line.slice(from, match.index);
      entities.push({ type: 'person', start: text.length, end: text.length + match[1]!.length });
      text += match[1]!;
      from = match.index + match[0].length;
    }
    text += line.slice(from);
    return { corpus: 'city-posts', language: /[әғқңөұүһі]/u.test(text) ? 'kk' : 'ru', text, entities };
  });
}

const NEREL_PLACES = new Set(['CITY', 'COUNTRY', 'STATE_OR_PROVINCE', 'LOCATION', 'DISTRICT', 'FACILITY']);

/** NEREL: brat standoff, `.txt` and `.ann`; an entity may be cut in pieces ("16 24;34 42"). */
export function readNerel(split: 'train' | 'dev' | 'test'): AnnotatedDocument[] {
  const dir = join(DATA_DIR, 'nerel', 'NEREL-v1.1', split);
  const texts = readdirSync(dir).filter((file) => file.endsWith('.txt'));
  return texts.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const annotations = readFileSync(join(dir, file.replace(/\.txt$/, '.ann')), 'utf8');
    const entities: EntitySpan[] = [];
    for (const line of annotations.split('\n')) {
      if (!line.startsWith('T')) continue;
      const [, description] = line.split('\t');
      if (!description) continue;
      const [label, ...ranges] = description.split(' ');
      const type: EntityType =
        label === 'PERSON' ? 'person' : NEREL_PLACES.has(label ?? '') ? 'place' : label === 'ORGANIZATION' ? 'organisation' : 'other';
      for (const range of ranges.join(' ').split(';')) {
        const [start, end] = range.split(' ').map(Number);
        if (start !== undefined && end !== undefined) entities.push({ type, start, end });
      }
    }
    return { corpus: 'nerel/' + split, language: 'ru', text, entities };
  });
}

const KAZNERD_PLACES = new Set(['GPE', 'LOCATION', 'FACILITY']);

/** KazNERD: one token and its IOB2 tag a line, sentences between blank lines; tokens joined by spaces. */
export function readKazNerd(split: 'valid' | 'test'): AnnotatedDocument[] {
  const lines = readFileSync(join(DATA_DIR, 'kaznerd', `IOB2_${split}.txt`), 'utf8').split('\n');
  const documents: AnnotatedDocument[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];

  const flush = (): void => {
    if (tokens.length === 0) return;
    let text = '';
    const entities: EntitySpan[] = [];
    let open: { type: EntityType; start: number } | null = null;
    tokens.forEach((token, index) => {
      if (text.length > 0) text += ' ';
      const tag = tags[index] ?? 'O';
      if (open && !tag.startsWith('I-')) {
        entities.push({ type: open.type, start: open.start, end: text.length - 1 });
        open = null;
      }
      if (tag.startsWith('B-')) {
        const label = tag.slice(2);
        const type: EntityType =
          label === 'PERSON' ? 'person' : KAZNERD_PLACES.has(label) ? 'place' : label === 'ORGANISATION' ? 'organisation' : 'other';
        open = { type, start: text.length };
      }
      text += token;
    });
    if (open) entities.push({ type: (open as { type: EntityType }).type, start: (open as { start: number }).start, end: text.length });
    documents.push({ corpus: 'kaznerd/' + split, language: 'kk', text, entities });
    tokens = [];
    tags = [];
  };

  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    tokens.push(trimmed.slice(0, space));
    tags.push(trimmed.slice(space + 1));
  }
  flush();
  return documents;
}

const RUSENTNE_TYPES: Readonly<Record<string, EntityType>> = {
  PERSON: 'person', ORGANIZATION: 'organisation', COUNTRY: 'place', NATIONALITY: 'other', PROFESSION: 'other',
};

/**
 * RuSentNE: Russian news sentences, one row for each entity whose sentiment is marked, with its
 * offsets. Rows of one sentence are joined into one document. Not every entity of a sentence
 * has a row ("Президент США Дональд Трамп" may come without the name), so the documents are
 * partial.
 */
export function readRuSentNe(split: 'train'): AnnotatedDocument[] {
  const file = join(DATA_DIR, 'rusentne', `${split}_data.csv`);
  const rows = parse(readFileSync(file), { columns: true, delimiter: '\t', quote: false }) as Record<string, string>[];
  const bySentence = new Map<string, EntitySpan[]>();
  for (const row of rows) {
    const text = row.sentence ?? '';
    const start = Number(row.entity_pos_start_rel);
    const end = Number(row.entity_pos_end_rel);
    const type = RUSENTNE_TYPES[row.entity_tag ?? ''];
    // A row whose offsets do not give its entity back is skipped rather than trusted.
    if (type === undefined || text.slice(start, end) !== row.entity) continue;
    const entities = bySentence.get(text) ?? [];
    entities.push({ type, start, end });
    bySentence.set(text, entities);
  }
  return [...bySentence].map(([text, entities]) => ({
    corpus: 'rusentne/' + split, language: 'ru', text, entities, partial: true,
  }));
}

/**
 * RuSentNE train without the sentences it took from NEREL's test texts, so that the NEREL test
 * figures stay held out. NEREL's test texts are read for this and nothing else.
 */
export function readRuSentNeOutsideNerelTest(): AnnotatedDocument[] {
  const dir = join(DATA_DIR, 'nerel', 'NEREL-v1.1', 'test');
  const nerelTest = readdirSync(dir).filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  return readRuSentNe('train').filter((document) => !nerelTest.includes(document.text));
}

/**
 * The training corpus named by `TYNDAU_NAMES_LEAVE_OUT` ("factrueval", "rusentne" or "kaznerd"), left out
 * of the name lists and the model so that it can measure them: the lists hold every surname the
 * training parts annotate, so a training part measured otherwise finds its own lone surnames.
 * Run it in a scratch clone: the list builder and the trainer rewrite their outputs in place.
 */
export function leftOutCorpus(): 'factrueval' | 'rusentne' | 'kaznerd' | undefined {
  const named = process.env.TYNDAU_NAMES_LEAVE_OUT;
  if (named === undefined || named === '') return undefined;
  if (named === 'factrueval' || named === 'rusentne' || named === 'kaznerd') return named;
  throw new Error(`TYNDAU_NAMES_LEAVE_OUT=${named}: expected factrueval, rusentne or kaznerd`);
}

/** `documents` without those of the left-out corpus, if any. */
export function withoutLeftOut(documents: readonly AnnotatedDocument[]): AnnotatedDocument[] {
  const corpus = leftOutCorpus();
  const prefix = corpus === 'factrueval' ? 'factrueval-2016/' : corpus === 'kaznerd' ? 'kaznerd/' : 'rusentne/';
  return corpus === undefined ? [...documents] : documents.filter((document) => !document.corpus.startsWith(prefix));
}
