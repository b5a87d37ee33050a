import type { Migration } from './migration.js';

/**
 * The other keys a stored post is known by: a post read from two formats (a Telegram chat's
 * JSON and HTML exports, a feed's article and a listening tool's row of it) is keyed differently
 * by each, and is found by either. Each row is one keyed hash and the post it names; posts stored
 * before have no rows and are still found by their own id, and a re-import adds the keys its
 * format gives. The table may be there already when a test undoes later steps and runs them again.
 * `owner` is the post's `id` in SQLite and its sequence number in PostgreSQL.
 */
export function postAliasesStep(version: number, ownerType: 'TEXT' | 'bigint'): Migration {
  const withoutRowid = ownerType === 'TEXT' ? ' WITHOUT ROWID' : '';
  return {
    version,
    name: 'other keys of a post, for the same post read from two formats',
    sql: `
CREATE TABLE IF NOT EXISTS post_aliases (
  alias TEXT PRIMARY KEY,
  owner ${ownerType} NOT NULL
)${withoutRowid};
`,
  };
}
