/**
 * Whether a title is its text's opening, cut or whole. Listening tools (Brandwatch, YouScan) fill
 * a tweet's or comment's title column with its first words ("RT @city: Дороги..."), and
 * media-monitoring exports give an article the lead of its text as its headline: put before the
 * text, the words came twice, in the analysis and in what search, the digest and the dashboard
 * showed. Spacing, letter case and a trailing ellipsis are not compared.
 */
const TRAILING_ELLIPSIS = /\s*(?:…|\.{3})\s*$/u;

export function titleOpensText(title: string, text: string): boolean {
  const fold = (written: string) => written.replace(/\s+/gu, ' ').trim().toLowerCase();
  const opening = fold(title.replace(TRAILING_ELLIPSIS, ''));
  return opening !== '' && fold(text).startsWith(opening);
}

/** A post's title and text as one passage to show, the title left out where the text opens with it. */
export function titledText(title: string | null, text: string): string {
  return title && !titleOpensText(title, text) ? `${title}\n${text}` : text;
}
