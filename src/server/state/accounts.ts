/**
 * Local user accounts and their sessions. A session cookie holds a random token; only its SHA-256
 * is stored, with the session's own CSRF token and expiry.
 */
import type { ReportLanguage } from '../../project/project.js';
import type { StateDatabase } from '../../state/state-database.js';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password-hash.js';
import { isRole, type Role } from '../auth/roles.js';
import { newToken, tokenDigest } from '../auth/tokens.js';
import { lookAlikeSkeleton } from '../../text/look-alikes.js';

export interface User {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly language: ReportLanguage;
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** Why an account could not be added, for saying it in the dashboard user's language. */
export type AccountProblem =
  | { readonly code: 'account-name' | 'account-exists' | 'short-password'; readonly name: string }
  | { readonly code: 'account-look-alike'; readonly name: string; readonly twin: string };

/** An account that cannot be added as asked; the message is English, `problem` says why. */
export class AccountError extends Error {
  constructor(readonly problem: AccountProblem, message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

const SESSION_HOURS = 12;
const NAME_PATTERN = /^[\p{L}\p{N}._@-]{2,64}$/u;
const LANGUAGES: readonly ReportLanguage[] = ['ru', 'kk', 'en'];

/** Whether an account could have this name: 2 to 64 letters, digits or . _ @ - */
export function isAccountName(name: string): boolean {
  return NAME_PATTERN.test(name.normalize('NFC'));
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_digest TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
`;

interface UserRow {
  id: number;
  name: string;
  role: string;
  language: string;
  password_hash: string;
}

export class Accounts {
  readonly #database: StateDatabase;

  constructor(database: StateDatabase) {
    this.#database = database;
    database.pragma('foreign_keys = ON');
    database.exec(SCHEMA);
  }

  async addUser(written: string, password: string, role: Role, language: ReportLanguage): Promise<User> {
    const name = written.normalize('NFC');
    if (!isAccountName(name)) {
      throw new AccountError({ code: 'account-name', name }, `user "${name}": a name is 2 to 64 letters, digits or . _ @ -`);
    }
    if (!isRole(role)) throw new Error(`user "${name}": role "${role}" is not one of viewer, analyst, admin`);
    if (!LANGUAGES.includes(language)) throw new Error(`user "${name}": language "${language}" is not ru, kk or en`);
    const problem = passwordProblem(password);
    if (problem) throw new AccountError({ code: 'short-password', name }, `user "${name}": ${problem}`);
    if (this.#userRow(name)) throw new AccountError({ code: 'account-exists', name }, `user "${name}" exists already`);
    const twin = this.listUsers().find((user) => lookAlikeSkeleton(user.name) === lookAlikeSkeleton(name));
    if (twin) {
      throw new AccountError({ code: 'account-look-alike', name, twin: twin.name },
        `user "${name}" would look like the account "${twin.name}" (same letters in another case or ` +
        'alphabet); choose a name that reads differently');
    }

    const hash = await hashPassword(password);
    const result = this.#database
      .prepare('INSERT INTO users (name, role, password_hash, language, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, role, hash, language, Date.now());
    return { id: Number(result.lastInsertRowid), name, role, language };
  }

  listUsers(): User[] {
    const rows = this.#database.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[];
    return rows.map(userOf);
  }

  removeUser(name: string): boolean {
    return this.#database.prepare('DELETE FROM users WHERE name = ?').run(name.normalize('NFC')).changes > 0;
  }

  setLanguage(userId: number, language: ReportLanguage): void {
    if (!LANGUAGES.includes(language)) throw new Error(`language "${language}" is not ru, kk or en`);
    this.#database.prepare('UPDATE users SET language = ? WHERE id = ?').run(language, userId);
  }

  /** The user when name and password match; null otherwise, after the same hashing work. */
  async checkPassword(name: string, password: string): Promise<User | null> {
    const row = this.#userRow(name);
    // Hash even for an unknown name, so response time does not tell which names exist.
    const stored = row?.password_hash ?? DUMMY_HASH;
    const matches = await verifyPassword(password, stored);
    return row && matches ? userOf(row) : null;
  }

  /** Opens a session; returns the cookie token (never stored) and the session. */
  openSession(user: User, now = new Date()): { token: string; session: Session } {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    this.#database.prepare('DELETE FROM sessions WHERE expires_at < ?').run(now.getTime());
    this.#database
      .prepare('INSERT INTO sessions (token_digest, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)')
      .run(tokenDigest(token), user.id, csrfToken, expiresAt.getTime());
    return { token, session: { user, csrfToken, expiresAt } };
  }

  findSession(token: string | undefined, now = new Date()): Session | null {
    if (!token) return null;
    const row = this.#database.prepare(`SELECT u.*, s.csrf_token, s.expires_at
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_digest = ?`)
      .get(tokenDigest(token)) as (UserRow & { csrf_token: string; expires_at: number }) | undefined;
    if (!row || row.expires_at < now.getTime()) return null;
    return { user: userOf(row), csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) };
  }

  closeSession(token: string): void {
    this.#database.prepare('DELETE FROM sessions WHERE token_digest = ?').run(tokenDigest(token));
  }

  /**
   * The account of `name` in its composed form: "Айгерім" typed with й as и and a combining
   * breve (as some keyboards and pasted text give it) is the same name, and failed to log in.
   */
  #userRow(name: string): UserRow | undefined {
    return this.#database.prepare('SELECT * FROM users WHERE name = ?').get(name.normalize('NFC')) as UserRow | undefined;
  }
}

// A valid hash of a random password, checked when the name is unknown.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

function userOf(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    language: (LANGUAGES as readonly string[]).includes(row.language) ? row.language as ReportLanguage : 'ru',
  };
}
