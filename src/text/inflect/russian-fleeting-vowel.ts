/**
 * Russian nouns whose last vowel comes and goes with the case: "рынок" and "на рынке",
 * "остановка" and "нет остановок", "окно" and "окон", "отец" and "отца". A stemmer strips
 * endings only, so the two sides of such a noun get different stems ("рынок", "рынк") and a
 * search for one form missed the other. These are the other side's forms, enough for their
 * stems: a form that no word has only adds a key nothing matches.
 */

const VOWELS = 'аеёиоуыэюяйь';
/** A word that ends in a fleeting vowel and a consonant: "рынок", "звонок", "отец", "остановок". */
const FLEETING_LAST_SYLLABLE = /^(.*\p{L})([оеё])(к|ц)$/u;
/** A feminine or neuter noun whose plural genitive takes a vowel between two consonants. */
const CONSONANT_PAIR_ENDING = /^(.*)([^аеёиоуыэюя])(к|н|л|р|м)([ао])$/u;
const SOFT_OR_HUSHING = /[ьйжшчщц]/u;

/** The forms of a Russian word across its fleeting vowel; none when it has none. */
export function fleetingVowelForms(word: string): string[] {
  const forms: string[] = [];
  // "рынок" → "рынка", "отец" → "отца", "остановок" → "остановка", "сосулек" → "сосулька".
  const dropped = FLEETING_LAST_SYLLABLE.exec(word);
  if (dropped && word.length >= 4) {
    const [, head, vowel, last] = dropped as unknown as [string, string, string, string];
    if (!VOWELS.includes(head.slice(-1))) {
      forms.push(`${head}${last}а`);
      // "сосулек" is "сосульк-": the vowel stood for a soft sign.
      if (vowel === 'е' && last === 'к') forms.push(`${head}ь${last}а`);
    } else if (vowel === 'е') {
      // "копеек" is "копейк-", "боец" "бойц-": after a vowel it stood for й.
      forms.push(`${head}й${last}а`);
    }
  }
  // "остановка" → "остановок", "сосулька" → "сосулек", "копейка" → "копеек", "окно" → "окон",
  // "кресло" → "кресел", "сестра" → "сестер".
  const pair = CONSONANT_PAIR_ENDING.exec(word);
  if (pair && word.length >= 4) {
    const [, head, first, second] = pair as unknown as [string, string, string, string];
    if (first === 'ь' || first === 'й') {
      forms.push(`${head}е${second}`);
    } else if (second === 'к') {
      forms.push(`${head}${first}${SOFT_OR_HUSHING.test(first) ? 'е' : 'о'}к`);
    } else if (!'нлрм'.includes(first)) {
      forms.push(`${head}${first}о${second}`, `${head}${first}е${second}`);
    }
  }
  return forms;
}
