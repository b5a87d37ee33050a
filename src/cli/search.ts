import type { Command } from 'commander';

import { shownSearch, type ShownSearch } from '../insight/search-counts.js';
import { HIDDEN_BESIDE_SMALL, type ShownCount } from '../insight/small-groups.js';
import type { Project } from '../project/project.js';
import type { Query } from '../query/ast.js';
import { districtHints, type DistrictHint } from '../query/district-hints.js';
import { MAX_SEARCH_PAGE, MAX_SEARCH_PAGE_SIZE } from '../query/limits.js';
import { parseQuery } from '../query/parser.js';
import { queryVocabularyOf } from '../query/project-vocabulary.js';
import { QueryError } from '../query/query-error.js';
import { addDays } from '../store/day-range.js';
import type { SearchResult, Snippet } from '../store/store.js';
import {
  UsageError, openProject, openExistingStore, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { outsideStoredDaysNote } from './period.js';
import { searchDayLines } from './search-day-lines.js';
import { printable } from '../text/printable.js';
import { parseWholeNumber } from '../text/whole-number.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Boolean search over stored posts (docs/query-language.md): counts by day and sentiment, and redacted snippets')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .argument('<query>', 'words, "phrases", AND OR NOT, NEAR/n, ONEAR/n, * and ?, lang: platform: outlet: subject: issue: slice: district: sentiment: date:')
    .option('--from <day>', 'first day, YYYY-MM-DD (default: the first stored day)')
    .option('--to <day>', 'last day, YYYY-MM-DD, included (default: the last stored day)')
    .option('--limit <n>', 'snippets per page', '20')
    .option('--page <n>', 'page of snippets, from 1', '1')
    .option('--json', 'print the result as one JSON object')
    .action(async (query: string, options: { project: string; from?: string; to?: string; limit: string; page: string; json?: boolean }) => {
      const limit = positiveInteger(options.limit, '--limit', MAX_SEARCH_PAGE_SIZE);
      const page = positiveInteger(options.page, '--page', MAX_SEARCH_PAGE);
      const project = await openProject(options.project);
      const parsed = parsedQuery(query, project);
      const store = openExistingStore(project);
      try {
        const result = store.search(parsed, { limit, offset: (page - 1) * limit, from: options.from, to: options.to });
        const counted: CountedResult = {
          ...result, ...shownSearch(result, parsed, project.privacy.minGroupSize, options.to), districtHints: districtHints(parsed, project),
        };
        process.stdout.write(options.json ? JSON.stringify(counted) + '\n' : describe(query, counted, page, limit));
        (options.json ? process.stderr : process.stdout).write(outsideStoredDaysNote(store, options) ?? '');
      } finally {
        store.close();
      }
    });
}

/** The query with the project's ids and saved queries; a mistake is shown under the query. */
function parsedQuery(text: string, project: Project): Query {
  try {
    return parseQuery(text, { vocabulary: queryVocabularyOf(project) });
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(error.format());
    throw error;
  }
}

function positiveInteger(value: string, what: string, max: number): number {
  const number = parseWholeNumber(value);
  if (number === null || number < 1 || number > max) {
    throw new Error(`${what} "${value}" must be a whole number from 1 to ${max}`);
  }
  return number;
}

/** The result with its counts as the dashboard shows them; the posts are still listed, redacted. */
type CountedResult = Omit<SearchResult, keyof ShownSearch> & ShownSearch & { readonly districtHints: readonly DistrictHint[] };

/** A terminal gets matches in bold; a pipe gets them in [brackets]. */
function highlight(snippet: Snippet, terminal: boolean): string {
  const [open, close] = terminal ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
  let text = '';
  let position = 0;
  for (const mark of snippet.highlights) {
    text += printable(snippet.text.slice(position, mark.start)) + open + printable(snippet.text.slice(mark.start, mark.end)) + close;
    position = mark.end;
  }
  return (text + printable(snippet.text.slice(position))).replace(/\s+/g, ' ');
}

function describe(query: string, result: CountedResult, page: number, limit: number): string {
  const terminal = Boolean(process.stdout.isTTY);
  const count = (size: ShownCount): string => (size === null ? `<${result.minGroupSize}` : String(size));
  const matches = result.total === 1 ? 'post matches' : 'posts match';
  const lines = [`${count(result.total)} ${matches} ${printable(JSON.stringify(query))}`];
  for (const hint of result.districtHints) {
    lines.push(`hint: "${printable(hint.word)}" names a district; ${hint.filter} finds the posts counted for it (every form of its names, and its microdistricts)`);
  }
  if (result.total === 0) return lines.join('\n') + '\n';

  const sentiment = result.bySentiment;
  const shownSentiment = sentiment === null ? [] : [sentiment.negative, sentiment.neutral, sentiment.positive];
  if (sentiment === null) {
    lines.push('sentiment: not given for a query naming an outlet (outlets get their volume only)');
  } else {
    lines.push(`sentiment: negative ${count(sentiment.negative)}, neutral ${count(sentiment.neutral)}, positive ${count(sentiment.positive)}`);
  }
  const shownDays = result.byDay.map((day) => day.posts);
  if (result.total === null || [...shownSentiment, ...shownDays].includes(null)) {
    lines.push(`(counts under the minimum group size, ${result.minGroupSize}, are shown as <${result.minGroupSize})`);
  }
  if ([...shownSentiment, ...shownDays].includes(HIDDEN_BESIDE_SMALL)) {
    lines.push(`(${HIDDEN_BESIDE_SMALL}: hidden so that a count shown as <${result.minGroupSize} cannot be worked out from the total)`);
  }
  lines.push('by day:', ...searchDayLines(result.byDay, result.minGroupSize));
  if (result.byWeek?.some((week) => typeof week.posts === 'number' && week.posts > 0)) {
    // Weeks with no match are left out here; the JSON and the dashboard's chart keep them as 0.
    lines.push('by week, as no day reaches the minimum:', ...result.byWeek
      .filter((week) => week.posts !== 0)
      .map((week) => `  ${week.week} … ${addDays(week.week, 6)}  ${count(week.posts).padStart(6)}`));
  }

  const first = (page - 1) * limit + 1;
  lines.push(`posts ${first}–${first + result.hits.length - 1}, newest first:`);
  for (const hit of result.hits) {
    const origin = hit.kind === 'article' ? `${hit.outlet ?? hit.platform}` : hit.platform;
    const repost = hit.amplification ? ', repost' : '';
    const sentimentOf = hit.sentiment === null ? '' : `, ${hit.sentiment}`;
    lines.push(`- ${hit.day} ${origin} (${hit.language}${sentimentOf}${repost}, scope:${hit.scope})`);
    lines.push(`  ${highlight(hit.snippet, terminal)}`);
    if (hit.url) lines.push(`  ${hit.url}`);
  }
  return lines.join('\n') + '\n';
}
