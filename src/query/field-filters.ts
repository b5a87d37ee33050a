/**
 * Field filters: `lang:kk`, `platform:telegram`, `outlet:"Vlast.kz"`, `subject:mayor`,
 * `issue:transport`, `slice:pensioners`, `district:medeu`, `sentiment:negative`,
 * `date:2025-10-01..2025-10-31`, `scope:elsewhere` (posts about other places only). There is
 * deliberately no field for an author: tyndau does not search by person.
 */
import type { LanguageCode, PostScope, SentimentLabel } from '../analyze/analysis.js';
import { PLATFORMS } from '../collect/raw-post.js';
import { closestMatch } from '../project/did-you-mean.js';
import { normaliseForMatching } from '../text/normalise.js';
import type { FieldFilter, FieldName, Span } from './ast.js';
import { QueryError } from './query-error.js';
import { queryProblem, type QueryProblem } from './query-problem.js';

export const FIELD_NAMES: readonly FieldName[] = [
  'lang', 'platform', 'outlet', 'subject', 'issue', 'slice', 'district', 'sentiment', 'date', 'scope',
];

const LANGUAGES: readonly LanguageCode[] = ['ru', 'kk', 'kk-latn', 'en', 'mixed', 'other'];
const SENTIMENTS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
const SCOPES: readonly PostScope[] = ['home', 'elsewhere', 'none'];
const PERSON_FIELDS = new Set([
  'author', 'user', 'username', 'by', 'from', 'handle', 'name', 'person',
  'автор', 'пользователь', 'юзер', 'ник', 'имя', 'человек', 'аккаунт', 'автордың', 'пайдаланушы', 'аты', 'адам',
]);

/**
 * The fields as analysts write them in Russian, Kazakh and the longer English of other listening
 * tools (`language:`, `topic:`, `tone:`); a query gets `district:` suggested for `район:` instead
 * of a bare list. They are not read as fields: ids and values stay the project's.
 */
const LOCAL_FIELD_NAMES: Readonly<Record<string, FieldName>> = {
  язык: 'lang', тіл: 'lang',
  платформа: 'platform', соцсеть: 'platform', желі: 'platform',
  издание: 'outlet', сми: 'outlet', источник: 'outlet', басылым: 'outlet', ақпарат: 'outlet',
  объект: 'subject', субъект: 'subject', персона: 'subject',
  тема: 'issue', проблема: 'issue', мәселе: 'issue', тақырып: 'issue',
  группа: 'slice', срез: 'slice', топ: 'slice',
  район: 'district', аудан: 'district',
  тональность: 'sentiment', тон: 'sentiment', сентимент: 'sentiment', көңіл: 'sentiment', тональділік: 'sentiment',
  дата: 'date', день: 'date', күн: 'date', уақыт: 'date',
  география: 'scope', охват: 'scope', место: 'scope', аумақ: 'scope', жер: 'scope', орын: 'scope',
  language: 'lang', network: 'platform', media: 'outlet', source: 'outlet', publication: 'outlet',
  topic: 'issue', theme: 'issue', category: 'issue', segment: 'slice', group: 'slice',
  area: 'district', region: 'district', tone: 'sentiment', polarity: 'sentiment', day: 'date',
  geography: 'scope', place: 'scope', location: 'scope',
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Throws the query error of `problem`, at the field's value unless told another place. */
type Fail = (problem: QueryProblem, span?: Span) => never;

/** Ids a project defines, to check `subject:`, `issue:`, `slice:` and `district:` values against. */
export interface FieldVocabulary {
  readonly subjects: readonly string[];
  readonly issues: readonly string[];
  readonly slices: readonly string[];
  readonly districts: readonly string[];
  /** Names of each kind, folded by `foldFieldName`, to their ids ("турксиб" → turksib). */
  readonly names?: FieldNames;
}

export interface FieldNames {
  readonly subjects: ReadonlyMap<string, string>;
  readonly issues: ReadonlyMap<string, string>;
  readonly slices: ReadonlyMap<string, string>;
  readonly districts: ReadonlyMap<string, string>;
}

/** A name as a field value is compared: letter case and ё do not matter. */
export function foldFieldName(name: string): string {
  return name.trim().toLowerCase().replaceAll('ё', 'е');
}

export interface WrittenField {
  readonly name: string;
  readonly value: string;
  readonly valueSpan: Span;
  readonly span: Span;
}

/** The filter a written field stands for; subject and issue filters come without saved queries. */
export function readField(query: string, written: WrittenField, vocabulary: FieldVocabulary | null): FieldFilter {
  const name = written.name.toLowerCase();
  const value = written.value.trim();
  const fail = (problem: QueryProblem, span = written.valueSpan): never => {
    throw new QueryError(query, span, problem);
  };

  if (!isFieldName(name)) {
    if (PERSON_FIELDS.has(name)) {
      fail(queryProblem('personField', { field: name }), written.span);
    }
    const suggestion = LOCAL_FIELD_NAMES[name] ?? closestMatch(name, FIELD_NAMES);
    const fields = FIELD_NAMES.map((field) => field + ':').join(' ');
    fail(suggestion
      ? queryProblem('unknownFieldSuggested', { field: written.name, suggestion, fields })
      : queryProblem('unknownField', { field: written.name, fields }), written.span);
  }
  if (value === '') fail(queryProblem('emptyFieldValue', { field: name }), written.span);

  switch (name as FieldName) {
    case 'lang':
      return { field: 'lang', languages: languagesOf(oneOf(value, LANGUAGES, 'lang', fail)) };
    case 'platform':
      return { field: 'platform', platform: oneOf(PLATFORM_NAMES.get(value.toLowerCase()) ?? value, PLATFORMS, 'platform', fail) };
    case 'sentiment': {
      const named = SENTIMENT_NAMES.get(foldFieldName(value)) ?? value;
      return { field: 'sentiment', sentiment: oneOf(named, SENTIMENTS, 'sentiment', fail) };
    }
    case 'outlet':
      return { field: 'outlet', outlet: normaliseForMatching(value) };
    case 'date':
      return dateFilter(value, fail);
    case 'scope': {
      const named = SCOPE_NAMES.get(foldFieldName(value)) ?? value;
      return { field: 'scope', scope: oneOf(named, SCOPES, 'scope', fail) };
    }
    case 'subject':
    case 'issue':
      return { field: name as 'subject' | 'issue', id: knownId(name, value, vocabulary, fail), saved: null };
    case 'slice':
    case 'district':
      return { field: name as 'slice' | 'district', id: knownId(name, value, vocabulary, fail) };
  }
}

function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

/** `lang:kk` means Kazakh in either alphabet; `lang:kk-latn` only the Latin one. */
function languagesOf(language: LanguageCode): LanguageCode[] {
  return language === 'kk' ? ['kk', 'kk-latn'] : [language];
}

/** Other names people search a platform by: X is still called Twitter. */
const PLATFORM_NAMES: ReadonlyMap<string, string> = new Map([
  ['twitter', 'x'], ['ig', 'instagram'], ['fb', 'facebook'], ['vkontakte', 'vk'], ['tg', 'telegram'],
  // As the dashboard and the digest name them in Russian and Kazakh, and as analysts say them.
  ['вконтакте', 'vk'], ['вк', 'vk'], ['телеграм', 'telegram'], ['телеграмм', 'telegram'],
  ['ютуб', 'youtube'], ['инстаграм', 'instagram'], ['фейсбук', 'facebook'], ['тикток', 'tiktok'],
  ['твиттер', 'x'],
]);

/**
 * A sentiment as the dashboard and the digest write it in Russian and Kazakh ("Негатив",
 * "Жағымсыз"), and in the adjective analysts type. A Kazakh analyst's sentiment:жағымсыз was
 * refused with the English values alone.
 */
const SENTIMENT_NAMES: ReadonlyMap<string, SentimentLabel> = new Map([
  ['негатив', 'negative'], ['негативный', 'negative'], ['негативная', 'negative'], ['негативные', 'negative'],
  ['отрицательный', 'negative'], ['отрицательная', 'negative'], ['отрицательные', 'negative'],
  ['нейтрально', 'neutral'], ['нейтрал', 'neutral'], ['нейтральный', 'neutral'], ['нейтральная', 'neutral'],
  ['нейтральные', 'neutral'],
  ['позитив', 'positive'], ['позитивный', 'positive'], ['позитивная', 'positive'], ['позитивные', 'positive'],
  ['положительный', 'positive'], ['положительная', 'positive'], ['положительные', 'positive'],
  ['жағымсыз', 'negative'], ['теріс', 'negative'], ['бейтарап', 'neutral'], ['жағымды', 'positive'],
]);

/**
 * A scope as the dashboard and the digest name it in Russian and Kazakh, and as analysts say it:
 * scope:город for the city's own posts, scope:другие for posts about other places.
 */
const SCOPE_NAMES: ReadonlyMap<string, PostScope> = new Map([
  ['город', 'home'], ['свой', 'home'], ['наш', 'home'], ['местные', 'home'], ['local', 'home'], ['city', 'home'],
  ['қала', 'home'], ['өз', 'home'], ['жергілікті', 'home'],
  ['другие', 'elsewhere'], ['другое', 'elsewhere'], ['другие места', 'elsewhere'], ['чужие', 'elsewhere'],
  ['other', 'elsewhere'], ['others', 'elsewhere'], ['басқа', 'elsewhere'], ['басқа жер', 'elsewhere'],
  ['нет', 'none'], ['без места', 'none'], ['никакое', 'none'], ['жоқ', 'none'], ['nowhere', 'none'],
]);

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string, fail: Fail): T {
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  // A typo of a fixed value (sentiment:negatve) gets the value meant, as a misspelt id does.
  const suggestion = closestMatch(lower, allowed);
  const details = { field: name, allowed: allowed.join(', '), value };
  return fail(suggestion === undefined
    ? queryProblem('valueNotAllowed', details)
    : queryProblem('valueNotAllowedSuggested', { ...details, suggestion }));
}

function knownId(
  name: string,
  value: string,
  vocabulary: FieldVocabulary | null,
  fail: Fail,
): string {
  if (vocabulary === null) return value;
  const kind = name === 'subject' ? 'subjects' : name === 'issue' ? 'issues' : name === 'slice' ? 'slices' : 'districts';
  const known = vocabulary[kind];
  if (known.includes(value)) return value;
  // An analyst writes the district or issue as the digest names it: district:Турксиб, issue:Образование.
  const names = vocabulary.names?.[kind];
  const named = names?.get(foldFieldName(value));
  if (named !== undefined) return named;
  const suggestion = suggestedId(value, known, names);
  const ids = known.join(', ');
  return fail(suggestion
    ? queryProblem('unknownIdSuggested', { field: name, value, suggestion, ids })
    : queryProblem('unknownId', { field: name, value, ids }));
}

/**
 * The id a value that names none was likely meant for: an id or a name misspelt (district:auezv,
 * district:Туркссиб), or one word of only one id's name (issue:транспорт for "Общественный
 * транспорт", issue:тарифы). A misspelt name was refused with the ids alone, in Latin letters.
 */
function suggestedId(value: string, ids: readonly string[], names: ReadonlyMap<string, string> | undefined): string | undefined {
  const id = closestMatch(value, ids);
  if (id !== undefined || names === undefined) return id;
  const name = closestMatch(value, names.keys());
  if (name !== undefined) return names.get(name);

  const word = foldFieldName(value);
  const owners = new Set([...names].filter(([folded]) => folded.split(/[\s,]+/).includes(word)).map(([, owner]) => owner));
  return owners.size === 1 ? [...owners][0] : undefined;
}

function dateFilter(value: string, fail: Fail): FieldFilter {
  const [fromText, toText, extra] = value.split('..');
  const ranged = toText !== undefined;
  if (extra !== undefined || (ranged && fromText === '' && toText === '')) fail(dateUsage(value));
  const from = fromText === '' ? null : checkedDay(fromText as string, value, fail);
  const to = !ranged ? from : toText === '' ? null : checkedDay(toText, value, fail);
  if (from !== null && to !== null && from > to) fail(queryProblem('dateReversed', { from, to }));
  return { field: 'date', from, to };
}

function checkedDay(day: string, value: string, fail: Fail): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    fail(dateUsage(value));
  }
  return day;
}

function dateUsage(value: string): QueryProblem {
  return queryProblem('dateUsage', { value });
}
