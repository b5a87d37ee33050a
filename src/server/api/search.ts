import { shownSearch } from '../../insight/search-counts.js';
import type { Project } from '../../project/project.js';
import { districtHints } from '../../query/district-hints.js';
import { MAX_SEARCH_PAGE } from '../../query/limits.js';
import { parseQuery, QueryError, type Query } from '../../query/index.js';
import { queryVocabularyOf } from '../../query/project-vocabulary.js';
import { QUERY_LANGUAGES, type QueryLanguage } from '../../query/query-problem.js';
import { parseWholeNumber } from '../../text/whole-number.js';
import { HttpError, json, JSON_TYPE, type Endpoint } from '../endpoint.js';
import { PERIOD_PARAMETERS } from './period.js';

const PAGE_SIZE = 20;

/**
 * Search with the Boolean query language (docs/query-language.md), checked against the
 * project's subjects, issues, slices and districts. Hits show what an excerpt shows: the
 * redacted text, platform and day of a social post, outlet and URL only for news. Counts by day
 * and sentiment follow the minimum group size like every other breakdown.
 */
export const SEARCH_ENDPOINT: Endpoint = {
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over redacted posts, newest first, with counts by day and sentiment',
  tag: 'dashboard',
  role: 'viewer',
  query: [
    { name: 'q', description: 'a Boolean query: words, "phrases", AND, OR, NOT, NEAR/n, wildcards, field filters', required: true },
    ...PERIOD_PARAMETERS.map((parameter) => ({ ...parameter, description: `${parameter.name === 'from' ? 'first' : 'last'} day, YYYY-MM-DD (default: every stored day)` })),
    { name: 'page', description: 'page of 20 hits, from 1', schema: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_PAGE } },
    { name: 'lang', description: 'language of a query error: ru, kk or en (default en)', schema: { type: 'string', enum: [...QUERY_LANGUAGES] } },
  ],
  response: { mediaType: JSON_TYPE, description: 'matching posts and counts', schema: { type: 'object' } },
  handle({ query, server }) {
    const text = (query('q') ?? '').trim();
    if (text === '') throw new HttpError(400, 'give the words to search for in q');
    const page = parseWholeNumber(query('page') ?? '1');
    if (page === null || page < 1 || page > MAX_SEARCH_PAGE) {
      throw new HttpError(400, `page "${query('page')}" must be a whole number from 1 to ${MAX_SEARCH_PAGE}`);
    }
    const language = errorLanguage(query('lang'));

    let asked;
    let result;
    try {
      asked = parsed(text, server.project);
      result = server.store.search(asked, {
        limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, from: query('from'), to: query('to'),
      });
    } catch (error) {
      // A query error names the column; the page shows the message under the search box.
      throw new HttpError(400, error instanceof QueryError ? error.format(language) : (error as Error).message);
    }
    const shown = shownSearch(result, asked, server.project.privacy.minGroupSize, query('to'));
    return json({ query: text, page, pageSize: PAGE_SIZE, ...shown, districtHints: districtHints(asked, server.project) });
  },
};

function errorLanguage(written: string | undefined): QueryLanguage {
  if (written === undefined) return 'en';
  if ((QUERY_LANGUAGES as readonly string[]).includes(written)) return written as QueryLanguage;
  throw new HttpError(400, `lang "${written}" must be one of ${QUERY_LANGUAGES.join(', ')}`);
}

/** As `tyndau search` parses it: the project's ids and names, and its saved queries. */
function parsed(text: string, project: Project): Query {
  return parseQuery(text, { vocabulary: queryVocabularyOf(project) });
}
