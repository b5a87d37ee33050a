/**
 * The written forms of a given name under Russian declension and Kazakh case endings, so that
 * "Марат", "Марата", "Маратом", "Маратқа" and "Маратпен" are all recognised from the one entry
 * "Марат". Kazakh endings follow the name's last vowel and last sound, as Kazakh spelling does;
 * generating every ending after every name would also make "Ираке" (in Iraq) a form of "Ира".
 */

/** Stems that drop a vowel when declined: Павел → Павла, Лев → Льва, Пётр → Петра. */
const FLEETING_VOWEL: Readonly<Record<string, string>> = { павел: 'павл', лев: 'льв', пётр: 'петр', петр: 'петр' };

const VOWELS = 'аәеёиоөуұүыіэюя';
const FRONT_VOWELS = 'әеиөүіэ';
const NASALS = 'мнң';
/** Sonorants and voiced fricatives take the same endings as vowels in most cases. */
const SONORANTS = 'йлру';
const VOICED_SIBILANTS = 'жз';

type SoundClass = 'vowel' | 'nasal' | 'sonorant' | 'sibilant' | 'voiceless';

/**
 * Genitive, dative, accusative, locative, ablative, instrumental; back-vowel form first, then
 * front, for each class of final sound.
 */
const KAZAKH_CASE_ENDINGS: Readonly<Record<SoundClass, readonly (readonly [string, string])[]>> = {
  vowel: [['ның', 'нің'], ['ға', 'ге'], ['ны', 'ні'], ['да', 'де'], ['дан', 'ден'], ['мен', 'мен']],
  nasal: [['ның', 'нің'], ['ға', 'ге'], ['ды', 'ді'], ['да', 'де'], ['нан', 'нен'], ['мен', 'мен']],
  sonorant: [['дың', 'дің'], ['ға', 'ге'], ['ды', 'ді'], ['да', 'де'], ['дан', 'ден'], ['мен', 'мен']],
  sibilant: [['дың', 'дің'], ['ға', 'ге'], ['ды', 'ді'], ['да', 'де'], ['дан', 'ден'], ['бен', 'бен']],
  voiceless: [['тың', 'тің'], ['қа', 'ке'], ['ты', 'ті'], ['та', 'те'], ['тан', 'тен'], ['пен', 'пен']],
};

/** `name` (lower case, nominative) and its declined forms, lower case. */
export function givenNameForms(name: string): string[] {
  return [...new Set([name, ...russianForms(name), ...kazakhForms(name)])];
}

function russianForms(name: string): string[] {
  const stem = name.slice(0, -1);
  if (name.endsWith('ия')) return ['ии', 'ию', 'ией', 'иею'].map((ending) => name.slice(0, -2) + ending);
  if (name.endsWith('я')) return ['и', 'е', 'ю', 'ей', 'ею'].map((ending) => stem + ending);
  if (name.endsWith('а')) return ['ы', 'и', 'е', 'у', 'ой', 'ою', 'ей'].map((ending) => stem + ending);
  if (name.endsWith('ий')) return ['я', 'ю', 'ем', 'и'].map((ending) => stem + ending);
  if (name.endsWith('й')) return ['я', 'ю', 'ем', 'е'].map((ending) => stem + ending);
  if (name.endsWith('ь')) return ['я', 'ю', 'ем', 'е', 'и', 'ью'].map((ending) => stem + ending);
  if (!/[бвгджзклмнпрстфхцчшщқғңһ]$/.test(name)) return [];

  const declined = FLEETING_VOWEL[name] ?? name;
  return ['а', 'у', 'ом', 'ем', 'е'].map((ending) => declined + ending);
}

function kazakhForms(name: string): string[] {
  const sounding = name.endsWith('ь') ? name.slice(0, -1) : name;
  const last = sounding[sounding.length - 1];
  if (last === undefined) return [];
  const lastVowel = [...name].reverse().find((letter) => VOWELS.includes(letter));
  const front = lastVowel !== undefined && FRONT_VOWELS.includes(lastVowel);
  return KAZAKH_CASE_ENDINGS[soundClass(last)].map(([back, frontForm]) => name + (front ? frontForm : back));
}

function soundClass(letter: string): SoundClass {
  if (VOWELS.includes(letter)) return 'vowel';
  if (NASALS.includes(letter)) return 'nasal';
  if (SONORANTS.includes(letter)) return 'sonorant';
  if (VOICED_SIBILANTS.includes(letter)) return 'sibilant';
  return 'voiceless';
}
