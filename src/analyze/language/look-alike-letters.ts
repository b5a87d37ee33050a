/**
 * Which neighbouring language a Cyrillic or Latin text is, by the letters only that language
 * has: ї є ґ are Ukrainian, ў Belarusian, җ Tatar, ҡ ҙ ҫ Bashkir, ӯ ҳ ҷ Tajik, ʻ (in oʻ, gʻ)
 * Uzbek. Kyrgyz and Mongolian share ң ө ү with Kazakh and have no letter of their own: fastText
 * names them, and Mongolian, unlike Kyrgyz, has no ң.
 */

const LETTER_LANGUAGES: Readonly<Record<string, string>> = {
  'ї': 'uk', 'є': 'uk', 'ґ': 'uk',
  'ў': 'be',
  'җ': 'tt',
  'ҡ': 'ba', 'ҙ': 'ba', 'ҫ': 'ba',
  'ӯ': 'tg', 'ҳ': 'tg', 'ҷ': 'tg', 'ӣ': 'tg',
  'ђ': 'sr', 'ћ': 'sr', 'џ': 'sr', 'љ': 'sr', 'њ': 'sr', 'ј': 'sr',
  'ѓ': 'mk', 'ќ': 'mk', 'ѕ': 'mk',
  'ʻ': 'uz', '‘': 'uz',
};

const TELLING_LETTER = new RegExp(`[${Object.keys(LETTER_LANGUAGES).filter((key) => key.length === 1).join('')}]`, 'g');

/** The language whose own letters occur most often in `text` (lower case), or null. */
export function lookAlikeOfLetters(text: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(TELLING_LETTER)) {
    const language = LETTER_LANGUAGES[match[0]] as string;
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [language, count] of counts) {
    if (count > most) {
      best = language;
      most = count;
    }
  }
  return best;
}
