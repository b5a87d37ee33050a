import type { GivenNameClass } from './given-name-index.js';

/** A capitalised word (or an initial) of a text, with what the name rules know of it. */
export interface NameToken {
  readonly start: number;
  end: number;
  /** Lower case; empty for initials and words in capitals. */
  readonly word: string;
  readonly key: string;
  /** A capital then a lower-case letter; all-capital words ("ЖКХ") are not names here. */
  readonly capitalised: boolean;
  readonly initial: boolean;
  /** Separated from the previous capitalised word by spaces only (or an initial's dot). */
  readonly joined: boolean;
  /**
   * A listed given name ('given', 'ambiguous'), or 'shaped': on no list, but built like a Kazakh
   * given name ("Селимжанға", "Мұратханның").
   */
  readonly given: GivenNameClass | 'shaped' | undefined;
  readonly patronymic: boolean;
  /**
   * A surname alone is a name: a listed one ("Трамп"), or one with a surname's ending that is
   * not an ordinary word or a place ("Петров", not "Один" or "Берлин").
   */
  readonly loneSurname: boolean;
  surname: boolean;
  subject: boolean;
  place: boolean;
  /**
   * A place only because a preposition stands before it in the genitive ("на Саина", "от
   * Эрдогана"): a street by the name, unless the text names the person in full elsewhere.
   */
  streetByName?: boolean;
  /** One of the words a hashtag glues together ("Айгуль" of "#СпасибоАйгуль"). */
  hashtagPart?: boolean;
}
