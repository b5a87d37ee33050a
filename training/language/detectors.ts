/**
 * The language identifiers measured side by side, each answering with one label from the same
 * set: "ru", "kk", "kk-latn", "en", the look-alikes' ISO 639-1 codes ("ky", "tt", "ba", "uz",
 * "uk", "be", "mn"), "mixed", or "other".
 *
 * - tyndau: `LanguageIdentifier`; its `other` answers name the language in `detected`.
 * - fastText alone: lid.176.ftz's first answer on the same normalised text.
 * - CLD2 (the `cld` package), in best-effort mode so that word pairs get an answer too.
 * - franc, restricted to the languages of the test sets it knows (it has no Bashkir), as it
 *   confuses Russian with far-off languages otherwise.
 */
import cld from 'cld';
import { franc } from 'franc';

import { prepareText } from '../../src/analyze/analysis-text.js';
import type { FastTextLanguageModel } from '../../src/analyze/language/fasttext-language-model.js';
import type { LanguageIdentifier } from '../../src/analyze/language/language-identifier.js';
import { normaliseForMatching } from '../../src/text/normalise.js';

export interface Detector {
  readonly name: string;
  detect(text: string): Promise<string> | string;
}

export function tyndauDetector(identifier: LanguageIdentifier): Detector {
  return {
    name: 'tyndau',
    detect(text) {
      const result = identifier.identify(prepareText(text));
      return result.code === 'other' ? (result.detected ?? 'other') : result.code;
    },
  };
}

export function fastTextDetector(model: FastTextLanguageModel): Detector {
  return {
    name: 'fastText',
    detect(text) {
      return model.predict(normaliseForMatching(text), 1)[0]?.language ?? 'other';
    },
  };
}

export const cldDetector: Detector = {
  name: 'CLD2',
  async detect(text) {
    try {
      const result = await cld.detect(text, { bestEffort: true });
      const code = result.languages[0]?.code ?? 'un';
      return code === 'un' ? 'other' : code;
    } catch {
      // CLD2 rejects texts it cannot place at all ("Failed to identify language").
      return 'other';
    }
  },
};

const FRANC_CODES: Readonly<Record<string, string>> = {
  rus: 'ru', kaz: 'kk', eng: 'en', kir: 'ky', tat: 'tt', uzn: 'uz', ukr: 'uk', bel: 'be', khk: 'mn',
};

export const francDetector: Detector = {
  name: 'franc',
  detect(text) {
    const code = franc(text, { only: Object.keys(FRANC_CODES), minLength: 1 });
    return FRANC_CODES[code] ?? 'other';
  },
};
