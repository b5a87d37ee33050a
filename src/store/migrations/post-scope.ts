import type { Migration } from './migration.js';

/**
 * Each post records whether it is about the project's place (`home`), only about other places
 * (`elsewhere`) or names no place (`none`); `rollup_scope` counts posts by day and scope, so the
 * digest can say how many posts about other places it set aside. Posts stored before have no
 * scope, count as `none`, and get one at the next `tyndau analyze`, which runs that stage alone.
 */
export function postScopeStep(version: number, dayType: 'TEXT' | 'date'): Migration {
  const withoutRowid = dayType === 'TEXT' ? ' WITHOUT ROWID' : '';
  const originals = dayType === 'TEXT' ? 'sum(amplifies_id IS NULL)' : 'count(*) FILTER (WHERE amplifies_id IS NULL)';
  const amplifications = dayType === 'TEXT'
    ? 'sum(amplifies_id IS NOT NULL)'
    : 'count(*) FILTER (WHERE amplifies_id IS NOT NULL)';
  return {
    version,
    name: 'the scope of each post (home, elsewhere, none) and its daily rollup',
    sql: `
ALTER TABLE posts ADD COLUMN scope TEXT;
CREATE TABLE rollup_scope (
  day ${dayType} NOT NULL,
  scope TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, scope)
)${withoutRowid};
INSERT INTO rollup_scope (day, scope, originals, amplifications)
  SELECT day, 'none', ${originals}, ${amplifications} FROM posts GROUP BY day;
`,
  };
}
