import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

import { classifyAddress, isAddressAllowed, isMetadataHostname } from './address-policy.js';
import { contentDecoder, undeclaredGzipRemoved } from './content-decoder.js';
import { FetchError } from './fetch-error.js';
import type { FetcherSettings } from './fetcher-settings.js';
import { guardedLookup, REFUSED_ADDRESS } from './guarded-lookup.js';

export interface ExchangeResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Decompressed; empty for redirects and 304. */
  readonly body: Buffer;
}

type Limits = Pick<
  FetcherSettings,
  'connectTimeoutMs' | 'readTimeoutMs' | 'totalTimeoutMs' | 'maxBytes' | 'allowPrivateAddresses' | 'userAgent'
>;

/**
 * One HTTP request and its whole response, with no redirect followed and no retry: the address
 * check, the connect and read limits, the size cap and decompression. `deadlineMs` is the time
 * left for everything (the total limit, shared with redirects and retries).
 */
export function exchange(
  url: URL,
  headers: Readonly<Record<string, string>>,
  limits: Limits,
  deadlineMs: number,
): Promise<ExchangeResponse> {
  const href = url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new FetchError('bad-url', href, `${url.protocol} is not http or https`));
  }
  const literal = refusedLiteral(url, limits.allowPrivateAddresses);
  if (literal) return Promise.reject(literal);

  return new Promise<ExchangeResponse>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { 'user-agent': limits.userAgent, 'accept-encoding': 'gzip, deflate, br', ...headers },
      lookup: guardedLookup(limits.allowPrivateAddresses),
      agent: false,
    });
    let settled = false;
    const fail = (error: FetchError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(connect);
      request.destroy();
      reject(error);
    };
    const succeed = (response: ExchangeResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      resolve(response);
    };

    const total = setTimeout(
      () => fail(new FetchError('timeout', href, `no complete response within ${limits.totalTimeoutMs} ms`)),
      Math.max(0, deadlineMs),
    );
    const connect = setTimeout(
      () => fail(new FetchError('timeout', href, `no connection within ${limits.connectTimeoutMs} ms`)),
      limits.connectTimeoutMs,
    );

    request.on('socket', (socket: Socket) => {
      const connected = (): void => {
        clearTimeout(connect);
        socket.setTimeout(limits.readTimeoutMs, () => {
          fail(new FetchError('timeout', href, `silent for ${limits.readTimeoutMs} ms while reading`));
        });
      };
      if (!socket.connecting) connected();
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    request.on('error', (error: NodeJS.ErrnoException) => fail(networkError(href, error)));
    request.on('response', (response) => {
      readBody(response, href, limits.maxBytes).then(
        (body) => succeed({ status: response.statusCode ?? 0, headers: response.headers, body }),
        (error: FetchError) => fail(error),
      );
    });
    request.end();
  });
}

function refusedLiteral(url: URL, allowPrivate: boolean): FetchError | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isMetadataHostname(host)) {
    return new FetchError('refused-address', url.href, `${host} is a cloud metadata service; refused`);
  }
  if (isIP(host) === 0 || isAddressAllowed(host, allowPrivate)) return undefined;
  const kind = classifyAddress(host);
  const hint = kind === 'loopback' || kind === 'private'
    ? '; set collect.allowPrivateAddresses in the project to reach it'
    : '';
  return new FetchError('refused-address', url.href, `${host} is a ${kind} address; refused${hint}`);
}

function networkError(href: string, error: NodeJS.ErrnoException): FetchError {
  if (error instanceof FetchError) return error;
  if (error.code === REFUSED_ADDRESS) return new FetchError('refused-address', href, error.message);
  return new FetchError('network', href, `${error.code ?? 'error'}: ${error.message}`);
}

/** The body, decompressed and counted as it arrives, so that a 20 MB page is cut at the cap. */
function readBody(response: IncomingMessage, href: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(href, maxBytes, `it declares ${declared} bytes`));
  }

  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const stream = decompressed(response, encoding);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(tooLarge(href, maxBytes, 'cut off there'));
        response.destroy();
        stream.destroy();
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      try {
        resolve(undeclaredGzipRemoved(Buffer.concat(chunks, size), maxBytes));
      } catch {
        reject(tooLarge(href, maxBytes, 'once the gzip its headers did not declare was decompressed'));
      }
    });
    stream.on('error', (error: Error) => {
      const what = encoding ? `the ${encoding} body is corrupt (${error.message})` : error.message;
      reject(new FetchError('network', href, what));
    });
    response.on('aborted', () => reject(new FetchError('network', href, 'the server closed early')));
  });
}

function decompressed(response: IncomingMessage, encoding: string): Readable {
  const decoder = contentDecoder(encoding);
  return decoder === undefined ? response : response.pipe(decoder);
}

function tooLarge(href: string, maxBytes: number, detail: string): FetchError {
  return new FetchError('too-large', href, `the response is over the ${maxBytes}-byte limit; ${detail}`);
}
