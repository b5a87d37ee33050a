/**
 * A subject that has at last done something: "аким наконец-то отремонтировал мост", "әкім ақыры
 * жолды жөндеді", "the akim finally fixed the road". Residents write it inside a complaint ("Дороги
 * ужасные, но аким наконец-то отремонтировал мост"), and the words around the name then carry the
 * complaint's tone; the deed is a credit to the subject. Read on the mention's clause, normalised
 * (lower case, ё as е), the mention included. A deed denied ("так и не отремонтировал", "наконец
 * не сделал ничего") is no credit, and "наконец" with a verb of saying or failing ("наконец
 * признал провал") is left to the model.
 */
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { hasLatinOutsidePlaceholders } from './either-script.js';

// A Russian past-tense verb in the singular (the deed) within two words after "наконец":
// "аким наконец отремонтировал", "акимат наконец-то в нашем дворе убрал". The plural is left
// out: "акима наконец сняли" tells what others did to the subject.
const PAST_RU = '\\p{L}+(?:ил|ал|ел|ял|ыл|ул)(?:а|ся|ась)?';
const NOT_A_DEED_RU = '(?:признал|заявил|сказал|объявил|ответил|провалил|сорвал|ушел|уволил|уволен)\\p{L}*';
// The deed is the first past-tense word after "наконец": in "наконец признал провал" it is
// "признал", not "провал".
const FINALLY_RU =
  `наконец(?:-то)? (?:(?!${PAST_RU} )\\p{L}+ ){0,2}?(?!не )(?!${NOT_A_DEED_RU})${PAST_RU}`;
// A Kazakh past-tense verb after "ақыры" within three words: "ақыры жолды жөндеді".
// Kazakh puts the verb last, so the deed ends the clause ("жолды" before it is the road, in
// the accusative); a verb negated by its suffix ("жөндемеді") is no deed.
const FINALLY_KK =
  'а[кқ]ыры (?:\\p{L}+ ){0,3}(?!\\p{L}*[мбп][аеә][дт][ыиі])\\p{L}+(?:д[иі]|д[ыи]|т[иі]|т[ыи])(?:[кқ]|м[ыи]з)?' +
  '(?=[^\\p{L}]*$)';
const FINALLY_EN = 'finally (?:\\p{L}+ )?(?:fixed|repaired|opened|built|cleaned|solved|replaced|restored|did)';

const FINALLY_DONE = new RegExp(
  `(?<![\\p{L}\\d])(?:${FINALLY_RU}|${FINALLY_KK}|${FINALLY_EN})(?![\\p{L}])`,
  'u',
);
const DENIED = /(?<![\p{L}])(?:так и не|до сих пор не|әлі|still not|never)(?![\p{L}])/u;

/**
 * Whether the mention's `clause` tells of a deed its subject has at last done. `mentionEnd` is
 * where the mention ends in `clause`: the deed must be told after it ("аким наконец починил"),
 * since a name after the verb is its object ("наконец наказал акима").
 */
export function tellsDeedDoneAtLast(clause: string, mentionEnd: number): boolean {
  const deed = (text: string): boolean => {
    const found = FINALLY_DONE.exec(text);
    return found !== null && !DENIED.test(text) && found.index + found[0].length > mentionEnd;
  };
  return deed(clause) || (hasLatinOutsidePlaceholders(clause) && deed(kazakhLatinToCyrillic(clause)));
}
