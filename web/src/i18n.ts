import { kazakhAblative } from '../../src/text/kazakh-number-ablative.js';
import { russianPostsAfterNumber } from '../../src/text/russian-posts-after-number.js';

/** Interface strings in Russian, Kazakh and English; issue, district and slice names come from the API. */
export type Language = 'ru' | 'kk' | 'en';

const RU = {
  appTitle: 'тыңдау — мониторинг общественного мнения', login: 'Войти', logout: 'Выйти', name: 'Имя', password: 'Пароль',
  loginFailed: 'Не удалось войти', language: 'Язык', period: 'Период', from: 'с', to: 'по', apply: 'Показать',
  overview: 'Обзор', issues: 'Проблемы', outlets: 'Платформы и издания', search: 'Поиск', alerts: 'Оповещения',
  digests: 'Дайджесты', health: 'Сбор данных', admin: 'Пользователи',
  noAccess: 'Нет доступа к этой странице', loading: 'Загрузка…', nothing: 'Нет данных за период',
  notEnough: (min: number) => `Недостаточно публикаций для показа (меньше ${min})`,
  originals: 'Публикации', reposts: 'Репосты', repost: 'репост', articles: 'Статьи СМИ', socialPosts: 'Посты в соцсетях',
  firstSeen: 'С датой первого обнаружения', previous: 'Прошлый период', change: 'Изменение',
  setAside: 'О других местах (не учтены)', aboutCity: 'о городе', aboutElsewhere: 'о других местах',
  perDay: 'Публикации по дням', sentiment: 'Тональность (95\u00a0% ДИ)',
  perDayChart: 'Оригинальные публикации и репосты за каждый день',
  sentimentChart: 'Доля публикаций каждой тональности, % (интервалы — в таблице)', sentimentName: 'Тональность',
  subjectTrendChart: 'Публикации с упоминанием объекта за каждую неделю', subjects: 'Объекты мониторинга',
  sentimentCorrected: 'Доли исправлены на измеренные ошибки классификатора; интервал — 95\u00a0% бутстреп, он учитывает и выборку публикаций, и неточность поправки.',
  sentimentClassified: 'Доли даны как их назвал классификатор, без поправки на его ошибки; интервал учитывает только выборку.',
  classifiedAs: 'Публикации, как их назвал классификатор',
  hidden: (min: number) => `меньше ${min}`,
  hiddenBesideSmall: 'скрыто, чтобы по итогу нельзя было вычислить малое число рядом',
  hiddenGroups: (groups: number, min: number) =>
    `Не показаны группы меньше ${min} ${russianPostsAfterNumber(min)}: ${groups}`,
  issuesEachUnder: (min: number) => `в каждой меньше ${min}`,
  issue: 'Проблема', district: 'Район', slice: 'Кого касается', share: 'Доля', trend: 'Динамика по неделям',
  subjectTrend: 'Упоминания по неделям', subjectTrendNote: 'Публикации с упоминанием объекта за неделю и доля негативных к нему (с поправкой, как выше); недели меньше минимума не показаны.', subject: 'Объект', negativeShort: 'негатив', noData: 'нет данных',
  excerpts: 'Типичные высказывания', significant: 'значимо', newInPeriod: 'впервые', shareRose: 'значимо: доля выросла', shareFell: 'значимо: доля снизилась',
  platform: 'Платформа', outlet: 'Издание',
  newsOnly: 'Только новостные сайты: объём публикаций, без оценок изданий.', query: 'Запрос',
  found: 'Найдено', results: 'Результаты', noResults: 'Ничего не найдено', more: 'Дальше',
  perDayHidden: (min: number) => `Публикации по дням не показаны: в каждый из дней их меньше ${min}`,
  districtHint: (word: string) => `«${word}» — название района: поиск по полю находит все публикации о нём (любые формы названия и его микрорайоны):`,
  perWeek: 'Публикации по неделям',
  perDayHiddenByWeek: (min: number) => `В каждый из дней меньше ${min} публикаций, поэтому они показаны по неделям`,
  alertSpike: 'Всплеск', alertCampaign: 'Кампания копий', alertPosts: 'Публикации этого дня в поиске', observed: 'наблюдалось', expected: 'ожидалось',
  distinct: 'разных текстов', topTerms: 'Ключевые слова', wholeCity: 'весь город',
  noAlerts: 'Оповещений пока нет. Их проверяет tyndau serve каждый день в час, заданный в разделе alerts файла delivery.yaml '
    + '(без этого раздела не проверяет); '
    + 'прошедшие дни покажет tyndau alerts --project P',
  makeDigest: 'Сделать дайджест за период', digestMade: 'Дайджест готов', noDigests: 'Архив пуст', emailed: 'отправлен',
  sources: 'Источники', runs: 'Запусков', posts: 'Публикаций', skipped: 'Пропущено', lastRun: 'Последний запуск',
  liveSources: 'Сбор с сайтов и платформ', sourceKind: 'Вид', sourceCondition: 'Состояние',
  lastSuccess: 'Последний успешный сбор', newPostsWeek: 'Новых за 7 дней', lastError: 'Ошибки подряд, последняя',
  never: 'ни разу',
  conditions: { ok: 'в порядке', failing: 'ошибка', late: 'запаздывает', 'never-collected': 'ещё не собирался' } as Record<string, string>,
  newPosts: 'Новых публикаций', postsRead: 'Прочитано (с уже сохранёнными)',
  gaps: 'Пробелы в сборе', noGaps: 'Пробелов не найдено', day: 'День', weekOf: 'Неделя с', usual: 'Обычно', allPlatforms: 'все платформы',
  exportCsv: 'Экспорт CSV', exportXlsx: 'Экспорт XLSX', role: 'Роль', addUser: 'Добавить пользователя',
  roles: { viewer: 'наблюдатель', analyst: 'аналитик', admin: 'администратор' } as Record<string, string>,
  remove: 'Удалить', saved: 'Сохранено',
  agencies: 'Слабые места', agency: 'Орган', negative: 'Негатив (95\u00a0% ДИ)', score: 'Негативных не меньше (95\u00a0%)',
  attributed: (named: string, district: string, city: string) =>
    `По названию: ${named}; по карте в районе: ${district}; по карте для города: ${city}`,
  agencyNoDistrict: (min: number) => `Районы: ни одной группы из ${min} и более публикаций`,
  responses: 'Сигналы ответа', answered: 'есть ответ', notAnswered: 'ответа нет', ownChannel: 'собственный канал',
  press: 'пресса', noMap: 'В проекте нет карты ответственности (agencies).',
};

type Strings = typeof RU;

const KK: Strings = {
  appTitle: 'тыңдау — қоғамдық пікір мониторингі', login: 'Кіру', logout: 'Шығу', name: 'Аты', password: 'Құпиясөз',
  loginFailed: 'Кіру мүмкін болмады', language: 'Тіл', period: 'Кезең', from: 'бастап', to: 'дейін', apply: 'Көрсету',
  overview: 'Шолу', issues: 'Мәселелер', outlets: 'Платформалар мен басылымдар', search: 'Іздеу', alerts: 'Ескертулер',
  digests: 'Дайджестер', health: 'Деректер жинау', admin: 'Пайдаланушылар',
  noAccess: 'Бұл бетке рұқсат жоқ', loading: 'Жүктелуде…', nothing: 'Кезеңде дерек жоқ',
  notEnough: (min: number) => `Көрсету үшін жарияланымдар жеткіліксіз (${kazakhAblative(min)} аз)`,
  originals: 'Жарияланымдар', reposts: 'Репосттар', repost: 'репост', articles: 'БАҚ мақалалары', socialPosts: 'Әлеуметтік желі жазбалары',
  firstSeen: 'Алғаш көрілген күнімен', previous: 'Алдыңғы кезең', change: 'Өзгеріс',
  setAside: 'Басқа жерлер туралы (есептелмеді)', aboutCity: 'қала туралы', aboutElsewhere: 'басқа жерлер туралы',
  perDay: 'Күн бойынша жарияланымдар', sentiment: 'Тональділік (95% СА)',
  perDayChart: 'Әр күнгі түпнұсқа жарияланымдар мен репосттар',
  sentimentChart: 'Тональділігі бойынша жарияланымдар үлесі, % (аралықтар кестеде)', sentimentName: 'Тональділік',
  subjectTrendChart: 'Әр аптада нысан аталған жарияланымдар', subjects: 'Мониторинг нысандары',
  sentimentCorrected: 'Үлестер жіктеуіштің өлшенген қателеріне түзетілген; аралық — 95% бутстреп, ол жарияланымдар іріктемесін де, түзетудің дәлсіздігін де ескереді.',
  sentimentClassified: 'Үлестер жіктеуіш атағандай, оның қателеріне түзетусіз берілген; аралық тек іріктемені ескереді.',
  classifiedAs: 'Жіктеуіш атаған жарияланымдар',
  hidden: (min: number) => `${kazakhAblative(min)} аз`,
  hiddenBesideSmall: 'жасырылды: әйтпесе жиынтықтан қасындағы аз сан есептеліп шығар еді',
  hiddenGroups: (groups: number, min: number) =>
    `${kazakhAblative(min)} аз жарияланымы бар ${groups} топ көрсетілмеді`,
  issuesEachUnder: (min: number) => `әрқайсысында ${kazakhAblative(min)} аз`,
  issue: 'Мәселе', district: 'Аудан', slice: 'Кімге қатысты', share: 'Үлес', trend: 'Апта бойынша динамика',
  subjectTrend: 'Апта бойынша аталуы', subjectTrendNote: 'Аптадағы нысан аталған жарияланымдар және оған жағымсыз үлес (жоғарыдағыдай түзетілген); шектен аз апталар көрсетілмейді.', subject: 'Нысан', negativeShort: 'жағымсыз', noData: 'дерек жоқ',
  excerpts: 'Типтік пікірлер', significant: 'маңызды', newInPeriod: 'жаңа', shareRose: 'маңызды: үлесі өсті', shareFell: 'маңызды: үлесі азайды',
  platform: 'Платформа', outlet: 'Басылым',
  newsOnly: 'Тек жаңалық сайттары: жарияланым көлемі, басылымдарға баға берілмейді.', query: 'Сұрау',
  found: 'Табылды', results: 'Нәтижелер', noResults: 'Ештеңе табылмады', more: 'Әрі қарай',
  perDayHidden: (min: number) => `Күн бойынша сандар көрсетілмеді: әр күнде ${kazakhAblative(min)} аз жарияланым`,
  districtHint: (word: string) => `«${word}» — аудан атауы: өріс бойынша іздеу ол туралы барлық жарияланымды табады (атауының кез келген түрі және шағын аудандары):`,
  perWeek: 'Апталар бойынша жарияланымдар',
  perDayHiddenByWeek: (min: number) => `Әр күнде ${kazakhAblative(min)} аз жарияланым, сондықтан апталар бойынша көрсетілді`,
  alertSpike: 'Күрт өсу', alertCampaign: 'Көшірме науқаны', alertPosts: 'Осы күнгі жарияланымдар іздеуде', observed: 'байқалды', expected: 'күтілді',
  distinct: 'әртүрлі мәтін', topTerms: 'Негізгі сөздер', wholeCity: 'бүкіл қала',
  noAlerts: 'Әзірге ескерту жоқ. Оларды tyndau serve күн сайын delivery.yaml файлының alerts бөлімінде берілген сағатта тексереді '
    + '(бұл бөлімсіз тексермейді); '
    + 'өткен күндерді tyndau alerts --project P көрсетеді',
  makeDigest: 'Кезеңге дайджест жасау', digestMade: 'Дайджест дайын', noDigests: 'Мұрағат бос', emailed: 'жіберілді',
  sources: 'Дереккөздер', runs: 'Іске қосу', posts: 'Жарияланым', skipped: 'Өткізілді', lastRun: 'Соңғы іске қосу',
  liveSources: 'Сайттар мен платформалардан жинау', sourceKind: 'Түрі', sourceCondition: 'Күйі',
  lastSuccess: 'Соңғы сәтті жинау', newPostsWeek: '7 күндегі жаңалары', lastError: 'Қатарынан қателер, соңғысы',
  never: 'әлі болмаған',
  conditions: { ok: 'қалыпты', failing: 'қате', late: 'кешігіп тұр', 'never-collected': 'әлі жиналмаған' } as Record<string, string>,
  newPosts: 'Жаңа жарияланым', postsRead: 'Оқылды (бұрын сақталғанымен)',
  gaps: 'Жинаудағы олқылықтар', noGaps: 'Олқылық табылмады', day: 'Күн', weekOf: 'Апта басы', usual: 'Әдетте', allPlatforms: 'барлық платформа',
  exportCsv: 'CSV экспорты', exportXlsx: 'XLSX экспорты', role: 'Рөл', addUser: 'Пайдаланушы қосу',
  roles: { viewer: 'бақылаушы', analyst: 'талдаушы', admin: 'әкімші' } as Record<string, string>,
  remove: 'Жою', saved: 'Сақталды',
  agencies: 'Әлсіз тұстар', agency: 'Орган', negative: 'Жағымсыз (95% СА)', score: 'Жағымсыз кемінде (95%)',
  attributed: (named: string, district: string, city: string) =>
    `Атауы бойынша: ${named}; аудандағы карта бойынша: ${district}; қала картасы бойынша: ${city}`,
  agencyNoDistrict: (min: number) => `Аудандар: ${min} және одан көп жарияланымы бар топ жоқ`,
  responses: 'Жауап белгілері', answered: 'жауап бар', notAnswered: 'жауап жоқ', ownChannel: 'өз арнасы',
  press: 'баспасөз', noMap: 'Жобада жауапкершілік картасы (agencies) жоқ.',
};

const EN: Strings = {
  appTitle: 'tyndau — public-opinion monitoring', login: 'Log in', logout: 'Log out', name: 'Name', password: 'Password',
  loginFailed: 'Could not log in', language: 'Language', period: 'Period', from: 'from', to: 'to', apply: 'Show',
  overview: 'Overview', issues: 'Issues', outlets: 'Platforms & outlets', search: 'Search', alerts: 'Alerts',
  digests: 'Digests', health: 'Collection health', admin: 'Users',
  noAccess: 'You have no access to this page', loading: 'Loading…', nothing: 'No data for the period',
  notEnough: (min: number) => `Not enough posts to show (fewer than ${min})`,
  originals: 'Posts', reposts: 'Reposts', repost: 'repost', articles: 'News articles', socialPosts: 'Social posts',
  firstSeen: 'Dated when first seen', previous: 'Previous period', change: 'Change',
  setAside: 'About other places (set aside)', aboutCity: 'about the city', aboutElsewhere: 'about other places',
  perDay: 'Posts per day', sentiment: 'Sentiment (95% CI)',
  perDayChart: 'Original posts and reposts each day',
  sentimentChart: 'Share of posts of each sentiment, % (intervals in the table)', sentimentName: 'Sentiment',
  subjectTrendChart: 'Posts mentioning each subject, week by week', subjects: 'Monitored subjects',
  sentimentCorrected: 'Shares are corrected for the classifier\'s measured errors; the interval is a 95% bootstrap interval covering both the sampling of posts and the uncertainty of the correction.',
  sentimentClassified: 'Shares are as classified, not corrected for classifier error; the interval covers sampling only.',
  classifiedAs: 'Posts as classified',
  hidden: (min: number) => `fewer than ${min}`,
  hiddenBesideSmall: 'hidden, so that a small count beside it cannot be worked out from the total',
  hiddenGroups: (groups: number, min: number) =>
    `Groups with fewer than ${min} posts not shown: ${groups}`,
  issuesEachUnder: (min: number) => `each fewer than ${min}`,
  issue: 'Issue', district: 'District', slice: 'Who it affects', share: 'Share', trend: 'Trend per week',
  subjectTrend: 'Mentions per week', subjectTrendNote: 'Posts mentioning the subject each week and the share negative toward it (corrected as above); weeks under the minimum are not shown.', subject: 'Subject', negativeShort: 'negative', noData: 'no data',
  excerpts: 'Representative excerpts', significant: 'significant', newInPeriod: 'new', shareRose: 'significant: share rose', shareFell: 'significant: share fell',
  platform: 'Platform', outlet: 'Outlet',
  newsOnly: 'News sites only: volume of articles, no rating of outlets.', query: 'Query',
  found: 'Found', results: 'Results', noResults: 'Nothing found', more: 'Next',
  perDayHidden: (min: number) => `Posts per day not shown: each day has fewer than ${min}`,
  districtHint: (word: string) => `"${word}" names a district: the field finds every post about it (any form of its names, and its microdistricts):`,
  perWeek: 'Posts per week',
  perDayHiddenByWeek: (min: number) => `Each day has fewer than ${min} posts, so they are shown by week`,
  alertSpike: 'Spike', alertCampaign: 'Copy-paste campaign', alertPosts: 'The day\'s posts in search', observed: 'observed', expected: 'expected',
  distinct: 'distinct texts', topTerms: 'Top terms', wholeCity: 'whole city',
  noAlerts: 'No alerts yet. tyndau serve judges each day at the hour set in the alerts section of delivery.yaml '
    + '(without that section it judges none); '
    + 'tyndau alerts --project P replays past days',
  makeDigest: 'Make the digest of the period', digestMade: 'Digest ready', noDigests: 'The archive is empty', emailed: 'e-mailed',
  sources: 'Sources', runs: 'Runs', posts: 'Posts', skipped: 'Skipped', lastRun: 'Last run',
  liveSources: 'Live collection', sourceKind: 'Kind', sourceCondition: 'Condition',
  lastSuccess: 'Last success', newPostsWeek: 'New in 7 days', lastError: 'Errors in a row, last',
  never: 'never',
  conditions: { ok: 'ok', failing: 'failing', late: 'late', 'never-collected': 'never collected' } as Record<string, string>,
  newPosts: 'New posts', postsRead: 'Read (stored ones included)',
  gaps: 'Collection gaps', noGaps: 'No gaps found', day: 'Day', weekOf: 'Week of', usual: 'Usually', allPlatforms: 'all platforms',
  exportCsv: 'Export CSV', exportXlsx: 'Export XLSX', role: 'Role', addUser: 'Add user',
  roles: { viewer: 'viewer', analyst: 'analyst', admin: 'admin' } as Record<string, string>,
  remove: 'Remove', saved: 'Saved',
  agencies: 'Weak points', agency: 'Agency', negative: 'Negative (95% CI)', score: 'Negative posts, at least (95%)',
  attributed: (named: string, district: string, city: string) =>
    `By name: ${named}; through the map in a district: ${district}; through the map city-wide: ${city}`,
  agencyNoDistrict: (min: number) => `Districts: no group of ${min} or more posts`,
  responses: 'Response signals', answered: 'answered', notAnswered: 'no answer', ownChannel: 'own channel',
  press: 'press', noMap: 'The project has no responsibility map (agencies).',
};

export type { Strings };

export const STRINGS: Readonly<Record<Language, Strings>> = { ru: RU, kk: KK, en: EN };

/**
 * The locale Kazakh numbers are written in. Chromium's own ICU data accepts "kk-KZ" but formats
 * it with the root locale ("46.7%", "12,345.5"); Kazakhstan writes numbers as Russian does
 * ("46,7", a space between thousands), so such a browser is given Russian-in-Kazakhstan's.
 */
function kazakhNumberLocale(): string {
  return new Intl.NumberFormat('kk-KZ').format(1.5) === '1,5' ? 'kk-KZ' : 'ru-KZ';
}

export const LOCALES: Readonly<Record<Language, string>> = { ru: 'ru-RU', kk: kazakhNumberLocale(), en: 'en-GB' };
