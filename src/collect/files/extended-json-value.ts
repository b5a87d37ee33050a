import { isJsonObject } from '../json-value.js';

/** The wrappers of MongoDB's Extended JSON around a scalar, by their one key. */
const WRAPPERS = new Set(['$date', '$numberLong', '$numberInt', '$numberDouble', '$numberDecimal', '$oid']);

/**
 * The scalar a MongoDB Extended JSON wrapper holds, as `mongoexport` writes every date, 64-bit
 * number and object id of the posts scrapers keep in MongoDB: `{"$date": "2024-12-05T08:03:00Z"}`,
 * `{"$date": {"$numberLong": "1733385780000"}}`, `{"$numberLong": "1234567890123"}`,
 * `{"$oid": "6751a2b3…"}`. Read by field names such a value was an object, not read: each post
 * lost its date and counted on its import day. Undefined for any other value.
 */
export function extendedJsonScalar(value: unknown): string | number | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || !WRAPPERS.has(keys[0]!)) return undefined;

  const inner = value[keys[0]!];
  if (typeof inner === 'string' || (typeof inner === 'number' && Number.isFinite(inner))) return inner;
  return extendedJsonScalar(inner);
}
