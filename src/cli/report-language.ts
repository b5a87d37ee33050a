import type { ReportLanguage } from '../project/project.js';
import { UsageError } from './context.js';

/** A `--language` option of a command that writes for readers: ru, kk or en, or none given. */
export function parseReportLanguage(value: string | undefined): ReportLanguage | undefined {
  if (value === undefined) return undefined;
  if (value === 'ru' || value === 'kk' || value === 'en') return value;
  throw new UsageError(`--language "${value}" is not one of ru, kk, en`);
}
