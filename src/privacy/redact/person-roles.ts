/**
 * Words that name a private person's role right before their name: "жительница Иванова",
 * "водитель Ахметов", "тұрғын Сапаров", "кассир гуля".
 */
const PERSON_ROLES = [
  'жител', 'жительниц', 'гражданин', 'гражданк', 'пенсионер', 'водител', 'сосед', 'студент',
  'школьни', 'учител', 'медсестр', 'председател', 'бабушк', 'дедушк', 'господин', 'госпож',
  'активист', 'заявител', 'потерпевш', 'подозреваем', 'обвиняем', 'задержанн', 'блогер',
  'тұрғын', 'зейнеткер', 'жүргізуші', 'мұғалім', 'дәрігер', 'көрші', 'оқушы', 'азаматш',
  // Staff residents name in complaints: "врач Смагулова не приняла", "участковый Сериков".
  'врач', 'доктор', 'фельдшер', 'терапевт', 'педиатр', 'участков', 'продавец', 'продавщиц',
  'кассир', 'охранник', 'дворник', 'сантехник', 'электрик', 'курьер', 'таксист', 'кондуктор',
  'вахтер', 'вахтёр', 'завуч', 'воспитател', 'тәрбиеші', 'сатушы', 'күзетші', 'мейірбике',
  'менеджер', 'консультант', 'администратор', 'официант', 'даяшы', 'контролер', 'контролёр',
  'нотариус', 'инспектор', 'бухгалтер',
  // In English posts: "our neighbour Arman", "driver Yerlan" (арман is a dream in Kazakh).
  'neighbour', 'neighbor', 'driver', 'teacher', 'nurse', 'cashier', 'courier', 'janitor',
  // A family by its surname: "семья Сейткалиевых", "Супруги Петровы".
  'семья', 'семье', 'семьи', 'семью', 'семьё', 'семьей', 'супруг',
];
const OTHER_ROLES = ['мама', 'мамы', 'маме', 'маму', 'папа', 'папы', 'папе', 'г-н', 'г-жа'];
export const PERSON_ROLE = `(?:${PERSON_ROLES.join('|')})\\p{L}{0,4}|${OTHER_ROLES.join('|')}|mrs?\\.?|ms\\.?`;
/** A role ending the text given, before the name: "жительница ", "водитель". */
export const PERSON_ROLE_BEFORE = new RegExp(`(?<!\\p{L})(?:${PERSON_ROLE}) ?$`, 'iu');
/** How far before a name its role is looked for. */
export const PERSON_ROLE_LOOKBEHIND = 18;

/**
 * Each role in lower case and capitalised, as plain alternatives: a search for them runs over
 * every post, and plain words are found far faster than a case-insensitive search or letter
 * classes ("[кК]ассир").
 */
const inEitherFirstCase = (role: string): string => `${role}|${role[0]!.toUpperCase()}${role.slice(1)}`;

/** The same roles, in lower case or opening a sentence with a capital: "Кассир гуля нахамила". */
export const PERSON_ROLE_EITHER_FIRST_CASE = `(?:${PERSON_ROLES.map(inEitherFirstCase).join('|')})\\p{L}{0,4}|` +
  `${OTHER_ROLES.map(inEitherFirstCase).join('|')}|[mM]rs?\\.?|[mM]s\\.?`;
