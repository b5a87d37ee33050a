/**
 * The dashboard shell: log-in form, header with the pages the user's role may open, language
 * and period pickers, and a hash router (#/overview, #/issues, …).
 */
import { ApiError, errorText, getJson, sendJson, setCsrfToken } from './api.js';
import { clear, h } from './dom.js';
import { STRINGS, type Language } from './i18n.js';
import { mayOpen, type Meta, type Page, type PageContext, type User } from './page.js';
import { PAGES } from './pages/index.js';
import './style.css';

interface SessionAnswer {
  user: User | null;
  csrfToken: string;
}

const app = document.getElementById('app')!;
const period: { from?: string; to?: string } = {};

async function start(): Promise<void> {
  const session = await getJson<SessionAnswer>('/api/session');
  setCsrfToken(session.csrfToken);
  if (!session.user) {
    showLogin(browserLanguage());
    return;
  }
  const meta = await getJson<Meta>('/api/meta');
  window.addEventListener('hashchange', () => void route(session.user!, meta));
  await route(session.user, meta);
}

function browserLanguage(): Language {
  const preferred = navigator.language.slice(0, 2);
  return preferred === 'kk' || preferred === 'en' ? preferred : 'ru';
}

function showLogin(language: Language): void {
  const strings = STRINGS[language];
  document.documentElement.lang = language;
  const name = h('input', { name: 'name', autocomplete: 'username', required: true }) as HTMLInputElement;
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }) as HTMLInputElement;
  const status = h('p', { class: 'error', role: 'alert' });
  clear(app);
  app.append(h('main', { class: 'login' },
    h('h1', {}, strings.appTitle),
    h('form', { onsubmit: async (event: Event) => {
      event.preventDefault();
      try {
        const answer = await sendJson<SessionAnswer>('POST', '/api/session', { name: name.value, password: password.value });
        setCsrfToken(answer.csrfToken);
        location.hash = '#/overview';
        location.reload();
      } catch (error) {
        status.textContent = `${strings.loginFailed}: ${errorText(error, language)}`;
      }
    } },
    h('label', {}, strings.name, name),
    h('label', {}, strings.password, password),
    h('button', { type: 'submit' }, strings.login),
    status)));
}

async function route(user: User, meta: Meta): Promise<void> {
  const id = location.hash.replace(/^#\/?/, '').split('?')[0] || 'overview';
  const page = PAGES.find((entry) => entry.id === id);
  const language = user.language;
  const strings = STRINGS[language];
  document.documentElement.lang = language;
  document.title = `${page ? page.title(strings) : strings.appTitle} · ${meta.labels[language].title ?? meta.name}`;

  const context: PageContext = {
    user, meta, strings, labels: meta.labels[language], language, period: { ...period },
    showPeriod: (shown) => {
      for (const [name, value] of [['from', shown.from], ['to', shown.to]] as const) {
        const input = app.querySelector<HTMLInputElement>(`header form.period input[name=${name}]`);
        if (input && !input.value) input.value = value;
      }
    },
  };
  const content = h('main', { class: 'page', 'data-page': id });
  clear(app);
  app.append(header(user, meta, page, context), content);

  if (!page) {
    content.append(h('p', {}, '404'));
    return;
  }
  if (!mayOpen(user, page)) {
    content.append(h('p', { class: 'error', 'data-denied': '' }, strings.noAccess));
    return;
  }
  content.append(h('h1', {}, page.title(strings)));
  try {
    await page.render(content, context);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      showLogin(language);
      return;
    }
    content.append(h('p', { class: 'error' }, errorText(error, language)));
  }
  content.setAttribute('data-ready', '');
}

function header(user: User, meta: Meta, page: Page | undefined, context: PageContext): HTMLElement {
  const { strings } = context;
  const nav = h('nav', {}, ...PAGES.filter((entry) => mayOpen(user, entry)).map((entry) =>
    h('a', { href: `#/${entry.id}`, class: entry === page ? 'current' : '' }, entry.title(strings))));

  const language = h('select', { 'aria-label': strings.language, onchange: async (event: Event) => {
    const chosen = (event.target as HTMLSelectElement).value;
    await sendJson('PATCH', '/api/me', { language: chosen });
    location.reload();
  } }, ...(['ru', 'kk', 'en'] as const).map((code) => h('option', { value: code, selected: code === user.language }, code))) as HTMLSelectElement;

  const from = h('input', { type: 'date', name: 'from', value: period.from ?? '', 'aria-label': strings.from }) as HTMLInputElement;
  const to = h('input', { type: 'date', name: 'to', value: period.to ?? '', 'aria-label': strings.to }) as HTMLInputElement;
  const picker = page?.usesPeriod ? h('form', { class: 'period', onsubmit: (event: Event) => {
    event.preventDefault();
    period.from = from.value || undefined;
    period.to = to.value || undefined;
    void route(user, meta);
  } }, `${strings.period}: `, from, '–', to, h('button', { type: 'submit' }, strings.apply)) : null;

  const roleName = strings.roles[user.role] ?? user.role;
  return h('header', {},
    h('div', { class: 'brand' }, h('strong', {}, 'тыңдау'), ` · ${context.labels.title ?? meta.name}`),
    nav,
    h('div', { class: 'tools' }, picker, language, h('span', { class: 'user' }, `${user.name} (${roleName})`),
      h('button', { type: 'button', onclick: async () => {
        await sendJson('DELETE', '/api/session');
        location.reload();
      } }, strings.logout)));
}

void start();
