/**
 * What the export's columns and marks mean, in the label language: the workbook's second sheet.
 * The sentiment columns count posts as classified, while the digest and the dashboard show
 * shares corrected for classifier error; an analyst who divided the columns got other
 * percentages than the digest's and had nothing saying why.
 */
import type { ReportLanguage } from '../project/project.js';
import { kazakhAblative } from '../text/kazakh-number-ablative.js';
import { russianPostsAfterNumber } from '../text/russian-posts-after-number.js';

export interface ExportNotes {
  readonly sheet: string;
  readonly header: readonly [string, string];
  /** The label of the row that says the period lies outside the stored days. */
  readonly period: string;
  rows(minGroupSize: number): readonly (readonly [string, string])[];
}

export const EXPORT_NOTES: Readonly<Record<ReportLanguage, ExportNotes>> = {
  ru: {
    sheet: 'Пояснения',
    header: ['Столбец или знак', 'Что означает'],
    period: 'Период',
    rows: (min) => [
      ['period_from, period_to', 'Первый и последний день строки по часам проекта: сначала строки каждого дня, ' +
        'затем строки всего периода.'],
      ['dimension', 'Разрез: all (все публикации), platform (платформа), language (язык), issue (проблема), ' +
        'subject (объект мониторинга), district (район), district-issue (проблема в районе), slice (кого касается), ' +
        'outlet (издание).'],
      ['value', 'Идентификатор группы, как в файле проекта (auezov, outages).'],
      ['label', 'Название группы на языке выгрузки.'],
      ['posts', 'Оригинальные публикации, без репостов.'],
      ['negative, neutral, positive', 'Публикации по тональности, как её назвал классификатор, без поправки на его ошибки. ' +
        'В дайджесте и на панели доли тональности исправлены по измеренной матрице ошибок, поэтому их проценты ' +
        'могут отличаться от долей этих чисел. Метод поправки и 95 % бутстреп-интервалы описаны в docs/models.md, ' +
        'раздел «Prevalence correction».'],
      ['reposts', 'Репосты и пересылки, отдельно от оригиналов.'],
      [`<${min}`, `Группа меньше ${min} ${russianPostsAfterNumber(min)}: число не показывается.`],
      ['x', 'Скрыто, чтобы по итогу нельзя было вычислить малое число рядом.'],
      ['(other)', `Группы меньше ${min} ${russianPostsAfterNumber(min)}, объединённые в одну строку.`],
      ['outlet', 'Новостные издания: только объём статей, без тональности.'],
    ],
  },
  kk: {
    sheet: 'Түсіндірме',
    header: ['Баған немесе белгі', 'Мағынасы'],
    period: 'Кезең',
    rows: (min) => [
      ['period_from, period_to', 'Жолдың бірінші және соңғы күні, жоба сағаты бойынша: алдымен әр күннің жолдары, ' +
        'сосын бүкіл кезеңнің жолдары.'],
      ['dimension', 'Бөлініс: all (барлық жарияланымдар), platform (платформа), language (тіл), issue (мәселе), ' +
        'subject (бақылау нысаны), district (аудан), district-issue (аудандағы мәселе), slice (кімге қатысты), ' +
        'outlet (басылым).'],
      ['value', 'Топтың жоба файлындағы идентификаторы (auezov, outages).'],
      ['label', 'Топтың экспорт тіліндегі атауы.'],
      ['posts', 'Түпнұсқа жарияланымдар, репосттарсыз.'],
      ['negative, neutral, positive', 'Жіктеуіш атағандай тональділік бойынша жарияланымдар, оның қателеріне түзетусіз. ' +
        'Дайджест пен панельдегі тональділік үлестері өлшенген қателер матрицасы бойынша түзетілген, сондықтан ' +
        'олардың пайыздары бұл сандардың үлестерінен өзгеше болуы мүмкін. Түзету әдісі мен 95% бутстреп ' +
        'аралықтары docs/models.md файлының «Prevalence correction» бөлімінде сипатталған.'],
      ['reposts', 'Репосттар мен қайта жіберулер, түпнұсқалардан бөлек.'],
      [`<${min}`, `Топта ${kazakhAblative(min)} аз жарияланым бар: саны көрсетілмейді.`],
      ['x', 'Кіші санды жиынтықтан есептеп шығаруға болмайтындай жасырылған.'],
      ['(other)', `Әрқайсысында ${kazakhAblative(min)} аз жарияланымы бар, бір жолға біріктірілген топтар.`],
      ['outlet', 'Жаңалық басылымдары: тек мақалалар көлемі, тональділіксіз.'],
    ],
  },
  en: {
    sheet: 'Notes',
    header: ['Column or mark', 'What it means'],
    period: 'Period',
    rows: (min) => [
      ['period_from, period_to', 'The first and last day of the row, on the project\'s clock: each day\'s rows, ' +
        'then the whole period\'s.'],
      ['dimension', 'The breakdown: all (every post), platform, language, issue, subject (a monitored subject), ' +
        'district, district-issue (an issue within a district), slice (whom it concerns), outlet.'],
      ['value', 'The group\'s id, as the project file writes it (auezov, outages).'],
      ['label', 'The group\'s name in the export\'s language.'],
      ['posts', 'Original posts, reposts not included.'],
      ['negative, neutral, positive', 'Posts by sentiment as the classifier labelled them, not corrected for its ' +
        'errors. The digest and the dashboard correct sentiment shares with the measured confusion matrix, so their ' +
        'percentages can differ from the shares of these counts. The correction and its 95% bootstrap intervals ' +
        'are described in docs/models.md, "Prevalence correction".'],
      ['reposts', 'Reposts and forwards, counted apart from originals.'],
      [`<${min}`, `A group of fewer than ${min} posts: its count is not shown.`],
      ['x', 'Hidden so that a small count beside it cannot be worked out from the total.'],
      ['(other)', `Groups of fewer than ${min} posts each, folded into one row.`],
      ['outlet', 'News outlets: article volume only, no sentiment.'],
    ],
  },
};
