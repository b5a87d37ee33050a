import { generateCookie, getCookie } from 'hono/cookie';

import type { ReportLanguage } from '../../project/project.js';
import { CSRF_COOKIE } from '../auth/csrf.js';
import { LoginFailures } from '../auth/login-failures.js';
import { newToken } from '../auth/tokens.js';
import { HttpError, json, JSON_TYPE, type Endpoint, type EndpointRequest } from '../endpoint.js';
import { said } from '../said.js';
import { isAccountName, type Session } from '../state/accounts.js';

export const SESSION_COOKIE = 'tyndau_session';

const USER_SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    role: { type: 'string', enum: ['viewer', 'analyst', 'admin'] },
    language: { type: 'string', enum: ['ru', 'kk', 'en'] },
  },
};
const SESSION_SCHEMA = {
  type: 'object',
  properties: { user: { oneOf: [USER_SCHEMA, { type: 'null' }] }, csrfToken: { type: 'string' } },
};

const failures = new LoginFailures();

function withCookie(response: Response, cookie: string): Response {
  response.headers.append('set-cookie', cookie);
  return response;
}

function sessionBody(session: Session) {
  const { name, role, language } = session.user;
  return { user: { name, role, language }, csrfToken: session.csrfToken };
}

export const SESSION_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/session',
    summary: 'Who is logged in, and the CSRF token to send with state-changing requests',
    tag: 'session',
    role: null,
    response: { mediaType: JSON_TYPE, description: 'the user (null before login) and a CSRF token', schema: SESSION_SCHEMA },
    handle({ http, session, server }) {
      if (session) return json(sessionBody(session));
      const token = getCookie(http, CSRF_COOKIE) ?? newToken();
      // Readable by the page on purpose: it copies the value into the X-CSRF-Token header.
      return withCookie(json({ user: null, csrfToken: token }),
        generateCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'Strict', secure: server.secureCookies }));
    },
  },
  {
    method: 'post',
    path: '/api/session',
    summary: 'Log in with name and password',
    tag: 'session',
    role: null,
    body: {
      type: 'object',
      required: ['name', 'password'],
      properties: { name: { type: 'string' }, password: { type: 'string' } },
    },
    errors: { 401: 'a wrong name or password, or a name locked after five failed logins' },
    response: { mediaType: JSON_TYPE, description: 'the user and the session\'s CSRF token', schema: SESSION_SCHEMA },
    async handle({ body, server }) {
      const name = String(body.name ?? '');
      const password = String(body.password ?? '');
      // No account has such a name, so nothing is looked up or remembered for it.
      const wrong = said({ code: 'wrong-login' });
      if (!isAccountName(name)) throw new HttpError(401, wrong.en, wrong);
      const now = Date.now();
      if (failures.isLocked(name, now)) {
        const locked = said({ code: 'login-locked' });
        throw new HttpError(401, locked.en, locked);
      }

      const user = await server.accounts.checkPassword(name, password);
      if (!user) {
        failures.record(name, now);
        throw new HttpError(401, wrong.en, wrong);
      }
      failures.clear(name);
      const { token, session } = server.accounts.openSession(user);
      return withCookie(json(sessionBody(session)), generateCookie(SESSION_COOKIE, token, {
        path: '/', httpOnly: true, sameSite: 'Strict', secure: server.secureCookies, expires: session.expiresAt,
      }));
    },
  },
  {
    method: 'delete',
    path: '/api/session',
    summary: 'Log out',
    tag: 'session',
    role: 'viewer',
    response: { mediaType: JSON_TYPE, description: 'logged out' },
    handle({ http, server }) {
      const token = getCookie(http, SESSION_COOKIE);
      if (token) server.accounts.closeSession(token);
      return withCookie(json({ loggedOut: true }),
        generateCookie(SESSION_COOKIE, '', { path: '/', httpOnly: true, sameSite: 'Strict', maxAge: 0 }));
    },
  },
  {
    method: 'patch',
    path: '/api/me',
    summary: 'Change the interface language of the logged-in user',
    tag: 'session',
    role: 'viewer',
    body: {
      type: 'object',
      required: ['language'],
      properties: { language: { type: 'string', enum: ['ru', 'kk', 'en'] } },
    },
    response: { mediaType: JSON_TYPE, description: 'the user with the new language', schema: USER_SCHEMA },
    handle({ body, session, server }: EndpointRequest) {
      const language = body.language;
      if (language !== 'ru' && language !== 'kk' && language !== 'en') {
        throw new HttpError(400, `language "${String(language)}" is not ru, kk or en`);
      }
      server.accounts.setLanguage(session!.user.id, language as ReportLanguage);
      return json({ ...sessionBody(session!).user, language });
    },
  },
];
