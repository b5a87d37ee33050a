/**
 * The search endpoint refuses a broken call in the language the page asked for (`lang`), as it
 * does a broken query, and carries `said` for the dashboard. A period or page the page's link
 * carried was refused in English alone under a Russian or Kazakh search box.
 */
import { describe, expect, it } from 'vitest';

import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { answerAsViewer } from './api-as-viewer.js';

const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
store.savePosts([makeItem({ nativeId: 'b1', text: 'автобус опять опоздал', publishedAt: '2024-11-12T06:00:00Z' })]);

interface Refusal {
  readonly error: string;
  readonly said?: Readonly<Record<'ru' | 'kk' | 'en', string>>;
}

const search = (query: string) => answerAsViewer<Refusal>(store, `/api/search?${query}`);
const bus = encodeURIComponent('автобус');

describe('search refusals', () => {
  it('says a day that is no day in Russian when asked with lang=ru', async () => {
    const answer = await search(`q=${bus}&from=2025-13-01&lang=ru`);

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('период: начало «2025-13-01» — не дата; пишите ГГГГ-ММ-ДД, например 2024-11-12');
    expect(answer.body.said?.en).toBe('search: from "2025-13-01" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12');
  });

  it('says a reversed period in Kazakh when asked with lang=kk', async () => {
    const answer = await search(`q=${bus}&from=2025-12-01&to=2025-01-01&lang=kk`);

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('кезең: басы 2025-12-01 соңынан (2025-01-01) кейін тұр; орындарын ауыстырыңыз');
  });

  it('says a page out of range in the language asked, and in English by default', async () => {
    const russian = await search(`q=${bus}&page=0&lang=ru`);
    const english = await search(`q=${bus}&page=-1`);

    expect(russian.status).toBe(400);
    expect(russian.body.error).toBe('поиск: страница «0» должна быть целым числом от 1 до 100000');
    expect(english.body.error).toBe('page "-1" must be a whole number from 1 to 100000');
    expect(english.body.said?.kk).toBe('іздеу: «-1» беті 1-ден 100000-ге дейінгі бүтін сан болуы керек');
  });

  it('says an empty query in the language asked', async () => {
    const answer = await search('q=%20&lang=ru');

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('поиск: введите слова для поиска в q');
  });

  it('refuses a NUL in the query at its column, in the language asked', async () => {
    const answer = await search(`q=${bus}%00&lang=kk`);

    expect(answer.status).toBe(400);
    expect(answer.body.error.split('\n')[0]).toBe(
      'сұрау: 8-позиция: U+0000 — басқару таңбасы, ол сұраудың бөлігі бола алмайды; оны өшіріңіз ' +
      '(сөздерді табуляциямен не жол ауысуымен бөлуге болады)');
  });

  it('still refuses an unknown lang in English, before anything else', async () => {
    const answer = await search('q=&lang=de');

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('lang "de" must be one of en, ru, kk');
  });
});
