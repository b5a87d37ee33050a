import { errorText, getJson, sendJson } from '../api.js';
import { h } from '../dom.js';
import { table } from '../format.js';
import type { Page } from '../page.js';

interface Account {
  name: string;
  role: string;
  language: string;
}

const ROLES = ['viewer', 'analyst', 'admin'] as const;
const LANGUAGES = ['ru', 'kk', 'en'] as const;

export const adminPage: Page = {
  id: 'admin',
  title: (strings) => strings.admin,
  role: 'admin',
  usesPeriod: false,
  async render(root, context) {
    const { strings, user } = context;
    const { users } = await getJson<{ users: Account[] }>('/api/users');
    const roleName = (role: string) => strings.roles[role] ?? role;
    root.append(table([strings.name, strings.role, strings.language, ''], users.map((account) => [
      account.name, roleName(account.role), account.language,
      account.name === user.name ? '' : h('button', { type: 'button', onclick: async () => {
        await sendJson('DELETE', `/api/users/${encodeURIComponent(account.name)}`);
        location.reload();
      } }, strings.remove),
    ])));

    const name = h('input', { name: 'name', required: true, placeholder: strings.name }) as HTMLInputElement;
    const password = h('input', { name: 'password', type: 'password', required: true, minlength: 10, placeholder: strings.password }) as HTMLInputElement;
    const role = h('select', { name: 'role', 'aria-label': strings.role },
      ...ROLES.map((value) => h('option', { value }, roleName(value)))) as HTMLSelectElement;
    // The new user's own language, the admin's by default: the CLI's `user add --language`.
    const language = h('select', { name: 'language', 'aria-label': strings.language },
      ...LANGUAGES.map((value) => h('option', { value, selected: value === context.language }, value))) as HTMLSelectElement;
    const status = h('span', { class: 'note' });
    root.append(h('h2', {}, strings.addUser), h('form', { class: 'inline-form', onsubmit: async (event: Event) => {
      event.preventDefault();
      try {
        await sendJson('POST', '/api/users', { name: name.value, password: password.value, role: role.value, language: language.value });
        location.reload();
      } catch (error) {
        status.textContent = errorText(error, context.language);
      }
    } }, name, password, role, language, h('button', { type: 'submit' }, strings.addUser), status));
  },
};
