/**
 * Mongolian writes a case ending after a hyphen on a number, an abbreviation or a Latin name:
 * "3:1-ээр" (by 3:1), "АНУ-ын" (of the USA), "COVID-19-ийн", "NASA-гийн", "2020-оос" (from
 * 2020). In 114 of the 1,053 NTREX dev Mongolian sentences and in none of any other language's:
 * Russian declines no number or abbreviation so ("1-й", "5-го" are not these endings), and
 * Kazakh, Kyrgyz, Tatar and Bashkir spell theirs otherwise ("АҚШ-тың", "АКШ-нын", "6-ны"). A
 * line of foreign names with one such word ("Манчестер Юнайтед Челсиг 3:1-ээр хожив") was read
 * as Russian. The ending is matched on the text as written: in lower case, "кто-то" and "из-за"
 * would be a hyphenated word's parts.
 */
const ENDING = 'ын|ийн|гийн|ний|ыг|ийг|д|т|нд|рт|аас|ээс|оос|өөс|наас|нээс|аар|ээр|оор|өөр|тэй|той|руу|рүү|ыхан';
const CASE_AFTER_HYPHEN = new RegExp(`(?:\\d|[A-ZА-ЯЁӨҮa-z]{2})-(?:${ENDING})(?![\\p{L}])`, 'u');

/** Whether `original` has a Mongolian case ending after a hyphen on a number, abbreviation or Latin word. */
export function hasMongolianCaseAfterHyphen(original: string): boolean {
  return CASE_AFTER_HYPHEN.test(original);
}
