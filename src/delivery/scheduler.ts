/**
 * Runs the project's schedules inside `tyndau serve`: each day at the alert hour the previous
 * day is judged and its alerts delivered; each week at the digest hour the seven days ending
 * yesterday become a digest, archived and e-mailed. Hours are the project's local time. A tick
 * that finds its work already done (a restart within the hour) does nothing. A digest missed at
 * its hour (the server was down) is made on the first tick of the next day; an e-mail that
 * failed is tried again every ten minutes for that day, until every recipient has it.
 */
import type { AlertHistory } from '../alerts/alert-history.js';
import { districtNamesOf } from '../alerts/district-words.js';
import { runAlerts } from '../alerts/run-alerts.js';
import type { Logger } from '../log/logger.js';
import type { Project } from '../project/project.js';
import type { DigestArchive } from '../report/digest-archive.js';
import { publishDigest } from '../report/publish-digest.js';
import { addDays } from '../store/day-range.js';
import type { DatedPostReader } from '../store/dated-posts.js';
import type { Store } from '../store/store.js';
import { deliverAlerts } from './deliver-alerts.js';
import type { DeliverySettings } from './delivery-settings.js';
import { emailDigest } from './email-digest.js';

export interface ScheduleContext {
  readonly project: Project;
  readonly store: Store & Partial<DatedPostReader>;
  readonly alerts: AlertHistory;
  readonly digests: DigestArchive;
  readonly delivery: DeliverySettings;
  readonly logger: Logger;
}

/** What the running schedule remembers between ticks. */
export interface ScheduleMemory {
  /** The last day whose alerts were judged. */
  alertsJudged: string | null;
  /** When the digest's e-mail was last tried and failed, in ms; absent when none failed. */
  digestEmailFailedAt?: number;
  /** When making the digest last failed, in ms; absent when it did not. */
  digestFailedAt?: number;
}

/** How long after its hour a weekly digest is still made and e-mailed when it was not. */
const DIGEST_CATCH_UP_HOURS = 24;
const EMAIL_RETRY_MS = 10 * 60_000;

const TICK_MS = 60_000;

/** Starts the schedule; the returned function stops it. */
export function startScheduler(context: ScheduleContext): () => void {
  let running = false;
  const memory: ScheduleMemory = { alertsJudged: null };
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDue(context, new Date(), memory);
    } catch (error) {
      context.logger.error('schedule failed', { reason: (error as Error).message });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Does whatever is due at `now`; exported so that a test can drive it with a chosen time. */
export async function runDue(context: ScheduleContext, now: Date, memory: ScheduleMemory): Promise<void> {
  const { project, delivery, logger } = context;
  const local = localTime(now, project.timezone);
  const yesterday = addDays(local.day, -1);

  // Due from the alert hour on, not only within it: in a zone with summer time the hour can be
  // skipped (02:00 on the spring day in Europe), and yesterday was then never judged; a server
  // started after the hour judges it too. A day judged again fires nothing twice.
  const alertsDue = delivery.alerts && local.hour >= delivery.alerts.hour && memory.alertsJudged !== yesterday;
  if (alertsDue && context.store.readDatedCounts) {
    memory.alertsJudged = yesterday;
    const store = context.store as Store & DatedPostReader;
    const run = runAlerts(store, {
      day: yesterday, minGroupSize: project.privacy.minGroupSize, districtNames: districtNamesOf(project),
      history: context.alerts, now,
    });
    const report = await deliverAlerts(run.fired, project, delivery);
    logger.info('alerts', {
      day: yesterday, fired: run.fired.length, rateLimited: run.rateLimited,
      silence: run.findings.silence, sent: report.sent, failures: report.failures.length,
    });
    for (const failure of report.failures) logger.warn('alert delivery failed', { reason: failure });
  }

  const digest = delivery.digest;
  const slotDay = digest ? digestSlotDay(local, digest) : null;
  if (digest && slotDay !== null) {
    const lastDay = addDays(slotDay, -1);
    const period = { from: addDays(lastDay, -6), to: lastDay };
    const language = digest.language ?? project.reportLanguage;
    let archived = context.digests.find(period.from, period.to, language);
    // A digest that failed to be made (no browser for its PDF, a store error) is tried again every
    // ten minutes of its day, as its e-mail is; it was made again on every one-minute tick.
    if (!archived && isWaiting(memory.digestFailedAt, now)) return;
    if (!archived) {
      try {
        archived = await publishDigest({ store: context.store, project, archive: context.digests, period, language });
      } catch (error) {
        memory.digestFailedAt = now.getTime();
        throw error;
      }
      delete memory.digestFailedAt;
      logger.info('digest', { from: period.from, to: period.to, folder: archived.folder });
    }
    const unsent = digest.to.filter((address) => !archived.emailedTo.includes(address));
    const waiting = isWaiting(memory.digestEmailFailedAt, now);
    if (delivery.smtp && unsent.length > 0 && !waiting) {
      try {
        await emailDigest(archived, context.digests, project, delivery.smtp, unsent, delivery.dashboardUrl);
        delete memory.digestEmailFailedAt;
        logger.info('digest e-mailed', { recipients: unsent.length });
      } catch (error) {
        memory.digestEmailFailedAt = now.getTime();
        logger.warn('digest e-mail failed; tried again in ten minutes', {
          from: period.from, to: period.to, reason: (error as Error).message,
        });
      }
    }
  }
}

/** Whether a failure at `failedAt` was less than the retry interval before `now`. */
function isWaiting(failedAt: number | undefined, now: Date): boolean {
  return failedAt !== undefined && now.getTime() - failedAt < EMAIL_RETRY_MS;
}

/**
 * The local day of the digest hour this tick belongs to: the latest one at or before `local`,
 * if it is less than a day ago; else null.
 */
function digestSlotDay(
  local: { day: string; weekday: number; hour: number },
  digest: { weekday: number; hour: number },
): string | null {
  const hoursSince = ((((local.weekday - digest.weekday) * 24 + local.hour - digest.hour) % 168) + 168) % 168;
  if (hoursSince >= DIGEST_CATCH_UP_HOURS) return null;
  return hoursSince <= local.hour ? local.day : addDays(local.day, -1);
}

/** Day, ISO weekday (1 = Monday) and hour of `now` in `timezone`. */
export function localTime(now: Date, timezone: string): { day: string; weekday: number; hour: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(now).map((part) => [part.type, part.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return { day: `${parts.year}-${parts.month}-${parts.day}`, weekday, hour: Number(parts.hour) };
}
