/**
 * The weak-points view: per public body, volume, negative share with its interval, change,
 * top issues and districts, response signals and excerpts, all cut to the minimum group size by
 * the insight. Bodies only: nothing here describes a person.
 */
import { buildWeakPoints } from '../../insight/weak-points.js';
import { isAgencyReader } from '../../store/agency-rollups.js';
import { json, JSON_TYPE, type Endpoint } from '../endpoint.js';
import { PERIOD_ERRORS, PERIOD_PARAMETERS, periodNoteOf, periodOf } from './period.js';

const LANGUAGES = ['ru', 'kk', 'en'] as const;

export const AGENCY_ENDPOINT: Endpoint = {
  method: 'get',
  path: '/api/agencies',
  summary: 'Weak points by agency, ranked by the lower 95% bound of negative posts, with response signals',
  tag: 'dashboard',
  role: 'viewer',
  query: PERIOD_PARAMETERS,
  errors: PERIOD_ERRORS,
  response: { mediaType: JSON_TYPE, description: 'the period\'s weak points by agency', schema: { type: 'object' } },
  handle(request) {
    const { project, store } = request.server;
    const names = Object.fromEntries(LANGUAGES.map((language) => [
      language, Object.fromEntries(project.agencies.map((agency) => [agency.id, agency.labels[language]])),
    ]));
    const period = periodOf(request);
    const periodNote = periodNoteOf(store, period);
    const minGroupSize = project.privacy.minGroupSize;
    // A project without a map, or a store without attribution, has no weak points to show.
    if (project.agencies.length === 0 || !isAgencyReader(store)) {
      const agencies = { shown: [], hiddenGroups: 0, hiddenPosts: null };
      return json({ mapped: false, period, periodNote, minGroupSize, names, agencies });
    }
    const weakPoints = buildWeakPoints(store, { period, minGroupSize, excerptsPerAgency: 2 });
    return json({ mapped: true, names, periodNote, ...weakPoints });
  },
};
