import type { Fetcher } from '../fetcher/fetcher.js';
import { jsonAnswer } from '../fetcher/json-answer.js';
import { isJsonObject, type JsonObject } from '../json-value.js';

/**
 * VK API error codes and what a collector does about each. Codes 6 and 10 pass in a moment;
 * 9 and 29 mean the token's allowance is spent for now; the rest need a person.
 */
const RETRY_NOW = new Set([1, 6, 10]);
const WAIT_FOR_NEXT_RUN = new Set([9, 29]);
const AUTH = new Set([5, 17, 27, 28]);
const ACCESS_DENIED = new Set([7, 15, 18, 19, 30, 203]);

export type VkErrorKind = 'rate-limit' | 'auth' | 'access-denied' | 'request';

export class VkApiError extends Error {
  constructor(message: string, readonly code: number, readonly kind: VkErrorKind) {
    super(message);
  }
}

export interface VkApiSettings {
  readonly baseUrl: string;
  readonly accessToken: string;
  readonly version: string;
  /** Tries for "too many requests per second" and internal errors before giving up. */
  readonly retries: number;
  /** Pause before such a retry, doubled each time; VK allows a few requests a second. */
  readonly pauseMs: number;
}

/**
 * A VK API client. The token goes in the query string as VK requires; every error message passes
 * through the fetcher's secret scrubbing, so it never reaches a log or the health table.
 */
export class VkApi {
  readonly #fetcher: Fetcher;
  readonly #settings: VkApiSettings;

  constructor(fetcher: Fetcher, settings: VkApiSettings) {
    this.#fetcher = fetcher;
    this.#settings = settings;
  }

  async call(method: string, parameters: Readonly<Record<string, string>>): Promise<JsonObject> {
    const query = new URLSearchParams({ ...parameters, access_token: this.#settings.accessToken, v: this.#settings.version });
    const url = `${this.#settings.baseUrl.replace(/\/+$/, '')}/${method}?${query.toString()}`;

    for (let attempt = 0; ; attempt++) {
      const document = await this.#fetcher.fetchText({ url, robots: false, accept: 'application/json' });
      const parsed = jsonAnswer(document.text.text, document.contentType, `vk ${method}`);
      if (!isJsonObject(parsed.error)) return parsed;

      const code = Number(parsed.error.error_code);
      const message = String(parsed.error.error_msg ?? 'no message');
      if (RETRY_NOW.has(code) && attempt < this.#settings.retries) {
        await pause(this.#settings.pauseMs * 2 ** attempt);
        continue;
      }
      throw explain(method, code, message);
    }
  }
}

function explain(method: string, code: number, message: string): VkApiError {
  const said = `vk ${method}: error ${code} "${message}"`;
  if (RETRY_NOW.has(code) || WAIT_FOR_NEXT_RUN.has(code)) {
    return new VkApiError(`${said}; the request limit is reached, the next run tries again`, code, 'rate-limit');
  }
  if (AUTH.has(code)) {
    return new VkApiError(`${said}; the access token is not valid: set a fresh one in the environment variable the project names`, code, 'auth');
  }
  if (ACCESS_DENIED.has(code)) {
    return new VkApiError(`${said}; the wall is closed, deleted or private: check the source's location`, code, 'access-denied');
  }
  return new VkApiError(said, code, 'request');
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
