/**
 * The key a word is looked up by in the name lists: a coarse Latin spelling that Russian and
 * Kazakh Cyrillic, Kazakh Latin and the usual passport transliterations all fold to. "Айгүл",
 * "Айгуль", "Aigül", "Aygul" and "Айгүл" with a Latin "А" all become "aigul", so one list entry
 * covers every way the name is typed.
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z',
  и: 'i', й: 'i', і: 'i', ы: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o',
  ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ä: 'a', á: 'a', à: 'a', â: 'a', ö: 'o', ó: 'o', ô: 'o', ü: 'u', ú: 'u', ū: 'u', û: 'u',
  ı: 'i', í: 'i', ì: 'i', î: 'i', ï: 'i', y: 'i', ý: 'i', ğ: 'g', ǵ: 'g', ñ: 'n', ń: 'n',
  ş: 'sh', ç: 'ch', é: 'e', è: 'e', ê: 'e', ë: 'e', q: 'k', j: 'zh', x: 'h', w: 'u', c: 'ts',
  "'": '',
};

/** "’" as an apostrophe inside a name: "D’Artagnan". */
const RIGHT_QUOTE = 0x2019;

/** The spelling of every UTF-16 code unit up to the end of the Cyrillic block, by index. */
const TABLE_SIZE = 0x500;
const TABLE: readonly (string | undefined)[] = Array.from({ length: TABLE_SIZE }, (_, code) => {
  const letter = String.fromCharCode(code);
  return SPELLINGS[letter] ?? letter;
});

/**
 * `word`'s lookup key; `word` is one word in any case. Letters outside both alphabets and hyphens
 * are kept: "Нур-Султан", the capital's name in 2019-2022, is not the given name "Нурсултан".
 */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  let key = '';
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    const spelled = code < TABLE_SIZE ? TABLE[code]! : code === RIGHT_QUOTE ? '' : lower[index]!;
    // "Дмитрий", "Dmitriy" and "Dmitry" are one name; other doubled letters stay ("Анна" is not "ана").
    if (spelled === 'i' && key.endsWith('i')) continue;
    key += spelled;
  }
  // "Nurlykhan" is how passports spell "Нурлыхан".
  return key.includes('kh') ? key.replaceAll('kh', 'h') : key;
}
