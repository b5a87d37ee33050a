import { normaliseForMatching } from '../../text/normalise.js';
import { tokenise } from '../../text/tokenise.js';

/** Words per shingle: three keep word order without making one changed word change everything. */
const SHINGLE_WORDS = 3;
/** Texts with fewer shingles are too short to call copies of each other ("Спасибо!"). */
export const MIN_SHINGLES = 8;

/**
 * A 64-bit SimHash of a text's word 3-shingles, on normalised words (case, ё, look-alike letters
 * folded), or undefined for a text too short to fingerprint. Copies with a few words changed,
 * added or cut (a syndication credit, a re-typed repost) land within a few bits of each other.
 */
export function simhash(text: string): bigint | undefined {
  const words = tokenise(normaliseForMatching(text)).map((token) => token.text);
  const shingles = words.length - SHINGLE_WORDS + 1;
  if (shingles < MIN_SHINGLES) return undefined;

  const weights = new Int32Array(64);
  for (let start = 0; start < shingles; start++) {
    const shingle = words.slice(start, start + SHINGLE_WORDS).join(' ');
    addBits(weights, 0, fnv1a(shingle, 0x811c9dc5));
    addBits(weights, 32, fnv1a(shingle, 0x050c5d1f));
  }

  let hash = 0n;
  for (let bit = 63; bit >= 0; bit--) hash = (hash << 1n) | (weights[bit]! > 0 ? 1n : 0n);
  return hash;
}

/** Bits in which two fingerprints differ. */
export function hammingDistance(a: bigint, b: bigint): number {
  let difference = a ^ b;
  let count = 0;
  while (difference !== 0n) {
    difference &= difference - 1n;
    count++;
  }
  return count;
}

function addBits(weights: Int32Array, offset: number, hash: number): void {
  for (let bit = 0; bit < 32; bit++) weights[offset + bit]! += (hash >>> bit) & 1 ? 1 : -1;
}

/** 32-bit FNV-1a over UTF-16 code units, seeded so that two seeds give two independent halves. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // A final avalanche: FNV alone leaves the high bits weak for short inputs.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  return hash >>> 0;
}
