import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { ReportLanguage } from '../../project/project.js';
import { assertPrintablePeriod, DIGEST_PDF } from '../../report/publish-digest.js';
import { assertPeriod } from '../../store/day-range.js';
import { parseWholeNumber } from '../../text/whole-number.js';
import { HttpError, json, JSON_TYPE, type Endpoint } from '../endpoint.js';
import { oneAtATime } from '../one-at-a-time.js';
import { said, saidOf } from '../said.js';

function listed(digest: { id: number; from: string; to: string; language: string; createdAt: Date; emailedTo: readonly string[] }) {
  return {
    id: digest.id, from: digest.from, to: digest.to, language: digest.language,
    createdAt: digest.createdAt.toISOString(), emailed: digest.emailedTo.length > 0,
  };
}

// Each digest prints its PDF in a Chromium of its own: four asked at once ran eight browser
// processes side by side.
const oneDigestAtATime = oneAtATime(() => {
  const problem = said({ code: 'digest-busy' });
  return new HttpError(503, problem.en, problem);
});

export const DIGEST_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/digests',
    summary: 'The digest archive, newest period first',
    tag: 'digests',
    role: 'viewer',
    response: { mediaType: JSON_TYPE, description: 'archived digests', schema: { type: 'object' } },
    handle({ server }) {
      return json({ digests: server.digests.list().map(listed) });
    },
  },
  {
    method: 'get',
    path: '/api/digests/{id}/pdf',
    summary: 'An archived digest as PDF',
    tag: 'digests',
    role: 'viewer',
    pathParameters: { id: { description: 'the digest\'s id, as /api/digests lists it', schema: { type: 'string', pattern: '^[0-9]+$' } } },
    errors: { 404: 'no digest with that id, or its PDF file is gone' },
    response: { mediaType: 'application/pdf', description: 'the digest PDF' },
    async handle({ param, server }) {
      // "1e0", "0x1" and " 1" are no digest's id, though Number() reads each as 1.
      const id = parseWholeNumber(param('id'));
      const digest = id === null ? undefined : server.digests.get(id);
      if (!digest) throw new HttpError(404, `no digest ${JSON.stringify(param('id'))}`);
      const pdf = await readFile(join(digest.folder, DIGEST_PDF)).catch(() => null);
      if (!pdf) throw new HttpError(404, `digest ${digest.id} has no PDF file any more`);
      return new Response(new Uint8Array(pdf), {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="tyndau-digest-${digest.from}-${digest.to}.pdf"`,
        },
      });
    },
  },
  {
    method: 'post',
    path: '/api/digests',
    summary: 'Make and archive the digest of a period now (PDF through headless Chromium)',
    tag: 'digests',
    role: 'analyst',
    body: {
      type: 'object',
      required: ['from', 'to'],
      properties: {
        from: { type: 'string', format: 'date' },
        to: { type: 'string', format: 'date' },
        // The dashboard sends its user's language; without one, the project's.
        language: { type: 'string', enum: ['ru', 'kk', 'en'] },
      },
    },
    errors: { 503: 'the server is making another digest now; ask again when it is done' },
    response: { mediaType: JSON_TYPE, description: 'the archived digest', schema: { type: 'object' } },
    async handle({ body, server }) {
      const period = { from: String(body.from ?? ''), to: String(body.to ?? '') };
      const language = (body.language as ReportLanguage | undefined) ?? server.project.reportLanguage;
      try {
        assertPeriod(period, 'digest');
        assertPrintablePeriod(period);
      } catch (error) {
        throw new HttpError(400, (error as Error).message, saidOf(error));
      }
      // Past the checks, a failure is the server's (Chromium missing or failing): a 500, its
      // reason in the server's log.
      return oneDigestAtATime(server, async () => {
        const id = await server.makeDigest(period, language);
        return json(listed(server.digests.get(id)!), 201);
      });
    },
  },
];
