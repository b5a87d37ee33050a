/**
 * Links from what tyndau sends out (alerts, the digest e-mail) back to the dashboard, made from
 * `dashboardUrl` of delivery.yaml. The dashboard routes its pages in the address's '#' part, so
 * a link is that address with the page's hash after it.
 */
import { alertQuery } from '../alerts/alert-query.js';
import type { Alert } from '../alerts/alert.js';
import { searchHash } from '../query/search-hash.js';

/** The dashboard at `dashboardUrl`, opened on `hash` (`#/search?q=…`), or its first page. */
export function dashboardLink(dashboardUrl: string, hash = ''): string {
  const url = new URL(dashboardUrl);
  url.hash = hash;
  return url.href;
}

/** The dashboard's search for the posts an alert counted on its day, as its card links to. */
export function alertSearchLink(dashboardUrl: string, alert: Alert, setsAside: boolean): string {
  return dashboardLink(dashboardUrl, searchHash(alertQuery(alert.target, alert.day, setsAside)));
}
