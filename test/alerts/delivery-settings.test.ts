import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadDeliverySettings, parseDeliverySettings } from '../../src/delivery/delivery-settings.js';
import type { ProjectError } from '../../src/project/project-error.js';
import { placeOf } from '../project/fixture-path.js';

const FILE = `
dashboardUrl: https://tyndau.city.example/
smtp: {host: 127.0.0.1, port: 2525, from: tyndau@city.example, password: env:SMTP_PASSWORD, user: tyndau}
digest: {to: [analyst@city.example], weekday: friday, hour: 9}
alerts:
  email: [duty@city.example]
  telegram: {apiBase: "http://127.0.0.1:9000/", token: env:BOT_TOKEN, chatId: -1001}
`;

describe('delivery.yaml', () => {
  it('reads channels, schedule and env: credentials', () => {
    const settings = parseDeliverySettings(FILE, 'delivery.yaml', { SMTP_PASSWORD: 'pw', BOT_TOKEN: '1:abc' });
    expect(settings.dashboardUrl).toBe('https://tyndau.city.example/');
    expect(settings.smtp).toEqual({
      host: '127.0.0.1', port: 2525, secure: false, user: 'tyndau', password: 'pw', from: 'tyndau@city.example',
    });
    expect(settings.digest).toEqual({ to: ['analyst@city.example'], weekday: 5, hour: 9, language: null });
    expect(settings.alerts).toEqual({
      hour: 7, email: ['duty@city.example'], webhook: null, language: null,
      telegram: { apiBase: 'http://127.0.0.1:9000', token: '1:abc', chatId: '-1001' },
    });
  });

  it('takes an empty list of digest recipients without smtp: the digest is only archived', () => {
    expect(parseDeliverySettings('digest: {to: []}', 'delivery.yaml', {}).digest?.to).toEqual([]);
  });

  it('leaves the dashboard unlinked when dashboardUrl is not given', () => {
    expect(parseDeliverySettings('digest: {to: []}', 'delivery.yaml', {}).dashboardUrl).toBeNull();
  });

  it('names a missing environment variable', () => {
    expect(() => parseDeliverySettings(FILE, 'delivery.yaml', { SMTP_PASSWORD: 'pw' }))
      .toThrow('delivery.yaml: alerts.telegram.token says env:BOT_TOKEN, but BOT_TOKEN is not set');
  });

  it('names what the schema refuses at its line and column, with the key meant', () => {
    expect(() => parseDeliverySettings('digest: {to: [not-an-address]}\nsmpt: {}', 'delivery.yaml', {})).toThrow(
      'delivery file delivery.yaml: 2 problems\n' +
      '  delivery.yaml:1:15 digest.to[0]: must be an e-mail address such as duty@city.example, not "not-an-address"\n' +
      '  delivery.yaml:2:1 smpt: unknown key "smpt"; did you mean "smtp"?',
    );
  });

  // Each was told as "/alerts must NOT have additional properties", "/digest/weekday must be equal
  // to one of the allowed values" or, for YAML syntax, without the file's name.
  it.each([
    ['mistakes-in-every-section.yaml', [
      '3:12 digest.weekday: must be one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", not "munday" (did you mean "monday"?)',
      '4:9 digest.hour: must be an integer from 0 to 23, not 25',
      '6:3 alerts.huor: unknown key "huor"; did you mean "hour"?',
      '7:11 alerts.email.0: must be an e-mail address such as duty@city.example, not "duty-at-city.example"',
      '8:12 alerts.webhook: must be an http(s) URL, not "ftp://hooks.city.example/tyndau"',
      '9:13 alerts.language: must be one of "ru", "kk", "en", not "kz" (did you mean "kk"?)',
    ]],
    // Accepted: the digest was archived and the alerts posted to the webhook, and no e-mail ever
    // went out to the people listed, with nothing said about why.
    ['e-mail-recipients-without-smtp.yaml', [
      '3:7 digest.to: e-mail needs an smtp section (host and from) to send through; add one, or write to: [] to only archive the digest',
      '6:10 alerts.email: e-mail needs an smtp section (host and from) to send through; add one, or remove email',
    ]],
    ['values-found-only-when-sending.yaml', [
      '2:14 smtp.host: must be a host name or an IP address, not "smtp city.kz"',
      '2:36 smtp.port: must be an integer from 1 to 65535, not 0',
      '2:45 smtp.from: must be an e-mail address, or a name and the address in <>, such as "tyndau <tyndau@city.example>", not "tyndau"',
      '5:12 alerts.webhook: must be an http(s) URL, not "http://"',
      '6:52 alerts.telegram.apiBase: must be an http(s) URL, not "https://api telegram.org"',
    ]],
    ['dashboard-url-copied-on-a-page.yaml', [
      '2:15 dashboardUrl: must be the http(s) address the dashboard is opened at, without a # part, such as ' +
        'https://tyndau.city.example/, not "https://tyndau.city.example/#/overview"',
    ]],
    // Each passed, and failed only when the first alert was posted or linked.
    ['addresses-that-are-no-urls.yaml', [
      '2:15 dashboardUrl: is not a URL that can be opened: "http://[::1"; check its host and port',
      '4:12 alerts.webhook: is not a URL that can be opened: "http://hooks.city.example:99999/tyndau"; check its host and port',
      '5:52 alerts.telegram.apiBase: is not a URL that can be opened: "https://api.telegram.org:70000"; check its host and port',
    ]],
    ['key-written-twice.yaml', ['3:3 : YAML: the key "hour" appears twice in one mapping; keep one of them']],
    ['tab-indentation.yaml', ['2:1 : YAML: Tabs are not allowed as indentation; indent with spaces']],
    ['a-list-not-a-mapping.yaml', ['1:1 : must be a mapping of keys to values, not a list']],
  ])('reports %s as the project file\'s problems are reported', (name, expected) => {
    const path = join(import.meta.dirname, '..', 'fixtures', 'delivery', name);
    let problems: string[] = [];
    try {
      parseDeliverySettings(readFileSync(path, 'utf8'), path, {});
    } catch (error) {
      expect((error as Error).message).toMatch(new RegExp(`^delivery file ${path}: `));
      problems = (error as ProjectError).problems.map(placeOf);
    }
    expect(problems).toEqual(expected);
  });
});

describe('delivery.yaml in another encoding', () => {
  it('is refused at its first byte that is not UTF-8, naming the encoding', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'delivery', 'windows-1251');
    // Read as UTF-8, the comment's letters became U+FFFD and nothing was said.
    expect(() => loadDeliverySettings(dir, {})).toThrow(
      `delivery file ${join(dir, 'delivery.yaml')}: 1 problem\n` +
      `  ${join(dir, 'delivery.yaml')}:1:3 the file is not UTF-8 (byte 0xC4 here); it was probably saved in ` +
      'windows-1251 or another code page: save it again as UTF-8',
    );
  });
});
