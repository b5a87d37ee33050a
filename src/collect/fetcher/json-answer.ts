import { isJsonObject, type JsonObject } from '../json-value.js';

/** How much of an answer that is not JSON is quoted, enough to tell a login page from an outage. */
const QUOTED_CHARACTERS = 40;

/**
 * A platform API's answer as a JSON object. A proxy, a captive portal or a provider's block page
 * answers 200 with HTML; the error names the call (`what`) and shows what came instead, where
 * JSON.parse would say only "Unexpected token '<'".
 */
export function jsonAnswer(text: string, contentType: string | undefined, what: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const start = text.trim().replace(/\s+/g, ' ').slice(0, QUOTED_CHARACTERS);
    const type = contentType?.split(';')[0]?.trim() || 'no content type';
    throw new Error(`${what}: the answer is not JSON (${type}, starts "${start}")`);
  }
  if (!isJsonObject(parsed)) throw new Error(`${what}: the answer is not a JSON object`);
  return parsed;
}

/**
 * The `items` list of a platform API's page. A page without one is an API whose answer changed
 * shape, not a source with nothing new: reading it as empty would stall the source unnoticed.
 */
export function itemsList(page: JsonObject, what: string, holder = 'it'): JsonObject[] {
  return listedItems(page, what, holder).filter(isJsonObject);
}

/**
 * The `items` list as the API gave it, what is not an object included: where items become posts,
 * the importer skips such an item and counts it at its place, as it does in a file.
 */
export function listedItems(page: JsonObject, what: string, holder = 'it'): unknown[] {
  if (Array.isArray(page.items)) return page.items;
  const keys = Object.keys(page).join(', ') || 'nothing';
  throw new Error(
    `${what}: the answer has no "items" list (${holder} holds ${keys}); the API may have changed; ` +
      'nothing collected, the cursor kept',
  );
}
