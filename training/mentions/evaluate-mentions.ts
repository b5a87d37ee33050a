/**
 * Mention finding measured on real news sentences: RuSentNE's labelled validation set (used as
 * the test set) marks persons in the inflected form the sentence uses ("Путина", "Меркель").
 *
 * The subjects are built from the annotations: persons' last words are grouped by their
 * Snowball stem (an independent stemmer, not tyndau's declension tables), and each group of three
 * mentions or more becomes a subject named by its shortest form ("Путин"), as a project file
 * would name a person. Every annotated mention of that group is a gold mention, in whatever case
 * form. RuSentNE annotates only some words of a sentence, so a mention is judged only where it
 * meets an annotated span: right when it is the gold subject's, false when the span is another
 * person, organisation, place or profession. Mentions on unannotated words are counted apart.
 *
 *   npx vite-node training/mentions/evaluate-mentions.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import snowball from 'snowball-stemmers';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { MentionFinder } from '../../src/analyze/mentions/index.js';
import type { Subject } from '../../src/project/project.js';
import { share, writeFigures } from '../eval-results.js';
import { DATA_DIR } from '../names/annotated-corpora.js';

const stemmer = snowball.newStemmer('russian');
const LAST_WORD = /[\p{L}-]+$/u;
const MINIMUM_MENTIONS = 3;

interface Row {
  readonly tag: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly lastWord: string;
}

function annotatedRows(): Row[] {
  const records = parse(readFileSync(join(DATA_DIR, 'rusentne', 'validation_data_labeled.csv'), 'utf8'), {
    columns: true, delimiter: '\t', relax_quotes: true, quote: false,
  }) as Record<string, string>[];
  const rows: Row[] = [];
  for (const record of records) {
    const entity = record.entity ?? '';
    const lastWord = LAST_WORD.exec(entity)?.[0] ?? '';
    const start = Number(record.entity_pos_start_rel);
    const tag = record.entity_tag ?? '';
    rows.push({ tag, sentence: record.sentence ?? '', start, end: Number(record.entity_pos_end_rel), lastWord });
  }
  return rows;
}

function main(): void {
  const all = annotatedRows();
  const rows = all.filter((row) => row.tag === 'PERSON' && /^\p{Lu}\p{Ll}{3,}/u.test(row.lastWord));
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const stem = stemmer.stem(row.lastWord.toLowerCase());
    groups.set(stem, [...(groups.get(stem) ?? []), row]);
  }

  const subjects: Subject[] = [];
  const subjectOfStem = new Map<string, string>();
  for (const [stem, members] of groups) {
    if (members.length < MINIMUM_MENTIONS) continue;
    const name = members.map((row) => row.lastWord).sort((left, right) => left.length - right.length)[0]!;
    const id = `person-${subjects.length}`;
    subjects.push({ id, kind: 'official', name, aliases: [], context: [], ambiguousAliases: [] });
    subjectOfStem.set(stem, id);
  }
  const finder = new MentionFinder(subjects);

  // Annotated spans by sentence, each with its subject if it is one; a sentence appears once
  // per annotated entity.
  const gold = new Map<string, { start: number; end: number; subjectId: string | null }[]>();
  for (const row of all) {
    const subjectId = row.tag === 'PERSON' ? subjectOfStem.get(stemmer.stem(row.lastWord.toLowerCase())) ?? null : null;
    const list = gold.get(row.sentence) ?? [];
    list.push({ start: row.start, end: row.end, subjectId });
    gold.set(row.sentence, list);
  }

  let truePositives = 0;
  let falsePositives = 0;
  let unjudged = 0;
  let expected = 0;
  const byHow = new Map<string, number>();
  for (const [sentence, mentions] of gold) {
    const predicted = finder.find(prepareText(sentence));
    if (process.argv.includes('--errors')) {
      for (const candidate of predicted) {
        const right = mentions.some((mention) => candidate.subjectId === mention.subjectId && candidate.start < mention.end && mention.start < candidate.end);
        const annotated = mentions.some((mention) => candidate.start < mention.end && mention.start < candidate.end);
        if (!right && annotated) console.log(`  false ${candidate.form} (${candidate.how}): ${sentence.slice(Math.max(0, candidate.start - 40), candidate.end + 40)}`);
      }
    }
    for (const candidate of predicted) {
      // A longer span around the name ("администрация президента Обамы") judges nothing.
      const spans = mentions.filter((mention) => candidate.start < mention.end && mention.start < candidate.end &&
        !(mention.start <= candidate.start && mention.end >= candidate.end && mention.end - mention.start > candidate.end - candidate.start));
      if (spans.length === 0) unjudged++;
      else if (!spans.some((mention) => mention.subjectId === candidate.subjectId)) falsePositives++;
    }
    const subjectMentions = mentions.filter((mention) => mention.subjectId !== null);
    const unique = new Map(subjectMentions.map((mention) => [`${mention.start}:${mention.subjectId}`, mention]));
    expected += unique.size;
    for (const mention of unique.values()) {
      const hit = predicted.find((candidate) => candidate.subjectId === mention.subjectId &&
        candidate.start < mention.end && mention.start < candidate.end);
      if (!hit) continue;
      truePositives++;
      byHow.set(hit.how, (byHow.get(hit.how) ?? 0) + 1);
    }
  }
  const precision = share(truePositives, truePositives + falsePositives);
  const recall = share(truePositives, expected);
  const figures = {
    subjects: subjects.length,
    'gold mentions': expected,
    'mentions on unannotated words': unjudged,
    precision,
    recall,
    F1: share(2 * precision * recall * 10_000, (precision + recall) * 10_000),
  };
  console.table(figures);
  console.log(`found by: ${JSON.stringify(Object.fromEntries(byHow))}`);
  writeFigures({ 'RuSentNE validation persons: mentions': figures });
}

main();
