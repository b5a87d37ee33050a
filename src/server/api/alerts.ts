import { json, JSON_TYPE, type Endpoint } from '../endpoint.js';

export const ALERT_ENDPOINT: Endpoint = {
  method: 'get',
  path: '/api/alerts',
  summary: 'Alerts fired, newest first, each with its figures, top terms and excerpts',
  tag: 'alerts',
  role: 'viewer',
  response: { mediaType: JSON_TYPE, description: 'up to 200 alerts', schema: { type: 'object' } },
  handle({ server }) {
    return json({ alerts: server.alerts.list(200) });
  },
};
