import { rmSync } from 'node:fs';

const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Removes a temporary folder when the process ends before its work does: a copy of a large
 * export piped in takes as much disk as the export, and Ctrl-C would leave it behind. A signal is
 * raised again once the folder is gone, so that it ends the process as it would have. Returns
 * what undoes this, for when the folder is removed in the ordinary way.
 */
export function removedOnExit(folder: string): () => void {
  const remove = (): void => rmSync(folder, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals): void => {
    forget();
    remove();
    process.kill(process.pid, signal);
  };
  const forget = (): void => {
    process.off('exit', remove);
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
  };

  process.once('exit', remove);
  for (const signal of ENDING_SIGNALS) process.once(signal, onSignal);
  return forget;
}
