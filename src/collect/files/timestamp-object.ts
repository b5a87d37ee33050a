import { isJsonObject } from '../json-value.js';

/** Seconds keys of the timestamp objects that Firestore and protobuf tools write, with their fraction's key. */
const SECONDS_KEYS: readonly (readonly [seconds: string, nanoseconds: string])[] = [
  ['_seconds', '_nanoseconds'],
  ['seconds', 'nanoseconds'],
  ['seconds', 'nanos'],
];

/**
 * The unix seconds of a timestamp written as an object, as posts scraped into Firestore are
 * exported (`{"_seconds": 1764565200, "_nanoseconds": 0}`, `{"seconds": …, "nanoseconds": …}`)
 * and protobuf tools write them (`{"seconds": "1764565200", "nanos": 0}`). Such a date was an
 * object, dropped without a word: each post counted on its import day. Undefined for any other
 * value.
 */
export function timestampObjectSeconds(value: unknown): number | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  for (const [secondsKey, fractionKey] of SECONDS_KEYS) {
    if (!keys.includes(secondsKey) || keys.some((key) => key !== secondsKey && key !== fractionKey)) continue;
    const seconds = Number(value[secondsKey]);
    const fraction = value[fractionKey] === undefined ? 0 : Number(value[fractionKey]);
    if (!Number.isSafeInteger(seconds) || !Number.isFinite(fraction)) return undefined;
    return seconds + fraction / 1e9;
  }
  return undefined;
}
