/**
 * A subject told in Kazakh as failing to do a public work or to serve residents, by a negated
 * verb alone: "әкімдік жолды жөндемеді", "әкім су бермеді", "уәдесін орындамады", "жауап берген
 * жоқ". The overall model learnt Kazakh tone from reviews and news and reads such a plain report
 * as neutral (0.89 on "Алматы әкімі тұрғындардың өтінішін қарамады"); the failure is a fault of
 * the one who did not act, as the deed of kazakh-deed.ts is a credit. Read on the normalised
 * sentence after the mention, so that "Досаев уәде берді, бірақ саябақты абаттандырмады" counts.
 *
 * Kazakh negates a verb by -ма/-ме (-ба/-бе, -па/-пе after some consonants) before its ending:
 * "жөнде·ме·ді", "орнат·па·ды", "жеткіз·бе·ді"; or by "жоқ" after the perfect: "жөндеген жоқ".
 * Only verbs of doing something for residents count: a subject that "шешімін өзгертпеді" or
 * "ештеңе айтпады" has not failed anyone by it.
 */
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { hasLatinOutsidePlaceholders } from './either-script.js';
import { DEED_STEMS } from './kazakh-deed.js';

// Besides the deeds: build, give (water, an answer), fulfil (a promise), consider, take out
// (rubbish), lay (gas), listen, do, help, deliver, bring, come, send, pay, receive (residents),
// take into account, keep (a promise), provide.
const SERVICE_STEMS = ['сал', 'бер', 'орында', 'қара', 'шығар', 'шығарт', 'тарт', 'тыңда',
  'істе', 'жаса', 'көмектес', 'жеткіз', 'әкел', 'кел', 'жібер', 'төле', 'қабылда', 'ескер',
  'ұста', 'қамтамасыз ет'];
const STEMS = [...DEED_STEMS, ...SERVICE_STEMS].join('|');

// Past, present, future-habitual and perfect after the negation; "и" for "і" as the Latin
// alphabet's "i" is read back ("jóndemedi").
const NEGATED = `[мбп][аеә](?:д[ыіи]|йд[ыіи]|йт[ыіи]н|[гғ][аеә]н)`;
const PERFECT_DENIED = `[гғкқ][аеә]н жо[кқ]`;
const FAILURE = new RegExp(
  `(?<![\\p{L}])(?:${STEMS})(?:${NEGATED}|${PERFECT_DENIED})(?=[^\\p{L}]*(?:[,;:()—–.!?…\\n]|$))`,
  'u',
);

// A mention in an oblique case is not the one who acts: "Досаевқа жауап бермеді" (gave no answer
// to Dosaev), "Досаевтың уәдесін орындамады", "әкімін тыңдамады". Possessive forms ("әкімі",
// "әкімдігі") are the subject's own.
const OBLIQUE_CASE =
  /(?:[гғкқ][аеә]|[нд]е|на|[нтд][ыі]|[нтд][ыі]ң|[нтд][аеә]н|[мбп][аеә]н|[нтд][аеә]|[ыі]н)$/u;

/** Whether the sentence after a mention, `after` (normalised), tells that its subject failed. */
export function tellsKazakhFailure(after: string): boolean {
  return (
    FAILURE.test(after) ||
    (hasLatinOutsidePlaceholders(after) && FAILURE.test(kazakhLatinToCyrillic(after)))
  );
}

/** Whether an inflected mention `form` (normalised) stands in an oblique case. */
export function isObliqueKazakhForm(form: string): boolean {
  return OBLIQUE_CASE.test(hasLatinOutsidePlaceholders(form) ? kazakhLatinToCyrillic(form) : form);
}
