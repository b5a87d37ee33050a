import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importFile } from '../../src/collect/index.js';
import { fixture, importFixture } from './fixture.js';

// Row numbers as ids are tied to the row's text and date (test/collect/scoped-ids.test.ts).
const EXCEL_ROWS = [
  [expect.stringMatching(/^1@content:[0-9a-f]{32}$/), 'vk', 'Опять нет света в Алатауском районе; когда починят?', '2024-11-12T04:30:00.000Z', 2],
  [expect.stringMatching(/^2@content:[0-9a-f]{32}$/), 'telegram', 'Маршрут "92" отменили без предупреждения', '2024-11-13T03:15:00.000Z', 3],
  [expect.stringMatching(/^3@content:[0-9a-f]{32}$/), 'other', 'Многострочный\nотзыв о ёлке', '2024-11-13T19:00:00.000Z', 4],
];

describe('CSV import', () => {
  for (const name of [
    'csv-excel-semicolon-utf8-bom.csv',
    'csv-excel-semicolon-bom-windows-1251.csv',
    'csv-excel-semicolon-windows-1251-no-bom.csv',
  ]) {
    it(`reads Excel's semicolon CSV: ${name}`, async () => {
      const batch = await importFixture(name);
      expect(batch.format).toBe('csv');
      const rows = batch.posts.map((post) => [
        post.nativeId,
        post.platform,
        post.text,
        post.publishedAt?.toISOString(),
        post.location.line,
      ]);
      expect(rows).toEqual(EXCEL_ROWS);
      // Line 6 is Excel's row of delimiters alone (';;;;;;'): no record, so nothing skipped.
      expect(batch.skipped).toEqual([]);
    });
  }

  it("passes over Excel's rows of delimiters alone, and skips a row with cells but no text", async () => {
    const name = 'csv-excel-rows-of-delimiters-only-windows-1251.csv';
    const batch = await importFixture(name);

    expect(batch.posts.map((post) => [post.platform, post.text, post.location.line])).toEqual([
      ['telegram', 'Нет горячей воды;\nуже третий день в Алмалинском районе', 2],
      ['vk', 'Говорят "акимат молчит"', 5],
      ['facebook', 'Автобус 92 не пришёл', 7],
    ]);
    expect(batch.skipped).toEqual([{
      location: { file: fixture(name), line: 8 },
      reason: 'record has no text (looked for text, body, content, message and the like)',
    }]);
  });

  it('says how the charset of a windows-1251 CSV was found', async () => {
    const withoutBom = await importFixture('csv-excel-semicolon-windows-1251-no-bom.csv');
    const behindBom = await importFixture('csv-excel-semicolon-bom-windows-1251.csv');
    expect(withoutBom.notes?.[0]?.note).toBe(
      'charset: none declared and not UTF-8; read as windows-1251',
    );
    expect(behindBom.notes?.[0]?.note).toMatch(
      /^charset: a UTF-8 byte-order mark over bytes that are not UTF-8/,
    );
  });

  // A file of one column has no field that could name a person, so it carries no canary and
  // lives apart from the fixtures the identity test reads.
  it('reads a file of one text column, with commas and semicolons in unquoted text', async () => {
    const batch = await importFixture('no-identity-fields/csv-one-text-column.csv');
    expect(batch.posts.map((post) => [post.text, post.location.line])).toEqual([
      ['Автобус 92 опять не пришёл, ждали сорок минут; холодно', 2],
      ['Яма на Абая, "как всегда", никто не чинит', 3],
      ['Светофор на Сатпаева\nне работает третий день', 5],
    ]);
    expect(batch.skipped).toEqual([]);
  });

  it('says that a file holds a header and no rows, rather than only "0 read"', async () => {
    const batch = await importFixture('no-identity-fields/csv-header-only.csv');

    expect(batch.posts).toEqual([]);
    expect(batch.notes?.map((note) => note.note)).toEqual(['the file has a header and no rows']);
  });

  it('skips a row with an unclosed quote and one with extra cells, reads the rows after', async () => {
    const batch = await importFixture('csv-broken-quote.csv');
    expect(batch.posts.map((post) => [post.nativeId, post.text, post.location.line])).toEqual([
      ['a1', 'Первая строка, с запятой', 2],
      ['a2', '"Кривые "кавычки" внутри"', 3],
      ['a5', 'После сломанной строки', 6],
      ['a6', 'Последняя', 7],
    ]);
    expect(batch.skipped).toEqual([
      {
        location: { file: fixture('csv-broken-quote.csv'), line: 4 },
        reason: 'row has 5 cells but the header has 4; a delimiter inside an unquoted value?',
      },
      {
        location: { file: fixture('csv-broken-quote.csv'), line: 5 },
        reason: 'a quote opened on this line is never closed; the row was skipped',
      },
    ]);
  });
});

describe('columns tyndau does not read', () => {
  // A `source` column meant as the platform made every post "other" without a word.
  it('are named in a note on the header line, values never printed', async () => {
    const batch = await importFixture('csv-unread-columns.csv');
    expect(batch.posts.map((post) => post.platform)).toEqual(['other', 'other']);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'columns not read: "source", "author", "район"; the names tyndau reads are listed in the README (author-like columns are never read)'],
    ]);
  });
});

describe('a uid column', () => {
  // Read as the post's id, it gave every post of one author one id: 4 read, 2 new, 2 "already stored".
  it('is an author column, not read: each post keeps an id of its own', async () => {
    const batch = await importFixture('csv-uid-column-is-a-user-id.csv');
    expect(new Set(batch.posts.map((post) => post.nativeId)).size).toBe(4);
    expect(batch.posts.every((post) => post.nativeId.startsWith('content:'))).toBe(true);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "uid"; the names tyndau reads are listed in the README (author-like columns are never read)',
    ]);
  });
});

describe('a field under two columns', () => {
  it('is read from the first; the second is named as a second column of that field', async () => {
    const batch = await importFixture('csv-duplicated-text-and-date-columns.csv');
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Первый текст', '2025-11-19T19:00:00.000Z'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "текст" (a second text column; the first is read), "date" (a second date column; ' +
        'the first is read), "author"; the names tyndau reads are listed in the README (author-like columns are never read)',
    ]);
  });
});

describe('a CSV with two text columns', () => {
  // The second row was skipped for having no text, its words in the column beside.
  it('reads a row whose first text column is blank from the second, saying so', async () => {
    const batch = await importFixture('csv-second-text-column-filled-where-first-is-blank.csv');
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([
      [2, 'Первый текст'],
      [3, 'Текст только во втором столбце'],
    ]);
    expect(batch.notes?.filter((note) => note.location.line === 3).map((note) => note.note)).toEqual([
      'the text column "Text" is blank in this row; its text is read from the next text column, "текст"',
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [4, 'record has no text (looked for text, body, content, message and the like)'],
    ]);
  });
});

describe('a CSV whose first row is one very long line', () => {
  // Generated rather than kept: the case needs megabytes. With the parser left to discover line
  // ends itself, an 8 MB first row took 6 times as long as the same text in short rows.
  it('is read about as fast as the same text in short rows', async () => {
    const work = mkdtempSync(join(tmpdir(), 'tyndau-long-row-'));
    const words = 'снег '.repeat(1_600_000);
    const oneRow = join(work, 'one-row.csv');
    const shortRows = join(work, 'short-rows.csv');
    writeFileSync(oneRow, `text\n${words}\nпосле\n`);
    writeFileSync(shortRows, `text\n${words.replace(/(снег ){200}/g, '$&\n')}после\n`);

    const milliseconds = async (path: string) => {
      const started = performance.now();
      await importFile(path, { timezone: 'Asia/Almaty' });
      return performance.now() - started;
    };
    const ratio = (await milliseconds(oneRow)) / (await milliseconds(shortRows));
    rmSync(work, { recursive: true, force: true });
    expect(ratio).toBeLessThan(2);
  }, 30_000);
});

describe('ids a script wrote for a missing value', () => {
  // Read as ids, the two "undefined" rows were one post: the second was counted as already stored.
  it('are no id: each post gets one from its text and date, and no reply points at "null"', async () => {
    const batch = await importFixture('csv-ids-written-as-undefined-or-nan.csv');
    expect(batch.posts).toHaveLength(6);
    expect(new Set(batch.posts.map((post) => post.nativeId)).size).toBe(6);
    expect(batch.posts.every((post) => post.nativeId.startsWith('content:'))).toBe(true);
    expect(batch.posts.map((post) => post.parentNativeId)).toEqual(Array(6).fill(undefined));
  });
});

describe('CSV lines before the header', () => {
  it('passes over a report title block and reads the rows under the header, with their lines', async () => {
    const batch = await importFixture('csv-report-title-rows-before-header.csv');
    expect(batch.posts.map((post) => [post.location.line, post.platform, post.text])).toEqual([
      [5, 'telegram', 'Нет горячей воды в доме на Абая'],
      [6, 'vk', 'Автобус 92 опять не пришёл; жду час'],
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note.slice(0, 40)])).toEqual([
      [undefined, 'charset: none declared and not UTF-8; re'],
      [4, 'columns not read: "Автор"; the names tyn'],
      [1, 'the 3 lines before the header are a titl'],
    ]);
  });

  it('passes over a listening tool\'s label and value lines, a value holding the delimiter', async () => {
    const batch = await importFixture('csv-listening-export-label-rows-before-header.csv');
    expect(batch.posts.map((post) => [post.location.line, post.platform, post.kind, post.text, post.publishedAt?.toISOString()])).toEqual([
      [7, 'vk', 'social', 'Опять нет воды в Алмалинском районе', '2024-11-12T05:00:21.000Z'],
      [8, 'news', 'article', 'Ремонт теплосетей начнётся в понедельник', '2024-11-12T06:00:21.000Z'],
    ]);
    expect(batch.notes?.at(-1)?.note).toBe(
      "the 5 lines before the header are a title, a report's labels and values, blank lines or Excel's sep= line, not posts; not read",
    );
  });

  it('takes the delimiter from Excel\'s sep= line', async () => {
    const batch = await importFixture('csv-excel-sep-line.csv');
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([[3, 'Ямы на дороге; опять']]);
    expect(batch.notes?.at(-1)?.note).toBe("the line before the header is a title, a report's labels and values or Excel's sep= line, not a post; not read");
  });

  it('passes over blank lines before the header without a note', async () => {
    const batch = await importFixture('csv-blank-lines-before-header.csv');
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([[6, 'Мусор не вывозят неделю']]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "author"; the names tyndau reads are listed in the README (author-like columns are never read)',
    ]);
  });
});

describe('CSV import: dates as listening tools and spreadsheets write them', () => {
  function dated(batch: { posts: { text: string; publishedAt?: Date }[] }): [string, string | undefined][] {
    return batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()]);
  }

  it('joins a separate time column to the date (YouScan writes Дата and Время apart)', async () => {
    const batch = await importFixture('csv-date-and-time-columns-youscan.csv');
    expect(dated(batch)).toEqual([
      ['Почему автобус 92\nне ходит?', '2024-03-10T09:30:00.000Z'],
      ['Дороги не чистят', '2024-03-11T04:05:00.000Z'],
    ]);
  });

  it('joins an ISO date column to a time column written with AM/PM or a one-digit hour', async () => {
    const batch = await importFixture('csv-iso-date-and-12-hour-time-columns.csv');
    expect(dated(batch)).toEqual([
      ['Bus 92 skipped our stop again', '2024-03-10T09:30:00.000Z'],
      ['Нет света на Жандосова', '2024-03-11T04:05:00.000Z'],
    ]);
  });

  it('joins an Excel serial date column to a time column', async () => {
    const batch = await importFixture('csv-excel-serial-date-and-time-columns.csv');
    expect(dated(batch)).toEqual([['Серийная дата и время отдельно', '2024-03-10T09:30:00.000Z']]);
  });

  it('reads a column of month-first dates by the one whose day is over 12, and says so', async () => {
    const batch = await importFixture('csv-us-month-first-dates.csv');
    expect(dated(batch)).toEqual([
      ['Bus 92 did not come again', '2024-03-10T09:30:00.000Z'],
      ['Fares went up without notice', '2024-03-13T04:00:00.000Z'],
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toContainEqual(
      [3, 'dates with slashes are read month first, as "3/13/2024" on line 3 is written'],
    );
  });

  it('reads a column of day-first dates with slashes day first', async () => {
    const batch = await importFixture('csv-slashed-dates-day-first.csv');
    expect(dated(batch)).toEqual([
      ['Свет отключили в Медеуском районе', '2024-10-03T09:30:00.000Z'],
      ['Яма на Абая', '2024-03-12T19:00:00.000Z'],
    ]);
  });

  it('reads Excel serial dates in the project zone, before and after Almaty moved to UTC+5', async () => {
    const batch = await importFixture('csv-excel-serial-dates.csv');
    expect(dated(batch)).toEqual([
      ['Excel serial date with a time of day', '2024-03-10T09:30:00.000Z'],
      ['Excel serial date alone', '2024-03-09T19:00:00.000Z'],
      ['Before Almaty moved to UTC+5', '2024-02-29T12:00:00.000Z'],
    ]);
    expect((batch.notes ?? []).filter((note) => note.note.includes('date'))).toEqual([]);
  });

  it('reads Excel serial dates with a decimal comma, as Excel saves them in Russian and Kazakh', async () => {
    const batch = await importFixture('csv-excel-serial-dates-decimal-comma-windows-1251.csv');
    expect(dated(batch)).toEqual([
      ['Серийная дата с запятой и временем', '2024-03-10T09:30:00.000Z'],
      ['Серийная дата без дробной части', '2024-03-09T19:00:00.000Z'],
      ['До перехода Алматы на UTC+5', '2024-02-29T12:00:00.000Z'],
    ]);
    expect((batch.notes ?? []).filter((note) => note.note.includes('date'))).toEqual([]);
  });
});

describe('CSV import: column names as listening tools write them', () => {
  it('reads Текст сообщения, Дата and Время публикации and the platform from Источник', async () => {
    const batch = await importFixture('csv-listening-tool-column-names-windows-1251.csv');
    expect(batch.posts.map((post) => [post.platform, post.text, post.publishedAt?.toISOString(), post.location.line])).toEqual([
      ['vk', 'Автобус 92; опять\nне пришёл', '2024-03-10T09:30:00.000Z', 5],
      ['telegram', 'Дороги не чистят', '2024-03-11T04:05:00.000Z', 7],
      ['other', 'Акимат ответил на жалобы', '2024-03-11T05:00:00.000Z', 8],
    ]);
    expect(batch.notes?.map((note) => note.note)).toContainEqual(
      'columns not read: "Автор"; the names tyndau reads are listed in the README (author-like columns are never read)',
    );
  });
});

describe('CSV import: a text column named in Russian or Kazakh words for a message or comment', () => {
  it('reads Сообщение as the text of a messenger export', async () => {
    const batch = await importFixture('csv-messenger-export-message-column.csv');

    // Was refused: 'a CSV header without a text column ("Дата", "Сообщение", "Ссылка", …)'.
    expect(batch.posts.map((post) => [post.platform, post.text, post.location.line])).toEqual([
      ['telegram', 'Нет света в Турксибском районе с утра', 2],
      ['telegram', 'Автобус 37 не пришёл,\nждём уже час', 3],
    ]);
  });

  it('leaves an analyst\'s Комментарий unread beside the export\'s Текст, even before it', async () => {
    const batch = await importFixture('csv-listening-export-analyst-comment-column.csv');

    expect(batch.posts.map((post) => [post.platform, post.text])).toEqual([
      ['vk', 'Дорогу на Саина опять раскопали'],
      ['instagram', 'В Алатауском районе не вывозят мусор'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toContainEqual(
      'columns not read: "Комментарий" (taken for a note beside the text column), "Автор"; ' +
        'the names tyndau reads are listed in the README (author-like columns are never read)',
    );
  });

  it('reads Отзыв as the text of a review export', async () => {
    const batch = await importFixture('csv-review-export-otzyv-column.csv');

    // Was refused: 'a CSV header without a text column ("дата", "отзыв", "район", "автор")'.
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Автобус 92 опять не пришёл', '2025-11-24T19:00:00.000Z'],
    ]);
  });
});

describe('CSV with line ends of the old Mac OS (a lone CR)', () => {
  it('finds the header on the first line, so every column is read and no post text reaches a note', async () => {
    const batch = await importFixture('csv-mac-classic-cr-line-ends.csv');
    expect(batch.posts.map((post) => [post.platform, post.text, post.location.line])).toEqual([
      ['vk', 'Нет воды', 2],
      ['telegram', 'Автобус\nне пришёл', 3],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "author"; the names tyndau reads are listed in the README (author-like columns are never read)',
    ]);
  });
});

describe('CSV import: a listening tool\'s platform columns and reposts', () => {
  it('takes the platform from the column that names one, a category column before it or not', async () => {
    const batch = await importFixture('csv-listening-export-platform-columns-and-reposts.csv');
    expect(batch.posts.map((post) => [post.location.line, post.platform, post.kind])).toEqual([
      [2, 'vk', 'social'],
      [3, 'vk', 'social'],
      [4, 'telegram', 'social'],
      [5, 'news', 'article'],
      [6, 'vk', 'social'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "Автор", "Ссылка на автора"; the names tyndau reads are listed in the README ' +
        '(author-like columns are never read)',
    ]);
  });

  it('marks a repost row as an amplification of its text; a repost with a comment stays an original', async () => {
    const batch = await importFixture('csv-listening-export-platform-columns-and-reposts.csv');
    const [original, repost, , , extended] = batch.posts;
    expect(original!.amplifiesNativeId).toBeUndefined();
    expect(repost!.amplifiesNativeId).toMatch(/^repost:content:[0-9a-f]{32}$/);
    expect(repost!.text).toBe(original!.text);
    expect(extended!.amplifiesNativeId).toBeUndefined();
  });
});

describe('CSV import: a listening tool\'s news row names its site in the platform columns', () => {
  it.each([
    ['csv-listening-export-news-site-in-source-column.csv', 'Tengrinews', 'instagram'],
    ['csv-listening-export-news-site-after-category.csv', 'otyrar.kz', 'telegram'],
  ])('%s keeps the site as the article\'s outlet, and no outlet for a social row', async (fixture, outlet, platform) => {
    const batch = await importFixture(fixture);
    expect(batch.posts.map((post) => [post.kind, post.platform, post.outlet])).toEqual([
      ['article', 'news', outlet],
      ['social', platform, undefined],
    ]);
    expect(JSON.stringify(batch.posts)).not.toContain('zzcanary');
  });
});

describe('CSV exports joined into one file', () => {
  it('passes over the header repeated with its byte-order mark, naming its line', async () => {
    const batch = await importFixture('csv-two-exports-joined-header-repeated.csv');
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([
      [2, 'Нет воды на Абая'],
      [4, 'Автобус 92 не пришёл'],
    ]);
    expect(batch.skipped).toEqual([]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toContainEqual(
      [3, 'the header is repeated on line 3 (exports joined into one file?); not read as a post'],
    );
  });
});

describe('CSV import: a media-monitoring export that names outlets and no platform', () => {
  it('reads a row with an outlet as a news article with its outlet and link, a social site as that platform', async () => {
    const batch = await importFixture('csv-media-monitoring-export-outlet-column.csv');
    expect(batch.posts.map((post) => [post.kind, post.platform, post.outlet, post.url, post.title])).toEqual([
      ['article', 'news', 'Tengrinews.kz', 'https://tengrinews.kz/kazakhstan_news/remont-1/', 'Акимат объявил о ремонте'],
      ['article', 'news', 'Казинформ', 'https://www.inform.kz/ru/tarify-2', 'Тарифы на воду выросли'],
      ['social', 'vk', undefined, undefined, undefined],
      ['social', 'other', undefined, undefined, undefined],
    ]);
  });
});

describe('CSV cells written as Excel text formulas', () => {
  it('reads ="…" as the text Excel shows, in ids, links and dates, quoted or not', async () => {
    const batch = await importFixture('csv-excel-formula-text-literals.csv');

    // A news article is keyed by its address; a social post's number keeps its leading zeros.
    expect(batch.posts.map((post) => [post.nativeId, post.url, post.publishedAt?.toISOString()])).toEqual([
      ['https://vecher.kz/news/000123', 'https://vecher.kz/news/000123', '2024-12-05T05:00:00.000Z'],
      ['https://vecher.kz/news/000124', 'https://vecher.kz/news/000124', '2024-12-05T06:30:00.000Z'],
      [expect.stringMatching(/^000125@/), undefined, '2024-12-05T07:00:00.000Z'],
    ]);
    // A text that only starts like a formula is kept as written.
    expect(batch.posts[2]!.text).toBe('="Спасибо" акимату, свет дали через час');
    expect(batch.notes ?? []).toEqual([
      expect.objectContaining({ note: expect.stringMatching(/^columns not read: "author"/) }),
    ]);
  });
});

describe('a Meltwater export', () => {
  it('reads its Opening Text as the text (UTF-16, tab-separated), the Hit Sentence noted as a second one', async () => {
    const batch = await importFixture('csv-meltwater-utf16-tab-opening-text-and-hit-sentence.csv');

    expect(batch.posts.map((post) => [post.platform, post.text, post.publishedAt?.toISOString()])).toEqual([
      ['x', 'Отопление не работает в домах на Абая', '2024-12-05T05:30:00.000Z'],
      ['other', 'Автобусы не вышли на линию\nАвтобус 92 не вышел на линию второй день', '2024-12-05T06:15:00.000Z'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "Hit Sentence" (a second text column; the first is read), "Source", "Influencer", ' +
        '"Country", "Reach", "Sentiment", "Keywords"; the names tyndau reads are listed in the README ' +
        '(author-like columns are never read)',
    ]);
  });
});

describe('a CSV saved from Excel with its stand-ins for values', () => {
  it('skips a row whose text Excel turned into an error, and reads an error or ##### elsewhere as missing', async () => {
    const file = fixture('csv-excel-error-values-in-cells.csv');
    const batch = await importFixture('csv-excel-error-values-in-cells.csv');

    expect(batch.posts.map((post) => [post.platform, post.text, post.publishedAt?.toISOString()])).toEqual([
      ['vk', 'Автобус 92 не пришёл, ждали час', undefined],
      ['other', 'Свет отключили третий раз за неделю', '2024-12-05T07:00:00.000Z'],
      ['vk', 'Ямы на Сатпаева: #отопление #ямы', '2024-12-05T08:00:00.000Z'],
      ['vk', '#####', '2024-12-05T09:00:00.000Z'],
    ]);
    const formula = (shown: string) => `the text is Excel's "${shown}", not the post: Excel took a text ` +
      'starting with =, + or - for a formula when the file was opened and saved; export it again and ' +
      'import it without saving it from Excel, or import the .xlsx';
    expect(batch.skipped).toEqual([
      { location: { file, line: 2 }, reason: formula('#NAME?') },
      { location: { file, line: 4 }, reason: formula('#ИМЯ?') },
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'columns not read: "Автор"; the names tyndau reads are listed in the README (author-like columns are never read)'],
      [3, 'the date is "########": Excel saved what its too narrow column showed; widen the column before saving'],
      [5, 'the id is Excel\'s "#N/A"; read as missing'],
      [5, 'the platform is Excel\'s "#Н/Д"; read as missing'],
    ]);
  });
});

describe("a listening tool's title column on social posts", () => {
  it('is dropped when it only repeats the text\'s opening, and kept before the text otherwise', async () => {
    const batch = await importFixture('csv-listening-export-social-titles-repeating-text.csv');

    expect(batch.posts.map((post) => [post.platform, post.text])).toEqual([
      ['x', 'Дороги в Алматы разбиты, ямы на каждом шагу'],
      ['instagram', 'Спасибо за новые парки!'],
      ['other', 'Отопление в Алатауском районе\nТретий день батареи холодные'],
      ['vk', 'Акимат опять перенёс ремонт'],
    ]);
  });
});

describe('a CSV cut off inside its last row', () => {
  it('reads the row as it stands and says the file may be cut off there', async () => {
    const batch = await importFixture('csv-cut-off-inside-last-row.csv');

    expect(batch.posts.map((post) => [post.platform, post.text])).toEqual([
      ['vk', 'Опять нет света в Жетысуском районе'],
      ['telegram', 'Автобус 92, как всегда, не пришёл'],
      ['other', 'Воду обещали дать к ве'],
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'columns not read: "Автор"; the names tyndau reads are listed in the README (author-like columns are never read)'],
      [4, "the file ends inside this row, with 2 of the header's 4 values and no line end: it may be cut off " +
        '(a download or copy that stopped short), and the row is read as it stands'],
    ]);
  });
});

describe('CSV import: a report period written as several label and value pairs on one line', () => {
  it('passes over `From:,…,To:,…` before the header as a preamble line, with the note', async () => {
    const batch = await importFixture('csv-brandwatch-period-pairs-before-header.csv');
    expect(batch.posts.map((post) => [post.location.line, post.text, post.publishedAt?.toISOString()])).toEqual([
      [5, 'Опять нет воды в Алмалинском районе', '2025-11-12T05:00:21.000Z'],
      [6, 'Ремонт теплосетей начнётся в понедельник', '2025-11-13T06:30:00.000Z'],
    ]);
    expect(batch.notes?.at(-1)?.note).toBe(
      "the 3 lines before the header are a title, a report's labels and values, blank lines or Excel's sep= line, not posts; not read",
    );
  });
});

describe('CSV import: a zone abbreviation after the date, as feeds write it', () => {
  it('reads ALMT, AQTT and MSK as their zones, whatever the project zone, with its offset of the day', async () => {
    const batch = await importFixture('csv-dates-with-zone-abbreviations.csv', 'Europe/Berlin');
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Нет света на Абая', '2025-11-12T04:30:00.000Z'],
      // Almaty was UTC+6 until 2024-03-01.
      ['Год назад тоже не было', '2023-11-12T03:30:00.000Z'],
      ['В Актау снова пробки', '2025-11-12T09:03:00.000Z'],
      ['Новость из Москвы', '2025-11-12T11:03:00.000Z'],
      ['Опять отключение', '2025-11-12T09:03:00.000Z'],
    ]);
    expect(batch.notes?.map((note) => note.note.slice(0, 27))).toEqual(['columns not read: "Author";']);
  });
});

describe('a row whose link is at another platform than its source column says', () => {
  // A YouScan-like row said vk.com in its source column and linked instagram.com/p/…: it was
  // stored as a VK post, though a post at a platform's address is that platform's.
  it('is the platform of its link; a link to no platform leaves the column\'s', async () => {
    const batch = await importFixture('csv-source-vk-link-elsewhere.csv');
    expect(batch.posts.map((post) => [post.location.line, post.kind, post.platform])).toEqual([
      [2, 'social', 'instagram'],
      [3, 'social', 'vk'],
      [4, 'social', 'youtube'],
      [5, 'social', 'facebook'],
      [6, 'social', 'vk'],
    ]);
  });
});

describe('CSV import: day and month both 12 or under, no date showing the order', () => {
  const DAY_FIRST_NOTE = 'dates such as "05-12-2025 14:03", whose first two numbers could each be the month, are ' +
    "read day first, as dates are written in the project's zone Asia/Almaty; no date in the file shows the order";

  it('reads them day first in a project in a day-first zone, noted once with the first such date', async () => {
    const batch = await importFixture('csv-day-month-dates-unsettled.csv');
    expect(batch.posts.map((post) => [post.location.line, post.publishedAt?.toISOString()])).toEqual([
      [2, '2025-12-05T09:03:00.000Z'],
      [3, '2025-12-05T09:20:00.000Z'],
      [4, '2025-12-05T10:00:00.000Z'],
    ]);
    const orderNotes = batch.notes?.filter((note) => note.note.includes('day first'));
    expect(orderNotes?.map((note) => [note.location.line, note.note])).toEqual([[2, DAY_FIRST_NOTE]]);
  });

  it('leaves them unread in a zone that assumes no order', async () => {
    const batch = await importFixture('csv-day-month-dates-unsettled.csv', 'America/New_York');
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      undefined, undefined, '2025-12-05T20:00:00.000Z',
    ]);
  });

  it('keeps month first in a day-first zone when another row has a day over 12 in second place', async () => {
    const batch = await importFixture('csv-month-day-dates-settled-by-row.csv');
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      '2025-05-12T09:03:00.000Z', '2025-11-13T04:00:00.000Z',
    ]);
    expect(batch.notes?.filter((note) => note.note.includes('first')).map((note) => note.note)).toEqual([
      'dates with slashes are read month first, as "11/13/2025 09:00" on line 3 is written',
    ]);
  });
});

describe('CSV import: a zone named in full after the date, or an offset in brackets', () => {
  it('reads `… Asia/Almaty`, `… Europe/Moscow`, `(UTC+05:00)` and `(GMT+3)` whatever the project zone', async () => {
    const batch = await importFixture('csv-dates-with-zone-names-and-bracketed-offsets.csv', 'Europe/Berlin');
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Свет дали только к обеду', '2025-12-05T09:03:00.000Z'],
      ['Новость из Москвы', '2025-12-05T11:03:00.000Z'],
      ['Автобус 92 снова опоздал', '2025-12-05T09:03:00.000Z'],
      ['Ещё одна московская новость', '2025-12-05T11:03:00.000Z'],
    ]);
  });
});

describe('CSV import: a listening tool naming news sites by a category', () => {
  it('reads ONLINENEWS, Online News and Интернет-СМИ rows as articles; social media stays a post', async () => {
    // They went to "other": articles stored as residents' posts, without their links.
    const batch = await importFixture('csv-listening-export-news-categories.csv');
    expect(batch.posts.map((post) => [post.kind, post.platform, post.url])).toEqual([
      ['article', 'news', 'https://tengrinews.kz/news/1'],
      ['article', 'news', 'https://kapital.kz/news/2'],
      ['article', 'news', 'https://vlast.kz/news/3'],
      ['article', 'news', 'https://time.kz/news/4'],
      ['social', 'other', undefined],
      ['social', 'x', undefined],
    ]);
  });
});

describe('CSV import: Sprinklr and Facebook Graph column names', () => {
  it('reads CreatedTime as the date and Permalink as the link', async () => {
    const batch = await importFixture('csv-sprinklr-created-time-and-permalink.csv');
    expect(batch.posts.map((post) => [post.platform, post.publishedAt?.toISOString(), post.url])).toEqual([
      ['facebook', '2024-11-12T05:30:00.000Z', undefined],
      ['news', '2024-11-12T06:00:00.000Z', 'https://tengrinews.kz/news/7'],
    ]);
  });
});

describe('a UTF-16 CSV of an odd number of bytes', () => {
  it('is read to its last whole character, with a note that it may be cut off', async () => {
    const batch = await importFixture('csv-utf16le-cut-to-half-a-character.csv');

    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [n + 1, `Автобус ${n} опять не пришёл`]),
    );
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'the file ends on half a UTF-16 character: it may be cut off (a download or copy that stopped short); the half is not read',
      'columns not read: "author"; the names tyndau reads are listed in the README (author-like columns are never read)',
    ]);
  });
});

describe('a CSV whose header comes after a long description of the query', () => {
  it('is read as a CSV, the 29 lines before its header passed over (before: as plain text, its header and rows posts)', async () => {
    // Written for this test: past 20 lines of preamble the file was read one post a line.
    const batch = await importFixture('csv-query-description-28-lines-before-header.csv');

    expect(batch.posts.map((post) => [post.location.line, post.publishedAt?.toISOString(), post.text])).toEqual([
      [31, '2025-11-01T05:00:00.000Z', 'Автобус 92 опять не пришёл'],
      [32, '2025-11-01T06:00:00.000Z', 'Во дворе на Сатпаева не вывозят мусор'],
    ]);
    expect(batch.notes?.at(-1)?.note).toBe("the 29 lines before the header are a title, a report's labels and values, blank lines or Excel's sep= line, not posts; not read");
  });
});

describe('two exports joined, the second saved with another delimiter', () => {
  it('reads the first part, notes the header written again with "," and skips the rows after it, saying why', async () => {
    // Written for this test: each row after the second header was skipped as "record has no text".
    const batch = await importFixture('csv-two-exports-joined-header-with-other-delimiter.csv');

    expect(batch.posts.map((post) => post.location.line)).toEqual([2, 3, 4]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([6, 7].map((line) => [line,
      'after the header repeated on line 5 with "," between its columns, the row cannot be split as the first header ' +
        'says; import that part as a file of its own']));
    expect(batch.notes?.find((note) => note.location.line === 5)?.note).toBe('the header again, with "," between its ' +
      'columns (exports saved with other settings, joined into one file?); the rows after it are skipped: import that ' +
      'part as a file of its own');
  });
});

describe('a text column holding only a number', () => {
  it('skips the row with the number, as JSON skips "text": 123; words with numbers are read', async () => {
    const file = fixture('csv-numbers-in-text-column.csv');
    const batch = await importFixture('csv-numbers-in-text-column.csv');
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([
      [3, 'Автобус 12 опоздал на 40 минут'],
      [7, '2024 год: ремонт так и не начали'],
    ]);
    // These were stored as posts saying "12345", "-3,5", "1 200" and "112".
    const skip = (line: number, value: string) => ({
      location: { file, line },
      reason: `the text column holds only a number (${value}), not text; a post's text is words`,
    });
    expect(batch.skipped).toEqual([skip(2, '12345'), skip(4, '-3,5'), skip(5, '1 200'), skip(6, '112')]);
  });
});
