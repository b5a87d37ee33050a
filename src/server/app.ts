/**
 * The HTTP application: security headers, sessions, CSRF, roles, the API endpoints and the
 * dashboard's static files, on Hono.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';

import { closestMatch } from '../project/did-you-mean.js';
import type { ReportLanguage } from '../project/project.js';
import { csrfProblem } from './auth/csrf.js';
import { bodyProblem } from './body-problem.js';
import { hasRole } from './auth/roles.js';
import { ENDPOINTS } from './api/index.js';
import { HttpError, json, type Endpoint } from './endpoint.js';
import { openApiDocument } from './openapi.js';
import { said, type Said } from './said.js';
import { SESSION_COOKIE } from './api/session.js';
import type { ServerContext } from './server-context.js';
import { serveDashboard } from './static-files.js';

// The dashboard loads only its own scripts and styles; scraped text can never pull anything in.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'",
].join('; ');

// Every body the API takes is a small JSON object (a login, a user, a period). Without a cap a
// client could make the server hold a body of any size in memory before it is refused.
const MAX_BODY_BYTES = 64 * 1024;

export function createApp(server: ServerContext, endpoints: readonly Endpoint[] = ENDPOINTS): Hono {
  const app = new Hono();

  app.use('*', async (http, next) => {
    await next();
    http.res.headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    http.res.headers.set('x-content-type-options', 'nosniff');
    http.res.headers.set('referrer-policy', 'no-referrer');
    http.res.headers.set('x-frame-options', 'DENY');
  });

  app.use('/api/*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => json({ error: `the body is larger than ${MAX_BODY_BYTES / 1024} KB; send a small JSON object` }, 413),
  }));

  const document = openApiDocument(endpoints, server.project);
  app.get('/api/openapi.json', () => json(document));
  for (const endpoint of endpoints) {
    app.on(endpoint.method.toUpperCase(), honoPath(endpoint.path), (http) => dispatch(http, endpoint, server));
  }
  app.all('/api/*', (http) => unmatched(http.req.path, endpoints));
  app.get('*', (http) => serveDashboard(http, server.webRoot));
  // A fault of the server, not of the request: the client learns that much as JSON, like every
  // other answer; the reason goes to the server's own log, not to whoever asked.
  app.onError((error, http) => {
    process.stderr.write(`tyndau serve: ${http.req.method} ${http.req.path} failed: ${error.stack ?? error.message}\n`);
    const failed = said({ code: 'server-failed' });
    return json({ error: failed.en, said: failed }, 500);
  });
  return app;
}

async function dispatch(http: Context, endpoint: Endpoint, server: ServerContext): Promise<Response> {
  const session = server.accounts.findSession(getCookie(http, SESSION_COOKIE));
  const refusal = csrfProblem(http, session);
  if (refusal) return json({ error: `refused: ${refusal}` }, 403);
  const language = refusalLanguage(http, endpoint);
  if (endpoint.role !== null) {
    if (!session) return refused(401, said({ code: 'log-in-first' }), language);
    if (!hasRole(session.user.role, endpoint.role)) {
      return refused(403, said({ code: 'needs-role', role: endpoint.role, userRole: session.user.role }), language);
    }
  }

  try {
    const undecodable = undecodableParameter(http.req.url);
    if (undecodable) throw new HttpError(400, undecodable);
    const unknown = unknownParameter(http, endpoint);
    if (unknown) throw new HttpError(400, unknown[language], unknown);
    const body = endpoint.body ? await readBody(http) : {};
    const problem = endpoint.body ? bodyProblem(endpoint.body, body) : null;
    if (problem) throw new HttpError(400, problem);
    return await endpoint.handle({
      http,
      server,
      session,
      body,
      query: (name) => singleQueryValue(http, name, language),
      param: (name) => http.req.param(name) ?? '',
    });
  } catch (error) {
    if (error instanceof HttpError) {
      return json({ error: error.message, ...(error.said ? { said: error.said } : {}) }, error.status);
    }
    throw error;
  }
}

/**
 * The language a refusal's `error` is written in: the `lang` an endpoint takes (search's, for
 * its query errors), else English, which scripts and logs read. `said` carries every language.
 */
function refusalLanguage(http: Context, endpoint: Endpoint): ReportLanguage {
  const takesLanguage = (endpoint.query ?? []).some((parameter) => parameter.name === 'lang');
  const asked = takesLanguage ? http.req.query('lang') : undefined;
  return asked === 'ru' || asked === 'kk' ? asked : 'en';
}

function refused(status: 401 | 403, problem: Said, language: ReportLanguage): Response {
  return json({ error: problem[language], said: problem }, status);
}

/**
 * A query parameter given once. A repeated one ("?q=автобус&q=метро", two form fields of one
 * name) was read as its first value, and the rest of what the caller asked for was dropped.
 */
function singleQueryValue(http: Context, name: string, language: ReportLanguage): string | undefined {
  const values = http.req.queries(name);
  if (values && values.length > 1) {
    const problem = said({ code: 'repeated-parameter', name, times: values.length });
    throw new HttpError(400, problem[language], problem);
  }
  return values?.[0];
}

/**
 * An API address no route answered. One that exists for other methods (`POST /api/overview`,
 * `DELETE /api/alerts`) is a 405 naming those; it was "no such endpoint", which sent the caller
 * looking for a path that is there.
 */
function unmatched(path: string, endpoints: readonly Endpoint[]): Response {
  const methods = endpoints
    .filter((endpoint) => new RegExp(`^${honoPath(endpoint.path).replace(/:\w+/g, '[^/]+')}$`).test(path))
    .map((endpoint) => endpoint.method.toUpperCase());
  if (methods.length === 0) return json({ error: 'no such endpoint; see /api/openapi.json' }, 404);
  const response = json({ error: `${path} takes ${methods.join(', ')} only` }, 405);
  response.headers.set('allow', methods.join(', '));
  return response;
}

/**
 * A query parameter whose %-escapes are no UTF-8 (`q=%ED%A0%80`, `q=%FF`, a query %-escaped in
 * windows-1251 by an old script). It was read as the escapes themselves: a search for "%ff"
 * answered "no posts", as if nothing were wrong.
 */
function undecodableParameter(url: string): string | null {
  const { pathname, search: query } = new URL(url);
  // A path parameter (`DELETE /api/users/%FF`) was read as its escapes: "no account "%FF"".
  try {
    decodeURIComponent(pathname);
  } catch {
    return `the path ${pathname} is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)`;
  }
  const search = query.slice(1);
  for (const pair of search.split('&')) {
    const [name = '', value = ''] = pair.split('=', 2);
    for (const [part, written] of [['name', name], ['value', value]] as const) {
      try {
        decodeURIComponent(written.replaceAll('+', ' '));
      } catch {
        const shown = part === 'name' ? `a parameter name (${written})` : `the value of ${name}`;
        return `${shown} is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)`;
      }
    }
  }
  return null;
}

/**
 * A query parameter the endpoint does not read. A misspelt one (`form=2024-11-01`, `qq=автобус`,
 * `date=`) was ignored and the default answered in its place: the week before the last dated
 * day instead of the one asked for, with nothing to tell the caller.
 */
function unknownParameter(http: Context, endpoint: Endpoint): Said | null {
  const known = (endpoint.query ?? []).map((parameter) => parameter.name);
  const name = Object.keys(http.req.queries()).find((given) => !known.includes(given));
  if (name === undefined) return null;
  const { path } = endpoint;
  if (known.length === 0) return said({ code: 'no-parameters', name, path });
  const suggestion = closestMatch(name, known);
  return said({ code: 'unknown-parameter', name, path, known: known.join(', '), ...(suggestion ? { suggestion } : {}) });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON object a request carries. The media type is read whole: `application/jsonx` passed a
 * test of its start. A body in another charset (`charset=windows-1251`, as an old script sends)
 * or with bytes that are no UTF-8 was read with U+FFFD in place of each Cyrillic letter, and the
 * caller heard that the account name had no letters.
 */
async function readBody(http: Context): Promise<Record<string, unknown>> {
  const [mediaType = '', ...parameters] = (http.req.header('content-type') ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    throw new HttpError(415, 'send the body as application/json');
  }
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^"]*)"?\s*$/i.exec(parameter)?.[1]?.toLowerCase())
    .find((value) => value !== undefined);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, `send the body in UTF-8, not ${charset}`);
  }

  let text: string;
  try {
    text = UTF8.decode(await http.req.arrayBuffer());
  } catch {
    throw new HttpError(400, 'the body is not UTF-8; send JSON text in UTF-8');
  }
  const body = parsedJson(text);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'the body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `/api/digests/{id}/pdf` → `/api/digests/:id/pdf`. */
function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
