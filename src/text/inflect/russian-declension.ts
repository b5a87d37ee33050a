/**
 * The forms a Russian word takes across the six cases and two numbers, generated from its
 * dictionary form: Досаев → Досаева, Досаеву, Досаевым, Досаеве; Досаева → Досаевой; акимат →
 * акимата, акиматом; Ауэзовский → Ауэзовского, Ауэзовском. Names and bodies are few, so all their
 * forms are listed once and looked up, rather than stemming every word of every post.
 *
 * Forms are generated generously (both spellings after г, к, х, ж, ш, ч, щ): a form that does not
 * exist costs nothing, a missing one loses a mention.
 *
 * LIMITATION: stems with a fleeting vowel (Кабанбай → Кабанбая is fine, but День → Дня is not)
 * and irregular nouns get only their regular forms.
 */

const SURNAME = /(ов|ев|ёв|ин|ын)$/;
const FEMININE_SURNAME = /(ова|ева|ёва|ина|ына)$/;
const ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее)$/;
const INDECLINABLE_PROPER = /[оеиуыэюё]$/;

const ADJECTIVE_ENDINGS = [
  'ый', 'ий', 'ой', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ая', 'яя', 'ей', 'ую',
  'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими',
];
const SURNAME_ENDINGS = ['', 'а', 'у', 'ым', 'е', 'ой', 'ою', 'ы', 'ых', 'ыми'];
const HARD_MASCULINE_ENDINGS = ['', 'а', 'у', 'ом', 'ем', 'е', 'ы', 'и', 'ов', 'ей', 'ам', 'ами', 'ах'];
const SOFT_MASCULINE_ENDINGS = ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях'];
const SOFT_SIGN_ENDINGS = ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях', 'ью'];
const FEMININE_A_ENDINGS = ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', 'ам', 'ами', 'ах'];
const FEMININE_YA_ENDINGS = ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ям', 'ями', 'ях'];
const IYA_ENDINGS = ['ия', 'ии', 'ию', 'ией', 'ий', 'иям', 'иями', 'иях'];
const NEUTER_ENDINGS = ['о', 'е', 'а', 'у', 'ом', 'ем', 'ам', 'ами', 'ах'];
const IE_ENDINGS = ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях'];

export interface DeclensionOptions {
  /** A proper name (capitalised in the project file): surnames decline as surnames. */
  readonly proper: boolean;
}

/** The word itself and its case and number forms, lower case. */
export function russianWordForms(word: string, options: DeclensionOptions): string[] {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const forms = new Set<string>([lower]);
  const add = (stem: string, endings: readonly string[]): void => {
    for (const ending of endings) forms.add(stem + ending);
  };

  if (!/^[а-яёәғқңөұүһі-]+$/.test(lower) || lower.length < 2) return [...forms];

  if (options.proper && FEMININE_SURNAME.test(lower)) {
    add(lower.slice(0, -1), SURNAME_ENDINGS);
  } else if (options.proper && SURNAME.test(lower)) {
    add(lower, SURNAME_ENDINGS);
  } else if (ADJECTIVE.test(lower) && lower.length > 4) {
    add(lower.slice(0, -2), ADJECTIVE_ENDINGS);
  } else if (options.proper && INDECLINABLE_PROPER.test(lower)) {
    // Names ending in these vowels (Алматы, Медеу, Тбилиси) do not decline.
  } else if (lower.endsWith('ия')) {
    add(lower.slice(0, -2), IYA_ENDINGS);
  } else if (lower.endsWith('ие')) {
    add(lower.slice(0, -2), IE_ENDINGS);
  } else if (lower.endsWith('а')) {
    add(lower.slice(0, -1), FEMININE_A_ENDINGS);
  } else if (lower.endsWith('я')) {
    add(lower.slice(0, -1), FEMININE_YA_ENDINGS);
  } else if (lower.endsWith('й')) {
    add(lower.slice(0, -1), SOFT_MASCULINE_ENDINGS);
  } else if (lower.endsWith('ь')) {
    add(lower.slice(0, -1), SOFT_SIGN_ENDINGS);
  } else if (/[ое]$/.test(lower)) {
    add(lower.slice(0, -1), NEUTER_ENDINGS);
  } else if (!/[аеиоуыэюяәөұүі]$/.test(lower)) {
    add(lower, HARD_MASCULINE_ENDINGS);
  }
  return [...forms];
}
