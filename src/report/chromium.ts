/**
 * Headless Chromium from the operating system's package (Debian's `chromium`), driven by
 * playwright-core. Playwright's own browser download never runs here; the flags keep Chromium
 * from calling home, which on a closed network would only fail and slow every start.
 */
import { existsSync } from 'node:fs';

import type { Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The browser to use: TYNDAU_CHROMIUM when set, else the first system Chromium found. */
export function chromiumPath(): string {
  const chosen = process.env.TYNDAU_CHROMIUM ?? CANDIDATES.find((path) => existsSync(path));
  if (!chosen || !existsSync(chosen)) {
    throw new Error('chromium: no browser found; install Debian\'s chromium (scripts/setup-machine.sh) or set TYNDAU_CHROMIUM');
  }
  return chosen;
}

/**
 * Playwright gives each launch a fresh, empty user-data directory of its own. It is loaded here,
 * not with the module: half a second of every `tyndau` command went to loading it.
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS], timeout: 60_000 });
}
