import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';

const CASES = JSON.parse(readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'server', 'account-names-that-look-alike.json'), 'utf8',
)) as { existing: string[]; refused: [string, string][]; added: string[]; logsInAs: [string, string][] };

const PASSWORD = 'a-long-password-1';

async function accountsWith(names: readonly string[]): Promise<Accounts> {
  const accounts = new Accounts(openStateDatabase(':memory:'));
  for (const name of names) await accounts.addUser(name, PASSWORD, 'viewer', 'ru');
  return accounts;
}

describe('account names', () => {
  it('refuse a new name that reads like an existing one in another case or alphabet', async () => {
    const accounts = await accountsWith(CASES.existing);
    const messages = await Promise.all(CASES.refused.map(([name]) =>
      accounts.addUser(name, PASSWORD, 'viewer', 'ru').then(() => 'added', (error: Error) => error.message)));

    expect(messages).toEqual(CASES.refused.map(([name, twin]) =>
      `user "${name.normalize('NFC')}" would look like the account "${twin}" (same letters in another case or alphabet); choose a name that reads differently`));
    expect(accounts.listUsers().map((user) => user.name).sort()).toEqual([...CASES.existing].sort());
  });

  it('take names that differ in a letter or a sign', async () => {
    const accounts = await accountsWith(CASES.existing);
    for (const name of CASES.added) await accounts.addUser(name, PASSWORD, 'viewer', 'ru');
    expect(accounts.listUsers()).toHaveLength(CASES.existing.length + CASES.added.length);
  });

  it('log in under a name typed in decomposed letters', async () => {
    const accounts = await accountsWith(CASES.existing);
    for (const [typed, name] of CASES.logsInAs) {
      expect(typed).not.toBe(name);
      expect((await accounts.checkPassword(typed, PASSWORD))?.name).toBe(name);
    }
  });
});
