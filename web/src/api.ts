/** The API client: JSON in and out, the CSRF token on every state-changing request. */
import type { Language } from './i18n.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The message in each dashboard language, for the mistakes a user can make. */
    readonly said?: Readonly<Record<Language, string>>,
  ) {
    super(message);
  }
}

/** An error as the page shows it: in the page's language when the server said it so. */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof ApiError && error.said) return error.said[language];
  return (error as Error).message;
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(name, value);
  const url = search.size > 0 ? `${path}?${search}` : path;
  return answer<T>(await fetch(url, { credentials: 'same-origin' }));
}

export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return answer<T>(await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

/**
 * Fetches a file the API makes (an export) and saves it under the name the server gives it. A
 * plain download link saved a refusal (a period too long, another export running) as a JSON
 * file, and the user was told nothing: here a refusal is thrown as an ApiError to show.
 */
export async function downloadFile(path: string): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) await answer(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop()!.split('?')[0]!;
  const address = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: address, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; a moment later the memory is freed.
  setTimeout(() => URL.revokeObjectURL(address), 60_000);
}

async function answer<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const { error, said } = body as { error?: string; said?: Record<Language, string> };
    throw new ApiError(response.status, error ?? response.statusText, said);
  }
  return body as T;
}
