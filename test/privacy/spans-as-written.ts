import type { RedactionSpan } from '../../src/privacy/redact/redaction-kind.js';

/** A finder's spans in `text`, as written there, for asserting what a finder takes. */
export function spansAsWritten(find: (text: string) => RedactionSpan[]): (text: string) => string[] {
  return (text) => find(text).map((span) => text.slice(span.start, span.end));
}
