/**
 * Russian and Kazakh news quote songs, albums, films, firms and papers in English: "It's My
 * Life", "Talk Talk", "Public Health England", "World Fashion Channel". Their capitalised words
 * look like a foreign name to the name classifier. A run of Latin words holding an English
 * function word or a word firms and titles are made of is such a title.
 */

/**
 * English words that are not persons' names. Left out on purpose: words that are also common
 * given names or surnames (Will, Mark, Grace, Rose, Day, King, Love, Young, West, Park, Moon,
 * Sun, White, Black, Green, Brown, Ford, Fox, Street names like Hall or Wood).
 */
const TITLE_WORDS = new Set(`
the a an of and or in on at to for from by with without is are was were be been am it its it's
i i'm you you're he she we they my your his her our their me us them this that these those what
who which when where why how not no never always all any some every each just only also very
more most can can't cannot don't doesn't won't shall would should could may might must do does
did have has had get got make made let go going come like life live night time world girl boy
man men woman women people home house heart dream dreams good bad new old big best last first
one two three here there now then up down out over under again away back off into through about
after before while if so but yet because
group company corporation corp inc ltd llc plc holding holdings bank capital partners associates
fund foundation institute university college school academy center centre hospital clinic
health news times daily weekly journal magazine press media tv radio channel network records
music studio studios pictures films entertainment games software systems technologies
technology tech solutions services airlines airways motors energy oil gas steel mining power
industries international national global european american british united union federation
association society council committee party club team league cup championship sport sports
football models fashion project road square city state republic kingdom royal public free open
star stars sky sea ocean river lake island north south east central grand
`.split(/\s+/).filter((word) => word !== ''));

/** Latin words with the spaces, apostrophes and hyphens inside a title. */
const LATIN_PHRASE = /[A-Za-z'’ʼ-]+(?:[ \t]+[A-Za-z'’ʼ&-]+)*/g;
const APOSTROPHES = /[’ʼ]/g;

/** Whether the Latin word at `start`..`end` of `text` is part of an English title or firm name. */
export function isInLatinTitle(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  LATIN_PHRASE.lastIndex = from;
  for (let match = LATIN_PHRASE.exec(text); match !== null && match.index < end; match = LATIN_PHRASE.exec(text)) {
    if (match.index + match[0].length < start) continue;
    return match[0].toLowerCase().replace(APOSTROPHES, "'").split(/[ \t-]+/).some((word) => TITLE_WORDS.has(word));
  }
  return false;
}
