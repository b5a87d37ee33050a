/**
 * 32-bit FNV-1a hashing of text ranges, mixed with a namespace so that a word, a word pair and a
 * character n-gram with the same letters land in different buckets. Integer arithmetic only:
 * the same text hashes to the same bucket on every machine, so shipped weights stay valid.
 */

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: folds a UTF-16 code unit into the running hash. */
export function fnvStep(hash: number, codeUnit: number): number {
  return Math.imul(hash ^ codeUnit, FNV_PRIME);
}

/** Finalising mix (from MurmurHash3) so that nearby hashes spread over all buckets. */
export function mixHash(hash: number): number {
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** Combines two hashes (a namespace and a word, or two words of a pair). */
export function combineHashes(first: number, second: number): number {
  return mixHash(Math.imul(first ^ 0x9e3779b9, FNV_PRIME) ^ second);
}

/** FNV-1a of a whole string; for namespaces and word lists built once at load. */
export function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index++) hash = fnvStep(hash, text.charCodeAt(index));
  return hash >>> 0;
}
