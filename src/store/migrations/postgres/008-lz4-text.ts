import type { Migration } from '../migration.js';

/**
 * Long values of a post (text, normalised text, search vector) compressed with lz4 instead of
 * PostgreSQL's own pglz: storing a batch spent a tenth of the database's time compressing with
 * pglz, and lz4 does the same work several times faster. Values already stored keep their
 * compression until rewritten; partitions made later take the parent's setting. A server built
 * without lz4 keeps pglz.
 */
export const lz4Text: Migration = {
  version: 8,
  name: 'post text, normalised text and search vector compressed with lz4',
  sql: `
DO $$
BEGIN
  ALTER TABLE posts
    ALTER COLUMN text SET COMPRESSION lz4,
    ALTER COLUMN title SET COMPRESSION lz4,
    ALTER COLUMN normalised SET COMPRESSION lz4,
    ALTER COLUMN search_vector SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'lz4 is not available on this server; post text stays compressed with pglz';
END $$;
`,
};
