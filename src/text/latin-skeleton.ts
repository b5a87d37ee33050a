/**
 * Latin letters without their diacritics, as people type Kazakh Latin on keyboards that lack
 * them: "äkımdık" is also written "akimdik", "Türksıb" "Turksib", "Şymkent" "Shymkent".
 */

const FOLDS: Readonly<Record<string, string>> = {
  'ä': 'a', 'á': 'a', 'à': 'a', 'â': 'a', 'ö': 'o', 'ó': 'o', 'ô': 'o', 'ü': 'u', 'ú': 'u',
  'ū': 'u', 'û': 'u', 'ı': 'i', 'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ğ': 'g', 'ǵ': 'g',
  'ñ': 'n', 'ń': 'n', 'ş': 'sh', 'ç': 'ch', 'ý': 'y', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** `word` (lower case) with Kazakh, Turkish and other Latin diacritics folded to plain letters. */
export function latinSkeleton(word: string): string {
  return word.replace(FOLDABLE, (character) => FOLDS[character] ?? character);
}
