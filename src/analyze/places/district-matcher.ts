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
import { formKey, keysOfWord } from '../mentions/word-keys.js';

const DISTRICT_WORDS = ['аудан', 'район', 'audan', 'raion', 'rayon', 'district'];
const RUSSIAN_ADJECTIVE = /(ский|цкий|ской)$/;

export class DistrictMatcher {
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
    const found: string[] = [];
    const add = (districtId: string | undefined): void => {
      if (districtId !== undefined && !found.includes(districtId)) found.push(districtId);
    };

    const tokens = text.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      const keys = keysOfWord(token.text, token.script);

      const adjective = keys.map((key) => this.#byAdjective.get(key)).find((id) => id !== undefined);
      if (adjective !== undefined) {
        add(adjective);
        continue;
      }
      if (token.script === 'latin') {
        const skeleton = latinSkeleton(token.text);
        const latin = this.#latinAdjectives.find(({ prefix }) => skeleton.startsWith(prefix));
        if (latin) {
          add(latin.districtId);
          continue;
        }
      }

      const named = keys.map((key) => this.#byName.get(key)).find((id) => id !== undefined);
      if (named !== undefined && (isDistrictWord(tokens[index + 1]) || isDistrictWord(tokens[index - 1]))) {
        add(named);
      }
    }
    return found;
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

function isDistrictWord(token: Token | undefined): boolean {
  if (!token) return false;
  return DISTRICT_WORDS.some((word) => token.text.startsWith(word));
}
