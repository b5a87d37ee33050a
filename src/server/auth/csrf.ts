/**
 * CSRF protection for every state-changing request. Logged-in callers send their session's own
 * token in the `X-CSRF-Token` header; before login the token is a random value in a readable
 * cookie that the page copies into the header (double submit). A cross-site page can make the
 * browser send cookies, but can neither read them nor set custom headers.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

import type { Session } from '../state/accounts.js';
import { sameToken } from './tokens.js';

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_COOKIE = 'tyndau_csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why the request must be refused, or null when it may go on. */
export function csrfProblem(http: Context, session: Session | null): string | null {
  if (SAFE_METHODS.has(http.req.method)) return null;

  const origin = http.req.header('origin');
  if (origin && origin !== new URL(http.req.url).origin) return `origin ${origin} is not this server`;

  const sent = http.req.header(CSRF_HEADER);
  const expected = session ? session.csrfToken : getCookie(http, CSRF_COOKIE);
  if (!sent) return `missing ${CSRF_HEADER} header`;
  return sameToken(sent, expected) ? null : `${CSRF_HEADER} does not match this session`;
}
