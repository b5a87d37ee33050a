/**
 * Structured logging: one JSON object a line when stderr is not a terminal, a readable line when
 * it is. Callers pass counts, durations and source labels; never a post's text, never personal data.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

type Level = 'info' | 'warn' | 'error';

export function createLogger(
  stream: NodeJS.WritableStream = process.stderr,
  format: 'json' | 'text' = (stream as { isTTY?: boolean }).isTTY ? 'text' : 'json',
): Logger {
  const write = (level: Level, event: string, fields: LogFields = {}): void => {
    if (format === 'json') {
      stream.write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }) + '\n');
      return;
    }
    const pairs = Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(' ');
    stream.write(`${level === 'info' ? '' : level.toUpperCase() + ' '}${event}${pairs ? ' ' + pairs : ''}\n`);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** A logger that keeps lines in memory, for tests that inspect what was logged. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const stream = { write: (chunk: string) => lines.push(chunk) } as unknown as NodeJS.WritableStream;
  return Object.assign(createLogger(stream, 'json'), { lines });
}
