/**
 * An endpoint is data: method, path, role, parameters, what it returns and how. The app registers
 * routes from the list and the OpenAPI document is written from the same list, so the two never
 * disagree.
 */
import type { Context } from 'hono';

import type { Role } from './auth/roles.js';
import type { ServerContext } from './server-context.js';
import type { Session } from './state/accounts.js';

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface QueryParameter {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}

export interface EndpointRequest {
  readonly http: Context;
  readonly server: ServerContext;
  readonly session: Session | null;
  /** A query parameter, or undefined. */
  query(name: string): string | undefined;
  /** A path parameter such as `{id}`. */
  param(name: string): string;
  /** The JSON body, already parsed; {} for none. */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface Endpoint {
  readonly method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI form: `/api/digests/{id}/pdf`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** The least role that may call it; null when no login is needed. */
  readonly role: Role | null;
  readonly query?: readonly QueryParameter[];
  /** What each `{name}` in the path is, for the OpenAPI document. */
  readonly pathParameters?: Readonly<Record<string, Omit<QueryParameter, 'name' | 'required'>>>;
  readonly body?: JsonSchema;
  /**
   * The statuses a handler throws besides 400 and the login and CSRF refusals, with when; the
   * OpenAPI document lists them, so that a script can tell "no such digest" from a broken call.
   */
  readonly errors?: Readonly<Partial<Record<401 | 404 | 409 | 503, string>>>;
  readonly response: {
    readonly mediaType: string;
    readonly description: string;
    readonly schema?: JsonSchema;
  };
  handle(request: EndpointRequest): Response | Promise<Response>;
}

/**
 * Thrown by handlers for a request the caller can fix; becomes a JSON error with `status`, and
 * with `said`, the same in Russian, Kazakh and English, when a dashboard user may meet it.
 */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 415 | 503,
    message: string,
    readonly said?: Readonly<Record<'ru' | 'kk' | 'en', string>>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const JSON_TYPE = 'application/json';

export function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
