import { shownSearch } from '../../insight/search-counts.js';
import type { Project } from '../../project/project.js';
import { districtHints } from '../../query/district-hints.js';
import { MAX_SEARCH_PAGE } from '../../query/limits.js';
import { parseQuery, QueryError, type Query } from '../../query/index.js';
import { queryVocabularyOf } from '../../query/project-vocabulary.js';
import { QUERY_LANGUAGES, type QueryLanguage } from '../../query/query-problem.js';
import { parseWholeNumber } from '../../text/whole-number.js';
import { HttpError, json, JSON_TYPE, type Endpoint } from '../endpoint.js';
import { said, saidOf, type Said } from '../said.js';
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
    // First, so that every refusal below is said in the language the page asked for.
    const language = errorLanguage(query('lang'));
    const text = (query('q') ?? '').trim();
    if (text === '') throw refusal(said({ code: 'no-query' }), language);
    const page = parseWholeNumber(query('page') ?? '1');
    if (page === null || page < 1 || page > MAX_SEARCH_PAGE) {
      const problem = said({ code: 'search-page', page: query('page') ?? '', maxPage: MAX_SEARCH_PAGE });
      throw refusal(problem, language);
    }

    let asked;
    let result;
    try {
      asked = parsed(text, server.project);
      result = server.store.search(asked, {
        limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, from: query('from'), to: query('to'),
      });
    } catch (error) {
      // A query error names the column; the page shows the message under the search box.
      if (error instanceof QueryError) throw new HttpError(400, error.format(language));
      const problem = saidOf(error);
      if (problem) throw refusal(problem, language);
      throw new HttpError(400, (error as Error).message);
    }
    const shown = shownSearch(result, asked, server.project.privacy.minGroupSize, query('to'));
    return json({ query: text, page, pageSize: PAGE_SIZE, ...shown, districtHints: districtHints(asked, server.project) });
  },
};

/**
 * A mistake in the call, said in `lang` as a query error is, and in each language for the page.
 * A period the page's link carried (`from=2025-13-01`) was refused in English alone, under a
 * Russian or Kazakh search box.
 */
function refusal(problem: Said, language: QueryLanguage): HttpError {
  return new HttpError(400, problem[language], problem);
}

function errorLanguage(written: string | undefined): QueryLanguage {
  if (written === undefined) return 'en';
  if ((QUERY_LANGUAGES as readonly string[]).includes(written)) return written as QueryLanguage;
  throw new HttpError(400, `lang "${written}" must be one of ${QUERY_LANGUAGES.join(', ')}`);
}

/** As `tyndau search` parses it: the project's ids and names, and its saved queries. */
function parsed(text: string, project: Project): Query {
  return parseQuery(text, { vocabulary: queryVocabularyOf(project) });
}
