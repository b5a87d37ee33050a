/**
 * A run of capitalised words that ends with a Kazakh word for a body in the possessive is that
 * body's name: "Біріккен Ұлттар Ұйымы Бас Ассамблеясының", "Біріккен Ұлттар Ұйымына",
 * "Конституциялық Кеңесі". Kazakh puts the kind of body last, and the name classifier took its
 * other words ("Ұйымы", "Бас") for persons'. A run holding a surname or a patronymic is left to
 * the name rules: a body called after a person ("Назарбаев Университеті") names the person too.
 */
import type { NameToken } from './name-token.js';

const BODY_WORD = new RegExp(
  '^(?:ұйым|кеңес|министрлі[гк]|комитет|ассамблея|университет|академия|банк|қор|орталы[ғқ]|' +
    'агентті[гк]|корпорация|палата|партия|ода[ғқ]|ассоциация|қауымдасты[ғқ]|федерация|институт|' +
    'компания|холдинг|департамент|басқарма|әкімді[гк]|соты|сот)(?:с?[ыі])(?:н\\p{L}{0,4}|мен)?$',
  'u',
);

/** Unnames in `named` the words of each run of two or more capitalised words that names a body. */
export function unnameKazakhBodyNames(tokens: readonly NameToken[], named: boolean[]): void {
  for (let last = 1; last < tokens.length; last++) {
    // A run's last word: joined to the word before it, not to the word after it.
    if (!tokens[last]!.joined || tokens[last + 1]?.joined === true || !BODY_WORD.test(tokens[last]!.word)) continue;
    let first = last;
    while (first > 0 && tokens[first]!.joined) first--;
    if (isPersonIn(tokens, first, last)) continue;
    for (let word = first; word <= last; word++) named[word] = false;
  }
}

function isPersonIn(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const token = tokens[index]!;
    if (token.surname || token.patronymic || token.given === 'given') return true;
  }
  return false;
}
