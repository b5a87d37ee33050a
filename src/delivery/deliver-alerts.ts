/**
 * Sends fired alerts to every configured channel: a webhook (JSON), e-mail, and a Telegram bot.
 * A channel that fails is reported and the others still get the alert.
 */
import type { Alert } from '../alerts/alert.js';
import { setsAsideElsewhere, type Project } from '../project/project.js';
import { cutBefore } from '../text/cut-boundary.js';
import { alertText, alertTitle, searchLinkLine } from './alert-message.js';
import { alertSearchLink } from './dashboard-link.js';
import type { DeliverySettings } from './delivery-settings.js';
import { postJson } from './post-json.js';
import { sendMail } from './smtp-mailer.js';

/** Characters of a Telegram message, under the Bot API's 4,096. */
const TELEGRAM_LENGTH = 4000;

export interface DeliveryReport {
  readonly sent: number;
  readonly failures: readonly string[];
}

export async function deliverAlerts(
  alerts: readonly Alert[],
  project: Project,
  settings: DeliverySettings,
): Promise<DeliveryReport> {
  const channel = settings.alerts;
  if (!channel || alerts.length === 0) return { sent: 0, failures: [] };
  const language = channel.language ?? project.reportLanguage;
  const failures: string[] = [];
  let sent = 0;
  const attempt = async (what: string, send: () => Promise<void>) => {
    try {
      await send();
      sent++;
    } catch (error) {
      failures.push(`${what}: ${(error as Error).message}`);
    }
  };

  for (const alert of alerts) {
    const body = alertText(alert, project, language);
    const searchUrl = settings.dashboardUrl ? alertSearchLink(settings.dashboardUrl, alert, setsAsideElsewhere(project)) : null;
    const linkLine = searchUrl === null ? '' : `\n${searchLinkLine(searchUrl, language)}`;
    const text = body + linkLine;
    if (channel.webhook) {
      const webhook = channel.webhook;
      // searchUrl only with the dashboard's address: a receiver built before it sees no change.
      const posted = searchUrl === null
        ? { project: project.name, text, alert }
        : { project: project.name, text, alert, searchUrl };
      await attempt('webhook', () => postJson(webhook, posted, 'webhook'));
    }
    if (channel.email.length > 0 && settings.smtp) {
      const smtp = settings.smtp;
      await attempt('e-mail', () => sendMail(smtp, {
        to: channel.email, subject: `tyndau · ${alertTitle(alert, project, language)}`, text,
      }));
    }
    if (channel.telegram) {
      const { apiBase, token, chatId } = channel.telegram;
      // Plain text (no parse_mode): excerpts are scraped text and must not become markup. Long
      // excerpts are cut to fit Telegram's limit; the link after them is kept whole.
      const room = Math.max(0, TELEGRAM_LENGTH - linkLine.length);
      const short = body.slice(0, cutBefore(body, room)) + linkLine;
      await attempt('telegram', () => postJson(
        `${apiBase}/bot${token}/sendMessage`,
        { chat_id: chatId, text: short, disable_web_page_preview: true },
        'telegram',
      ));
    }
  }
  return { sent, failures };
}
