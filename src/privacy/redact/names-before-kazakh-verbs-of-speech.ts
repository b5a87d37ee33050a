/**
 * A given name alone before a Kazakh verb of speech, as residents pass on what someone told
 * them: "Мақсат айтты", "Бақыт маған айтты", "Серік деді", "Maqsat aıtty"; or before a Russian
 * one and the words said ("Мақсат ответил, что"). Many such names are
 * also words (мақсат is a goal, бақыт happiness, арман a dream), which the rules count only
 * beside a surname; but a goal does not say, ask or explain, so the verb tells the person.
 */
import type { NameToken } from './name-token.js';

/**
 * The verb in the active voice, in the third person or as a converb before an auxiliary
 * ("айтып берді"), in Cyrillic, typed with Russian letters, and in the Latin alphabet of 2021.
 * Not the passive ("айтылды") nor the verbal noun ("Арман айту оңай"), nor the bare "деп",
 * which quotes a word ("мақсат деп аталады"), nor a converb ("Махаббат айтып келмейді", love
 * comes unannounced) but "айтып берді". "Деді", "дейді" quote the word before them as often
 * ("Мықты дейді осыны", they call it strong): only with the words said after a comma or colon.
 * Not "жазды": what is written stands before it as often ("Қате жазады", writes it wrong).
 */
const SPEECH_VERB =
  '(?:айт(?:ты|ады|ыпты|пады|қан|ып берд[іи])|(?:деді|дейді|депті)(?=[,:])|с[ұу]ра(?:ды|йды|пты)|' +
  'т[үу]с[іи]нд[іи]р(?:д[іи]|еді)|хабарла(?:ды|йды|пты|сты)|' +
  'ескерт(?:т[іи]|еді)|шағымданды|шагымданды|' +
  'a[ıi]t(?:ty|ady|ypty|pady|yp berdi)|(?:dedi|de[ıiy]di|depti)(?=[,:])|sura(?:dy|[ıi]dy|pty)|' +
  't[úu]s[ıi]ndir(?:di|edi)|habarla(?:dy|[ıi]dy|pty|sty)|eskert(?:ti|edi))';
/**
 * What may stand between the name and the verb: whom it was said to ("маған", "бізге") or a
 * particle ("Бақыт та айтты"), one word.
 */
const BETWEEN =
  '(?:маған|бізге|оған|сізге|саған|бәрімізге|маган|бизге|оган|сизге|да|де|та|те|тағы|maǵan|magan|' +
  'bizge|oǵan|ogan|sizge|saǵan|da|de|ta|te|taǵy)';
/**
 * A Russian verb of speech in the past, as a Kazakh post quotes a neighbour in Russian ("Бақыт
 * сказала, что воды не будет"): only before the words said, after a comma and "что", "как",
 * "куда" or a colon. "Мир ответил санкциями" says what a world did.
 */
const RUSSIAN_SPEECH_VERB =
  '(?:сказал|ответил|объяснил|пообещал|обещал|спросил|рассказал|предупредил|сообщил)а?' +
  '(?:, (?:что|чтобы|как|куда|где|когда|мол|будто)|:)';
const SPEECH_VERB_AFTER = new RegExp(
  `^ (?:${BETWEEN} )?(?:${SPEECH_VERB}(?![\\p{L}-])|${RUSSIAN_SPEECH_VERB}(?!\\p{L}))`,
  'iu',
);
const LOOKAHEAD = 24;
/** Words for a person that are also given names: "Адам айтты" is "a person said". */
const NOUNS_FOR_A_PERSON = new Set(['адам', 'adam']);

/** Whether `tokens[index]`, a given name standing alone, is named by a Kazakh verb of speech after it. */
export function isNamedBeforeKazakhSpeechVerb(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.capitalised || token.given === undefined || token.place || token.subject) return false;
  if (text[token.end] !== ' ' || NOUNS_FOR_A_PERSON.has(token.word)) return false;
  const next = tokens[index + 1];
  if ((token.joined && tokens[index - 1]?.capitalised) || (next?.joined && next.capitalised)) return false;
  return SPEECH_VERB_AFTER.test(text.slice(token.end, token.end + LOOKAHEAD));
}
