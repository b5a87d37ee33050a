import { describe, expect, it } from 'vitest';

import { parseDeliverySettings } from '../../src/delivery/delivery-settings.js';

const FILE = `
smtp: {host: 127.0.0.1, port: 2525, from: tyndau@city.example, password: env:SMTP_PASSWORD, user: tyndau}
digest: {to: [analyst@city.example], weekday: friday, hour: 9}
alerts:
  email: [duty@city.example]
  telegram: {apiBase: "http://127.0.0.1:9000/", token: env:BOT_TOKEN, chatId: -1001}
`;

describe('delivery.yaml', () => {
  it('reads channels, schedule and env: credentials', () => {
    const settings = parseDeliverySettings(FILE, 'delivery.yaml', { SMTP_PASSWORD: 'pw', BOT_TOKEN: '1:abc' });
    expect(settings.smtp).toEqual({
      host: '127.0.0.1', port: 2525, secure: false, user: 'tyndau', password: 'pw', from: 'tyndau@city.example',
    });
    expect(settings.digest).toEqual({ to: ['analyst@city.example'], weekday: 5, hour: 9, language: null });
    expect(settings.alerts).toEqual({
      hour: 7, email: ['duty@city.example'], webhook: null, language: null,
      telegram: { apiBase: 'http://127.0.0.1:9000', token: '1:abc', chatId: '-1001' },
    });
  });

  it('names a missing environment variable', () => {
    expect(() => parseDeliverySettings(FILE, 'delivery.yaml', { SMTP_PASSWORD: 'pw' }))
      .toThrow('delivery.yaml: alerts.telegram.token says env:BOT_TOKEN, but BOT_TOKEN is not set');
  });

  it('names what the schema refuses', () => {
    expect(() => parseDeliverySettings('digest: {to: [not-an-address]}\nsmpt: {}', 'delivery.yaml', {}))
      .toThrow(/delivery\.yaml: .*\/digest\/to\/0 must match pattern/);
  });
});
