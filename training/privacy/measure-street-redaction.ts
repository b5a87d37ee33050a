/**
 * Measures the street gazetteer of the privacy gate:
 *
 *   npx vite-node training/privacy/measure-street-redaction.ts          # probes only
 *   npx vite-node training/privacy/measure-street-redaction.ts --dev    # and the name dev sets
 *   npx vite-node training/privacy/measure-street-redaction.ts --test   # the test parts, read once
 *
 * Street probe: each of Almaty's listed streets (its first name) in the frames residents write an
 * address in ("Живу на X", "от Навои до X", "X 45, подъезд 2", "ДТП на X", "пересечение X и
 * Абая", "улица X"); a sentence counts as over-redacted when any [NAME] is left in it.
 * Person probe: the same words as a person's ("X Анна", "X Н.В.", "А. X", "сосед X", "жалоба на
 * X от соседки", "дозвонилась до X"); a sentence counts as leaking when the word is still there.
 * Both run without the gazetteer and with Almaty's list, side by side, on the frames the rules
 * were written for and on frames written after them.
 *
 * `--dev`: the name dev sets of evaluate-name-redaction.ts (factRuEval devset, NEREL dev, KazNERD
 * valid; `--test`: their test parts) read by the name finder alone and then with the gazetteer's
 * filter and its persons, so that the difference is the gazetteer's only: person words redacted
 * (recall) and other words redacted; each span it keeps or adds is printed with its context.
 */
import { ALMATY_STREETS } from '../../src/project/defaults/streets.js';
import { loadNameClassifier } from '../../src/privacy/redact/name-classifier.js';
import { PersonNameFinder } from '../../src/privacy/redact/person-name-finder.js';
import { Redactor } from '../../src/privacy/redact/redactor.js';
import { StreetNames } from '../../src/privacy/redact/street-names.js';
import { SUBJECTS } from '../../test/privacy/subjects.js';
import { readFactRuEval, readKazNerd, readNerel, type AnnotatedDocument } from '../names/annotated-corpora.js';

const STREET_FRAMES = [
  (street: string) => `Живу на ${street}, света нет третий день`,
  (street: string) => `Пробка от Навои до ${street}, стоим полчаса`,
  (street: string) => `${street} 45, подъезд 2, не работает лифт`,
  (street: string) => `ДТП на ${street}, объезжайте`,
  (street: string) => `На пересечении ${street} и Абая опять авария`,
  (street: string) => `Яма на улице ${street} третий месяц`,
];

const PERSON_FRAMES = [
  (word: string) => `${word} Анна пожаловалась на шум`,
  (word: string) => `${word} Н.В. не ответил на письмо`,
  (word: string) => `А. ${word} обещал перезвонить`,
  (word: string) => `Сосед ${word} опять шумит по ночам`,
  (word: string) => `Написали жалобу на ${word} от соседки`,
  (word: string) => `Дозвонилась до ${word}, он обещал прийти`,
  (word: string) => `Тарас ${word} живёт на пятом этаже`,
];

/**
 * Frames written after the rules, to read them on sentences they were not tuned on: other words
 * around the street, other punctuation, the street first or in a crossing of two listed streets.
 */
const UNSEEN_STREET_FRAMES = [
  (street: string) => `Стою в пробке на ${street} уже час`,
  (street: string) => `Возле дома ${street} 30 прорвало трубу`,
  (street: string) => `${street}, 5 — опять нет света`,
  (street: string) => `угол ${street} и Жандосова: светофор мигает`,
  (street: string) => `По ${street} ремонт дороги до конца месяца`,
  (street: string) => `Перекрёсток Саина/${street} снова затопило`,
  (street: string) => `В районе ${street} нет горячей воды`,
];

const UNSEEN_PERSON_FRAMES = [
  (word: string) => `Мой сосед ${word} ставит машину на газон`,
  (word: string) => `${word} Айгерим не вернула долг`,
  (word: string) => `Позвонила ${word} С.А., сказала ждать`,
  (word: string) => `Подали заявление на ${word} в полицию`,
  (word: string) => `Участковый ${word} не приехал`,
];

/** Frames written after the two faults the frames above found were mended, and read once. */
const LAST_STREET_FRAMES = [
  (street: string) => `Третий день нет воды: ${street} 112, второй подъезд`,
  (street: string) => `Автобус 32 не ходит по ${street} с утра`,
  (street: string) => `ул.${street} 77 — снова яма`,
  (street: string) => `Между ${street} и Сейфуллина перекрыли дорогу`,
  (street: string) => `Тротуар на ${street} разбит, дети ходят по дороге`,
  (street: string) => `Ехала от ${street} до Райымбека полтора часа`,
];

const LAST_PERSON_FRAMES = [
  (word: string) => `${word} Марат Ерланович не отвечает на звонки`,
  (word: string) => `Соседка ${word} снова затопила нас`,
  (word: string) => `Жена ${word} пожаловалась участковому`,
  (word: string) => `Передайте ${word} А., что собрание в 7`,
  (word: string) => `Поговорила с ${word} Еленой`,
];

const STREET_NAMES = ALMATY_STREETS.flatMap((street) => street.names);
const PROBED = ALMATY_STREETS.map((street) => street.names[0]!);

type Frame = (word: string) => string;

function probe(
  redactor: Redactor, streetFrames: readonly Frame[], personFrames: readonly Frame[],
): { overRedacted: string[]; leaked: string[] } {
  const overRedacted = PROBED.flatMap((street) => streetFrames.map((frame) => frame(street)))
    .map((sentence) => redactor.redact(sentence).text)
    .filter((text) => text.includes('[NAME]'));
  // Only the streets named by one capitalised word: the person frames need a surname's shape.
  const surnames = PROBED.filter((street) => /^\p{Lu}[\p{Ll}-]+$/u.test(street));
  const leaked = surnames.flatMap((word) => personFrames.map((frame) => ({ word, sentence: frame(word) })))
    .map(({ word, sentence }) => ({ word, text: redactor.redact(sentence).text }))
    .filter(({ word, text }) => text.includes(word))
    .map(({ text }) => text);
  return { overRedacted, leaked };
}

function reportProbes(title: string, streetFrames: readonly Frame[], personFrames: readonly Frame[]): void {
  const before = probe(new Redactor(SUBJECTS), streetFrames, personFrames);
  const after = probe(new Redactor(SUBJECTS, { districts: [] }, STREET_NAMES), streetFrames, personFrames);
  const streetSentences = PROBED.length * streetFrames.length;
  const personSentences = PROBED.filter((street) => /^\p{Lu}[\p{Ll}-]+$/u.test(street)).length * personFrames.length;
  console.log(`\n${title}`);
  console.log(`street sentences over-redacted: ${before.overRedacted.length} -> ${after.overRedacted.length} of ${streetSentences}`);
  console.log(`person sentences leaking the name: ${before.leaked.length} -> ${after.leaked.length} of ${personSentences}`);
  console.log('still over-redacted:');
  for (const text of after.overRedacted) console.log(`  ${text}`);
  // The name finder's own leaks are in both; the gazetteer's are those it adds.
  const leakedBefore = new Set(before.leaked);
  const added = after.leaked.filter((text) => !leakedBefore.has(text));
  console.log(`leaking with the gazetteer only (${added.length}):`);
  for (const text of added) console.log(`  ${text}`);
  console.log(`leaking with or without it (${after.leaked.length - added.length}):`);
  for (const text of after.leaked.filter((leak) => leakedBefore.has(leak))) console.log(`  ${text}`);
}

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

interface Counts { personWords: number; personRedacted: number; otherWords: number; otherRedacted: number }

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

function countWords(documents: readonly AnnotatedDocument[], found: readonly { start: number; end: number }[][]): Counts {
  const counts: Counts = { personWords: 0, personRedacted: 0, otherWords: 0, otherRedacted: 0 };
  documents.forEach((document, index) => {
    const persons = document.entities.filter((entity) => entity.type === 'person');
    for (const match of document.text.matchAll(WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      const redacted = overlaps(found[index]!, start, end);
      if (overlaps(persons, start, end)) {
        counts.personWords += 1;
        if (redacted) counts.personRedacted += 1;
      } else if (!document.partial || overlaps(document.entities, start, end)) {
        counts.otherWords += 1;
        if (redacted) counts.otherRedacted += 1;
      }
    }
  });
  return counts;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(2)}%`;
}

function reportNameSets(test: boolean): void {
  const finder = new PersonNameFinder([], loadNameClassifier());
  const streets = new StreetNames(STREET_NAMES);
  const sets: ReadonlyArray<readonly [string, AnnotatedDocument[]]> = test
    ? [['factRuEval-2016 testset', readFactRuEval('testset')], ['NEREL test', readNerel('test')], ['KazNERD test', readKazNerd('test')]]
    : [['factRuEval-2016 devset', readFactRuEval('devset')], ['NEREL dev', readNerel('dev')], ['KazNERD valid', readKazNerd('valid')]];
  for (const [name, documents] of sets) {
    const found = documents.map((document) => finder.find(document.text));
    const kept = documents.map((document, index) =>
      streets.withPersons(document.text, streets.keep(document.text, found[index]!)));
    const before = countWords(documents, found);
    const after = countWords(documents, kept);
    console.log(`${name}: person words redacted ${percent(before.personRedacted, before.personWords)} -> ` +
      `${percent(after.personRedacted, after.personWords)} of ${after.personWords}; ` +
      `other words redacted ${before.otherRedacted} -> ${after.otherRedacted} of ${after.otherWords}`);
    documents.forEach((document, index) => {
      const changed = [
        ...found[index]!.filter((span) => !kept[index]!.includes(span)).map((span) => ['kept', span] as const),
        ...kept[index]!.filter((span) => !found[index]!.includes(span)).map((span) => ['redacted', span] as const),
      ];
      for (const [what, span] of changed) {
        const context = document.text.slice(Math.max(0, span.start - 40), span.end + 40).replace(/\s+/g, ' ');
        console.log(`  ${what}: ${document.text.slice(span.start, span.end)} | ${context}`);
      }
    });
  }
}

reportProbes('frames the rules were written for', STREET_FRAMES, PERSON_FRAMES);
reportProbes('frames written after them', UNSEEN_STREET_FRAMES, UNSEEN_PERSON_FRAMES);
reportProbes('frames written last', LAST_STREET_FRAMES, LAST_PERSON_FRAMES);
if (process.argv.includes('--dev')) reportNameSets(false);
if (process.argv.includes('--test')) reportNameSets(true);
