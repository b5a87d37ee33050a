import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { Fetcher, FetchError } from '../../../src/collect/fetcher/index.js';
import { classifyAddress, isAddressAllowed } from '../../../src/collect/fetcher/address-policy.js';
import { parseRetryAfter, retryDelay } from '../../../src/collect/fetcher/retry-delay.js';
import { FixtureServer, livePayload } from './fixture-server.js';
import { LOCAL_SETTINGS, recordingClock } from './test-clock.js';

let server: FixtureServer;
beforeEach(async () => {
  server = await FixtureServer.start();
});
afterEach(async () => {
  await server.close();
});

async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetcher retries', () => {
  it('retries a 500 with backoff and reports the status and the tries when it persists', async () => {
    server.serve('/feed', 'boom', {}, 500);
    const clock = recordingClock();
    const fetcher = new Fetcher(LOCAL_SETTINGS, clock);

    const error = await failureOf(fetcher.fetch({ url: server.url('/feed') }));

    expect(error.message).toBe(`fetch ${server.url('/feed')}: HTTP 500 (after 3 tries)`);
    expect(server.hits('/feed')).toBe(3);
    // Full jitter at 0.5 of a ceiling that doubles: 100 ms, then 200 ms.
    expect(clock.sleeps).toEqual([50, 100]);
  });

  it('honours Retry-After on a 503 and then reads the answer', async () => {
    let calls = 0;
    server.route('/feed', (_request, response) => {
      calls++;
      if (calls === 1) response.writeHead(503, { 'retry-after': '2' }).end('busy');
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    const clock = recordingClock();
    const document = await new Fetcher(LOCAL_SETTINGS, clock).fetch({ url: server.url('/feed') });

    expect(document.body.toString()).toBe('ok');
    expect(document.attempts).toBe(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('gives up at once when Retry-After asks for longer than allowed', async () => {
    server.serve('/feed', 'busy', { 'retry-after': '86400' }, 429);
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/feed') }));
    expect(error.message).toContain('HTTP 429; the server asks to wait 86400 s');
    expect(server.hits('/feed')).toBe(1);
  });

  it('does not retry a 404', async () => {
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/gone') }));
    expect([error.failure, error.status, server.hits('/gone')]).toEqual(['http-status', 404, 1]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-10T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Fri, 10 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(retryDelay(3, { backoffBaseMs: 1000, backoffMaxMs: 3000 }, 1, undefined)).toBe(3000);
  });
});

describe('fetcher time limits', () => {
  it('fails a server that never answers with a read time-out', async () => {
    server.route('/feed', () => undefined);
    const settings = { ...LOCAL_SETTINGS, retries: 0 };
    const error = await failureOf(new Fetcher(settings, recordingClock()).fetch({ url: server.url('/feed') }));
    expect(error.message).toBe(`fetch ${server.url('/feed')}: silent for 400 ms while reading`);
  });

  it('cuts a slow trickle at the total limit even though bytes keep coming', async () => {
    server.route('/feed', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => response.write('<'), 50);
      response.on('close', () => clearInterval(timer));
    });
    const settings = { ...LOCAL_SETTINGS, retries: 0, totalTimeoutMs: 600 };
    const started = Date.now();
    const error = await failureOf(new Fetcher(settings, recordingClock()).fetch({ url: server.url('/feed') }));
    expect(error.message).toBe(`fetch ${server.url('/feed')}: no complete response within 600 ms`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('fetcher conditional GET', () => {
  it('sends the validators and reports 304 as not modified', async () => {
    server.route('/feed', (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else response.writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 10 Jan 2025 00:00:00 GMT' }).end('x');
    });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const first = await fetcher.fetch({ url: server.url('/feed') });
    const second = await fetcher.fetch({ url: server.url('/feed'), etag: first.etag, lastModified: first.lastModified });

    expect([first.notModified, first.etag, second.notModified, second.body.length]).toEqual([false, '"v1"', true, 0]);
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Fri, 10 Jan 2025 00:00:00 GMT');
  });
});

describe('fetcher answers that carry a Content-Encoding and no body', () => {
  it('reads a 304, a redirect and an empty 200 sent with Content-Encoding: gzip as empty', async () => {
    server.route('/feed', (request, response) => {
      if (request.headers['if-none-match'] === '"v2"') response.writeHead(304, { 'content-encoding': 'gzip', etag: '"v2"' }).end();
      else response.writeHead(200, { etag: '"v2"', 'content-encoding': 'gzip' }).end(gzipSync('x'));
    });
    server.serve('/moved', '', { location: '/feed', 'content-encoding': 'gzip' }, 301);
    server.serve('/empty', '', { 'content-encoding': 'br', 'content-length': '0' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const first = await fetcher.fetch({ url: server.url('/moved') });
    const second = await fetcher.fetch({ url: server.url('/feed'), etag: first.etag });
    const empty = await fetcher.fetch({ url: server.url('/empty') });

    expect([first.body.toString(), second.notModified, second.attempts, empty.body.length]).toEqual(['x', true, 1, 0]);
  });
});

describe('fetcher redirects', () => {
  it('follows a Location written in raw UTF-8, as Bitrix and older PHP sites send Cyrillic paths', async () => {
    server.route('/old', (_request, response) => {
      const location = Buffer.from('/новости/тарифы?раздел=город', 'utf8').toString('latin1');
      response.socket?.end(`HTTP/1.1 301 Moved Permanently\r\nLocation: ${location}\r\nContent-Length: 0\r\n\r\n`, 'latin1');
    });
    server.serve(encodeURI('/новости/тарифы'), 'статья');
    const document = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/old') });

    expect([document.url, document.body.toString()]).toEqual([
      server.url(`${encodeURI('/новости/тарифы')}?${encodeURIComponent('раздел')}=${encodeURIComponent('город')}`), 'статья',
    ]);
  });

  it('refuses at once a redirect to another scheme or to no URL, naming where the fetch started', async () => {
    server.serve('/to-file', '', { location: 'file:///etc/passwd' }, 301)
      .serve('/to-ftp', '', { location: 'ftp://127.0.0.1/feed.xml' }, 302)
      .serve('/to-nothing', '', { location: 'http://[::1' }, 302);
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const failures: string[] = [];
    for (const path of ['/to-file', '/to-ftp', '/to-nothing']) {
      const error = await failureOf(fetcher.fetch({ url: server.url(path) }));
      failures.push(`${error.failure} ${error.message}`);
    }
    // The file: one was "Invalid URL (after 3 tries)"; the others named only the Location.
    expect(failures).toEqual([
      `bad-url fetch ${server.url('/to-file')}: redirected to file:///etc/passwd, which is not http or https`,
      `bad-url fetch ${server.url('/to-ftp')}: redirected to ftp://127.0.0.1/feed.xml, which is not http or https`,
      `bad-url fetch ${server.url('/to-nothing')}: redirected to "http://[::1", which is not a URL`,
    ]);
    expect(server.hits('/to-file')).toBe(1);
  });

  it('names a redirect loop with the URL it started from', async () => {
    server.serve('/a', '', { location: '/b' }, 302).serve('/b', '', { location: '/a' }, 301);
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/a') }));
    expect([error.failure, error.message]).toEqual(['redirects', `fetch ${server.url('/a')}: more than 5 redirects`]);
  });
});

describe('fetcher address refusal', () => {
  it('refuses a redirect to the link-local metadata address', async () => {
    server.serve('/feed', '', { location: 'http://169.254.169.254/latest/meta-data/' }, 302);
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/feed') }));
    expect(error.failure).toBe('refused-address');
    expect(error.message).toBe(
      'fetch http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a metadata address; refused',
    );
  });

  it('refuses a redirect to an IPv6 link-local address', async () => {
    server.serve('/feed', '', { location: 'http://[fe80::1]/' }, 301);
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/feed') }));
    expect(error.message).toBe('fetch http://[fe80::1]/: fe80::1 is a link-local address; refused');
  });

  it('refuses a name that resolves to loopback unless the project allows private addresses', async () => {
    server.serve('/feed', 'ok');
    const url = `http://localhost:${server.port}/feed`;
    const settings = { ...LOCAL_SETTINGS, allowPrivateAddresses: false };
    const error = await failureOf(new Fetcher(settings, recordingClock()).fetch({ url }));

    expect(error.failure).toBe('refused-address');
    expect(error.message).toMatch(/localhost resolves only to addresses a collector may not reach: .*loopback/);
    expect(server.hits('/feed')).toBe(0);
  });

  it('follows a redirect on the same server when private addresses are allowed', async () => {
    server.serve('/old', '', { location: '/new' }, 301).serve('/new', 'moved');
    const document = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/old') });
    expect([document.url, document.body.toString()]).toEqual([server.url('/new'), 'moved']);
  });

  it('classifies the address ranges a collector must keep away from', () => {
    const classes = ['8.8.8.8', '127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.1.1',
      '169.254.169.254', '100.100.100.200', '::1', 'fe80::1', 'fd12::1', '::ffff:7f00:1', '0.0.0.0']
      .map(classifyAddress);
    expect(classes).toEqual(['public', 'loopback', 'private', 'private', 'private', 'link-local',
      'metadata', 'metadata', 'loopback', 'link-local', 'private', 'loopback', 'unspecified']);
    expect([isAddressAllowed('10.0.0.1', true), isAddressAllowed('169.254.169.254', true)]).toEqual([true, false]);
  });
});

describe('fetcher size cap and compression', () => {
  it('cuts off a 20 MB response sent without a length', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    server.route('/big', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      let sent = 0;
      const pump = (): void => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    const settings = { ...LOCAL_SETTINGS, retries: 0 };
    const error = await failureOf(new Fetcher(settings, recordingClock()).fetch({ url: server.url('/big') }));
    expect(error.message).toBe(`fetch ${server.url('/big')}: the response is over the 1048576-byte limit; cut off there`);
  });

  it('refuses a response whose declared length is over the cap before reading it', async () => {
    server.route('/big', (_request, response) => {
      response.writeHead(200, { 'content-length': String(20 * 1024 * 1024) });
      response.write('a');
    });
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/big') }));
    expect(error.message).toContain('it declares 20971520 bytes');
  });

  it('cuts a gzip bomb by its decompressed size', async () => {
    server.serve('/bomb', gzipSync(Buffer.alloc(8 * 1024 * 1024)), { 'content-encoding': 'gzip' });
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/bomb') }));
    expect(error.failure).toBe('too-large');
  });

  it('decompresses gzip and brotli bodies', async () => {
    server.serve('/gz', gzipSync('сжатый'), { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' });
    server.serve('/br', brotliCompressSync('brotli'), { 'content-encoding': 'br' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const gz = await fetcher.fetchText({ url: server.url('/gz') });
    const br = await fetcher.fetch({ url: server.url('/br') });
    expect([gz.text.text, br.body.toString()]).toEqual(['сжатый', 'brotli']);
  });

  it('decompresses a body still gzip after its headers: a .gz file served without Content-Encoding, two layers sent as one', async () => {
    const once = livePayload('rss-gzip-without-content-encoding.xml.gz');
    server.serve('/feed.xml.gz', once, { 'content-type': 'application/rss+xml' });
    server.serve('/twice', livePayload('rss-gzipped-twice.xml.gz.gz'), { 'content-encoding': 'gzip' });
    server.serve('/bomb.gz', gzipSync(Buffer.alloc(8 * 1024 * 1024)), { 'content-type': 'application/rss+xml' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());

    const feeds = [await fetcher.fetchText({ url: server.url('/feed.xml.gz') }), await fetcher.fetchText({ url: server.url('/twice') })];
    const titles = feeds.map(({ text }) => /<item><title>([^<]*)/.exec(text.text)?.[1]);
    expect(titles).toEqual(['Отопление не работает в домах на Абая', 'Отопление не работает в домах на Абая']);
    const bomb = await failureOf(fetcher.fetch({ url: server.url('/bomb.gz') }));
    expect([bomb.failure, bomb.message]).toEqual([
      'too-large',
      `fetch ${server.url('/bomb.gz')}: the response is over the ${LOCAL_SETTINGS.maxBytes}-byte limit; ` +
        'once the gzip its headers did not declare was decompressed',
    ]);
  });

  it('reads a body declared gzip but sent as it is, and two encodings listed together', async () => {
    const feed = livePayload('rss-section-city.xml');
    server.serve('/plain', feed, { 'content-encoding': 'gzip' });
    // Listed in the order applied: deflate first, then gzip.
    server.serve('/stacked', gzipSync(deflateSync(feed)), { 'content-encoding': 'deflate, gzip' });
    server.serve('/stacked-br', brotliCompressSync(gzipSync(feed)), { 'content-encoding': 'gzip,br' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const bodies = [];
    for (const path of ['/plain', '/stacked', '/stacked-br']) bodies.push((await fetcher.fetch({ url: server.url(path) })).body);
    expect(bodies.map((body) => body.equals(feed))).toEqual([true, true, true]);
    // A gzip body cut short is still corrupt, not read as it is.
    server.serve('/cut', gzipSync(feed).subarray(0, 40), { 'content-encoding': 'gzip' });
    expect((await failureOf(fetcher.fetch({ url: server.url('/cut') }))).failure).toBe('network');
  });

  it('reads deflate with its zlib wrapper and without it, as older IIS and PHP servers send it', async () => {
    const feed = livePayload('rss-section-city.xml');
    server.serve('/zlib', deflateSync(feed), { 'content-encoding': 'deflate' });
    server.serve('/raw', deflateRawSync(feed), { 'content-encoding': 'deflate' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const [zlib, raw] = [await fetcher.fetch({ url: server.url('/zlib') }), await fetcher.fetch({ url: server.url('/raw') })];
    expect([zlib.body.equals(feed), raw.body.equals(feed)]).toEqual([true, true]);
  });
});

describe('fetcher charsets', () => {
  it('reads a windows-1251 feed without a charset header from its XML declaration', async () => {
    server.serve('/feed', livePayload('rss-windows-1251-prolog-no-header.xml'), { 'content-type': 'application/rss+xml' });
    const { text } = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetchText({ url: server.url('/feed') });
    expect([text.charset, text.basis]).toEqual(['windows-1251', 'declared']);
    expect(text.text).toContain('<title>Вечерний Алматы</title>');
  });

  it('detects windows-1251 when neither header nor document names a charset', async () => {
    server.serve('/feed', livePayload('rss-windows-1251-no-declaration.xml'), { 'content-type': 'text/xml' });
    const { text } = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetchText({ url: server.url('/feed') });
    expect([text.charset, text.basis]).toEqual(['windows-1251', 'detected']);
    expect(text.text).toContain('горячую воду');
  });

  it('takes the header charset, with its aliases, over the document declaration', async () => {
    const bytes = livePayload('rss-windows-1251-no-declaration.xml');
    server.serve('/feed', bytes, { 'content-type': 'application/xml; charset="win-1251"' });
    const { text } = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetchText({ url: server.url('/feed') });
    expect([text.charset, text.basis]).toEqual(['windows-1251', 'header']);
  });

  it('reads the Kazakh code pages KZ-1048 and PT154 from a meta tag', async () => {
    server.serve('/kz', livePayload('html-kz-1048-meta.html'), { 'content-type': 'text/html' });
    server.serve('/pt', livePayload('html-pt154-meta.html'), { 'content-type': 'text/html; charset=unknown-label' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const kz = await fetcher.fetchText({ url: server.url('/kz') });
    const pt = await fetcher.fetchText({ url: server.url('/pt') });
    expect([kz.text.charset, pt.text.charset]).toEqual(['rk1048', 'pt154']);
    expect(kz.text.text).toContain('Тұрғындар қоғамдық көлікке');
    expect(pt.text.text).toContain('Тұрғындар қоғамдық көлікке');
  });

  it("reads the document's KZ-1048 declaration when a server's default utf-8 header is proven wrong", async () => {
    server.serve('/feed', livePayload('rss-kz-1048-prolog-under-utf8-header.xml'), { 'content-type': 'text/xml; charset=utf-8' });
    const { text } = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetchText({ url: server.url('/feed') });
    expect([text.charset, text.basis, text.overruled]).toEqual([
      'rk1048', 'declared', 'the header says "utf-8" but the bytes are not UTF-8; read as the document declares, "KZ-1048"',
    ]);
    expect(text.text).toContain('Тұрғындар шұңқырлар туралы көп жыл шағымданған.');
  });

  it('sets aside a web server default Latin-1 header over Cyrillic pages in windows-1251 and UTF-8', async () => {
    server.serve('/cp1251', livePayload('html-windows-1251-meta-under-latin1-header.html'), { 'content-type': 'text/html; charset=ISO-8859-1' });
    server.serve('/utf8', livePayload('article-hot-water.html'), { 'content-type': 'text/html; charset=iso-8859-1' });
    const fetcher = new Fetcher(LOCAL_SETTINGS, recordingClock());
    const [cp1251, utf8] = [await fetcher.fetchText({ url: server.url('/cp1251') }), await fetcher.fetchText({ url: server.url('/utf8') })];

    expect([cp1251.text.charset, cp1251.text.basis, cp1251.text.overruled]).toEqual([
      'windows-1251', 'declared', 'the header says "ISO-8859-1", a web server\'s default, over Cyrillic text; read as windows-1251',
    ]);
    expect(cp1251.text.text).toContain('горячей воды нет третий день');
    expect([utf8.text.charset, utf8.text.text.includes('Жители нескольких домов')]).toEqual(['utf-8', true]);
  });

  it('lets a byte-order mark win over a wrong header', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Әкімдік')]);
    server.serve('/bom', body, { 'content-type': 'text/html; charset=windows-1251' });
    const { text } = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetchText({ url: server.url('/bom') });
    expect([text.text, text.basis]).toEqual(['Әкімдік', 'bom']);
  });
});

describe('fetcher politeness', () => {
  it('obeys robots.txt and its crawl delay', async () => {
    server.serve('/robots.txt', 'User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n');
    server.serve('/private/feed', 'secret').serve('/feed', 'ok');
    const clock = recordingClock();
    const fetcher = new Fetcher(LOCAL_SETTINGS, clock);

    const error = await failureOf(fetcher.fetch({ url: server.url('/private/feed') }));
    await fetcher.fetch({ url: server.url('/feed') });
    await fetcher.fetch({ url: server.url('/feed') });

    expect(error.failure).toBe('robots');
    expect(server.hits('/private/feed')).toBe(0);
    expect(server.hits('/robots.txt')).toBe(1);
    expect(clock.sleeps.some((ms) => ms > 1500)).toBe(true);
  });

  it('reads a robots.txt answered with 429 as unreadable for now, not as absent', async () => {
    server.serve('/robots.txt', 'slow down', { 'retry-after': '120' }, 429);
    server.serve('/private/feed', 'secret');
    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/private/feed') }));

    expect([error.failure, error.message]).toEqual([
      'robots', `fetch ${server.url('/private/feed')}: robots.txt cannot be read (HTTP 429); not fetched`,
    ]);
    expect(server.hits('/private/feed')).toBe(0);
  });

  it('says that a site which does not answer cannot be reached, not that its robots.txt cannot be read', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}/rss`;

    const error = await failureOf(new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url }));

    expect([error.failure, error.message]).toEqual([
      'robots', `fetch ${url}: the site cannot be reached (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}); not fetched`,
    ]);
  });

  it('reads a robots.txt that is 404 or 410 as absent', async () => {
    server.serve('/robots.txt', 'gone', {}, 410).serve('/feed', 'ok');
    const document = await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/feed') });
    expect(document.body.toString()).toBe('ok');
  });

  it('skips robots.txt for platform APIs', async () => {
    server.serve('/robots.txt', 'User-agent: *\nDisallow: /\n').serve('/api', '{}');
    await new Fetcher(LOCAL_SETTINGS, recordingClock()).fetch({ url: server.url('/api'), robots: false });
    expect(server.hits('/robots.txt')).toBe(0);
  });

  it('spaces requests to one host', async () => {
    server.serve('/feed', 'ok');
    const clock = recordingClock();
    const fetcher = new Fetcher({ ...LOCAL_SETTINGS, hostIntervalMs: 1000 }, clock);
    await Promise.all([1, 2, 3].map(() => fetcher.fetch({ url: server.url('/feed'), robots: false })));
    expect(clock.sleeps.length).toBe(2);
    expect(Math.max(...clock.sleeps)).toBeGreaterThan(1500);
  });
});
