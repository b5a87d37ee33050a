/**
 * An alert as a short message for e-mail, Telegram and webhooks, in ru, kk or en. Excerpts are
 * redacted post text and go out as plain text; nothing here is HTML.
 */
import type { Alert } from '../alerts/alert.js';
import type { Project, ReportLanguage } from '../project/project.js';
import { WHOLE_CITY } from '../store/dated-posts.js';
import { DIGEST_LABELS } from '../report/digest-labels.js';

const WORDS: Readonly<Record<ReportLanguage, {
  spike: string; campaign: string; wholeCity: string; observed: string; expected: string;
  distinct: string; terms: string; excerpts: string; copies: string;
}>> = {
  ru: {
    spike: 'Всплеск', campaign: 'Похоже на кампанию копий', wholeCity: 'весь город',
    observed: 'публикаций', expected: 'ожидалось', distinct: 'разных текстов', terms: 'Ключевые слова',
    excerpts: 'Примеры', copies: 'крупнейшая группа почти одинаковых текстов',
  },
  kk: {
    spike: 'Күрт өсу', campaign: 'Көшірме науқанына ұқсайды', wholeCity: 'бүкіл қала',
    observed: 'жарияланым', expected: 'күтілгені', distinct: 'әртүрлі мәтін', terms: 'Негізгі сөздер',
    excerpts: 'Мысалдар', copies: 'бірдей дерлік мәтіндердің ең үлкен тобы',
  },
  en: {
    spike: 'Spike', campaign: 'Looks like a copy-paste campaign', wholeCity: 'whole city',
    observed: 'posts', expected: 'expected', distinct: 'distinct texts', terms: 'Top terms',
    excerpts: 'Examples', copies: 'largest group of near-identical texts',
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

export function alertText(alert: Alert, project: Project, language: ReportLanguage): string {
  const words = WORDS[language];
  const { platforms, locale } = DIGEST_LABELS[language];
  // As the digest writes numbers: "≈ 2,5" in Russian and Kazakh ("2.5" read as a date or a typo).
  const expected = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(alert.expected);
  const lines = [
    alertTitle(alert, project, language),
    `${alert.observed} ${words.observed} (${words.expected} ≈ ${expected}), ` +
      `${alert.distinct} ${words.distinct}; ${words.copies}: ${alert.largestCopyGroup}`,
  ];
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
