/** How many replacements a post's redaction counts add up to, as the stores keep them. */
export function countRedactions(redactions: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const kind in redactions) total += redactions[kind] ?? 0;
  return total;
}
