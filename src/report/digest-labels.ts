/**
 * Every heading, label and sentence of the digest in Russian, Kazakh and English. Issue, slice
 * and district names are not here: they come from the project's taxonomy.
 */
import type { LanguageCode, PostScope, SentimentLabel } from '../analyze/analysis.js';
import type { Platform } from '../collect/raw-post.js';
import type { ShareDirection } from '../insight/period-change.js';
import type { ReportLanguage } from '../project/project.js';
import { kazakhAblative } from '../text/kazakh-number-ablative.js';
import { russianPostsAfterNumber } from '../text/russian-posts-after-number.js';

export type SectionId =
  | 'summary' | 'volume' | 'sentiment' | 'subjects' | 'issues' | 'platforms' | 'outlets'
  | 'districts' | 'slices' | 'agencies' | 'excerpts' | 'methodology';

export interface DigestLabels {
  readonly locale: string;
  readonly title: string;
  /** The title of a digest over a period other than a week: a month, a quarter. */
  readonly periodTitle: string;
  readonly period: string;
  readonly previousPeriod: string;
  readonly sections: Readonly<Record<SectionId, string>>;
  readonly columns: {
    readonly day: string;
    readonly posts: string;
    readonly reposts: string;
    readonly share: string;
    readonly interval: string;
    readonly previous: string;
    readonly change: string;
    readonly relativeChange: string;
    readonly significance: string;
    readonly platform: string;
    readonly outlet: string;
    readonly articles: string;
    readonly district: string;
    readonly slice: string;
    readonly issue: string;
    readonly subject: string;
    readonly group: string;
    readonly topIssues: string;
    readonly model: string;
    readonly testSet: string;
    readonly examples: string;
    readonly figure: string;
  };
  readonly sentiments: Readonly<Record<SentimentLabel, string>>;
  readonly platforms: Readonly<Record<Platform, string>>;
  readonly languages: Readonly<Record<LanguageCode, string>>;
  readonly allPosts: string;
  /** The subjects' eight weeks: the subheading, each cell's negative share, the note under the table. */
  readonly subjectWeeks: {
    readonly heading: string;
    readonly negative: (share: string) => string;
    readonly note: string;
    /** A week before the first stored day or after the last. */
    readonly noData: string;
  };
  /** A significant change names what was tested, the share of all posts, and which way it moved. */
  readonly significant: Readonly<Record<ShareDirection, string>>;
  readonly notSignificant: string;
  readonly notTested: string;
  readonly newIssue: string;
  readonly notMeasured: string;
  readonly metrics: Readonly<Record<string, string>>;
  readonly stages: {
    readonly overallSentiment: string;
    readonly subjectSentiment: string;
    readonly language: string;
    readonly mentions: string;
    readonly keywordRules: string;
  };
  other(groups: number): string;
  /** Groups under the minimum size; `noneShown` when the table above holds none ("N more" would not read). */
  hiddenGroups(groups: number, minGroupSize: number, noneShown: boolean): string;
  notEnough(minGroupSize: number): string;
  /** A breakdown with no group at all, shown or hidden: "fewer than 10" would not be true. */
  readonly noneInPeriod: string;
  /** A district's top issues when it has some, each under the minimum: not the blank of none. */
  issuesEachUnder(minGroupSize: number): string;
  summary(facts: SummaryFacts): string;
  /** `share` is left out beside a count hidden, which it would give away. */
  firstSeen(firstSeen: string, total: string, share: string | undefined): string;
  readonly allDated: string;
  readonly noPosts: string;
  /** Posts about other places only, left out of the figures; `count` as shown ("<10"). */
  setAside(count: string): string;
  readonly scopes: Readonly<Record<PostScope, string>>;
  readonly weakPoints: WeakPointLabels;
  readonly methodology: {
    sample(facts: SummaryFacts): string;
    suppression(minGroupSize: number): string;
    readonly intervals: string;
    readonly analysis: string;
    readonly privacy: string;
    readonly accuracyHeading: string;
    readonly datesHeading: string;
    /** How posts are attributed to agencies, how they are ranked, what a response signal is. */
    readonly weakPoints: string;
  };
}

/** The "weak points by agency" section. Agencies are public bodies; nothing here names a person. */
export interface WeakPointLabels {
  readonly intro: string;
  readonly noMap: string;
  readonly columns: {
    readonly rank: string;
    readonly agency: string;
    readonly score: string;
  };
  /** "named 12; by district 30; city-wide <10" */
  attribution(named: string, byDistrict: string, cityWide: string): string;
  readonly topIssues: string;
  readonly topDistricts: string;
  /**
   * When the rest of the digest is corrected for classifier error: agency shares stay as
   * classified, and the column, the issue lines and a note under the table say so.
   */
  readonly uncorrected: {
    readonly column: string;
    readonly issueShare: string;
    readonly note: string;
  };
  noShownGroups(minGroupSize: number): string;
  /** The change column of a body with no posts before: "новая" is an issue's, not a body's gender. */
  readonly newAgency: string;
  readonly responses: string;
  response(issue: string, ownChannel: string, press: string, answered: boolean): string;
  readonly excerpts: string;
  hiddenAgencies(agencies: number, minGroupSize: number, noneShown: boolean): string;
}

export interface SummaryFacts {
  readonly originals: string;
  readonly amplifications: string;
  readonly articles: string;
  readonly socialPosts: string;
  readonly previousOriginals: string;
  readonly previousFrom: string;
  readonly previousTo: string;
}

/** " (9 %)" after a count, or nothing when the share is not given. */
function inBrackets(share: string | undefined): string {
  return share === undefined ? '' : ` (${share})`;
}

const RUSSIAN: DigestLabels = {
  locale: 'ru-RU',
  title: 'Еженедельный дайджест',
  periodTitle: 'Дайджест',
  period: 'Период',
  previousPeriod: 'Предыдущий период',
  sections: {
    summary: 'Кратко',
    volume: 'Публикации по дням',
    sentiment: 'Тональность',
    subjects: 'Тональность по отношению к объектам мониторинга',
    issues: 'Главные проблемы',
    platforms: 'Платформы',
    outlets: 'Новостные издания',
    districts: 'Районы',
    slices: 'Кого это касается',
    agencies: 'Слабые места: ответственные органы',
    excerpts: 'Типичные высказывания',
    methodology: 'Методология',
  },
  columns: {
    day: 'День', posts: 'Публикации', reposts: 'Репосты', share: 'Доля', interval: '95\u00a0% ДИ',
    previous: 'Прошлый период', change: 'Изменение', relativeChange: 'Изменение, %',
    significance: 'Значимость', platform: 'Платформа', outlet: 'Издание', articles: 'Статьи',
    district: 'Район', slice: 'Группа', issue: 'Проблема', subject: 'Объект', group: 'Группа',
    topIssues: 'Главные проблемы', model: 'Модель', testSet: 'Тестовый набор', examples: 'Примеров',
    figure: 'Показатель',
  },
  sentiments: { negative: 'Негатив', neutral: 'Нейтрально', positive: 'Позитив' },
  platforms: {
    news: 'Новостные сайты', telegram: 'Telegram', youtube: 'YouTube', vk: 'ВКонтакте', web: 'Веб',
    instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok', x: 'X (Twitter)',
    other: 'Другое',
  },
  languages: {
    ru: 'русский', kk: 'казахский', 'kk-latn': 'казахский (латиница)', en: 'английский',
    mixed: 'смешанный', other: 'другой',
  },
  allPosts: 'Все публикации',
  subjectWeeks: {
    heading: 'Упоминания по неделям',
    negative: (share) => `негатив ${share}`,
    note: 'Публикации с упоминанием объекта за каждую из восьми недель, по первый день недели, и доля негативных к нему (с поправкой, как в таблице выше); недели меньше минимума не показаны.',
    noData: 'нет данных',
  },
  significant: { rose: 'значимо: доля выросла', fell: 'значимо: доля снизилась', unchanged: 'значимо' },
  notSignificant: 'незначимо',
  notTested: 'нет данных',
  newIssue: 'новая',
  notMeasured: 'не измерялась',
  metrics: {
    macroF1: 'макро-F1',
    macroF1PosNeg: 'макро-F1 (позитив и негатив)',
    microF1: 'микро-F1',
    accuracy: 'доля верных ответов',
    neutralShareOfPredictions: 'доля ответов «нейтрально»',
    f1: 'F1',
    precision: 'точность',
    recall: 'полнота',
  },
  stages: {
    overallSentiment: 'Тональность публикации',
    subjectSentiment: 'Тональность по отношению к объекту',
    language: 'Определение языка',
    mentions: 'Упоминания объектов',
    keywordRules: 'Проблемы, группы и районы (правила по ключевым словам)',
  },
  other: (groups) => `Прочие (${groups})`,
  hiddenGroups: (groups, min, noneShown) => groups === 1
    ? `Не показана${noneShown ? '' : ' ещё'} 1 группа: в ней менее ${min} ${russianPostsAfterNumber(min)}.`
    : `Не показаны, менее ${min} ${russianPostsAfterNumber(min)} в каждой: ${noneShown ? '' : 'ещё '}${groups}.`,
  notEnough: (min) => `Недостаточно публикаций для показа (меньше ${min}).`,
  noneInPeriod: 'За этот период таких публикаций нет.',
  issuesEachUnder: (min) => `в каждой меньше ${min}`,
  summary: (facts) =>
    // "Name: number" agrees with every count (1, 3, 34, <10), which "N публикаций" does not.
    `Оригинальных публикаций: ${facts.originals}, репостов: ${facts.amplifications}; ` +
    `с новостных сайтов: ${facts.articles}, из социальных сетей: ${facts.socialPosts}. ` +
    `В предыдущем периоде (${facts.previousFrom} — ${facts.previousTo}) оригинальных публикаций: ${facts.previousOriginals}.`,
  firstSeen: (firstSeen, total, share) =>
    `Публикаций без даты в источнике: ${firstSeen} из ${total}${inBrackets(share)}; они учтены в день, ` +
    'когда tyndau впервые их увидел.',
  allDated: 'Все публикации имели дату из источника.',
  noPosts: 'За этот период публикаций нет.',
  setAside: (count) =>
    `Публикаций только о других местах (других городах и странах), отложенных и не вошедших в цифры: ${count}; ` +
    'их находит поиск scope:elsewhere.',
  scopes: { home: 'О городе', elsewhere: 'О других местах', none: 'Без места' },
  weakPoints: {
    intro:
      'Органы (управления акимата, районные акиматы, коммунальные службы) с числом публикаций о них, долей ' +
      'негатива и изменением к прошлому периоду, от самого слабого места. Как публикации отнесены к органам ' +
      'и как построен рейтинг — в методологии.',
    noMap: 'В проекте нет карты ответственности (agencies): публикации ни к одному органу не отнесены.',
    columns: { rank: '№', agency: 'Орган', score: 'Негативных не меньше (95\u00a0%)' },
    attribution: (named, byDistrict, cityWide) =>
      `Отнесено: по названию — ${named}; по карте в районе — ${byDistrict}; по карте для всего города — ${cityWide}.`,
    topIssues: 'Главные проблемы',
    topDistricts: 'Районы',
    uncorrected: {
      column: 'Негатив без поправки',
      issueShare: 'негатив без поправки',
      note:
        'Доли негатива в этом разделе даны как их назвал классификатор, без поправки на его ошибки: ' +
        'для органов не хранятся язык и вид публикаций, по которым делается поправка. Поэтому доля ' +
        'негатива той же проблемы в разделе «Главные проблемы» (с поправкой) может быть другой.',
    },
    noShownGroups: (min) => `ни одной группы из ${min} и более публикаций`,
    newAgency: 'впервые',
    responses: 'Сигналы ответа',
    response: (issue, own, press, answered) =>
      `${issue}: ${answered ? 'есть ответ' : 'ответа нет'} (статей собственного канала: ${own}, прессы: ${press})`,
    excerpts: 'Типичные высказывания',
    hiddenAgencies: (agencies, min) => agencies === 1
      ? `Не показан 1 орган: о нём менее ${min} ${russianPostsAfterNumber(min)}.`
      : `Не показаны органы, о каждом из которых менее ${min} ${russianPostsAfterNumber(min)}: ${agencies}.`,
  },
  methodology: {
    sample: (facts) =>
      `Выборка: оригинальных публикаций — ${facts.originals}, репостов — ${facts.amplifications} ` +
      `(статей новостных сайтов — ${facts.articles}, постов и комментариев в соцсетях — ${facts.socialPosts}); ` +
      `в предыдущем периоде той же длины (${facts.previousFrom} — ${facts.previousTo}) оригинальных публикаций — ` +
      `${facts.previousOriginals}.`,
    suppression: (min) =>
      `Группы (дни, платформы, издания, проблемы, районы, группы населения, объекты) меньше ${min} ` +
      `${russianPostsAfterNumber(min)} отдельно не показываются: вместо числа стоит «<${min}», либо они объединены в «Прочие». ` +
      'Чтобы скрытое число нельзя было получить, вычтя из итога показанные части, вместе с ним скрывается ' +
      'и наименьшая из показанных частей: вместо её числа стоит «x», либо она тоже объединена в «Прочие». ' +
      'Репосты и пересылки считаются отдельно от оригиналов и не входят в доли и рейтинги.',
    intervals:
      'Доли даны с 95\u00a0% доверительными интервалами Вильсона. Изменение относительно предыдущего периода ' +
      'той же длины проверяется z-тестом для двух долей: проверяется доля проблемы среди всех публикаций, ' +
      'а не их число, поэтому доля может вырасти, когда число публикаций упало (если всех публикаций ' +
      'стало ещё меньше). «Значимо» означает p < 0,05; рядом сказано, выросла доля или снизилась.',
    analysis:
      'Проблемы, группы населения и районы находятся по правилам ключевых слов таксономии проекта; язык, ' +
      'тональность и упоминания объектов — моделями и правилами tyndau.',
    privacy:
      'Из текстов удалены персональные данные; у публикаций соцсетей показаны только платформа и день. ' +
      'Авторы не хранятся.',
    weakPoints:
      'Слабые места. Публикация относится к органу, если называет его (в любом падеже, по-казахски и ' +
      'латиницей); иначе — по карте ответственности проекта: для каждой проблемы публикации к органу, ' +
      'отвечающему за неё в районе публикации, а если такого нет — к отвечающему за весь город (орган со ' +
      'своими ключевыми словами, например «горячая вода» у тепловых сетей, — раньше органа без них). ' +
      'Собственные статьи органа — его ответы, а не жалобы. Органы упорядочены по нижней границе 95\u00a0% ' +
      'интервала числа негативных публикаций: публикации × нижняя граница интервала Вильсона доли негатива. ' +
      'Оценка растёт с объёмом и с долей негатива, а широкий интервал маленькой группы её снижает, поэтому ' +
      'десяток гневных публикаций о небольшом органе не обгоняет постоянный поток о крупном. Сигнал ответа: ' +
      'за тот же период есть хотя бы одна статья собственного канала органа (издание из его списка) или ' +
      'другого издания, называющая орган, по той же проблеме. Публикация может относиться к нескольким ' +
      'органам, поэтому их числа не складываются.',
    accuracyHeading: 'Измеренная точность моделей',
    datesHeading: 'Даты публикаций',
  },
};

const KAZAKH: DigestLabels = {
  locale: 'kk-KZ',
  title: 'Апталық дайджест',
  periodTitle: 'Дайджест',
  period: 'Кезең',
  previousPeriod: 'Алдыңғы кезең',
  sections: {
    summary: 'Қысқаша',
    volume: 'Күндер бойынша жарияланымдар',
    sentiment: 'Тональділік',
    subjects: 'Бақылау нысандарына қатысты тональділік',
    issues: 'Негізгі мәселелер',
    platforms: 'Платформалар',
    outlets: 'Жаңалық басылымдары',
    districts: 'Аудандар',
    slices: 'Бұл кімге қатысты',
    agencies: 'Әлсіз тұстар: жауапты органдар',
    excerpts: 'Типтік пікірлер',
    methodology: 'Әдістеме',
  },
  columns: {
    day: 'Күн', posts: 'Жарияланымдар', reposts: 'Репосттар', share: 'Үлесі', interval: '95% СА',
    previous: 'Алдыңғы кезең', change: 'Өзгеріс', relativeChange: 'Өзгеріс, %',
    significance: 'Маңыздылығы', platform: 'Платформа', outlet: 'Басылым', articles: 'Мақалалар',
    district: 'Аудан', slice: 'Топ', issue: 'Мәселе', subject: 'Нысан', group: 'Топ',
    topIssues: 'Негізгі мәселелер', model: 'Модель', testSet: 'Сынақ жиыны', examples: 'Мысалдар',
    figure: 'Көрсеткіш',
  },
  sentiments: { negative: 'Жағымсыз', neutral: 'Бейтарап', positive: 'Жағымды' },
  platforms: {
    news: 'Жаңалық сайттары', telegram: 'Telegram', youtube: 'YouTube', vk: 'ВКонтакте', web: 'Веб',
    instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok', x: 'X (Twitter)',
    other: 'Басқа',
  },
  languages: {
    ru: 'орыс тілі', kk: 'қазақ тілі', 'kk-latn': 'қазақ тілі (латын)', en: 'ағылшын тілі',
    mixed: 'аралас', other: 'басқа тіл',
  },
  allPosts: 'Барлық жарияланымдар',
  subjectWeeks: {
    heading: 'Апта бойынша аталуы',
    negative: (share) => `жағымсыз ${share}`,
    note: 'Сегіз аптаның әрқайсысында нысан аталған жарияланымдар (аптаның бірінші күні бойынша) және оған жағымсыз үлес (жоғарыдағы кестедегідей түзетілген); шектен аз апталар көрсетілмейді.',
    noData: 'дерек жоқ',
  },
  significant: { rose: 'маңызды: үлесі өсті', fell: 'маңызды: үлесі азайды', unchanged: 'маңызды' },
  notSignificant: 'маңызды емес',
  notTested: 'дерек жоқ',
  newIssue: 'жаңа',
  notMeasured: 'өлшенбеген',
  metrics: {
    macroF1: 'макро-F1',
    macroF1PosNeg: 'макро-F1 (жағымды және жағымсыз)',
    microF1: 'микро-F1',
    accuracy: 'дұрыс жауаптар үлесі',
    neutralShareOfPredictions: '«бейтарап» жауаптар үлесі',
    f1: 'F1',
    precision: 'дәлдік',
    recall: 'толықтық',
  },
  stages: {
    overallSentiment: 'Жарияланым тональділігі',
    subjectSentiment: 'Нысанға қатысты тональділік',
    language: 'Тілді анықтау',
    mentions: 'Нысандардың аталуы',
    keywordRules: 'Мәселелер, топтар және аудандар (кілт сөздер ережелері)',
  },
  other: (groups) => `Басқалары (${groups})`,
  hiddenGroups: (groups, min, noneShown) => groups === 1
    ? `${noneShown ? '' : 'Тағы '}1 топ көрсетілмейді: онда ${kazakhAblative(min)} аз жарияланым бар.`
    : `${noneShown ? '' : 'Тағы '}${groups} топ көрсетілмейді: әрқайсысында ${kazakhAblative(min)} аз жарияланым.`,
  notEnough: (min) => `Көрсету үшін жарияланымдар жеткіліксіз (${kazakhAblative(min)} аз).`,
  noneInPeriod: 'Бұл кезеңде мұндай жарияланымдар жоқ.',
  issuesEachUnder: (min) => `әрқайсысында ${kazakhAblative(min)} аз`,
  summary: (facts) =>
    `${facts.originals} түпнұсқа жарияланым және ${facts.amplifications} репост; ` +
    `${facts.articles} жаңалық сайттарынан, ${facts.socialPosts} әлеуметтік желілерден. ` +
    `Алдыңғы кезеңде (${facts.previousFrom} — ${facts.previousTo}): ${facts.previousOriginals} түпнұсқа жарияланым.`,
  firstSeen: (firstSeen, total, share) =>
    `${total} жарияланымның ${firstSeen}-і${inBrackets(share)} дереккөзде күнсіз келді; олар tyndau ` +
    'оларды алғаш көрген күнге жатқызылды.',
  allDated: 'Барлық жарияланымның күні дереккөзден алынды.',
  noPosts: 'Бұл кезеңде жарияланымдар жоқ.',
  setAside: (count) =>
    `Тек басқа жерлер (басқа қалалар мен елдер) туралы жарияланымдар сандарға кірмей, бөлек қойылды: ${count}; ` +
    'оларды scope:elsewhere іздеуі табады.',
  scopes: { home: 'Қала туралы', elsewhere: 'Басқа жерлер туралы', none: 'Орны жоқ' },
  weakPoints: {
    intro:
      'Органдар (әкімдік басқармалары, аудан әкімдіктері, коммуналдық қызметтер): олар туралы жарияланымдар ' +
      'саны, жағымсыз үлес және алдыңғы кезеңмен салыстырғандағы өзгеріс, ең әлсіз тұстан бастап. Жарияланымдар ' +
      'органдарға қалай жатқызылатыны және рейтинг қалай құрылатыны әдістемеде жазылған.',
    noMap: 'Жобада жауапкершілік картасы (agencies) жоқ: жарияланымдар ешбір органға жатқызылмаған.',
    columns: { rank: '№', agency: 'Орган', score: 'Жағымсыз жарияланымдар кемінде (95%)' },
    attribution: (named, byDistrict, cityWide) =>
      `Жатқызылды: атауы бойынша — ${named}; аудандағы карта бойынша — ${byDistrict}; бүкіл қала картасы бойынша — ${cityWide}.`,
    topIssues: 'Негізгі мәселелер',
    topDistricts: 'Аудандар',
    uncorrected: {
      column: 'Жағымсыз, түзетусіз',
      issueShare: 'түзетусіз жағымсыз',
      note:
        'Бұл бөлімдегі жағымсыз үлестер жіктеуіш атағандай, оның қателеріне түзетусіз берілген: ' +
        'органдар үшін түзетуге қажет жарияланымдардың тілі мен түрі сақталмайды. Сондықтан сол ' +
        'мәселенің «Негізгі мәселелер» бөліміндегі (түзетілген) жағымсыз үлесі басқа болуы мүмкін.',
    },
    noShownGroups: (min) => `${min} және одан көп жарияланымы бар топ жоқ`,
    newAgency: 'жаңа',
    responses: 'Жауап белгілері',
    response: (issue, own, press, answered) =>
      `${issue}: ${answered ? 'жауап бар' : 'жауап жоқ'} (өз арнасы — ${own}, баспасөз — ${press} мақала)`,
    excerpts: 'Типтік пікірлер',
    hiddenAgencies: (agencies, min, noneShown) => agencies === 1
      ? `${noneShown ? '' : 'Тағы '}1 орган көрсетілмейді: ол туралы ${kazakhAblative(min)} аз жарияланым.`
      : `${noneShown ? '' : 'Тағы '}${agencies} орган көрсетілмейді: әрқайсысы туралы ${kazakhAblative(min)} аз жарияланым.`,
  },
  methodology: {
    sample: (facts) =>
      `Іріктеме: ${facts.originals} түпнұсқа жарияланым және ${facts.amplifications} репост ` +
      `(${facts.articles} жаңалық мақаласы, ${facts.socialPosts} әлеуметтік желі жазбасы мен пікірі); ` +
      `ұзындығы сондай алдыңғы кезеңде (${facts.previousFrom} — ${facts.previousTo}) — ` +
      `${facts.previousOriginals} түпнұсқа жарияланым.`,
    suppression: (min) =>
      `${kazakhAblative(min)} аз жарияланымы бар топтар (күндер, платформалар, басылымдар, мәселелер, аудандар, ` +
      `халық топтары, нысандар) жеке көрсетілмейді: сан орнына «<${min}» тұрады немесе олар «Басқалары» ` +
      'тобына біріктіріледі. Жасырылған санды жиынтықтан көрсетілген бөліктерді алып есептеп шығаруға ' +
      'болмауы үшін, онымен бірге көрсетілген бөліктердің ең кішісі де жасырылады: сан орнына «x» тұрады ' +
      'немесе ол да «Басқалары» тобына біріктіріледі. Репосттар түпнұсқалардан бөлек саналады және үлестер мен рейтингтерге кірмейді.',
    intervals:
      'Үлестер Уилсонның 95% сенімділік аралықтарымен берілген. Ұзындығы сондай алдыңғы кезеңмен ' +
      'салыстырғандағы өзгеріс екі үлеске арналған z-тестпен тексеріледі: жарияланымдар саны емес, ' +
      'мәселенің барлық жарияланымдағы үлесі тексеріледі, сондықтан жарияланымдар саны азайғанда да ' +
      '(барлық жарияланым одан да көп азайса) үлес өсуі мүмкін. «Маңызды» дегені p < 0,05; қасында ' +
      'үлестің өскені не азайғаны айтылады.',
    analysis:
      'Мәселелер, халық топтары мен аудандар жоба таксономиясының кілт сөз ережелерімен табылады; тіл, ' +
      'тональділік және нысандардың аталуы — tyndau модельдері мен ережелерімен.',
    privacy:
      'Мәтіндерден дербес деректер алынып тасталған; әлеуметтік желі жазбаларының тек платформасы мен күні ' +
      'көрсетіледі. Авторлар сақталмайды.',
    weakPoints:
      'Әлсіз тұстар. Жарияланым органды атаса (кез келген септікте, орысша, қазақша немесе латынша), сол ' +
      'органға жатады; әйтпесе жобаның жауапкершілік картасы бойынша: жарияланымның әр мәселесі үшін сол ' +
      'ауданда оған жауап беретін органға, ондай болмаса — бүкіл қалаға жауап беретін органға (өз кілт ' +
      'сөздері бар орган, мысалы жылу желілерінің «ыстық су» сөзі, онсыз органнан бұрын). Органның өз ' +
      'мақалалары — оның жауабы, шағым емес. Органдар жағымсыз жарияланымдар санының 95% аралығының төменгі ' +
      'шегі бойынша реттелген: жарияланымдар × жағымсыз үлестің Уилсон аралығының төменгі шегі. Бұл баға көлеммен ' +
      'және жағымсыз үлеспен бірге өседі, ал шағын топтың кең аралығы оны төмендетеді, сондықтан шағын орган ' +
      'туралы ондаған ашулы жазба үлкен орган туралы тұрақты ағыннан озбайды. Жауап белгісі: сол кезеңде ' +
      'сол мәселе бойынша органның өз арнасының (тізіміндегі басылымның) немесе органды атайтын басқа ' +
      'басылымның кемінде бір мақаласы бар. Бір жарияланым бірнеше органға жатуы мүмкін, сондықтан олардың ' +
      'сандары қосылмайды.',
    accuracyHeading: 'Модельдердің өлшенген дәлдігі',
    datesHeading: 'Жарияланым күндері',
  },
};

const ENGLISH: DigestLabels = {
  locale: 'en-GB',
  title: 'Weekly digest',
  periodTitle: 'Digest',
  period: 'Period',
  previousPeriod: 'Previous period',
  sections: {
    summary: 'Summary',
    volume: 'Posts per day',
    sentiment: 'Sentiment',
    subjects: 'Sentiment toward monitored subjects',
    issues: 'Top issues',
    platforms: 'Platforms',
    outlets: 'News outlets',
    districts: 'Districts',
    slices: 'Who is affected',
    agencies: 'Weak points by agency',
    excerpts: 'Representative excerpts',
    methodology: 'Methodology',
  },
  columns: {
    day: 'Day', posts: 'Posts', reposts: 'Reposts', share: 'Share', interval: '95% CI',
    previous: 'Previous period', change: 'Change', relativeChange: 'Change, %',
    significance: 'Significance', platform: 'Platform', outlet: 'Outlet', articles: 'Articles',
    district: 'District', slice: 'Group', issue: 'Issue', subject: 'Subject', group: 'Group',
    topIssues: 'Top issues', model: 'Model', testSet: 'Test set', examples: 'Examples',
    figure: 'Figure',
  },
  sentiments: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
  platforms: {
    news: 'News sites', telegram: 'Telegram', youtube: 'YouTube', vk: 'VK', web: 'Web', other: 'Other',
    instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok', x: 'X (Twitter)',
  },
  languages: {
    ru: 'Russian', kk: 'Kazakh', 'kk-latn': 'Kazakh (Latin)', en: 'English', mixed: 'mixed', other: 'other',
  },
  allPosts: 'All posts',
  subjectWeeks: {
    heading: 'Mentions per week',
    negative: (share) => `${share} negative`,
    note: 'Posts mentioning the subject in each of eight weeks, by the week\'s first day, and the share negative toward it (corrected as in the table above); weeks under the minimum are not shown.',
    noData: 'no data',
  },
  significant: { rose: 'significant: share rose', fell: 'significant: share fell', unchanged: 'significant' },
  notSignificant: 'not significant',
  notTested: 'no data',
  newIssue: 'new',
  notMeasured: 'not measured',
  metrics: {
    macroF1: 'macro-F1',
    macroF1PosNeg: 'macro-F1 (positive and negative)',
    microF1: 'micro-F1',
    accuracy: 'accuracy',
    neutralShareOfPredictions: 'share called neutral',
    f1: 'F1',
    precision: 'precision',
    recall: 'recall',
  },
  stages: {
    overallSentiment: 'Sentiment of a post',
    subjectSentiment: 'Sentiment toward a subject',
    language: 'Language identification',
    mentions: 'Subject mentions',
    keywordRules: 'Issues, groups and districts (keyword rules)',
  },
  other: (groups) => `Other (${groups})`,
  hiddenGroups: (groups, min, noneShown) => noneShown
    ? `${groups} ${groups === 1 ? 'group' : 'groups'} with fewer than ${min} posts ${groups === 1 ? 'is' : 'each are'} not shown.`
    : `Not shown, with fewer than ${min} posts each: ${groups} more.`,
  notEnough: (min) => `Not enough posts to show (fewer than ${min}).`,
  noneInPeriod: 'No such posts in this period.',
  issuesEachUnder: (min) => `each fewer than ${min}`,
  summary: (facts) =>
    // "Name: number" reads right for 1 as for 34 or <10.
    `Original posts: ${facts.originals}; reposts: ${facts.amplifications}; ` +
    `from news sites: ${facts.articles}, from social platforms: ${facts.socialPosts}. ` +
    `Previous period (${facts.previousFrom} to ${facts.previousTo}): original posts ${facts.previousOriginals}.`,
  firstSeen: (firstSeen, total, share) =>
    `Posts without a date in their source: ${firstSeen} of ${total}${inBrackets(share)}; they are counted on the day ` +
    'tyndau first saw them.',
  allDated: 'Every post carried its date from the source.',
  noPosts: 'No posts in this period.',
  setAside: (count) =>
    `Posts about other places only (other cities and countries), set aside and left out of the figures: ${count}; ` +
    'the search scope:elsewhere finds them.',
  scopes: { home: 'About the city', elsewhere: 'About other places', none: 'No place named' },
  weakPoints: {
    intro:
      'Public bodies (akimat departments, district akimats, utilities) with the number of posts about each, ' +
      'the negative share and the change against the previous period, weakest point first. How posts are ' +
      'attributed and how the ranking works is in the methodology.',
    noMap: 'The project has no responsibility map (agencies): no post is attributed to a body.',
    columns: { rank: '#', agency: 'Agency', score: 'Negative posts, at least (95%)' },
    attribution: (named, byDistrict, cityWide) =>
      `Attributed: by name ${named}; through the map in a district ${byDistrict}; through the map city-wide ${cityWide}.`,
    topIssues: 'Top issues',
    topDistricts: 'Districts',
    uncorrected: {
      column: 'Negative, uncorrected',
      issueShare: 'negative, uncorrected',
      note:
        'Negative shares in this section are as classified, not corrected for classifier error: no ' +
        'language and kind of post, which the correction needs, is kept per agency. The same issue’s ' +
        'negative share under Top issues (corrected) may therefore differ.',
    },
    noShownGroups: (min) => `no group of ${min} or more posts`,
    newAgency: 'new',
    responses: 'Response signals',
    response: (issue, own, press, answered) =>
      `${issue}: ${answered ? 'answered' : 'no answer'} (articles from its own channel: ${own}, from the press: ${press})`,
    excerpts: 'Representative excerpts',
    hiddenAgencies: (agencies, min, noneShown) =>
      `${agencies}${noneShown ? '' : ' more'} ${agencies === 1 ? 'agency' : 'agencies'} with fewer than ${min} posts` +
      `${agencies === 1 ? ' is' : ' each are'} not shown.`,
  },
  methodology: {
    sample: (facts) =>
      `Sample: original posts ${facts.originals}, reposts ${facts.amplifications} ` +
      `(news articles ${facts.articles}, social posts and comments ${facts.socialPosts}); ` +
      `original posts in the previous period of equal length ` +
      `(${facts.previousFrom} to ${facts.previousTo}): ${facts.previousOriginals}.`,
    suppression: (min) =>
      `Groups (days, platforms, outlets, issues, districts, affected groups, subjects) with fewer than ${min} ` +
      `posts are not shown on their own: they appear as “<${min}” or are folded into “Other”. ` +
      'So that a hidden count cannot be worked out as a total minus the parts shown, the smallest shown ' +
      'part is hidden with it: it appears as “x” or is folded into “Other” too. ' +
      'Reposts and forwards are counted apart from originals and do not enter shares or rankings.',
    intervals:
      'Shares are given with 95% Wilson confidence intervals. Change against the previous period of equal ' +
      'length is tested with a two-proportion z-test on the issue’s share of all posts, not on its count, so ' +
      'the share can rise while the count falls (when all posts fell further). “Significant” means ' +
      'p < 0.05, followed by whether the share rose or fell.',
    analysis:
      'Issues, affected groups and districts are found by the keyword rules of the project’s taxonomy; ' +
      'language, sentiment and subject mentions by tyndau’s models and rules.',
    privacy:
      'Personal data is redacted from texts; social posts show only their platform and day. No author is stored.',
    weakPoints:
      'Weak points. A post is attributed to a public body when it names it (in any case form, in Russian, ' +
      'Kazakh or Latin letters); otherwise through the project’s responsibility map: for each of the ' +
      'post’s issues, to the body that answers for it in the post’s district, else to the one that answers ' +
      'for it city-wide (a body with keywords of its own, such as the heating network’s “hot water”, before ' +
      'one without). A body’s own articles are its answers, not complaints. Bodies are ranked by the lower ' +
      'end of the 95% interval for their number of negative posts: posts × the lower Wilson bound of the ' +
      'negative share. The score grows with volume and with negativity, and a small group’s wide interval ' +
      'pulls it down, so a dozen angry posts about a small body do not outrank a steady stream about a ' +
      'large one. A response signal: in the same period at least one article on the same issue from the ' +
      'body’s own channel (an outlet its entry lists) or from another outlet that names the body. A post ' +
      'may count for several bodies, so their counts do not add up.',
    accuracyHeading: 'Measured accuracy of the models',
    datesHeading: 'Publication dates',
  },
};

export const DIGEST_LABELS: Readonly<Record<ReportLanguage, DigestLabels>> = {
  ru: RUSSIAN,
  kk: KAZAKH,
  en: ENGLISH,
};
