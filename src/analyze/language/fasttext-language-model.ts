/**
 * fastText's language identifier (lid.176.ftz, 176 languages) as shipped inside the
 * `fasttext.wasm.js` package, loaded once per process. It knows Russian, Kazakh and English
 * well, and the look-alike Cyrillic languages (Kyrgyz, Tatar, Bashkir, Ukrainian, Belarusian,
 * Mongolian), but not Kazakh in the Latin alphabet: the letter rules beside it handle that.
 */
import { getLIDModel } from 'fasttext.wasm.js';

export interface LanguageGuess {
  /** fastText's label without its prefix: "ru", "kk", "en", "ky", ... */
  readonly language: string;
  readonly probability: number;
}

export interface FastTextLanguageModel {
  /** The `top` likeliest languages of one line of text, most likely first. */
  predict(text: string, top: number): LanguageGuess[];
}

interface NativeVector {
  size(): number;
  get(index: number): [number, string];
  delete?(): void;
}

interface NativeModel {
  predict(text: string, top: number, threshold: number): NativeVector;
}

const LABEL_PREFIX = '__label__'.length;
// fastText reads one line; a line break would end the text early.
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
// The model's cost grows with the text; the first few sentences say which language it is in.
const MAXIMUM_LENGTH = 400;

let loading: Promise<FastTextLanguageModel> | undefined;

/** The shipped model, loaded on first call; later calls share it. */
export function loadFastTextLanguageModel(): Promise<FastTextLanguageModel> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`language model: cannot load lid.176.ftz from fasttext.wasm.js (${reason}); ` +
      'reinstall dependencies with `npm ci`');
  });
  return loading;
}

function firstPart(text: string): string {
  if (text.length <= MAXIMUM_LENGTH) return text;
  const space = text.lastIndexOf(' ', MAXIMUM_LENGTH);
  return text.slice(0, space > MAXIMUM_LENGTH / 2 ? space : MAXIMUM_LENGTH);
}

async function load(): Promise<FastTextLanguageModel> {
  const identifier = await getLIDModel();
  const native = (await identifier.load()) as unknown as NativeModel;

  return {
    predict(text: string, top: number): LanguageGuess[] {
      const vector = native.predict(firstPart(text).replace(LINE_BREAKS, ' '), top, 0);
      try {
        const guesses: LanguageGuess[] = [];
        for (let index = 0; index < vector.size(); index++) {
          const [probability, label] = vector.get(index);
          guesses.push({ language: label.slice(LABEL_PREFIX), probability });
        }
        return guesses;
      } finally {
        // The vector lives in WebAssembly memory; without this every post would leak it.
        vector.delete?.();
      }
    },
  };
}
