import type { ReportLanguage } from '../../project/project.js';
import { isRole } from '../auth/roles.js';
import { HttpError, json, JSON_TYPE, type Endpoint } from '../endpoint.js';
import { saidOf } from '../said.js';

export const USER_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/users',
    summary: 'Accounts with their roles and languages',
    tag: 'admin',
    role: 'admin',
    response: { mediaType: JSON_TYPE, description: 'every account', schema: { type: 'object' } },
    handle({ server }) {
      return json({ users: server.accounts.listUsers().map(({ name, role, language }) => ({ name, role, language })) });
    },
  },
  {
    method: 'post',
    path: '/api/users',
    summary: 'Add an account',
    tag: 'admin',
    role: 'admin',
    body: {
      type: 'object',
      required: ['name', 'password', 'role'],
      properties: {
        name: { type: 'string' },
        password: { type: 'string', minLength: 10 },
        role: { type: 'string', enum: ['viewer', 'analyst', 'admin'] },
        language: { type: 'string', enum: ['ru', 'kk', 'en'] },
      },
    },
    response: { mediaType: JSON_TYPE, description: 'the new account', schema: { type: 'object' } },
    async handle({ body, server }) {
      const role = body.role;
      if (!isRole(role)) throw new HttpError(400, `role "${String(role)}" is not one of viewer, analyst, admin`);
      try {
        const user = await server.accounts.addUser(
          String(body.name ?? ''), String(body.password ?? ''), role,
          (body.language ?? server.project.reportLanguage) as ReportLanguage,
        );
        return json({ name: user.name, role: user.role, language: user.language }, 201);
      } catch (error) {
        throw new HttpError(400, (error as Error).message, saidOf(error));
      }
    },
  },
  {
    method: 'delete',
    path: '/api/users/{name}',
    summary: 'Remove an account and its sessions',
    tag: 'admin',
    role: 'admin',
    pathParameters: { name: { description: 'the account\'s name' } },
    errors: { 404: 'no account of that name', 409: 'the account is the caller\'s own' },
    response: { mediaType: JSON_TYPE, description: 'removed' },
    handle({ param, server, session }) {
      const name = param('name');
      if (name === session!.user.name) throw new HttpError(409, 'you cannot remove your own account');
      if (!server.accounts.removeUser(name)) throw new HttpError(404, `no account "${name}"`);
      return json({ removed: name });
    },
  },
];
