import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

import type { Context } from 'hono';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Files of the built dashboard; any other path gets index.html, since pages are routed in the
 * browser. Paths are confined to `root`.
 */
export async function serveDashboard(http: Context, root: string): Promise<Response> {
  const pathname = decodedPath(new URL(http.req.url).pathname);
  if (pathname === undefined) {
    return new Response('the address has a broken %-escape', { status: 400 });
  }
  const requested = normalize(pathname).replace(/^([/\\])+/, '');
  const candidate = join(root, requested);
  const inside = candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
  const file = inside && requested !== '' && (await isFile(candidate)) ? candidate : join(root, 'index.html');

  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return new Response('the dashboard is not built: run npm run build', { status: 503 });
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  return new Response(new Uint8Array(content), {
    headers: {
      'content-type': MEDIA_TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite puts a content hash in asset names, so they can be cached for good.
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}

/** The path with its %-escapes decoded, or undefined when one is broken (`/%`, `/%E0%A4%A`). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
