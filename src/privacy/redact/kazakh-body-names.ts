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
  let first = 0;
  for (let index = 1; index <= tokens.length; index++) {
    if (index < tokens.length && tokens[index]!.joined) continue;
    const run = tokens.slice(first, index);
    const last = run[run.length - 1]!;
    const person = run.some((token) => token.surname || token.patronymic || token.given === 'given');
    if (run.length >= 2 && !person && BODY_WORD.test(last.word)) {
      for (let word = first; word < index; word++) named[word] = false;
    }
    first = index;
  }
}
