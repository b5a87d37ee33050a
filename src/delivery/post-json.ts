/** POSTs a JSON body; throws naming the URL's host and the status when the answer is not 2xx. */
export async function postJson(url: string, body: unknown, what: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) {
    throw new Error(`${what} ${new URL(url).host}: answered ${response.status} ${response.statusText}`);
  }
}
