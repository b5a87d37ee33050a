/**
 * The dashboard address of a search: `#/search?q=…`. The dashboard's tables and alert cards link
 * to it, and so do the alerts and the digest sent by e-mail, webhook and Telegram, so it lives
 * here, free of the DOM, where both the server and the dashboard's source can import it.
 */
export function searchHash(query: string): string {
  return `#/search?${new URLSearchParams({ q: query }).toString()}`;
}
