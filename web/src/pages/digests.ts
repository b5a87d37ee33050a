import { getJson, sendJson } from '../api.js';
import { h } from '../dom.js';
import { table } from '../format.js';
import type { Page } from '../page.js';

interface DigestEntry {
  id: number;
  from: string;
  to: string;
  language: string;
  createdAt: string;
  emailed: boolean;
}

export const digestsPage: Page = {
  id: 'digests',
  title: (strings) => strings.digests,
  role: 'viewer',
  usesPeriod: true,
  async render(root, context) {
    const { strings, user, period } = context;
    const { digests } = await getJson<{ digests: DigestEntry[] }>('/api/digests');

    if (user.role !== 'viewer' && period.from && period.to) {
      const status = h('span', { class: 'note' });
      root.append(h('p', {}, h('button', { type: 'button', onclick: async () => {
        status.textContent = strings.loading;
        await sendJson('POST', '/api/digests', { from: period.from, to: period.to, language: context.language });
        status.textContent = strings.digestMade;
        location.reload();
      } }, `${strings.makeDigest} (${period.from} … ${period.to})`), ' ', status));
    }
    if (user.role !== 'viewer') {
      const query = period.from && period.to ? `?from=${period.from}&to=${period.to}` : '';
      root.append(h('p', {},
        h('a', { href: `/api/export.csv${query}`, download: '' }, strings.exportCsv), ' · ',
        h('a', { href: `/api/export.xlsx${query}`, download: '' }, strings.exportXlsx)));
    }
    if (digests.length === 0) {
      root.append(h('p', {}, strings.noDigests));
      return;
    }
    root.append(table([strings.period, strings.language, ''], digests.map((digest) => [
      `${digest.from} … ${digest.to}`,
      digest.language + (digest.emailed ? ` (${strings.emailed})` : ''),
      h('a', { href: `/api/digests/${digest.id}/pdf`, target: '_blank' }, 'PDF'),
    ])));
  },
};
