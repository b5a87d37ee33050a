/**
 * A post's scope: about the project's city (home), only about other places (elsewhere), or about
 * no place (none). The examples are the cases the rules exist for; the labelled demo posts
 * measure how well `elsewhere` is found, since only those posts are set aside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { PostScope } from '../../src/analyze/analysis.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { DistrictMatcher } from '../../src/analyze/places/index.js';
import { ScopeFinder } from '../../src/analyze/scope/index.js';
import { packageRoot } from '../../src/package-root.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { loadDemoCorpus, type DemoCorpus } from '../query/demo-corpus-posts.js';

const LABELS = join(packageRoot(), 'test', 'fixtures', 'scope', 'demo-corpus-scopes.jsonl');

let project: Project;
let scopeOf: (text: string, subjectIds?: readonly string[]) => PostScope;

function finderFor(project: Project): (text: string, subjectIds?: readonly string[]) => PostScope {
  const finder = new ScopeFinder(project);
  const districts = new DistrictMatcher(project.districts);
  return (text, subjectIds = []) => {
    const prepared = prepareText(text);
    return finder.scope(prepared, districts.match(prepared), subjectIds);
  };
}

beforeAll(async () => {
  project = await loadProject(join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml'), {
    TYNDAU_SECRET: 'scope-test-secret-0123456789',
  });
  scopeOf = finderFor(project);
});

describe('the scope of a post in the Almaty project', () => {
  test.each([
    ['В Алматы снова подорожал проезд', 'home'],
    ['Алматыда жол жөндеу басталды', 'home'],
    ['Almaty residents complain about smog', 'home'],
    ['Алма-Ата задыхается от смога', 'home'],
    ['Алматинцы жалуются на пробки', 'home'],
    ['В Ауэзовском районе нет воды', 'home'],
    ['Рейсы из Алматы и Астаны задерживаются', 'home'],
    ['Самал-2 шағын ауданында су жоқ', 'home'],
  ])('names the city, its districts or its people: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test.each([
    ['В Сирии продолжаются бои', 'elsewhere'],
    ['Олимпиада в Сочи обошлась дорого', 'elsewhere'],
    ['Астанада жаңа мектеп ашылды', 'elsewhere'],
    ['Столицу перенесли в Акмолу в 1997 году', 'elsewhere'],
    ['Мәскеуде өрт болды', 'elsewhere'],
    ['Protests in Paris turned violent', 'elsewhere'],
    ['Президент США подписал указ', 'elsewhere'],
    ['В Нью-Йорке отключили свет', 'elsewhere'],
    // The region around the city is another place, though its name holds the city's.
    ['Алматы облысында су тасқыны', 'elsewhere'],
    ['В Алматинской области перекрыли трассу', 'elsewhere'],
    ['Семей - Астана поезы кешікті', 'elsewhere'],
    ['Американские военные покинули базу', 'elsewhere'],
  ])('names only other places: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test.each([
    ['Автобус опять опоздал на двадцать минут', 'none'],
    // The country holds the city: naming it is not naming another place.
    ['В Казахстане выросли тарифы на свет', 'none'],
    ['Қазақстанда бензин қымбаттады', 'none'],
    // Words that are also places elsewhere: "мира" (of the world), an eagle, "қарағанда" (compared with).
    ['Спасибо всем за мир и мира вам', 'none'],
    ['Орёл сидел на ветке', 'none'],
    ['Басқа таксилерге қарағанда қымбат', 'none'],
    ['Ақша жоқ, АҚШ-тан емес', 'elsewhere'],
    ['Нужны деньги, а не ақша', 'none'],
    ['Тамақтары өте дәмді, сет рим заказ бердік', 'none'],
    ['Газа нет уже третий день, газа нет', 'none'],
    // "Полиция" and "Правительство" are every country's; a post naming them is not the city's.
    ['Полиция Германии ищет стрелка', 'elsewhere'],
  ])('names no place of its own: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test('a post naming the mayor is about the city, one naming the police of another country is not', () => {
    expect(scopeOf('Досаев встретился с делегацией из Ташкента', ['mayor'])).toBe('home');
    expect(scopeOf('Полиция Ташкента задержала угонщика', ['police'])).toBe('elsewhere');
  });

  test('the project\'s own names win over the gazetteer: Жетысу is a district of Almaty and a region', () => {
    expect(scopeOf('Жетісу ауданында жарық жоқ')).toBe('home');
    expect(scopeOf('Жетісу облысында жарық жоқ')).toBe('elsewhere');
  });
});

describe('places the first gazetteer missed, by kind (fresh posts of test/fixtures/scope)', () => {
  test.each([
    ['В Узынагаше третий день нет воды', 'elsewhere'],
    ['Шамалғанда жол жөнделмей жатыр', 'elsewhere'],
    ['Жители Аршалы остались без света', 'elsewhere'],
    ['Үшаралда жел қатты соғып, шатыр ұшты', 'elsewhere'],
    ['Жители Осакаровки ждут автобус', 'elsewhere'],
  ])('a district centre or larger village of Kazakhstan: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test.each([
    ['В Свердловской области ввели режим ЧС', 'elsewhere'],
    ['В Приморском крае циклон оставил без света дома', 'elsewhere'],
    ['Власти Подмосковья пообещали новые дороги', 'elsewhere'],
    ['Красноярский край снова в дыму', 'elsewhere'],
  ])('a region of Russia, in any case form: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test.each([
    ['Сочиде демалыс бағасы өсті', 'elsewhere'],
    ['Бакуге билет қымбаттап кетті', 'elsewhere'],
    ['Тбилисидегі жаңа метро', 'elsewhere'],
    // Four letters at least are left of a name: "Рим" with its endings stays a word's.
    ['Римдегі кафе жабылды', 'none'],
  ])('a short vowel-final name with Kazakh endings: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test('the city\'s own names are not found by stripping endings: Орбита is a neighbourhood and a ward', () => {
    expect(scopeOf('Орбитадағы бөлімге рахмет, Астанаға жол тартамыз')).toBe('elsewhere');
  });

  test.each([
    ['Госдума приняла закон о маркировке', 'elsewhere'],
    ['Белый дом объявил новые санкции', 'elsewhere'],
    ['В Кремле прокомментировали переговоры', 'elsewhere'],
    ['Верховная рада приняла бюджет', 'elsewhere'],
    // The seat of the country that holds the city names no other place.
    ['Ақордада жаңа министрлер тағайындалды', 'none'],
    // A white house is a house unless its name has its capital letter.
    ['Купили белый дом с садом', 'none'],
  ])('a state named by its seat or parliament: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });

  test.each([
    ['Российские военные провели учения', 'elsewhere'],
    ['Турецкие туристы отменяют поездки', 'elsewhere'],
    ['Китайские власти закрыли границу', 'elsewhere'],
    ['убийство двух французских заложников', 'elsewhere'],
    ['Курс американского доллара снова вырос', 'none'],
    ['Цены в российских рублях, а платить тенге', 'none'],
    ['Китайские автобусы ломаются через год', 'none'],
    ['Купил турецкий свитер на рынке', 'none'],
    ['Английский язык учим с первого класса', 'none'],
  ])('a country\'s adjective names it for its state and people, not for money, goods or language: %s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });
});

describe('towns of Kazakhstan around a regional city', () => {
  // A Karaganda analyst's posts about the satellite towns counted as the city's: Шахтинск,
  // Сарань and Приозёрск were on no list, so "В Шахтинске нет отопления" raised Karaganda's
  // outages (69 posts in the spike week where 66 were the city's).
  test.each([
    ['В Шахтинске опять нет тепла', 'elsewhere'],
    ['Шахтинскіде жол тайғақ, құм себілмеген', 'elsewhere'],
    ['No heating in Shakhtinsk again', 'elsewhere'],
    ['В Сарани закрыли поликлинику', 'elsewhere'],
    ['Приозерск қаласында су жоқ', 'elsewhere'],
    ['Лисаковск остался без света', 'elsewhere'],
    // "арқалық" is also a Kazakh word (a beam): only the capitalised name is the town.
    ['Үйдің арқалығы сынып қалды', 'none'],
  ])('%s', (text, expected) => {
    expect(scopeOf(text)).toBe(expected);
  });
});

describe('the scope section of the project file', () => {
  test('home names make a suburb the project\'s, elsewhere names mark a village the gazetteer lacks', () => {
    const scoped = finderFor({
      ...project,
      scope: { home: ['Талгар'], elsewhere: ['Шарын', '?Победа'], setAside: true },
    });

    expect(scopeOf('В Талгаре перекрыли дорогу')).toBe('elsewhere');
    expect(scoped('В Талгаре перекрыли дорогу')).toBe('home');
    expect(scopeOf('В Шарыне нет газа')).toBe('none');
    expect(scoped('В Шарыне нет газа')).toBe('elsewhere');
    expect(scoped('Жители посёлка Победа остались без газа')).toBe('elsewhere');
    expect(scoped('Победа нашей команды')).toBe('none');
  });
});

interface LabelledPost {
  readonly id: string;
  readonly split: 'dev' | 'test';
  readonly label: PostScope;
}

/** Precision and recall of `elsewhere`: the posts set aside, and the posts that should be. */
function elsewhereFigures(pairs: readonly { label: PostScope; found: PostScope }[]) {
  const found = pairs.filter((pair) => pair.found === 'elsewhere');
  const labelled = pairs.filter((pair) => pair.label === 'elsewhere');
  const right = found.filter((pair) => pair.label === 'elsewhere').length;
  return { posts: pairs.length, labelled: labelled.length, precision: right / found.length, recall: right / labelled.length };
}

describe('posts about other places among 300 demo posts labelled by hand', () => {
  let corpus: DemoCorpus;

  beforeAll(async () => {
    corpus = await loadDemoCorpus();
  }, 120_000);

  afterAll(() => corpus?.store.close());

  // Dev: 200 posts whose errors were read while the rules were written. Test: 100 more, labelled
  // before their scopes were looked at and measured once.
  test.each([
    ['dev', 0.93, 0.9],
    ['test', 0.9, 0.9],
  ] as const)('are found in the %s posts with at least the measured precision and recall', (split, precision, recall) => {
    const scopes = new Map(corpus.items.map(({ post, analysis }) => [post.id, analysis.scope ?? 'none']));
    const labelled = readFileSync(LABELS, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LabelledPost);
    const pairs = labelled.filter((post) => post.split === split)
      .map((post) => ({ label: post.label, found: scopes.get(post.id) as PostScope }));

    const figures = elsewhereFigures(pairs);
    console.log(`scope ${split}: ${JSON.stringify(figures)}`);

    expect(pairs.every((pair) => pair.found !== undefined)).toBe(true);
    expect(figures.precision).toBeGreaterThanOrEqual(precision);
    expect(figures.recall).toBeGreaterThanOrEqual(recall);
  });
});
