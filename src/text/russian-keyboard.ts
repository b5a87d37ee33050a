/**
 * Kazakh as typed on a Russian keyboard, which has no ә ғ қ ң ө ұ ү һ і: "акимдиги" for
 * "әкімдігі", "калада" for "қалада". Folding both spellings to the Russian letters lets one
 * keyword match either.
 */

const FOLDS: Readonly<Record<string, string>> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
};

const KAZAKH_LETTER = /[әғқңөұүһі]/g;

/** `word` (lower case) with the Kazakh-only letters replaced by their Russian-keyboard stand-ins. */
export function foldKazakhLetters(word: string): string {
  return word.replace(KAZAKH_LETTER, (letter) => FOLDS[letter] ?? letter);
}
