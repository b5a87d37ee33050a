/**
 * A Kazakh case ending written after a hyphen, in either alphabet: residents often set it off
 * from a name they are unsure how to join it to ("Алматы-да", "Almaty-da", "Ақсай-да",
 * "Самал-2-ге", "Су-ға").
 */
const CASE_ENDING_AFTER_HYPHEN =
  /^(?:[дт][аеы]|[дт][аеы]н|[дт]ағы|[дт]егі|[гкғқ][аеы]|н[ыі]ң|[дт][ыі]ң|[нд][ыі]|[dt][ae]|[dt][ae]n|[gkğq][ae]|n[yı]ñ|[dt][yı]ñ)$/u;

/** Whether `part`, the last part of a hyphenated word, is a Kazakh case ending. */
export function isKazakhCaseEnding(part: string): boolean {
  return CASE_ENDING_AFTER_HYPHEN.test(part);
}
