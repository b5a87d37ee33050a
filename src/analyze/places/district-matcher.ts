/**
 * Finds which of the city's districts a post is about. A Russian district adjective names its
 * district alone in any case form (в Ауэзовском районе, Медеуского района, Auezovskiy); a bare
 * name (Әуезов, Medeu, Турксиб) counts only next to the word for district (Әуезов ауданында,
 * Medeu district, в районе Медеу), because alone it is as often a writer, a skating rink, a
 * railway or a street.
 *
 * LIMITATION: colloquial "на Турксибе", microdistrict names (Орбита, Самал) and streets are not
 * mapped to districts; a gazetteer of microdistricts and streets would lift this.
 */
import type { AnalysisText } from '../analysis-text.js';
import type { District } from '../../project/project.js';
import { russianWordForms } from '../../text/inflect/russian-declension.js';
import { latinSkeleton } from '../../text/latin-skeleton.js';
import { normaliseForMatching } from '../../text/normalise.js';
import { tokenise, type Token } from '../../text/tokenise.js';
import { latinSpellings } from '../../text/transliterate-russian.js';
import { compileAliasWord } from '../mentions/alias-word.js';
import { formKey } from '../mentions/word-keys.js';
import type { WordInfo } from '../word-info.js';

const DISTRICT_WORDS = ['аудан', 'район', 'audan', 'raion', 'rayon', 'district'];
const RUSSIAN_ADJECTIVE = /(ский|цкий|ской)$/;

/** What one word can tell about districts. */
interface Role {
  /** A district this word names alone (a Russian district adjective). */
  readonly alone: string | null;
  /** A district this word names when the word for district is beside it. */
  readonly besideDistrictWord: string | null;
  /** Whether this is the word for district itself (районе, ауданында, district). */
  readonly districtWord: boolean;
}

const NOTHING: Role = { alone: null, besideDistrictWord: null, districtWord: false };

export class DistrictMatcher {
  /** Each distinct word's role, worked out once. */
  readonly #roles = new WeakMap<WordInfo, Role>();
  /** Keys of adjective forms, which name a district alone. */
  readonly #byAdjective = new Map<string, string>();
  /** Latin spellings of the adjectives' stems (auezovsk), matched as prefixes. */
  readonly #latinAdjectives: { prefix: string; districtId: string }[] = [];
  /** Keys of bare names, which need the word for district beside them. */
  readonly #byName = new Map<string, string>();

  constructor(districts: readonly District[]) {
    for (const district of districts) {
      for (const name of district.names) this.#addName(district.id, name);
    }
  }

  /** Ids of the districts `text` is about, in order of first mention. */
  match(text: AnalysisText): string[] {
    let found: string[] | null = null;
    const words = text.words;

    for (let index = 0; index < words.length; index++) {
      const role = this.#roleOf(words[index] as WordInfo);
      if (role === NOTHING) continue;

      let districtId = role.alone;
      if (districtId === null && role.besideDistrictWord !== null) {
        const beside = this.#isDistrictWord(words[index + 1]) || this.#isDistrictWord(words[index - 1]);
        if (beside) districtId = role.besideDistrictWord;
      }
      if (districtId === null) continue;
      found ??= [];
      if (!found.includes(districtId)) found.push(districtId);
    }
    return found ?? [];
  }

  #isDistrictWord(word: WordInfo | undefined): boolean {
    return word !== undefined && this.#roleOf(word).districtWord;
  }

  #roleOf(word: WordInfo): Role {
    let role = this.#roles.get(word);
    if (role === undefined) {
      role = this.#computeRole(word);
      this.#roles.set(word, role);
    }
    return role;
  }

  #computeRole(word: WordInfo): Role {
    const keys = word.nameKeys;
    let alone = firstFound(keys, this.#byAdjective);
    if (alone === null && word.script === 'latin') {
      const skeleton = latinSkeleton(word.text);
      alone = this.#latinAdjectives.find(({ prefix }) => skeleton.startsWith(prefix))?.districtId ?? null;
    }
    const besideDistrictWord = firstFound(keys, this.#byName);
    const districtWord = DISTRICT_WORDS.some((prefix) => word.text.startsWith(prefix));
    if (alone === null && besideDistrictWord === null && !districtWord) return NOTHING;
    return { alone, besideDistrictWord, districtWord };
  }

  #addName(districtId: string, written: string): void {
    const words = tokenise(normaliseForMatching(written)).filter((token) => !isDistrictWord(token));
    const word = words[0];
    if (!word) return;

    if (word.script === 'cyrillic' && RUSSIAN_ADJECTIVE.test(word.text)) {
      for (const form of russianWordForms(word.text, { proper: false })) {
        this.#byAdjective.set(formKey(form), districtId);
      }
      const stem = word.text.slice(0, -2);
      for (const spelling of latinSpellings(stem)) {
        this.#latinAdjectives.push({ prefix: latinSkeleton(spelling), districtId });
      }
      return;
    }
    for (const key of compileAliasWord(word.text, word.script, false).keys.keys()) {
      if (!this.#byName.has(key)) this.#byName.set(key, districtId);
    }
  }
}

function isDistrictWord(token: Token): boolean {
  return DISTRICT_WORDS.some((word) => token.text.startsWith(word));
}

function firstFound(keys: readonly string[], map: ReadonlyMap<string, string>): string | null {
  for (const key of keys) {
    const found = map.get(key);
    if (found !== undefined) return found;
  }
  return null;
}
