/**
 * "публикаций" as it stands after "менее N" or "из N" in the digest and the dashboard: the
 * genitive, singular after a number ending in 1 but not 11 ("менее 21 публикации"), plural
 * otherwise ("менее 10 публикаций", "менее 2 публикаций"). With a minimum group size of 21 or 31
 * the plural was printed after it.
 */
export function russianPostsAfterNumber(value: number): string {
  const whole = Math.abs(Math.trunc(value));
  return whole % 10 === 1 && whole % 100 !== 11 ? 'публикации' : 'публикаций';
}
