import { isKazakhGivenNameShaped } from './name-shapes.js';
import type { NameLookup } from './names-by-cue.js';
import type { RedactionSpan } from './redaction-kind.js';

/**
 * A hashtag typed all in lower case, its words glued: "#алмагульсейткали", "#сапароваайгерим".
 * Without capitals the rules that read a hashtag word by word see one word on no list.
 */
const LOWER_CASE_HASHTAG = /(?<![\p{L}\p{N}_])#((?:\p{Ll}|\p{M}){6,40})(?![\p{L}\p{M}\p{N}_])/gu;
/** Each part of a split is a name of three letters at least ("#аяназимова", not "#а-яна…"). */
const SHORTEST_PART = 3;
/** ...and no longer than a name: "#осенняяпораочейочарованье" ends like "-ов" and "Ванье". */
const LONGEST_PART = 16;
/** Two given names are of four letters each: "#эковики" is no "Эко" and "Вики". */
const SHORTEST_GIVEN_PAIR_PART = 4;
/** A surname of five letters at least: "#ловалева" is no "Лова" and "Лева". */
const SHORTEST_SURNAME = 5;
/** No name opens with a sign or "ы": "#ещебольшекотов" is no "Ещебол" and "Ьшекотов". */
const NAME_OPENING = /^[^ьъыЬЪЫ]/u;

/**
 * Finds hashtags in lower case that are a person's name glued together: a given name and a
 * surname in either order ("#алмагульсейткали", "#айгерімсапарова", "#сапароваайгерим"), or two
 * given names, as a Kazakh surname built on a father's name often is. The hashtag's words are
 * redacted, the sign stays ("#[NAME]"). A monitored subject's name stays ("#ерболатдосаев"):
 * `names` counts no subject's word as a name. A hashtag of a topic ("#алматыбезпробок") splits
 * into no two names.
 */
export function findLowerCaseNameHashtags(text: string, names: NameLookup): RedactionSpan[] {
  if (!text.includes('#')) return [];
  const spans: RedactionSpan[] = [];
  for (const hashtag of text.matchAll(LOWER_CASE_HASHTAG)) {
    const glued = hashtag[1]!;
    if (!isGluedName(glued, names)) continue;
    const start = hashtag.index + 1;
    spans.push({ start, end: start + glued.length, kind: 'name' });
  }
  return spans;
}

/**
 * A Kazakh surname without a Russian ending is often the father's given name, built on "-ғали",
 * "-қали" ("Сейтқали", "Сейткали", "Нұрғали").
 */
const FATHER_NAME_SURNAME = /^\p{L}{3,}(?:[ғгқк]али|[ғгқк]әлі)$/u;

function cuts(glued: string): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (let cut = SHORTEST_PART; cut <= glued.length - SHORTEST_PART; cut++) {
    const first = glued.slice(0, cut);
    const second = glued.slice(cut);
    if (first.length > LONGEST_PART || second.length > LONGEST_PART || !NAME_OPENING.test(second)) continue;
    pairs.push([first, second]);
  }
  return pairs;
}

function isGluedName(glued: string, names: NameLookup): boolean {
  const pairs = cuts(glued);
  // "#ерболатдосаев", "#досаевуйди": a subject's word anywhere makes it the subject's hashtag,
  // though another cut ("ербол" + "атдосаев") reads as a name.
  if (pairs.some(([first, second]) => names.isSubjectWord(first) || names.isSubjectWord(second))) return false;

  const given = (word: string): boolean => names.isGivenName(word, false) || isKazakhGivenNameShaped(word);
  // A given name that is also a word ("бақыт", "нұр") counts beside a surname only: "#сайранкөлі"
  // is a lake.
  const givenOrWord = (word: string): boolean => given(word) || names.isGivenName(word, true);
  const surname = (word: string): boolean =>
    word.length >= SHORTEST_SURNAME && (names.isSurname(word) || FATHER_NAME_SURNAME.test(word));
  const givenPair = (first: string, second: string): boolean =>
    Math.min(first.length, second.length) >= SHORTEST_GIVEN_PAIR_PART && given(first) && given(second);
  return pairs.some(([first, second]) =>
    (givenOrWord(first) && surname(second)) || (surname(first) && givenOrWord(second)) ||
    givenPair(first, second));
}
