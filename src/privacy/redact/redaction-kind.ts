/** What redaction can replace in a post's title and text. */
export type RedactionKind =
  | 'phone' | 'email' | 'iin' | 'document' | 'card' | 'iban' | 'plate' | 'flat' | 'handle' | 'link' | 'name';

/**
 * One placeholder per kind, the same in every language of a post, so that stored text, search and
 * the digest read alike whether the post was Russian, Kazakh or English.
 */
export const PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = Object.freeze({
  phone: '[PHONE]',
  email: '[EMAIL]',
  iin: '[IIN]',
  document: '[DOCUMENT]',
  card: '[CARD]',
  iban: '[IBAN]',
  plate: '[PLATE]',
  flat: '[FLAT]',
  handle: '[HANDLE]',
  link: '[LINK]',
  name: '[NAME]',
});

/** A stretch of text to replace, end exclusive, in UTF-16 code units. */
export interface RedactionSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: RedactionKind;
}
