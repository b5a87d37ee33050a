import type { Migration } from '../migration.js';

/**
 * Each post records the versions of the analysis stages that made its analysis (a row of
 * `analysis_versions`, shared by every post analysed alike), and the language shares its
 * sentiment was weighed with, so that re-analysis after a model change runs only the stages
 * that changed. Posts stored before have neither and are analysed whole at the next re-analysis.
 */
export const analysisVersions: Migration = {
  version: 10,
  name: 'analysis stage versions and language shares of each post',
  sql: `
CREATE TABLE analysis_versions (
  id INTEGER PRIMARY KEY,
  versions TEXT NOT NULL UNIQUE
);
ALTER TABLE posts ADD COLUMN analysis_versions_id INTEGER;
ALTER TABLE posts ADD COLUMN language_shares TEXT;
`,
};
