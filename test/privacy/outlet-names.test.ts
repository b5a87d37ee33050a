import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
import { IMPORT_TIME, importFixture } from '../collect/fixture.js';

// A listening tool's export whose outlet column names the author of each row (a handle, a VK
// profile, an e-mail, a phone): each row was read as a news article of that "outlet", and the
// handle and the profile link went into the store, the digest's outlet table, the dashboard and
// the CSV and XLSX exports.
describe('an outlet name', () => {
  it('loses handles, profile links, e-mails and phone numbers, and is none when nothing else is left', async () => {
    const batch = await importFixture('csv-outlet-column-naming-authors.csv');
    const gate = new PrivacyGate({ secret: 'outlet-names-test', subjects: [] });
    const posts = batch.posts.map((raw) => gate.admit(raw, IMPORT_TIME));

    expect(posts.map((post) => [post.kind, post.outlet])).toEqual([
      ['article', 'Tengrinews.kz'],
      ['article', null],
      ['article', null],
      ['article', null],
      ['article', null],
      ['article', 'Tengri ([HANDLE])'],
      // Names are left to the outlet: real outlets' names read as persons' ("Азаттык").
      ['article', 'Радио Азаттык'],
    ]);
    expect(posts.map((post) => post.redactions)).toEqual([
      {}, { handle: 1 }, { link: 1 }, { email: 1 }, { phone: 1 }, { handle: 1 }, {},
    ]);
  });
});
