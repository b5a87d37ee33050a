/**
 * The refusals the API gives before an endpoint reads its inputs (no log-in, a role too low, a
 * query parameter it does not take) and a search stopped at its time limit carry `said` in
 * Russian, Kazakh and English, as the other refusals do, and are written in `lang` where the
 * endpoint takes one. They were English alone under a Russian or Kazakh page.
 */
import { describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { SearchTimeLimitError } from '../../src/query/search-time-limit-error.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { createApp } from '../../src/server/app.js';
import { saidOf } from '../../src/server/said.js';
import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';
import { answerAsViewer } from './api-as-viewer.js';

interface Refusal {
  readonly error: string;
  readonly said?: Readonly<Record<'ru' | 'kk' | 'en', string>>;
}

const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
const asViewer = (path: string) => answerAsViewer<Refusal>(store, path);

function appWithoutSession(): ReturnType<typeof createApp> {
  const state = openStateDatabase(':memory:');
  return createApp({
    project: makeProject('en'), store, accounts: new Accounts(state), alerts: new AlertHistory(state),
    digests: new DigestArchive(state), makeDigest: () => Promise.reject(new Error('no digests here')),
    webRoot: '/nonexistent', secureCookies: false,
  });
}

describe('refusals before an endpoint reads its inputs', () => {
  it('asks for a log-in in each language, in lang where the endpoint takes one', async () => {
    const app = appWithoutSession();
    const overview = await app.request('/api/overview');
    const search = await app.request('/api/search?q=x&lang=kk');

    expect(overview.status).toBe(401);
    expect(await overview.json()).toEqual({
      error: 'log in first',
      said: { ru: 'сначала войдите', kk: 'алдымен жүйеге кіріңіз', en: 'log in first' },
    });
    expect(((await search.json()) as Refusal).error).toBe('алдымен жүйеге кіріңіз');
  });

  it('names the role needed and the user\'s own in each language', async () => {
    const answer = await asViewer('/api/users');

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      error: 'this needs the admin role; you are viewer',
      said: {
        ru: 'это доступно роли admin; ваша роль — viewer',
        kk: 'бұл admin рөліне ғана қолжетімді; сіздің рөліңіз — viewer',
        en: 'this needs the admin role; you are viewer',
      },
    });
  });

  it('names a parameter the endpoint does not take, with the one meant, in each language', async () => {
    const overview = await asViewer('/api/overview?form=2024-11-01');
    const search = await asViewer('/api/search?q=x&pgae=2&lang=ru');
    const alerts = await asViewer('/api/alerts?limit=5');

    expect(overview.status).toBe(400);
    expect(overview.body.said).toEqual({
      ru: 'неизвестный параметр запроса «form»; может быть, «from»? (/api/overview принимает from, to)',
      kk: '«form» сұрау параметрі белгісіз; «from» болуы мүмкін бе? (/api/overview қабылдайтындары: from, to)',
      en: 'unknown query parameter "form"; did you mean "from"? (/api/overview takes from, to)',
    });
    expect(overview.body.error).toBe(overview.body.said?.en);
    expect(search.body.error).toBe(
      'неизвестный параметр запроса «pgae»; может быть, «page»? (/api/search принимает q, from, to, page, lang)',
    );
    expect(alerts.body.said?.ru).toBe('/api/alerts не принимает параметров запроса, а дан «limit»');
  });
});

describe('a query parameter given twice', () => {
  it('is refused in each language, in lang where the endpoint takes one', async () => {
    const overview = await asViewer('/api/overview?from=2024-11-12&from=2024-11-01&to=2024-11-12');
    const search = await asViewer('/api/search?q=x&q=y&lang=kk');

    expect(overview.status).toBe(400);
    expect(overview.body).toEqual({
      error: 'from is given 2 times; give it once',
      said: {
        ru: 'параметр from дан 2 раза; дайте его один раз',
        kk: 'from параметрі 2 рет берілген; оны бір рет беріңіз',
        en: 'from is given 2 times; give it once',
      },
    });
    expect(search.body.error).toBe('q параметрі 2 рет берілген; оны бір рет беріңіз');
    const five = await asViewer('/api/overview?to=2024-11-12&to=2024-11-12&to=2024-11-12&to=2024-11-12&to=2024-11-12');
    expect(five.body.said?.ru).toBe('параметр to дан 5 раз; дайте его один раз');
  });
});

describe('a search stopped at its time limit', () => {
  it('is said in each language, the English one as the store words it', () => {
    expect(saidOf(new SearchTimeLimitError(10_000))).toEqual({
      ru: 'поиск: остановлен через 10 с, предел времени; сузьте запрос: больше слов или диапазон date:',
      kk: 'іздеу: 10 с уақыт шегінде тоқтатылды; сұрауды тарылтыңыз: көбірек сөз немесе date: аралығы',
      en: 'search: stopped after 10000 ms, the time limit; narrow the query with more words or a date: range',
    });
  });
});
