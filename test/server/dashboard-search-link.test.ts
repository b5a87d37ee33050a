/**
 * A search in the dashboard's address. The search page forgot its query on every reload and
 * the tables had no way to the posts they count; a listening tool's user clicks a number to read
 * what it is made of, and sends a search to a colleague as a link.
 */
import { describe, expect, it } from 'vitest';

import { alertQuery, queryOfHash, rowQuery, searchHash } from '../../web/src/search-link.js';

describe('a search in the dashboard\'s address', () => {
  it('holds a query of Cyrillic, quotes, operators and an ampersand, and gives it back whole', () => {
    const query = '"горячей воды" NEAR/3 Ақсай AND district:auezov & тариф* NOT сайт=';
    const hash = searchHash(query);

    expect(hash).toBe('#/search?q=%22%D0%B3%D0%BE%D1%80%D1%8F%D1%87%D0%B5%D0%B9+%D0%B2%D0%BE%D0%B4%D1%8B%22+NEAR%2F3+' +
      '%D0%90%D2%9B%D1%81%D0%B0%D0%B9+AND+district%3Aauezov+%26+%D1%82%D0%B0%D1%80%D0%B8%D1%84*+NOT+%D1%81%D0%B0%D0%B9%D1%82%3D');
    expect(queryOfHash(hash)).toBe(query);
  });

  it('reads no query from another page, a search without one, or a blank one', () => {
    expect(queryOfHash('#/issues')).toBeNull();
    expect(queryOfHash('#/search')).toBeNull();
    expect(queryOfHash('#/search?q=')).toBeNull();
    expect(queryOfHash('#/search?q=+++')).toBeNull();
    expect(queryOfHash('#/searching?q=a')).toBeNull();
  });

  it('reads a query typed into the address by hand, with %20 for spaces', () => {
    expect(queryOfHash('#/search?q=issue:transport%20date:2025-11-24..2025-11-30'))
      .toBe('issue:transport date:2025-11-24..2025-11-30');
  });

  it('counts a table row with its field, its id and the page\'s period', () => {
    expect(rowQuery('district', 'auezov', { from: '2025-11-24', to: '2025-11-30' }))
      .toBe('district:auezov date:2025-11-24..2025-11-30');
    expect(rowQuery('issue', 'housing-utilities', { from: '2025-11-01', to: '2025-11-30' }))
      .toBe('issue:housing-utilities date:2025-11-01..2025-11-30');
  });

  it('lists an alert\'s posts of its day: an issue in a district, in the whole city, a subject', () => {
    expect(alertQuery({ kind: 'issue', issueId: 'outages', districtId: 'auezov' }, '2026-12-05'))
      .toBe('issue:outages district:auezov date:2026-12-05..2026-12-05');
    expect(alertQuery({ kind: 'issue', issueId: 'prices', districtId: '*' }, '2025-11-11'))
      .toBe('issue:prices date:2025-11-11..2025-11-11');
    expect(alertQuery({ kind: 'subject', subjectId: 'mayor' }, '2025-11-11'))
      .toBe('subject:mayor date:2025-11-11..2025-11-11');
  });
});
