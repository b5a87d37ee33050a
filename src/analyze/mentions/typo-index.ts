/**
 * Finds words one edit away from a known name (a letter dropped, added, changed, or two
 * letters swapped): "Досаеф", "Дoсаев" typed in haste, "Досаевв". Every name form is indexed
 * under itself and each of its one-letter deletions; a word is looked up the same way, and
 * candidates are confirmed by an edit-distance check.
 *
 * LIMITATION: a typo in the first letter is not found (the first letter filters candidates
 * cheaply); nor are two typos in one name.
 */
export class TypoIndex<Target> {
  readonly #byVariant = new Map<string, { form: string; target: Target }[]>();
  /** Hashes of the keys of `#byVariant`: most words share no variant with any name form. */
  readonly #variantHashes = new Set<number>();
  readonly #firstLetters = new Set<string>();
  #shortest = Infinity;
  #longest = 0;

  /** Indexes `form` (lower case); words within one edit of it will yield `target`. */
  add(form: string, target: Target): void {
    for (const variant of deletionVariants(form)) {
      const list = this.#byVariant.get(variant) ?? [];
      list.push({ form, target });
      this.#byVariant.set(variant, list);
      this.#variantHashes.add(variantHash(variant));
    }
    this.#firstLetters.add(form[0] as string);
    this.#shortest = Math.min(this.#shortest, form.length);
    this.#longest = Math.max(this.#longest, form.length);
  }

  /** Targets of the forms one edit from `word`, with the form each was matched to. */
  find(word: string): { form: string; target: Target }[] {
    if (word.length < this.#shortest - 1 || word.length > this.#longest + 1) return [];
    if (!this.#firstLetters.has(word[0] as string)) return [];
    if (!this.#mayShareVariant(word)) return [];

    const found: { form: string; target: Target }[] = [];
    const seen = new Set<object>();
    for (const variant of deletionVariants(word)) {
      for (const candidate of this.#byVariant.get(variant) ?? []) {
        if (seen.has(candidate) || candidate.form === word) continue;
        seen.add(candidate);
        if (withinOneEdit(word, candidate.form)) found.push(candidate);
      }
    }
    return found;
  }

  // The hash of each deletion variant is worked out without building the variant; a hash met
  // among the names' variants sends the word through the exact lookup above.
  #mayShareVariant(word: string): boolean {
    return sharesVariantHash(word, this.#variantHashes);
  }
}

const HASH_BASE = 0x01000193;

/** One step of a polynomial hash (mod 2³²): `hash` of the code units so far, then `codeUnit`. */
function extendHash(hash: number, codeUnit: number): number {
  return (Math.imul(hash, HASH_BASE) + codeUnit) | 0;
}

function variantHash(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = extendHash(hash, text.charCodeAt(index));
  return hash >>> 0;
}

/**
 * Whether `word`, or `word` without one of its code units, hashes as one of `hashes`. The hash
 * is polynomial, so a deletion's hash is put together from the hash of the code units before it
 * and of those after: the word is read twice, not once per deletion.
 */
function sharesVariantHash(word: string, hashes: ReadonlySet<number>): boolean {
  const length = word.length;
  const prefixes = new Int32Array(length + 1);
  for (let index = 0; index < length; index++) prefixes[index + 1] = extendHash(prefixes[index]!, word.charCodeAt(index));
  if (hashes.has(prefixes[length]! >>> 0)) return true;

  // Walking back from the end: the hash of the code units after `index`, each weighted by its
  // place from the word's end, and HASH_BASE to the power of the count of those code units.
  let suffix = 0;
  let weight = 1;
  for (let index = length - 1; index >= 0; index--) {
    if (hashes.has((Math.imul(prefixes[index]!, weight) + suffix) >>> 0)) return true;
    suffix = (Math.imul(word.charCodeAt(index), weight) + suffix) | 0;
    weight = Math.imul(weight, HASH_BASE);
  }
  return false;
}

function deletionVariants(word: string): string[] {
  const variants = [word];
  for (let index = 0; index < word.length; index++) {
    variants.push(word.slice(0, index) + word.slice(index + 1));
  }
  return variants;
}

/** One substitution, insertion, deletion or swap of neighbours turns `left` into `right`. */
export function withinOneEdit(left: string, right: string): boolean {
  if (left === right) return true;
  const lengthDifference = left.length - right.length;
  if (Math.abs(lengthDifference) > 1) return false;

  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (leftEnd > start && rightEnd > start && left[leftEnd - 1] === right[rightEnd - 1]) {
    leftEnd--;
    rightEnd--;
  }

  const leftMiddle = left.slice(start, leftEnd);
  const rightMiddle = right.slice(start, rightEnd);
  if (leftMiddle.length <= 1 && rightMiddle.length <= 1) return true;
  return leftMiddle.length === 2 && rightMiddle.length === 2 &&
    leftMiddle[0] === rightMiddle[1] && leftMiddle[1] === rightMiddle[0];
}
