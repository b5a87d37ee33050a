import { getJson } from '../api.js';
import { h } from '../dom.js';
import { count, excerpt } from '../format.js';
import { LOCALES } from '../i18n.js';
import type { Page, PageContext } from '../page.js';
import { alertQuery, searchHash, type AlertTarget } from '../search-link.js';

interface AlertEntry {
  id: number;
  day: string;
  type: 'spike' | 'campaign';
  target: AlertTarget;
  observed: number;
  distinct: number;
  expected: number;
  topTerms: string[];
  excerpts: Parameters<typeof excerpt>[0][];
}

export const alertsPage: Page = {
  id: 'alerts',
  title: (strings) => strings.alerts,
  role: 'viewer',
  usesPeriod: false,
  async render(root, context) {
    const { strings, labels, meta } = context;
    const { alerts } = await getJson<{ alerts: AlertEntry[] }>('/api/alerts');
    if (alerts.length === 0) {
      root.append(h('p', {}, strings.noAlerts));
      return;
    }
    for (const alert of alerts) {
      const target = alert.target;
      const about = target.kind === 'subject'
        ? meta.subjects.find((subject) => subject.id === target.subjectId)?.name ?? target.subjectId
        : `${labels.issues[target.issueId] ?? target.issueId} · ${target.districtId === '*' ? strings.wholeCity : labels.districts[target.districtId] ?? target.districtId}`;
      root.append(h('article', { class: `alert alert-${alert.type}`, 'data-alert': String(alert.id) },
        h('h3', {}, `${alert.type === 'spike' ? strings.alertSpike : strings.alertCampaign}: ${about} — ${alert.day}`),
        h('p', {}, alertCounts(alert, context)),
        alert.topTerms.length > 0 ? h('p', {}, `${strings.topTerms}: ${alert.topTerms.join(', ')}`) : null,
        ...alert.excerpts.map((item) => excerpt(item, context)),
        h('p', {}, postsLink(alert, strings.alertPosts, context.meta.setsAside))));
    }
  },
};

/** A link to the search that lists the alert's posts of its day, beyond the three excerpts. */
function postsLink(alert: AlertEntry, text: string, setsAside: boolean): HTMLElement {
  const href = searchHash(alertQuery(alert.target, alert.day, setsAside));
  return h('a', { href, 'data-search-link': 'alert' }, text);
}

/**
 * "наблюдалось: 21, ожидалось: ≈ 3,0, разных текстов: 1": each count after its name, which
 * agrees with every number ("21 наблюдалось, 1 разных текстов" did not), written as the page's
 * language writes numbers ("2.5" was read as a date in Russian and Kazakh).
 */
function alertCounts(alert: AlertEntry, context: PageContext): string {
  const { strings } = context;
  const expected = new Intl.NumberFormat(LOCALES[context.language], {
    minimumFractionDigits: 1, maximumFractionDigits: 1,
  }).format(alert.expected);
  return `${strings.observed}: ${count(alert.observed, context)}, ${strings.expected}: ≈ ${expected}, ` +
    `${strings.distinct}: ${count(alert.distinct, context)}`;
}
