/**
 * Every API endpoint. A new dashboard page adds its endpoints to a file of its own here and one
 * line below; the OpenAPI document follows by itself.
 */
import type { Endpoint } from '../endpoint.js';
import { AGENCY_ENDPOINT } from './agencies.js';
import { ALERT_ENDPOINT } from './alerts.js';
import { DIGEST_ENDPOINTS } from './digests.js';
import { EXPORT_ENDPOINTS } from './exports.js';
import { HEALTH_ENDPOINT } from './health.js';
import { INSIGHT_ENDPOINTS } from './insight-endpoints.js';
import { SEARCH_ENDPOINT } from './search.js';
import { SESSION_ENDPOINTS } from './session.js';
import { USER_ENDPOINTS } from './users.js';

export const ENDPOINTS: readonly Endpoint[] = [
  ...SESSION_ENDPOINTS,
  ...INSIGHT_ENDPOINTS,
  AGENCY_ENDPOINT,
  SEARCH_ENDPOINT,
  ALERT_ENDPOINT,
  ...DIGEST_ENDPOINTS,
  HEALTH_ENDPOINT,
  ...EXPORT_ENDPOINTS,
  ...USER_ENDPOINTS,
];
