/**
 * A day as a chart's axis writes it: "01.12" in Russian and Kazakh, "1 Dec" in English. The axes
 * wrote "12-01", which a Russian or Kazakh reader takes for the 12th of January.
 */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDay(day: string, language: 'ru' | 'kk' | 'en'): string {
  const [, month, date] = day.split('-');
  if (!month || !date) return day;
  if (language === 'en') return `${Number(date)} ${MONTHS_EN[Number(month) - 1] ?? month}`;
  return `${date}.${month}`;
}
