import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A recorded payload in test/fixtures/collect/live. */
export function livePayload(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/collect/live/${name}`, import.meta.url)));
}

/**
 * An HTTP server on 127.0.0.1 with a port of its own, serving routes by path (query ignored
 * unless a route reads it). Every request is logged, so tests can count tries and read headers.
 */
export class FixtureServer {
  readonly requests: { path: string; url: string; headers: IncomingMessage['headers'] }[] = [];
  readonly #routes = new Map<string, Route>();
  readonly #listeners = new Set<Route>();
  readonly #server: Server;

  private constructor() {
    this.#server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      this.requests.push({ path: url.pathname, url: request.url ?? '/', headers: request.headers });
      for (const listener of this.#listeners) listener(request, response);
      const route = this.#routes.get(url.pathname);
      if (route) route(request, response);
      else response.writeHead(404).end('not found');
    });
  }

  static async start(): Promise<FixtureServer> {
    const server = new FixtureServer();
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return this.origin + path;
  }

  route(path: string, route: Route): this {
    this.#routes.set(path, route);
    return this;
  }

  /** A fixed answer: status, headers and body. */
  serve(path: string, body: string | Buffer, headers: Record<string, string> = {}, status = 200): this {
    return this.route(path, (_request, response) => response.writeHead(status, headers).end(body));
  }

  /** Calls `listener` on every request before its route answers; returns a function that stops it. */
  onRequest(listener: Route): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  hits(path: string): number {
    return this.requests.filter((request) => request.path === path).length;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
