import { errorText, getJson, sendJson } from '../api.js';
import { h } from '../dom.js';
import { table } from '../format.js';
import type { Page } from '../page.js';

interface Account {
  name: string;
  role: string;
  language: string;
}

export const adminPage: Page = {
  id: 'admin',
  title: (strings) => strings.admin,
  role: 'admin',
  usesPeriod: false,
  async render(root, context) {
    const { strings, user } = context;
    const { users } = await getJson<{ users: Account[] }>('/api/users');
    root.append(table([strings.name, strings.role, strings.language, ''], users.map((account) => [
      account.name, account.role, account.language,
      account.name === user.name ? '' : h('button', { type: 'button', onclick: async () => {
        await sendJson('DELETE', `/api/users/${encodeURIComponent(account.name)}`);
        location.reload();
      } }, strings.remove),
    ])));

    const name = h('input', { name: 'name', required: true, placeholder: strings.name }) as HTMLInputElement;
    const password = h('input', { name: 'password', type: 'password', required: true, minlength: 10, placeholder: strings.password }) as HTMLInputElement;
    const role = h('select', { name: 'role' }, ...['viewer', 'analyst', 'admin'].map((value) => h('option', { value }, value))) as HTMLSelectElement;
    const status = h('span', { class: 'note' });
    root.append(h('h2', {}, strings.addUser), h('form', { class: 'inline-form', onsubmit: async (event: Event) => {
      event.preventDefault();
      try {
        await sendJson('POST', '/api/users', { name: name.value, password: password.value, role: role.value, language: context.language });
        location.reload();
      } catch (error) {
        status.textContent = errorText(error, context.language);
      }
    } }, name, password, role, h('button', { type: 'submit' }, strings.addUser), status));
  },
};
