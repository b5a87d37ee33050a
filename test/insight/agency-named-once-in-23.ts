/**
 * The akimat's week as the demo store had it (2025-10-14 to 2025-10-20): 23 posts attributed to
 * it, all on VK, 1 naming it and 22 through the city-wide map. The attribution line's three counts add up
 * to the 23 shown beside them.
 */
import type { AgencyAttribution } from '../../src/analyze/analysis.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export const AKIMAT_WEEK = { from: '2025-10-14', to: '2025-10-20' };

export function agencyNamedOnceIn23(): StoredItem[] {
  const named: AgencyAttribution = {
    agencyId: 'akimat', rule: 'mention', issueId: null, districtId: null, evidence: ['акимат'],
  };
  const byMap: AgencyAttribution = {
    agencyId: 'akimat', rule: 'issue', issueId: 'corruption-governance', districtId: null, evidence: [],
  };
  return Array.from({ length: 23 }, (_, index) => makeItem(
    {
      nativeId: `akimat-${index}`, platform: 'vk', text: `Где отчёт о бюджете города ${index}`,
      publishedAt: `2025-10-${14 + (index % 7)}T06:00:00Z`,
    },
    { sentiment: 'negative', issues: ['corruption-governance'], agencies: [index === 0 ? named : byMap] },
  ));
}
