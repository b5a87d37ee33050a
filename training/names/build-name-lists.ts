/**
 * Builds the given-name lists that `src/privacy/redact/person-name-finder.ts` ships with:
 *
 *   npx vite-node training/names/build-name-lists.ts
 *
 * Sources: the common-knowledge seed lists beside this file (given names, Almaty's toponyms, the
 * world's places), and the person annotations of the
 * training parts of factRuEval-2016 (devset), NEREL (train, dev) and KazNERD (valid). The held-out
 * parts (factRuEval testset, NEREL test, KazNERD test) are left for `evaluate-name-redaction.ts`.
 * Lower-case frequencies from the same texts and from unannotated review and post corpora tell
 * which names are also ordinary words ("Вера", "Бақыт", "Роман") and need a surname beside them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';

import { givenNameForms } from '../../src/privacy/redact/given-name-forms.js';
import { nameKey } from '../../src/privacy/redact/name-key.js';
import { isPatronymic, isSurnameShaped } from '../../src/privacy/redact/name-shapes.js';
import {
  DATA_DIR, readFactRuEval, readKazNerd, readRuSentNeOutsideNerelTest, withoutLeftOut, type AnnotatedDocument,
} from './annotated-corpora.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUTPUT_DIR = join(HERE, '..', '..', 'src', 'privacy', 'redact', 'names');
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/** A name seen this often in lower case, against its capitalised uses, is also an ordinary word. */
const LOWER_CASE_MIN = 3;
const LOWER_CASE_SHARE = 1;
/** A name learned from annotations alone must be seen at least this often. */
const ANNOTATED_MIN = 2;

function readSeed(file: string): string[] {
  return readFileSync(join(HERE, file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.match(WORD) ?? [])
    .map((word) => word.toLowerCase());
}

/** Words of a person span, with their positions inside the span. */
function personWords(document: AnnotatedDocument, start: number, end: number): string[] {
  return document.text.slice(start, end).match(WORD) ?? [];
}

/**
 * Given names seen in the annotations. factRuEval marks them; NEREL and KazNERD do not, so a
 * given name is read off the word order news use: "Given Surname", "Given Patronymic Surname",
 * "Surname Given Patronymic", where the other words have a surname's or patronymic's ending.
 */
function annotatedGivenNames(documents: readonly AnnotatedDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string): void => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word) || /[a-z]/.test(lower)) return;
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
  };
  for (const document of documents) {
    for (const entity of document.entities) {
      if (entity.type !== 'person') continue;
      if (entity.part !== undefined) {
        if (entity.part === 'name') add(document.text.slice(entity.start, entity.end));
        continue;
      }
      const words = personWords(document, entity.start, entity.end);
      const lower = words.map((word) => word.toLowerCase());
      const surname = lower.map((word) => isSurnameShaped(word));
      const patronymic = lower.map((word) => isPatronymic(nameKey(word), word));
      if (words.length === 2 && surname[1] && !surname[0] && !patronymic[0]) add(words[0]!);
      if (words.length === 3 && patronymic[1] && surname[2] && !surname[0]) add(words[0]!);
      if (words.length === 3 && surname[0] && patronymic[2] && !surname[1]) add(words[1]!);
    }
  }
  return counts;
}

interface WordCounts {
  readonly lower: Map<string, number>;
  readonly capitalised: Map<string, number>;
  /** The first lower-case spelling seen of each key: shapes are read off the letters written. */
  readonly written: Map<string, string>;
}

/** Lower-case and capitalised (not sentence-initial) uses of each word key. */
function countWordCases(texts: Iterable<string>): WordCounts {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const written = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const before = text.slice(Math.max(0, match.index - 3), match.index);
      const key = nameKey(word);
      if (word === word.toLowerCase()) {
        lower.set(key, (lower.get(key) ?? 0) + 1);
        if (!written.has(key)) written.set(key, word);
      }
      else if (/^\p{Lu}\p{Ll}/u.test(word) && match.index > 0 && !/[.!?…\n"«—:]\s*$/u.test(before)) {
        capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      }
    }
  }
  return { lower, capitalised, written };
}

interface EntityWordCounts {
  readonly person: Map<string, number>;
  readonly other: Map<string, number>;
}

/** How often each word key stands inside a person's name, and inside a place, organisation or title. */
function countEntityWords(documents: readonly AnnotatedDocument[]): EntityWordCounts {
  const person = new Map<string, number>();
  const other = new Map<string, number>();
  for (const document of documents) {
    for (const entity of document.entities) {
      const counts = entity.type === 'person' ? person : other;
      for (const word of personWords(document, entity.start, entity.end)) {
        const key = nameKey(word);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return { person, other };
}

/** "Алтай", "Іле", "Лада", "Ұлан" (the National Guard): annotated as places or organisations more than as persons. */
function isMostlyNotAPerson(key: string, counts: EntityWordCounts): boolean {
  const other = counts.other.get(key) ?? 0;
  return other >= 2 && other >= (counts.person.get(key) ?? 0);
}

/**
 * Unannotated texts whose licences allow shipping what is learned from them: KazSAnDRA reviews
 * as their authors wrote them (its `text`, not the lower-cased `text_cleaned`; CC BY 4.0) and
 * RuOpinionNE-2024 news sentences (MIT).
 */
function* unannotatedTexts(): Generator<string> {
  const reviews = parse(readFileSync(join(DATA_DIR, 'kazsandra/03_pc_train_rus.csv'), 'utf8'), {
    columns: true, relax_quotes: true, bom: true,
  });
  for (const row of reviews as Record<string, string>[]) yield row.text ?? '';
  const news = readFileSync(join(DATA_DIR, 'ruopinionne-2024/train.jsonl'), 'utf8');
  for (const line of news.split('\n')) {
    if (line.trim() !== '') yield (JSON.parse(line) as { text?: string }).text ?? '';
  }
}

/**
 * Whether the word is at least as often written in lower case as capitalised mid-sentence.
 * Casual posts write "саша" in lower case now and then; "вера" (faith) and "бақыт" (happiness)
 * are lower case most of the time.
 */
function isOrdinaryWord(key: string, counts: WordCounts): boolean {
  const lower = counts.lower.get(key) ?? 0;
  const capitalised = counts.capitalised.get(key) ?? 0;
  return lower >= LOWER_CASE_MIN && lower >= LOWER_CASE_SHARE * capitalised;
}

/**
 * Words annotated as part of a person's name that are neither a given name nor a patronymic, as
 * written (so their case forms count as seen), at least `ANNOTATED_MIN` times, and not also
 * ordinary words or mostly places and organisations. Surname-shaped words are left out: their
 * ending already tells.
 */
function annotatedSurnames(
  documents: readonly AnnotatedDocument[], entityWords: EntityWordCounts, counts: WordCounts,
  givenKeys: ReadonlySet<string>,
): string[] {
  const seen = new Map<string, number>();
  for (const document of documents) {
    for (const entity of document.entities) {
      if (entity.type !== 'person' || (entity.part !== undefined && entity.part !== 'surname')) continue;
      for (const word of personWords(document, entity.start, entity.end)) {
        const lower = word.toLowerCase();
        if (!/^\p{Lu}\p{Ll}{2,}/u.test(word) || /[a-z]/.test(lower)) continue;
        seen.set(lower, (seen.get(lower) ?? 0) + 1);
      }
    }
  }
  return [...seen]
    .filter(([word, count]) => {
      const key = nameKey(word);
      return count >= ANNOTATED_MIN && !givenKeys.has(key) && !isSurnameShaped(word) && !isPatronymic(key, word) &&
        !isOrdinaryWord(key, counts) && !isMostlyNotAPerson(key, entityWords);
    })
    .map(([word]) => word);
}

/**
 * Surnames that follow a listed given name in running text ("Дональд Трамп", "Дональда
 * Трампа"), in the annotated texts and the unannotated news and reviews alike, at least
 * `ANNOTATED_MIN` times, never written in lower case, not annotated mostly as a place or body, and
 * not a listed place.
 */
function surnamesAfterGivenNames(
  texts: Iterable<string>, givenNames: ReadonlySet<string>, entityWords: EntityWordCounts, counts: WordCounts,
  notSurnames: ReadonlySet<string>,
): string[] {
  const seen = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(GIVEN_THEN_CAPITALISED)) {
      const [, given, word] = match;
      if (!givenNames.has(nameKey(given!))) continue;
      const lower = word!.toLowerCase();
      seen.set(lower, (seen.get(lower) ?? 0) + 1);
    }
  }
  return [...seen]
    .filter(([word, count]) => {
      const key = nameKey(word);
      return count >= ANNOTATED_MIN && !notSurnames.has(key) && !isSurnameShaped(word) &&
        !isPatronymic(key, word) && !counts.lower.has(key) && !isMostlyNotAPerson(key, entityWords);
    })
    .map(([word]) => word);
}

/**
 * The seed list's surnames of widely known persons ("Бальзак", "Эрдоган") that no ending tells,
 * that are no given name or place, and none of whose case forms the licensed texts write in
 * lower case or mark mostly as places and bodies ("Маск" has the form "маска").
 */
function famousSurnames(
  seed: readonly string[], counts: WordCounts, entityWords: EntityWordCounts, givenNamesAndPlaces: ReadonlySet<string>,
): string[] {
  const isWordOrPlace = (form: string): boolean => {
    const key = nameKey(form);
    return givenNamesAndPlaces.has(key) || isOrdinaryWord(key, counts) || isMostlyNotAPerson(key, entityWords);
  };
  return seed.filter((word) => word.length >= 3 && !isSurnameShaped(word) && !isPatronymic(nameKey(word), word) &&
    !givenNameForms(word).some(isWordOrPlace));
}

/** A capitalised word after another, with a space between: a given name and what follows it. */
const GIVEN_THEN_CAPITALISED = /(?<!\p{L})(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu;

/** Surname-shaped words written in lower case as often as not, or annotated mostly as places or organisations. */
function surnameShapedOrdinaryWords(counts: WordCounts, entityWords: EntityWordCounts): string[] {
  const words = new Set<string>();
  const consider = (key: string, word: string): void => {
    if (!isSurnameShaped(word)) return;
    if (isOrdinaryWord(key, counts) || isMostlyNotAPerson(key, entityWords)) words.add(key);
  };
  // And by the Cyrillic spelling: "установка" has the shape of a Kazakh case form ("Петровқа"
  // written "Петровка"), which its key "ustanovka" does not show.
  for (const key of counts.lower.keys()) {
    consider(key, key);
    consider(key, counts.written.get(key) ?? key);
  }
  for (const key of entityWords.other.keys()) consider(key, key);
  return [...words];
}

function writeList(file: string, constant: string, description: string, words: Iterable<string>): number {
  const sorted = [...new Set(words)].sort((a, b) => a.localeCompare(b, 'ru'));
  const lines: string[] = [];
  let line = '';
  for (const word of sorted) {
    if (line.length + word.length + 1 > 96) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + word;
  }
  if (line) lines.push(line);
  const body = lines.map((text) => `  '${text} ' +`).join('\n').replace(/ ' \+$/, "'");
  const source =
    `// Generated by training/names/build-name-lists.ts; do not edit by hand.\n\n` +
    `/** ${description} Lower case, separated by spaces. */\n` +
    `export const ${constant} =\n${body};\n`;
  writeFileSync(join(OUTPUT_DIR, file), source);
  return sorted.length;
}

function main(): void {
  const seeds = [
    ...readSeed('seed-russian-given-names.txt'),
    ...readSeed('seed-kazakh-given-names.txt'),
    ...readSeed('seed-foreign-given-names.txt'),
  ];
  const toponyms = readSeed('seed-toponym-names.txt');
  // Entries written "=form" are ordinary forms of a name; the rest are names that are words.
  const ordinarySeed = readFileSync(join(HERE, 'seed-ordinary-word-given-names.txt'), 'utf8')
    .split('\n').filter((line) => !line.startsWith('#')).join(' ').split(/\s+/).filter((word) => word !== '');
  const ordinaryNames = new Set(ordinarySeed.filter((word) => !word.startsWith('=')).map((word) => word.toLowerCase()));
  const seededForms = ordinarySeed.filter((word) => word.startsWith('=')).map((word) => word.slice(1).toLowerCase());
  const worldPlaces = readSeed('seed-world-place-names.txt');
  const training = withoutLeftOut([...readFactRuEval('devset'), ...readRuSentNeOutsideNerelTest(), ...readKazNerd('valid')]);

  // Every known form of a seed name, by key, so annotated forms fold onto their seed.
  const seedByForm = new Map<string, string>();
  for (const seed of seeds) for (const form of givenNameForms(seed)) seedByForm.set(nameKey(form), seed);

  const annotated = annotatedGivenNames(training);
  const learned = new Map<string, number>();
  for (const [word, count] of [...annotated].sort((a, b) => b[1] - a[1])) {
    if (seedByForm.has(nameKey(word))) continue;
    // An inflected form of a name already learned ("Анджело" before "Анджело"'s forms) folds onto it.
    const base = [...learned.keys()].find((name) => givenNameForms(name).some((form) => nameKey(form) === nameKey(word)));
    learned.set(base ?? word, (learned.get(base ?? word) ?? 0) + count);
  }

  const counts = countWordCases([...training.map((document) => document.text), ...unannotatedTexts()]);
  const entityWords = countEntityWords(training);
  const names = [
    ...seeds, ...ordinaryNames, ...[...learned].filter(([, count]) => count >= ANNOTATED_MIN).map(([name]) => name),
  ];
  const given: string[] = [];
  const ambiguous: string[] = [];
  const ordinaryForms: string[] = [...seededForms];
  for (const name of new Set(names)) {
    if (ordinaryNames.has(name) || isOrdinaryWord(nameKey(name), counts) || isMostlyNotAPerson(nameKey(name), entityWords)) {
      ambiguous.push(name);
      continue;
    }
    given.push(name);
    for (const form of givenNameForms(name)) {
      const key = nameKey(form);
      if (form !== name && (isOrdinaryWord(key, counts) || isMostlyNotAPerson(key, entityWords))) ordinaryForms.push(form);
    }
  }

  const givenForms = new Set([...names, ...toponyms].flatMap((name) => givenNameForms(name).map(nameKey)));
  // Forms of listed given names (not the ambiguous ones) that a surname may follow, and every
  // given name's and place's forms, which a word after a given name must not be.
  const givenOnly = new Set(given.flatMap((name) => givenNameForms(name).map(nameKey)));
  const notAfterGiven = new Set([
    ...givenForms, ...worldPlaces.flatMap((place) => givenNameForms(place).map(nameKey)),
  ]);
  const surnames = [
    ...annotatedSurnames(training, entityWords, counts, givenForms),
    ...surnamesAfterGivenNames(
      [...training.map((document) => document.text), ...unannotatedTexts()], givenOnly, entityWords, counts, notAfterGiven,
    ),
  ];
  const notSurnames = surnameShapedOrdinaryWords(counts, entityWords);
  surnames.push(...famousSurnames(readSeed('seed-famous-surnames.txt'), counts, entityWords, notAfterGiven));

  const written = {
    surnames: writeList(
      'surnames.ts',
      'SURNAMES',
      'Surnames and foreign names seen in the training annotations that no ending tells ("Трамп", "Ким").',
      surnames,
    ),
    notSurnames: writeList(
      'surname-shaped-words.ts',
      'SURNAME_SHAPED_WORDS',
      'Name keys of words that end like surnames but are ordinary words or places ("один", "магазин", "Берлин").',
      notSurnames,
    ),
    given: writeList('given-names.ts', 'GIVEN_NAMES', 'Given names that are rarely anything else.', given),
    ambiguous: writeList(
      'ambiguous-given-names.ts',
      'AMBIGUOUS_GIVEN_NAMES',
      'Given names that are also ordinary words ("Вера", "Бақыт"): a name only beside a surname or patronymic.',
      ambiguous,
    ),
    ordinaryForms: writeList(
      'ordinary-word-forms.ts',
      'ORDINARY_WORD_FORMS',
      'Declined forms of given names that are also ordinary words ("Марта" as "of March").',
      ordinaryForms,
    ),
    toponyms: writeList(
      'toponym-names.ts',
      'TOPONYM_NAMES',
      'Given names that alone mean a street, a district or its namesake in Almaty ("на Абая").',
      toponyms,
    ),
    worldPlaces: writeList(
      'world-place-names.ts',
      'WORLD_PLACE_NAMES',
      'Countries, regions, cities and a few bodies that news name like persons ("Дания", "Спартак").',
      worldPlaces,
    ),
  };
  console.log(JSON.stringify({ seeds: seeds.length, learnedFromAnnotations: learned.size, ...written }));
}

main();
