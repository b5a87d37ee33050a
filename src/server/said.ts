/**
 * A mistake the dashboard's user can make, said in Russian, Kazakh and English. The API's `error`
 * stays English for scripts and logs; the dashboard shows `said` in its page's language, where a
 * Russian or Kazakh user read 'Не удалось войти: wrong name or password'.
 */
import type { ReportLanguage } from '../project/project.js';
import {
  FIRST_PERIOD_YEAR as FIRST, LAST_PERIOD_YEAR as LAST, PeriodError, type PeriodProblem,
} from '../store/day-range.js';
import { SearchTimeLimitError } from '../query/search-time-limit-error.js';
import { AccountError, type AccountProblem } from './state/accounts.js';

export type Said = Readonly<Record<ReportLanguage, string>>;

export type ServerProblem =
  | { readonly code: 'wrong-login' | 'login-locked' | 'no-posts' | 'server-failed' | 'no-query' | 'export-busy' | 'digest-busy' }
  | { readonly code: 'search-page'; readonly page: string; readonly maxPage: number }
  | { readonly code: 'after-last-day'; readonly from: string; readonly lastDay: string }
  | { readonly code: 'export-too-long'; readonly from: string; readonly to: string; readonly days: number; readonly maxDays: number }
  | { readonly code: 'log-in-first' }
  | { readonly code: 'needs-role'; readonly role: string; readonly userRole: string }
  | { readonly code: 'unknown-parameter'; readonly name: string; readonly suggestion?: string; readonly path: string; readonly known: string }
  | { readonly code: 'no-parameters'; readonly name: string; readonly path: string }
  | { readonly code: 'repeated-parameter'; readonly name: string; readonly times: number }
  | { readonly code: 'search-time-limit'; readonly limitMs: number }
  | PeriodProblem
  | AccountProblem;

type Sentences = { readonly [Code in ServerProblem['code']]: (problem: Extract<ServerProblem, { code: Code }>) => string };

const END = {
  ru: { from: 'начало', to: 'конец' },
  kk: { from: 'басы', to: 'соңы' },
  en: { from: 'from', to: 'to' },
} as const;

/** "раза" after 2, 3, 4, 22…; "раз" after 5–20, 25… */
function russianTimes(count: number): string {
  const last = count % 10;
  const tens = count % 100;
  return last >= 2 && last <= 4 && (tens < 12 || tens > 14) ? 'раза' : 'раз';
}

const SENTENCES: Readonly<Record<ReportLanguage, Sentences>> = {
  ru: {
    'repeated-parameter': ({ name, times }) => `параметр ${name} дан ${times} ${russianTimes(times)}; дайте его один раз`,
    'log-in-first': () => 'сначала войдите',
    'needs-role': ({ role, userRole }) => `это доступно роли ${role}; ваша роль — ${userRole}`,
    'unknown-parameter': ({ name, suggestion, path, known }) =>
      `неизвестный параметр запроса «${name}»${suggestion ? `; может быть, «${suggestion}»?` : ''} (${path} принимает ${known})`,
    'no-parameters': ({ name, path }) => `${path} не принимает параметров запроса, а дан «${name}»`,
    'search-time-limit': ({ limitMs }) =>
      `поиск: остановлен через ${limitMs / 1000} с, предел времени; сузьте запрос: больше слов или диапазон date:`,
    'wrong-login': () => 'неверное имя или пароль',
    'login-locked': () => 'слишком много неудачных попыток входа под этим именем; подождите 15 минут',
    'no-posts': () => 'в хранилище пока нет публикаций',
    'no-query': () => 'поиск: введите слова для поиска в q',
    'digest-busy': () => 'дайджест: сервер сейчас делает другой дайджест; повторите, когда он будет готов (до минуты)',
    'export-busy': () => 'выгрузка: сервер сейчас делает другую выгрузку; повторите, когда она закончится (несколько секунд)',
    'search-page': ({ page, maxPage }) => `поиск: страница «${page}» должна быть целым числом от 1 до ${maxPage}`,
    'export-too-long': ({ from, to, maxDays }) =>
      `выгрузка: период ${from} … ${to} длиннее ${maxDays} дней (десяти лет), которые дашборд выгружает за раз; ` +
      'выгрузите его частями или командой tyndau export',
    'server-failed': () => 'сервер не смог выполнить запрос; причина записана в его журнале',
    'after-last-day': ({ from, lastDay }) =>
      `период: начало ${from} позже последнего дня с датированными публикациями (${lastDay}); ` +
      'укажите более раннее начало или и конец тоже',
    'not-a-day': ({ end, day }) => `период: ${END.ru[end]} «${day}» — не дата; пишите ГГГГ-ММ-ДД, например 2024-11-12`,
    'outside-years': ({ end, day }) => `период: ${END.ru[end]} ${day} вне ${FIRST}–${LAST} годов, которые может иметь публикация`,
    reversed: ({ from, to }) => `период: начало ${from} позже конца ${to}; поменяйте их местами`,
    'too-long': ({ from, to, maxDays }) =>
      `дайджест: период ${from} … ${to} длиннее года (${maxDays} дн.); сделайте дайджест на каждый год ` +
      'или выгрузите агрегаты за весь период',
    'account-name': ({ name }) => `пользователь «${name}»: имя — от 2 до 64 букв, цифр или знаков . _ @ -`,
    'account-exists': ({ name }) => `пользователь «${name}» уже есть`,
    'account-look-alike': ({ name, twin }) =>
      `имя «${name}» выглядело бы как имя «${twin}» (те же буквы в другом регистре или алфавите); ` +
      'выберите имя, которое читается иначе',
    'short-password': ({ name }) => `пользователь «${name}»: пароль должен быть не короче 10 символов`,
  },
  kk: {
    'repeated-parameter': ({ name, times }) => `${name} параметрі ${times} рет берілген; оны бір рет беріңіз`,
    'log-in-first': () => 'алдымен жүйеге кіріңіз',
    'needs-role': ({ role, userRole }) => `бұл ${role} рөліне ғана қолжетімді; сіздің рөліңіз — ${userRole}`,
    'unknown-parameter': ({ name, suggestion, path, known }) =>
      `«${name}» сұрау параметрі белгісіз${suggestion ? `; «${suggestion}» болуы мүмкін бе?` : ''} (${path} қабылдайтындары: ${known})`,
    'no-parameters': ({ name, path }) => `${path} сұрау параметрлерін қабылдамайды, ал «${name}» берілген`,
    'search-time-limit': ({ limitMs }) =>
      `іздеу: ${limitMs / 1000} с уақыт шегінде тоқтатылды; сұрауды тарылтыңыз: көбірек сөз немесе date: аралығы`,
    'wrong-login': () => 'аты немесе құпиясөзі қате',
    'login-locked': () => 'бұл атпен тым көп сәтсіз кіру әрекеті болды; 15 минут күтіңіз',
    'no-posts': () => 'қоймада әзірге жарияланымдар жоқ',
    'no-query': () => 'іздеу: q ішіне іздейтін сөздерді жазыңыз',
    'digest-busy': () => 'дайджест: сервер қазір басқа дайджест жасап жатыр; ол дайын болғанда қайталаңыз (бір минутқа дейін)',
    'export-busy': () => 'жүктеу: сервер қазір басқа жүктеуді жасап жатыр; ол біткенде қайталаңыз (бірнеше секунд)',
    'search-page': ({ page, maxPage }) => `іздеу: «${page}» беті 1-ден ${maxPage}-ге дейінгі бүтін сан болуы керек`,
    'export-too-long': ({ from, to, maxDays }) =>
      `жүктеу: ${from} … ${to} кезеңі дашборд бір рет жүктейтін ${maxDays} күннен (он жылдан) ұзақ; ` +
      'оны бөліктермен немесе tyndau export командасымен жүктеңіз',
    'server-failed': () => 'сервер сұрауды орындай алмады; себебі оның журналына жазылды',
    'after-last-day': ({ from, lastDay }) =>
      `кезең: басы ${from} күні көрсетілген жарияланымдардың соңғы күнінен (${lastDay}) кейін; ` +
      'ертерек басын көрсетіңіз немесе соңын да беріңіз',
    'not-a-day': ({ end, day }) => `кезең: ${END.kk[end]} «${day}» күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2024-11-12`,
    'outside-years': ({ end, day }) => `кезең: ${END.kk[end]} ${day} жарияланымда болуы мүмкін ${FIRST}–${LAST} жылдарынан тыс`,
    reversed: ({ from, to }) => `кезең: басы ${from} соңынан (${to}) кейін тұр; орындарын ауыстырыңыз`,
    'too-long': ({ from, to, maxDays }) =>
      `дайджест: ${from} … ${to} кезеңі бір жылдан (${maxDays} күн) ұзақ; әр жылға бөлек дайджест жасаңыз ` +
      'немесе бүкіл кезеңнің агрегаттарын жүктеп алыңыз',
    'account-name': ({ name }) => `«${name}» пайдаланушысы: аты 2–64 әріптен, цифрдан немесе . _ @ - таңбаларынан тұрады`,
    'account-exists': ({ name }) => `«${name}» пайдаланушысы бұрыннан бар`,
    'account-look-alike': ({ name, twin }) =>
      `«${name}» аты «${twin}» атына ұқсап кетер еді (сол әріптер басқа регистрде не әліпбиде); ` +
      'басқаша оқылатын ат таңдаңыз',
    'short-password': ({ name }) => `«${name}» пайдаланушысы: құпиясөз кемінде 10 таңбадан тұруы керек`,
  },
  en: {
    'repeated-parameter': ({ name, times }) => `${name} is given ${times} times; give it once`,
    'log-in-first': () => 'log in first',
    'needs-role': ({ role, userRole }) => `this needs the ${role} role; you are ${userRole}`,
    'unknown-parameter': ({ name, suggestion, path, known }) =>
      `unknown query parameter "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (${path} takes ${known})`,
    'no-parameters': ({ name, path }) => `${path} takes no query parameters, not "${name}"`,
    'search-time-limit': ({ limitMs }) =>
      `search: stopped after ${limitMs} ms, the time limit; narrow the query with more words or a date: range`,
    'wrong-login': () => 'wrong name or password',
    'login-locked': () => 'too many failed logins for this name; wait 15 minutes',
    'no-posts': () => 'the store holds no posts yet',
    'no-query': () => 'give the words to search for in q',
    'digest-busy': () => 'digest: the server is making another digest now; ask again when it is done (up to a minute)',
    'export-busy': () => 'export: the server is making another export now; ask again when it is done (a few seconds)',
    'search-page': ({ page, maxPage }) => `page "${page}" must be a whole number from 1 to ${maxPage}`,
    'export-too-long': ({ from, to, days, maxDays }) =>
      `export: ${from} … ${to} is ${days.toLocaleString('en')} days; the dashboard exports at most ${maxDays} ` +
      '(ten years) at a time: export it in parts, or with tyndau export',
    'server-failed': () => 'the server failed on this request; its log has the reason',
    'after-last-day': ({ from, lastDay }) =>
      `period: from ${from} is after the last day with dated posts, ${lastDay}; give an earlier from, or a to as well`,
    'not-a-day': ({ end, day }) => `period: ${end} "${day}" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12`,
    'outside-years': ({ end, day }) => `period: ${end} ${day} is outside the years ${FIRST}–${LAST} that posts can carry`,
    reversed: ({ from, to }) => `period: from ${from} is after to ${to}; swap them`,
    'too-long': ({ from, to, days, maxDays }) =>
      `digest: ${from} … ${to} is ${days.toLocaleString('en')} days; a digest covers at most ${maxDays} (a year): ` +
      'make one a year, or export the aggregates for the whole period',
    'account-name': ({ name }) => `user "${name}": a name is 2 to 64 letters, digits or . _ @ -`,
    'account-exists': ({ name }) => `user "${name}" exists already`,
    'account-look-alike': ({ name, twin }) =>
      `user "${name}" would look like the account "${twin}" (same letters in another case or alphabet); ` +
      'choose a name that reads differently',
    'short-password': ({ name }) => `user "${name}": a password needs at least 10 characters`,
  },
};

/** `problem` in each dashboard language. */
export function said(problem: ServerProblem): Said {
  const say = (language: ReportLanguage) =>
    (SENTENCES[language][problem.code] as (problem: ServerProblem) => string)(problem);
  return { ru: say('ru'), kk: say('kk'), en: say('en') };
}

/**
 * What a period's or an account's error says in each language, in English as the error itself
 * (which names what was asked for: 'digest: from …'); undefined for any other error.
 */
export function saidOf(error: unknown): Said | undefined {
  if (error instanceof PeriodError || error instanceof AccountError) return { ...said(error.problem), en: error.message };
  if (error instanceof SearchTimeLimitError) return said({ code: 'search-time-limit', limitMs: error.limitMs });
  return undefined;
}
