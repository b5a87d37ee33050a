import type { Socket } from 'node:net';

/**
 * A search travels in the address, and a query may hold 4,000 characters: Cyrillic and Kazakh
 * letters take 6 bytes each once %-escaped, so Node's 16 KB for the request head answered a long
 * saved query with a bare 431 (and reset the connection) before tyndau saw it. 64 KB holds the
 * longest query, at 9 bytes a character, with the session's cookies.
 */
export const MAX_HEADER_BYTES = 64 * 1024;

/**
 * The answer to a request Node refuses before the app sees it, as JSON with a reason like every
 * other refusal. Node's own answer to a request head over the limit was a bare 431 with no body:
 * a script sending a query far over 4,000 characters (or a huge cookie) heard nothing of why.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // The client is gone, or an answer to this request has begun (Node keeps it on the socket as
  // `_httpMessage`): nothing can be said any more.
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent === true) {
    socket.destroy();
    return;
  }
  const [status, reason, message] = refusalOf(error.code);
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function refusalOf(code: string | undefined): [number, string, string] {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return [431, 'Request Header Fields Too Large',
      `the address and headers are larger than ${MAX_HEADER_BYTES / 1024} KB; a query holds at most 4,000 characters`];
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return [408, 'Request Timeout', 'the request did not arrive in time; send it again'];
  }
  return [400, 'Bad Request', 'the request is not valid HTTP/1.1'];
}
