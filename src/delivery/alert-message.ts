/**
 * An alert as a short message for e-mail, Telegram and webhooks, in ru, kk or en. Excerpts are
 * redacted post text and go out as plain text; nothing here is HTML.
 */
import type { Alert } from '../alerts/alert.js';
import type { Project, ReportLanguage } from '../project/project.js';
import { WHOLE_CITY } from '../store/dated-posts.js';
import { DIGEST_LABELS } from '../report/digest-labels.js';

/** A word in each plural form its language gives a count (Intl.PluralRules: one, few, many, other). */
type CountWord = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const WORDS: Readonly<Record<ReportLanguage, {
  spike: string; campaign: string; wholeCity: string; observed: CountWord; expected: string;
  distinct: CountWord; terms: string; excerpts: string; copies: string; allPosts: string;
}>> = {
  ru: {
    spike: 'Всплеск', campaign: 'Похоже на кампанию копий', wholeCity: 'весь город',
    observed: { one: 'публикация', few: 'публикации', other: 'публикаций' }, expected: 'ожидалось',
    distinct: { one: 'разный текст', few: 'разных текста', other: 'разных текстов' }, terms: 'Ключевые слова',
    excerpts: 'Примеры', copies: 'крупнейшая группа почти одинаковых текстов',
    allPosts: 'Все публикации этого дня на панели',
  },
  kk: {
    // A Kazakh noun after a number stays singular.
    spike: 'Күрт өсу', campaign: 'Көшірме науқанына ұқсайды', wholeCity: 'бүкіл қала',
    observed: { other: 'жарияланым' }, expected: 'күтілгені', distinct: { other: 'әртүрлі мәтін' },
    terms: 'Негізгі сөздер', excerpts: 'Мысалдар', copies: 'бірдей дерлік мәтіндердің ең үлкен тобы',
    allPosts: 'Осы күнгі барлық жарияланымдар панельде',
  },
  en: {
    spike: 'Spike', campaign: 'Looks like a copy-paste campaign', wholeCity: 'whole city',
    observed: { one: 'post', other: 'posts' }, expected: 'expected',
    distinct: { one: 'distinct text', other: 'distinct texts' }, terms: 'Top terms',
    excerpts: 'Examples', copies: 'largest group of near-identical texts',
    allPosts: 'All the day\'s posts on the dashboard',
  },
};

export function alertTitle(alert: Alert, project: Project, language: ReportLanguage): string {
  const words = WORDS[language];
  const target = alert.target;
  let about: string;
  if (target.kind === 'subject') {
    about = project.subjects.find((subject) => subject.id === target.subjectId)?.name ?? target.subjectId;
  } else {
    const issue = project.taxonomy.issues.find((entry) => entry.id === target.issueId)?.labels[language] ?? target.issueId;
    const district = target.districtId === WHOLE_CITY
      ? words.wholeCity
      : project.districts.find((entry) => entry.id === target.districtId)?.labels[language] ?? target.districtId;
    about = `${issue} · ${district}`;
  }
  return `${alert.type === 'spike' ? words.spike : words.campaign}: ${about} (${alert.day})`;
}

/**
 * The alert's counts in one language: "14 публикаций (ожидалось ≈ 2,5), 12 разных текстов; …".
 * Numbers are written as the digest writes them: "≈ 2,5" and "1 234" in Russian and Kazakh ("2.5"
 * read as a date or a typo), each count with its word in the form the number takes ("21 публикация").
 */
function alertCounts(alert: Alert, language: ReportLanguage): string {
  const words = WORDS[language];
  const { locale } = DIGEST_LABELS[language];
  const expected = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(alert.expected);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const plural = new Intl.PluralRules(locale);
  const counted = (count: number, word: CountWord) => `${integer.format(count)} ${word[plural.select(count)] ?? word.other}`;
  return `${counted(alert.observed, words.observed)} (${words.expected} ≈ ${expected}), ` +
    `${counted(alert.distinct, words.distinct)}; ${words.copies}: ${integer.format(alert.largestCopyGroup)}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "p ≈ 1,2·10⁻⁵": the tail probability in the language's decimal mark, with no Latin "e-5" in it. */
function pValueText(pValue: number, language: ReportLanguage): string {
  const [mantissa, exponent] = pValue.toExponential(1).split('e') as [string, string];
  const decimal = new Intl.NumberFormat(DIGEST_LABELS[language].locale, {
    minimumFractionDigits: 1, maximumFractionDigits: 1,
  }).format(Number(mantissa));
  const power = Number(exponent);
  if (power === 0) return `p ≈ ${decimal}`;
  const superscript = [...String(Math.abs(power))].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
  return `p ≈ ${decimal}·10${power < 0 ? '⁻' : ''}${superscript}`;
}

/**
 * An alert on one line, for a terminal listing (tyndau alerts): title, counts, tail probability and
 * top terms, every word in the chosen language.
 */
export function alertLine(alert: Alert, project: Project, language: ReportLanguage): string {
  const terms = alert.topTerms.length > 0 ? `; ${WORDS[language].terms}: ${alert.topTerms.slice(0, 5).join(', ')}` : '';
  return `${alertTitle(alert, project, language)}: ${alertCounts(alert, language)}; ` +
    `${pValueText(alert.pValue, language)}${terms}`;
}

/** The alert as the e-mail, the webhook and Telegram send it, before the link to the dashboard. */
export function alertText(alert: Alert, project: Project, language: ReportLanguage): string {
  const words = WORDS[language];
  const { platforms } = DIGEST_LABELS[language];
  const lines = [alertTitle(alert, project, language), alertCounts(alert, language)];
  if (alert.topTerms.length > 0) lines.push(`${words.terms}: ${alert.topTerms.join(', ')}`);
  if (alert.excerpts.length > 0) {
    lines.push(`${words.excerpts}:`);
    for (const excerpt of alert.excerpts) {
      const source = excerpt.kind === 'article' && excerpt.outlet ? excerpt.outlet : platforms[excerpt.platform];
      lines.push(`— «${excerpt.text}» (${source}, ${excerpt.day})`);
    }
  }
  return lines.join('\n');
}

/**
 * "Все публикации этого дня на панели: https://…": the line that ends an alert sent out when
 * the dashboard's address is known, linking to the search for the rest of the day's posts.
 */
export function searchLinkLine(searchLink: string, language: ReportLanguage): string {
  return `${WORDS[language].allPosts}: ${searchLink}`;
}
