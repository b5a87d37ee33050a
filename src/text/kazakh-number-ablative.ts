/**
 * A number with the Kazakh ablative ending ("than 10": "10-нан"), for "fewer than N" in the
 * digest and the dashboard. The ending follows how the number is read aloud: its last spoken word
 * decides vowel harmony (back -ан, front -ен) and the first consonant (-н after a nasal, -т after
 * a voiceless consonant, -д otherwise). "10-дан" and "10-ден" were both wrong: 10 is "он", "оннан".
 */
export function kazakhAblative(value: number): string {
  return `${value}-${ablativeEnding(lastSpokenWord(value))}`;
}

const UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** The word a number's reading ends with: 25 "жиырма бес" → бес, 300 → жүз, 10000 → мың. */
function lastSpokenWord(value: number): string {
  const whole = Math.abs(Math.trunc(value));
  if (whole === 0) return 'нөл';
  if (whole % 10 !== 0) return UNITS[whole % 10]!;
  if (whole % 100 !== 0) return TENS[(whole % 100) / 10]!;
  if (whole % 1000 !== 0) return 'жүз';
  if (whole % 1_000_000 !== 0) return 'мың';
  return whole % 1_000_000_000 !== 0 ? 'миллион' : 'миллиард';
}

const BACK_VOWELS = /[аоұыя]/;
const FRONT_VOWELS = /[әеөүіиэю]/;

function ablativeEnding(word: string): string {
  const vowels = [...word].filter((letter) => BACK_VOWELS.test(letter) || FRONT_VOWELS.test(letter));
  const back = BACK_VOWELS.test(vowels.at(-1) ?? 'а');
  const last = word.at(-1)!;
  const first = /[мнң]/.test(last) ? 'н' : /[пфктқшсщчцх]/.test(last) ? 'т' : 'д';
  return `${first}${back ? 'ан' : 'ен'}`;
}
