import { ApiError, downloadFile, errorText, getJson, sendJson } from '../api.js';
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

interface Period {
  from: string;
  to: string;
}

/** The period picked in the header, else the server's default one; none while the store is empty. */
async function periodToMake(picked: { from?: string; to?: string }): Promise<Period | null> {
  if (picked.from && picked.to) return { from: picked.from, to: picked.to };
  try {
    return (await getJson<{ period: Period }>('/api/overview', picked)).period;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const digestsPage: Page = {
  id: 'digests',
  title: (strings) => strings.digests,
  role: 'viewer',
  usesPeriod: true,
  async render(root, context) {
    const { strings, user, period } = context;
    const { digests } = await getJson<{ digests: DigestEntry[] }>('/api/digests');

    // With no period picked, the page offers the period every other page opens on: without it
    // the button was missing and a new analyst saw only "the archive is empty".
    const shown = user.role !== 'viewer' ? await periodToMake(period) : null;
    if (shown) {
      context.showPeriod(shown);
      const status = h('span', { class: 'note' });
      root.append(h('p', {}, h('button', { type: 'button', 'data-make-digest': '', onclick: async () => {
        status.textContent = strings.loading;
        // A refusal (a period over a year) or a failure stood as "Loading…" for ever.
        try {
          await sendJson('POST', '/api/digests', { from: shown.from, to: shown.to, language: context.language });
        } catch (error) {
          status.textContent = errorText(error, context.language);
          return;
        }
        status.textContent = strings.digestMade;
        location.reload();
      } }, `${strings.makeDigest} (${shown.from} … ${shown.to})`), ' ', status));
    }
    if (user.role !== 'viewer') {
      const query = period.from && period.to ? `?from=${period.from}&to=${period.to}` : '';
      const status = h('span', { class: 'note', 'data-export-status': '' });
      // Fetched rather than followed: a refusal (over ten years, another export running) was
      // saved as a JSON file named like the export, and the page said nothing.
      const exportLink = (path: string, label: string) => h('a', { href: path, 'data-export': '', onclick: async (event: Event) => {
        event.preventDefault();
        status.textContent = strings.loading;
        try {
          await downloadFile(path);
          status.textContent = '';
        } catch (error) {
          status.textContent = errorText(error, context.language);
        }
      } }, label);
      root.append(h('p', {},
        exportLink(`/api/export.csv${query}`, strings.exportCsv), ' · ',
        exportLink(`/api/export.xlsx${query}`, strings.exportXlsx), ' ', status));
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
