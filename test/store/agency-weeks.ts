/**
 * Stored items for weak-points tests: agencies' posts over two weeks, with every count a test
 * expects written out below.
 */
import type { AgencyAttribution, SentimentLabel } from '../../src/analyze/analysis.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from './make-post.js';

/**
 * Two weeks with hand-counted groups (minimum group size 10):
 * - the health department: 200 social posts this week through the map (healthcare), 60 of
 *   them negative, 20 in Auezov district; 150 posts the week before, 30 negative; 2 news
 *   articles that name it on healthcare;
 * - the metro: 12 posts this week, every one negative, naming it; 1 article of its own channel;
 * - the power company: 3 posts, too few to show.
 */
export const AGENCY_WEEK = { from: '2024-11-11', to: '2024-11-17' };

const byMap = (issueId: string): AgencyAttribution =>
  ({ agencyId: 'health-department', rule: 'issue', issueId, districtId: null, evidence: [] });
const naming = (agencyId: string, form: string): AgencyAttribution =>
  ({ agencyId, rule: 'mention', issueId: null, districtId: null, evidence: [form] });

export function agencyWeeks(): StoredItem[] {
  const items: StoredItem[] = [];
  const add = (id: string, day: string, text: string, sentiment: SentimentLabel, analysis: {
    issues: string[]; districts?: string[]; agencies: AgencyAttribution[];
  }, news = false): void => {
    items.push(makeItem(
      news
        ? { nativeId: id, text, platform: 'news', outlet: 'Vlast.kz', url: `https://vlast.kz/${id}`, publishedAt: `${day}T06:00:00Z` }
        : { nativeId: id, text, publishedAt: `${day}T06:00:00Z` },
      { sentiment, ...analysis },
    ));
  };

  for (let index = 0; index < 200; index++) {
    const sentiment = index < 60 ? 'negative' : 'neutral';
    add(`health-${index}`, `2024-11-1${1 + (index % 7)}`, `В поликлинике очередь, талон ${index}`, sentiment,
      { issues: ['healthcare'], districts: index < 20 ? ['auezov'] : [], agencies: [byMap('healthcare')] });
  }
  for (let index = 0; index < 150; index++) {
    add(`health-before-${index}`, `2024-11-0${4 + (index % 6)}`, `Запись к врачу ${index}`,
      index < 30 ? 'negative' : 'neutral', { issues: ['healthcare'], agencies: [byMap('healthcare')] });
  }
  for (let index = 0; index < 2; index++) {
    add(`health-news-${index}`, '2024-11-12', `Управление здравоохранения ответило на жалобы ${index}`, 'neutral',
      { issues: ['healthcare'], agencies: [naming('health-department', 'Управление здравоохранения')] }, true);
  }
  for (let index = 0; index < 12; index++) {
    add(`metro-${index}`, '2024-11-13', `Метрополитен опять встал, поезд ${index}`, 'negative',
      { issues: ['transport'], agencies: [naming('metro', 'Метрополитен')] });
  }
  items.push(makeItem(
    { nativeId: 'metro-own', text: 'Движение поездов восстановлено', platform: 'news', outlet: 'metro.kz', publishedAt: '2024-11-13T09:00:00Z' },
    { issues: ['transport'], agencies: [{ agencyId: 'metro', rule: 'own-channel', issueId: null, districtId: null, evidence: ['metro.kz'] }] },
  ));
  for (let index = 0; index < 3; index++) {
    add(`power-${index}`, '2024-11-14', `Нет света ${index}`, 'negative',
      { issues: ['outages'], agencies: [{ agencyId: 'power-company', rule: 'issue', issueId: 'outages', districtId: null, evidence: ['нет света'] }] });
  }
  return items;
}
