/**
 * The digest's "weak points by agency" section as blocks: a ranking table, then for each shown
 * agency how its posts were attributed, its top issues and districts, its response signals and a
 * few redacted excerpts. Every figure comes already cut to the minimum group size.
 */
import type { Excerpt } from '../insight/excerpts.js';
import type { AgencyWeakPoint, WeakPointsInsight } from '../insight/weak-points.js';
import type { Project, ReportLanguage } from '../project/project.js';
import type { Block, ChartPainter, ExcerptBlock } from './digest-document.js';
import type { DigestLabels } from './digest-labels.js';
import type { NumberFormat } from './number-format.js';
import { significanceText } from './significance-text.js';

export interface WeakPointBlocksInput {
  readonly weakPoints: WeakPointsInsight | null;
  readonly project: Project;
  readonly language: ReportLanguage;
  readonly labels: DigestLabels;
  readonly format: NumberFormat;
  readonly charts: ChartPainter | null;
  /** Whether the digest's other sentiment shares are corrected; agency shares never are. */
  readonly corrected: boolean;
}

export function weakPointBlocks(input: WeakPointBlocksInput): Block[] {
  const { weakPoints, project, labels } = input;
  const text = labels.weakPoints;
  if (project.agencies.length === 0) return [{ kind: 'paragraph', text: text.noMap }];
  if (weakPoints === null || weakPoints.agencies.shown.length === 0) {
    return [
      { kind: 'paragraph', text: labels.notEnough(weakPoints?.minGroupSize ?? project.privacy.minGroupSize) },
      ...hiddenNote(input),
    ];
  }

  const names = new Names(input);
  const shown = weakPoints.agencies.shown;
  const blocks: Block[] = [{ kind: 'paragraph', text: text.intro }];
  if (input.charts) {
    blocks.push({
      kind: 'chart',
      caption: labels.sections.agencies,
      svg: input.charts.counts(shown.map((entry) => ({ label: names.agency(entry.agencyId), count: entry.originals }))),
    });
  }
  blocks.push(rankingTable(shown, input, names));
  if (input.corrected) blocks.push({ kind: 'paragraph', text: text.uncorrected.note });
  for (const entry of shown) blocks.push(...details(entry, input, names));
  blocks.push(...hiddenNote(input));
  return blocks;
}

function rankingTable(shown: readonly AgencyWeakPoint[], input: WeakPointBlocksInput, names: Names): Block {
  const { labels, format } = input;
  const columns = labels.columns;
  const negativeName = input.corrected ? labels.weakPoints.uncorrected.column : labels.sentiments.negative;
  const negative = `${negativeName} (${columns.interval})`;
  return {
    kind: 'table',
    columns: [
      labels.weakPoints.columns.rank, labels.weakPoints.columns.agency, columns.posts, negative,
      labels.weakPoints.columns.score, columns.previous, columns.relativeChange, columns.significance,
    ],
    rows: shown.map((entry) => [
      String(entry.rank),
      names.agency(entry.agencyId),
      format.count(entry.originals),
      `${format.percent(entry.sentiment.shares.negative.share)} (${format.interval(entry.sentiment.shares.negative)})`,
      `≥ ${format.count(Math.floor(entry.score))}`,
      format.groupSize(entry.previous),
      entry.relativeChange === null
        ? (entry.previous === 0 ? labels.weakPoints.newAgency : '—')
        : format.signedPercent(entry.relativeChange),
      significanceText({ ...entry, tested: entry.pValue !== null }, labels, format),
    ]),
  };
}

function details(entry: AgencyWeakPoint, input: WeakPointBlocksInput, names: Names): Block[] {
  const { labels, format } = input;
  const text = labels.weakPoints;
  const min = input.weakPoints!.minGroupSize;
  // The same kind of share as the ranking table above it: uncorrected, and named so.
  const negative = input.corrected ? text.uncorrected.issueShare : labels.sentiments.negative.toLowerCase();
  const issues = entry.issues.length === 0
    ? text.noShownGroups(min)
    : entry.issues.slice(0, 3).map((issue) =>
      `${names.issue(issue.issueId)} (${format.count(issue.originals)}; ${negative} ` +
      `${format.percent(issue.negative.share)})`).join(', ');
  const districts = entry.districts.length === 0
    ? text.noShownGroups(min)
    : entry.districts.slice(0, 3)
      .map((district) => `${names.district(district.districtId)} (${format.count(district.originals)})`).join(', ');
  const rule = entry.byRule;

  const blocks: Block[] = [
    { kind: 'subheading', text: `${entry.rank}. ${names.agency(entry.agencyId)}` },
    {
      kind: 'paragraph',
      text: text.attribution(format.groupSize(rule.mention), format.groupSize(rule['issue-district']), format.groupSize(rule.issue)),
    },
    { kind: 'paragraph', text: `${text.topIssues}: ${issues}. ${text.topDistricts}: ${districts}.` },
  ];
  if (entry.responses.length > 0) {
    const responses = entry.responses.slice(0, 3).map((response) => text.response(
      names.issue(response.issueId), format.groupSize(response.ownChannel), format.groupSize(response.press),
      response.answered,
    ));
    blocks.push({ kind: 'paragraph', text: `${text.responses}: ${responses.join('; ')}.` });
  }
  if (entry.excerpts.length > 0) {
    blocks.push({
      kind: 'excerpts',
      heading: `${text.excerpts}: ${names.agency(entry.agencyId)}`,
      excerpts: entry.excerpts.map((excerpt) => excerptBlock(excerpt, labels)),
    });
  }
  return blocks;
}

function hiddenNote(input: WeakPointBlocksInput): Block[] {
  const agencies = input.weakPoints?.agencies;
  if (!agencies || agencies.hiddenGroups === 0) return [];
  const text = input.labels.weakPoints.hiddenAgencies(
    agencies.hiddenGroups, input.weakPoints!.minGroupSize, agencies.shown.length === 0,
  );
  return [{ kind: 'paragraph', text }];
}

/** A social post shows only its platform and day (DESIGN rule 3); news also its outlet and link. */
export function excerptBlock(excerpt: Excerpt, labels: DigestLabels): ExcerptBlock {
  const article = excerpt.kind === 'article';
  const origin = article && excerpt.outlet ? excerpt.outlet : labels.platforms[excerpt.platform];
  return {
    text: excerpt.text,
    title: article ? excerpt.title : null,
    source: `${origin} · ${excerpt.day}`,
    url: article ? excerpt.url : null,
  };
}

/** Names in the digest's language, from the project. */
class Names {
  readonly #input: WeakPointBlocksInput;

  constructor(input: WeakPointBlocksInput) {
    this.#input = input;
  }

  agency(id: string): string {
    return this.#input.project.agencies.find((agency) => agency.id === id)?.labels[this.#input.language] ?? id;
  }

  issue(id: string): string {
    return this.#input.project.taxonomy.issues.find((issue) => issue.id === id)?.labels[this.#input.language] ?? id;
  }

  district(id: string): string {
    return this.#input.project.districts.find((district) => district.id === id)?.labels[this.#input.language] ?? id;
  }
}
