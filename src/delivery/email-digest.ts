import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { projectTitle, type Project, type ReportLanguage } from '../project/project.js';
import type { ArchivedDigest, DigestArchive } from '../report/digest-archive.js';
import { DIGEST_LABELS } from '../report/digest-labels.js';
import { DIGEST_PDF } from '../report/publish-digest.js';
import { dashboardLink } from './dashboard-link.js';
import type { SmtpSettings } from './delivery-settings.js';
import { sendMailTo } from './smtp-mailer.js';

/** The word before the dashboard's address in the digest e-mail, in the digest's language. */
const DASHBOARD: Readonly<Record<ReportLanguage, string>> = {
  ru: 'Панель мониторинга', kk: 'Мониторинг панелі', en: 'Dashboard',
};

/**
 * E-mails an archived digest with its PDF attached to `to`, and adds those the server took in the
 * archive to who got it. Throws, naming them, when the server refused some (a greylisting 451
 * for one of them): they were marked as having it, and never got it. With `dashboardUrl` the
 * text links to the dashboard, where the digest's figures can be followed to their posts.
 */
export async function emailDigest(
  digest: ArchivedDigest,
  archive: DigestArchive,
  project: Project,
  smtp: SmtpSettings,
  to: readonly string[],
  dashboardUrl: string | null = null,
): Promise<void> {
  const labels = DIGEST_LABELS[digest.language];
  const period = `${digest.from} … ${digest.to}`;
  const link = dashboardUrl === null ? '' : `${DASHBOARD[digest.language]}: ${dashboardLink(dashboardUrl)}\n`;
  const sent = await sendMailTo(smtp, {
    to,
    subject: `${labels.title}: ${projectTitle(project, digest.language)}, ${period}`,
    text: `${labels.title} — ${projectTitle(project, digest.language)}\n${labels.period}: ${period}\n${link}`,
    attachments: [{
      filename: `tyndau-digest-${digest.from}-${digest.to}.pdf`,
      content: await readFile(join(digest.folder, DIGEST_PDF)),
      contentType: 'application/pdf',
    }],
  });
  const refused = new Set(sent.rejected.map((address) => address.toLowerCase()));
  const took = to.filter((address) => !refused.has(address.toLowerCase()));
  archive.markEmailed(digest.id, [...new Set([...digest.emailedTo, ...took])]);
  if (refused.size > 0) {
    throw new Error(`the mail server refused ${[...sent.rejected].join(', ')}: ${sent.reason}`);
  }
}
