/**
 * Residents thanking or praising someone: "спасибо акимату за новый светофор", "жарайсыңдар",
 * "хочу поблагодарить врачей", "рахмет", "әкімдікке алғыс білдіреміз", "alǵys aıtamyz", "thanks to the bus driver". The
 * overall model read Kazakh thanks as neutral: its Kazakh neutral class learnt from TV-news
 * sentences assumed neutral, where officials "алғыс білдіреді" as a formality. Read on the
 * normalised text (lower case, ё as е); Kazakh in the Latin alphabet is read in Cyrillic.
 *
 * Left out: "благодаря" (the preposition "owing to"), "не благодари" (a reply to thanks), and
 * "алғыс" without a verb of giving it ("Алғыс айту күні" names a holiday).
 */
import { matchesInEitherScript } from './either-script.js';

const THANKS_RU =
  '(?<!не )(?:спасибо|спс|благодарю|благодарим|благодарны|благодарен|благодарна' +
  '|благодарность\\p{L}*|благодарствую|поблагодар\\p{L}*|благодарить)';
// Kazakh with the Russian keyboard's stand-ins for its letters (ғ as г, ұ as у, і as и).
const THANKS_KK =
  'ра[хқк]мет\\p{L}*|ал[гғ]ыс\\p{L}* (?:айт(?:а|ты|[кқ]|ып|ам|ы[нң]ыз)\\p{L}*|б[иі]лд[иі]р\\p{L}*|жауд\\p{L}*|шекс[иі]з)' +
  '|ал[гғ]ыс[ыи]м\\p{L}*';
const THANKS_EN = 'thanks?|thank you|grateful';
// Praise of a thing done or of those who did it ('жарайсыңдар', 'керемет', 'Новый парк просто
// супер', 'well done'), which the Shymkent trial's residents wrote with no other word of tone and
// the model read as neutral, or in Kazakh Latin as negative ('Jaraısyńdar, saıabaq ádemi boldy').
// A complaint beside it wins ('Керемет, тағы да кептеліс'), as over thanks. Kazakh Latin of the
// 2018 alphabet writes й as ı, which the 2021 reading takes for і: 'jaraısyńdar' is read as written.
// Sarcasm's "ну конечно, молодцы" is no praise.
const PRAISE =
  '(?<!(?:ну конечно|ну да|ага|еще бы),? )' +
  '(?:жарайс[ыи][нң]\\p{L}*|jara[iı]s[yı][nń]\\p{L}*|керемет|тамаша|молод(?:ец|цы)|(?:просто )?супер|просто класс|классно|well done|great job)';

const GRATITUDE = new RegExp(
  `(?<![\\p{L}\\d])(?:${THANKS_RU}|${THANKS_KK}|${THANKS_EN}|${PRAISE})(?![\\p{L}])`,
  'u',
);

// A thanks in the last two words of a post of more than six is a closing formula.
const CLOSING_WORDS = 2;
const CLOSING_AFTER_WORDS = 6;

/**
 * How `normalised` thanks: 'closing' when a thanks ends a longer post and is said nowhere else
 * ("…ақша сұрайды, жойып тастаймын рахмет", "…помогите разобраться, спасибо"), the politeness of
 * a request or a complaint rather than praise; 'thanks' for other thanks; undefined for none.
 */
export function gratitude(normalised: string): 'thanks' | 'closing' | undefined {
  if (!expressesGratitude(normalised)) return undefined;

  const words = normalised.split(/[^\p{L}\d-]+/u).filter((word) => word !== '');
  if (words.length <= CLOSING_AFTER_WORDS) return 'thanks';
  const opening = words.slice(0, -CLOSING_WORDS).join(' ');
  const closing = words.slice(-CLOSING_WORDS).join(' ');
  return expressesGratitude(closing) && !expressesGratitude(opening) ? 'closing' : 'thanks';
}

/** Whether `normalised` thanks someone. */
export function expressesGratitude(normalised: string): boolean {
  return matchesInEitherScript(GRATITUDE, normalised);
}
