import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Project } from '../project/project.js';
import type { ArchivedDigest, DigestArchive } from '../report/digest-archive.js';
import { DIGEST_LABELS } from '../report/digest-labels.js';
import { DIGEST_PDF } from '../report/publish-digest.js';
import type { SmtpSettings } from './delivery-settings.js';
import { sendMail } from './smtp-mailer.js';

/** E-mails an archived digest with its PDF attached to `to`, and adds them in the archive to who got it. */
export async function emailDigest(
  digest: ArchivedDigest,
  archive: DigestArchive,
  project: Project,
  smtp: SmtpSettings,
  to: readonly string[],
): Promise<void> {
  const labels = DIGEST_LABELS[digest.language];
  const period = `${digest.from} … ${digest.to}`;
  await sendMail(smtp, {
    to,
    subject: `${labels.title}: ${project.name}, ${period}`,
    text: `${labels.title} — ${project.name}\n${labels.period}: ${period}\n`,
    attachments: [{
      filename: `tyndau-digest-${digest.from}-${digest.to}.pdf`,
      content: await readFile(join(digest.folder, DIGEST_PDF)),
      contentType: 'application/pdf',
    }],
  });
  archive.markEmailed(digest.id, [...new Set([...digest.emailedTo, ...to])]);
}
