/** The OpenAPI 3.1 document of the API, written from the endpoint list. */
import type { Project } from '../project/project.js';
import { CSRF_HEADER } from './auth/csrf.js';
import type { Endpoint } from './endpoint.js';
import { SESSION_COOKIE } from './api/session.js';
import { SMALL_ROW_POSTS } from '../insight/period-insight.js';

// A researcher reading a share and its interval from the JSON needs to know how it was made
// and where that is written down; the answer carried no pointer to the method.
const SENTIMENT_METHOD = 'Sentiment shares (`shares` with `low` and `high`) are corrected for classifier ' +
  'error: each group of posts (language × kind) with its own measured confusion matrix, the groups pooled ' +
  'by posts, with 95% percentile bootstrap intervals; a group without a calibration, whose shares its ' +
  'confusion cannot produce, or whose correction erred more than counting on held-out labelled weeks, ' +
  'is counted as classified (`corrected`, `correctedPosts`, `uncalibratedPosts`, `outOfRangePosts`, ' +
  '`declinedPosts`, and the `sentimentCoverage` sentences say how many; the intervals of the last two ' +
  'kinds also span the corrected reading or the errors counting made on those weeks), with Wilson ' +
  `intervals when nothing is corrected. A row of fewer than ${SMALL_ROW_POSTS} posts is counted as classified with a ` +
  'Wilson interval whatever its groups (`smallRowPosts`). `counts` and the CSV/XLSX exports count posts as the classifier labelled them. ' +
  'The method and its figures: docs/models.md, "Prevalence correction", in the tyndau repository.';

export function openApiDocument(endpoints: readonly Endpoint[], project: Project): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method] = operationOf(endpoint);
  }
  // Served by the app itself, apart from the endpoint list, and without a login.
  paths['/api/openapi.json'] = {
    get: {
      summary: 'This document',
      tags: ['session'],
      operationId: 'getApiOpenapiJson',
      responses: { 200: { description: 'the OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: `tyndau API: ${project.name}`,
      version: '0.1.0',
      description: 'Aggregates of public posts about the city administration. Every breakdown applies ' +
        `the minimum group size (${project.privacy.minGroupSize}); there is no per-author data. ` +
        `Log in with POST /api/session; send the CSRF token in ${CSRF_HEADER} with every POST, PATCH and DELETE. ` +
        SENTIMENT_METHOD,
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
      },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      },
    },
    paths,
  };
}

function operationOf(endpoint: Endpoint): Record<string, unknown> {
  const changesState = endpoint.method !== 'get';
  const pathParameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    description: endpoint.pathParameters?.[match[1]!]?.description,
    schema: endpoint.pathParameters?.[match[1]!]?.schema ?? { type: 'string' },
  }));
  const queryParameters = (endpoint.query ?? []).map((parameter) => ({
    name: parameter.name,
    in: 'query',
    required: parameter.required ?? false,
    description: parameter.description,
    schema: parameter.schema ?? { type: 'string' },
  }));
  const error = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const security = [
    ...(endpoint.role ? [{ session: [], ...(changesState ? { csrf: [] } : {}) }] : []),
    ...(!endpoint.role && changesState ? [{ csrf: [] }] : []),
  ];

  return {
    summary: endpoint.summary,
    tags: [endpoint.tag],
    operationId: `${endpoint.method}${endpoint.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    ...(endpoint.role ? { description: `Needs the ${endpoint.role} role or higher.` } : {}),
    parameters: [...pathParameters, ...queryParameters],
    ...(endpoint.body ? {
      // The server refuses a field the body does not name (bodyProblem); the document says so.
      requestBody: { required: true, content: { 'application/json': { schema: { ...endpoint.body, additionalProperties: false } } } },
    } : {}),
    ...(security.length > 0 ? { security } : {}),
    responses: {
      [endpoint.method === 'post' && endpoint.body && endpoint.path !== '/api/session' ? '201' : '200']: {
        description: endpoint.response.description,
        content: { [endpoint.response.mediaType]: { schema: endpoint.response.schema ?? {} } },
      },
      400: error,
      ...(endpoint.role ? { 401: error, 403: error } : changesState ? { 403: error } : {}),
      ...(endpoint.body ? {
        413: { ...error, description: 'the body is larger than the server takes' },
        415: { ...error, description: 'the body is not application/json in UTF-8' },
      } : {}),
      ...Object.fromEntries(Object.entries(endpoint.errors ?? {})
        .map(([status, when]) => [status, { ...error, description: when }])),
    },
  };
}
