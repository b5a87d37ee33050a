import type { HttpError } from './endpoint.js';
import type { ServerContext } from './server-context.js';

/**
 * A guard letting each server make one costly thing of a kind at a time (an export, a digest's
 * PDF); a request for another while one is being made is answered with `refusal()`. Exports are
 * made whole while every other request waits, and each digest starts a Chromium of its own: a
 * script asking for many at once held the dashboard, or started as many browsers.
 */
export function oneAtATime(refusal: () => HttpError) {
  const making = new WeakSet<ServerContext>();

  return async function guarded(server: ServerContext, make: () => Promise<Response>): Promise<Response> {
    if (making.has(server)) throw refusal();
    making.add(server);
    try {
      return await make();
    } finally {
      making.delete(server);
    }
  };
}
