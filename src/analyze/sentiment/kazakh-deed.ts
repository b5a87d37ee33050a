/**
 * A subject told in Kazakh as the doer of a public-works deed: "Қарағанды әкімі жолды жөндеді",
 * "Досаев саябаққа шам орнатты", "әкімдік жаңа емхана ашты". The targeted model learned from
 * Russian news only, and the overall model reads such a plain report as neutral, or takes the
 * complaint of the sentence around it; the deed is a credit to its doer, as "аким отремонтировал
 * дорогу" is to the Russian model. Read on the mention's clause, normalised, the mention
 * included.
 *
 * Kazakh puts the verb last, so the deed ends the clause after the mention. A verb negated by its
 * suffix ("жөндемеді", "орнатпады") has -ма/-ме/-ба/-бе/-па/-пе before the past ending and so is
 * no form below. "Салды" is left out alone: it is also a tax imposed ("салық салды"); "салып
 * берді" (built for us) is a deed.
 */
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { hasLatinOutsidePlaceholders } from './either-script.js';

// Stems of verbs of a public work done: repair, clean, install, replace, landscape, green,
// renew, light up, open, solve, lay (asphalt), widen, restore.
export const DEED_STEMS = ['жөнде', 'жөндет', 'тазала', 'орнат', 'ауыстыр', 'абаттандыр', 'көгалдандыр',
  'жаңарт', 'жарықтандыр', 'аш', 'шеш', 'төсе', 'кеңейт', 'қалпына келтір'];
// The third person past ("жөнде·ді", "орнат·ты") or done for someone ("жөндеп берді", "салып
// берді"); "и" for "і" as the Latin alphabet's "i" is read back ("jóndedi").
const DEED = new RegExp(
  `(?<![\\p{L}])(?:(?:${DEED_STEMS.join('|')})(?:д[ыіи]|т[ыіи]|[ыіи]?п берд[іи])|сал[ыіи]п берд[іи])` +
  '(?=[^\\p{L}]*$)',
  'u',
);

/** Whether the mention's `clause` ends with a deed its subject did; `mentionEnd` is where the mention ends in it. */
export function tellsKazakhDeed(clause: string, mentionEnd: number): boolean {
  const deed = (text: string): boolean => {
    const found = DEED.exec(text);
    return found !== null && found.index >= mentionEnd;
  };
  return deed(clause) || (hasLatinOutsidePlaceholders(clause) && deed(kazakhLatinToCyrillic(clause)));
}
