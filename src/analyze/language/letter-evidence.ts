/**
 * Letters that only some Cyrillic and Latin alphabets have. fastText confuses short Kazakh with
 * Kyrgyz, Tatar or Ukrainian, and does not know Kazakh Latin at all; these letters settle most
 * such cases: қ and ұ are Kazakh's own, җ is Tatar, ҡ ҙ ҫ Bashkir, ї є ґ Ukrainian, ў Belarusian.
 */

/** Kazakh letters no neighbouring Cyrillic alphabet has. */
export const KAZAKH_UNIQUE = 1;
/** Kazakh letters shared with Tatar and Bashkir, not with Ukrainian or Belarusian: ә ғ һ. */
export const KAZAKH_TURKIC = 2;
/** Letters of Kazakh, Kyrgyz, Tatar, Bashkir and Mongolian alike: ң ө ү. */
export const TURKIC_COMMON = 4;
/** Ukrainian, Belarusian, Tatar, Bashkir, Uzbek and Tajik letters that Kazakh lacks. */
export const FOREIGN_CYRILLIC = 8;
/** Russian letters absent from Ukrainian and Bulgarian: ы э. */
export const RUSSIAN_MARK = 16;
/** Russian letters absent from Belarusian: и щ ъ. */
export const NOT_BELARUSIAN = 128;
/** і: Kazakh, Ukrainian and Belarusian; no other Turkic Cyrillic alphabet has it. */
export const DOTTED_I = 256;
/**
 * Uzbek Latin's ʻ (in oʻ, gʻ, often typed ‘), its ʼ (the glottal stop of vaʼda, taʼlim) and x,
 * which Kazakh Latin does not use; also oʻ, gʻ and ʼ typed with a plain ' or ’ (bo'ldi, so’nggi,
 * va'da), as most Uzbek posts are written.
 */
export const UZBEK_LATIN = 512;
/** Kazakh Latin (2021) letters no Turkish or Uzbek text has: ä ñ ū. */
export const KAZAKH_LATIN_UNIQUE = 32;
/** Kazakh Latin letters Turkish, Azerbaijani or Uzbek share: q ğ ö ü ı. */
export const KAZAKH_LATIN_SHARED = 64;
/** ' and ’: only marks a text for the Uzbek check below, never returned. */
const APOSTROPHE = 1 << 15;

/**
 * oʻ or gʻ typed with ' or ’ (bo'ldi, yo’q, o'yin, g'alaba), or ʼ after a vowel (va'da, ta'lim),
 * but not an English contraction or possessive (who'd, dog's, we're, Romeo’s) or "o'clock".
 */
const UZBEK_APOSTROPHE =
  /(?:\p{Script=Latin}[ogaeiu]|(?<![\p{L}\p{M}])[og](?!['’]clock))['’](?!(?:s|d|ll|ve|re|m|t)(?![\p{L}\p{M}]))\p{Ll}/u;

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const mark = (letters: string, flag: number): void => {
    for (const letter of letters) table[letter.charCodeAt(0)] = flag;
  };
  mark('құ', KAZAKH_UNIQUE);
  mark('әғһ', KAZAKH_TURKIC);
  mark('і', DOTTED_I);
  mark('ңөү', TURKIC_COMMON);
  mark('їєґўҗҡҙҫҳҷӣӯђјљњћџѓќѕ', FOREIGN_CYRILLIC);
  mark('ыэ', RUSSIAN_MARK);
  mark('ищъ', NOT_BELARUSIAN);
  mark('ʻ‘ʼx', UZBEK_LATIN);
  mark('äñū', KAZAKH_LATIN_UNIQUE);
  mark('qğöüı', KAZAKH_LATIN_SHARED);
  mark("'’", APOSTROPHE);
  return table;
}

const LETTER_FLAGS = buildTable();

/** The union of the flags above over every character of `text[start, end)`. */
export function letterFlags(text: string, start = 0, end = text.length): number {
  let flags = 0;
  for (let index = start; index < end; index++) flags |= LETTER_FLAGS[text.charCodeAt(index)] as number;
  if (!(flags & APOSTROPHE)) return flags;

  flags &= ~APOSTROPHE;
  if (!(flags & UZBEK_LATIN) && UZBEK_APOSTROPHE.test(text.slice(start, end))) flags |= UZBEK_LATIN;
  return flags;
}
