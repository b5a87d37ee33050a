/**
 * Measures name redaction on held-out person annotations:
 *
 *   npx vite-node training/names/evaluate-name-redaction.ts            # test parts: the reported figures
 *   npx vite-node training/names/evaluate-name-redaction.ts --dev      # training parts and the written
 *                                                                      # city posts, with errors listed
 *   TYNDAU_NAMES_LEAVE_OUT=rusentne npx vite-node training/names/evaluate-name-redaction.ts --left-out
 *
 * `--left-out` measures the training corpus that `TYNDAU_NAMES_LEAVE_OUT` left out of the name
 * lists and the model (built with the same setting, in a scratch clone): factRuEval devset, or
 * RuSentNE train's person spans. RuSentNE marks only some entities of a sentence, so there the
 * other words counted are those inside its marked entities.
 *
 * For each corpus: the share of words inside person names that are redacted (recall, by word and
 * by name, and for names written with two words or more), and the share of words outside person
 * names that are redacted anyway (false redactions, over all words and over capitalised words).
 * factRuEval marks the parts of a name separately, so it has no names of two words. Public figures count as persons here,
 * so recall is measured as if no one were a monitored subject.
 */
import { loadNameClassifier } from '../../src/privacy/redact/name-classifier.js';
import { PersonNameFinder } from '../../src/privacy/redact/person-name-finder.js';
import type { RedactionSpan } from '../../src/privacy/redact/redaction-kind.js';
import { share, writeFigures, type Figures } from '../eval-results.js';
import {
  leftOutCorpus, readCityPosts, readFactRuEval, readKazNerd, readNerel, readRuSentNeOutsideNerelTest, type AnnotatedDocument,
} from './annotated-corpora.js';

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

interface CorpusFigures {
  corpus: string;
  personWords: number;
  personWordsRedacted: number;
  persons: number;
  personsTouched: number;
  fullNames: number;
  fullNamesTouched: number;
  otherWords: number;
  otherWordsRedacted: number;
  otherCapitalised: number;
  otherCapitalisedRedacted: number;
  postsPerSecond: number;
}

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

function evaluate(corpus: string, documents: readonly AnnotatedDocument[], errors: Map<string, number>[]): CorpusFigures {
  const finder = new PersonNameFinder([], loadNameClassifier());
  const figures: CorpusFigures = {
    corpus, personWords: 0, personWordsRedacted: 0, persons: 0, personsTouched: 0, fullNames: 0,
    fullNamesTouched: 0, otherWords: 0,
    otherWordsRedacted: 0, otherCapitalised: 0, otherCapitalisedRedacted: 0, postsPerSecond: 0,
  };
  const found: RedactionSpan[][] = [];
  const started = performance.now();
  for (const document of documents) found.push(finder.find(document.text));
  figures.postsPerSecond = Math.round(documents.length / ((performance.now() - started) / 1000));

  const [misses, falseRedactions] = errors;
  documents.forEach((document, index) => {
    const names = found[index]!;
    const persons = document.entities.filter((entity) => entity.type === 'person');
    for (const person of persons) {
      const touched = overlaps(names, person.start, person.end);
      figures.persons += 1;
      if (touched) figures.personsTouched += 1;
      if (person.part !== undefined || (document.text.slice(person.start, person.end).match(WORD) ?? []).length < 2) continue;
      figures.fullNames += 1;
      if (touched) figures.fullNamesTouched += 1;
    }
    for (const match of document.text.matchAll(WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      const redacted = overlaps(names, start, end);
      if (overlaps(persons, start, end)) {
        figures.personWords += 1;
        if (redacted) figures.personWordsRedacted += 1;
        else misses?.set(match[0], (misses.get(match[0]) ?? 0) + 1);
        continue;
      }
      if (document.partial && !overlaps(document.entities, start, end)) continue;
      figures.otherWords += 1;
      const capitalised = /^\p{Lu}/u.test(match[0]);
      if (capitalised) figures.otherCapitalised += 1;
      if (!redacted) continue;
      figures.otherWordsRedacted += 1;
      if (capitalised) figures.otherCapitalisedRedacted += 1;
      falseRedactions?.set(match[0], (falseRedactions.get(match[0]) ?? 0) + 1);
    }
  });
  return figures;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(2)}%`;
}

function main(): void {
  const leftOut = process.argv.includes('--left-out') ? leftOutCorpus() : undefined;
  if (process.argv.includes('--left-out') && leftOut === undefined) {
    throw new Error('--left-out: set TYNDAU_NAMES_LEAVE_OUT=factrueval, rusentne or kaznerd, as the lists and model were built');
  }
  const dev = process.argv.includes('--dev') || leftOut !== undefined;
  const corpora: ReadonlyArray<readonly [string, AnnotatedDocument[]]> = leftOut === 'factrueval'
    ? [['factRuEval-2016 devset, left out', readFactRuEval('devset')]]
    : leftOut === 'rusentne'
      ? [['RuSentNE train, left out', readRuSentNeOutsideNerelTest()]]
        : dev
          ? [
              ['factRuEval-2016 devset', readFactRuEval('devset')], ['NEREL dev', readNerel('dev')],
              ['KazNERD valid', readKazNerd('valid')], ['city posts, written', readCityPosts()],
            ]
          : [['factRuEval-2016 testset', readFactRuEval('testset')], ['NEREL test', readNerel('test')], ['KazNERD test', readKazNerd('test')]];

  const rows = corpora.map(([name, documents]) => {
    const errors = dev ? [new Map<string, number>(), new Map<string, number>()] : [];
    const figures = evaluate(name, documents, errors);
    if (dev) {
      const top = (map: Map<string, number>): string =>
        [...map].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([word, count]) => `${word}:${count}`).join(' ');
      console.log(`\n${name} missed: ${top(errors[0]!)}\n${name} false: ${top(errors[1]!)}`);
    }
    return {
      corpus: figures.corpus,
      'person words': figures.personWords,
      'word recall': percent(figures.personWordsRedacted, figures.personWords),
      'name recall': percent(figures.personsTouched, figures.persons),
      'recall, names of 2+ words': percent(figures.fullNamesTouched, figures.fullNames),
      'other words redacted': percent(figures.otherWordsRedacted, figures.otherWords),
      'capitalised other words redacted': percent(figures.otherCapitalisedRedacted, figures.otherCapitalised),
      'precision (words)': percent(figures.personWordsRedacted, figures.personWordsRedacted + figures.otherWordsRedacted),
      'documents/s': figures.postsPerSecond,
    };
  });
  console.table(rows);
  if (!dev) writeFigures(figuresOf(corpora.map(([name, documents]) => evaluate(name, documents, []))));
}

/** The figures file's entries: "<corpus> PERSON redaction" → recall, precision and the rest. */
function figuresOf(all: readonly CorpusFigures[]): Figures {
  const figures: Figures = {};
  for (const corpus of all) {
    figures[`${corpus.corpus} PERSON redaction`] = {
      'name recall': share(corpus.personsTouched, corpus.persons),
      'word recall': share(corpus.personWordsRedacted, corpus.personWords),
      'word precision': share(corpus.personWordsRedacted, corpus.personWordsRedacted + corpus.otherWordsRedacted),
      'false redaction rate (other words)': share(corpus.otherWordsRedacted, corpus.otherWords),
      'false redaction rate (capitalised other words)': share(corpus.otherCapitalisedRedacted, corpus.otherCapitalised),
      'documents per second': corpus.postsPerSecond,
    };
  }
  return figures;
}

main();
