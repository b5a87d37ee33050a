/**
 * A feed whose DOCTYPE carries its own declarations (`<!DOCTYPE rss [ <!ENTITY ...> ]>`). Real
 * feeds do not need one; it is how entity-expansion ("billion laughs") and external-entity
 * attacks are written, and an external entity makes the XML parser reject the whole feed.
 */
export interface StrippedDoctype {
  /** The feed with the bracketed declarations blanked out, line numbers unchanged. */
  readonly xml: string;
  /** 1-based line where the declarations started. */
  readonly line: number;
}

const DOCTYPE_OPEN = /<!DOCTYPE\s+[^[>]*\[/i;
const SUBSET_END = /\]\s*>/g;

/** The feed without its DOCTYPE declarations, or undefined when it has none. */
export function stripDoctypeSubset(xml: string): StrippedDoctype | undefined {
  const open = DOCTYPE_OPEN.exec(xml);
  if (!open) return undefined;

  const subsetStart = open.index + open[0].length - 1;
  SUBSET_END.lastIndex = subsetStart;
  const end = SUBSET_END.exec(xml);
  // An unclosed subset leaves the feed unreadable either way; the parser names the fault.
  if (!end) return undefined;

  const subset = xml.slice(subsetStart, end.index + 1);
  const blank = subset.replace(/[^\n]/g, '');
  const line = xml.slice(0, subsetStart).split('\n').length;
  return { xml: xml.slice(0, subsetStart) + blank + xml.slice(end.index + 1), line };
}
