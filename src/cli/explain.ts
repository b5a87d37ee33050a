import { createInterface } from 'node:readline';
import type { Command } from 'commander';

import type { Analyzer } from '../analyze/pipeline.js';
import type { AgencyAttribution, Analysis, PostScope } from '../analyze/analysis.js';
import { prepareText } from '../analyze/analysis-text.js';
import { ScopeFinder, type PlaceNamed } from '../analyze/scope/index.js';
import type { PrivacyGate } from '../privacy/gate.js';
import type { Project } from '../project/project.js';
import { createAnalyzer } from '../analyze/pipeline.js';
import { cleanText } from '../collect/markup/clean-text.js';
import { projectGate } from '../privacy/project-gate.js';
import {
  openProject, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';

/** One text as `tyndau explain --json` prints it. */
export interface Explanation {
  readonly redacted: string;
  readonly redactions: Readonly<Record<string, number>>;
  readonly normalised: string;
  readonly language: Analysis['language'];
  readonly mentions: Analysis['mentions'];
  readonly sentiment: Analysis['sentiment'];
  readonly subjectSentiment: Analysis['subjectSentiment'];
  readonly issues: Analysis['issues'];
  readonly slices: Analysis['slices'];
  readonly districts: Analysis['districts'];
  /** The public bodies the text is attributed to, each with the rule that attributed it. */
  readonly agencies: Analysis['agencies'];
  /** Whether the text is about the project's place, only about other places, or about none. */
  readonly scope: PostScope;
  /** The place names found, with whose each is; given when `explainText` had a scope finder. */
  readonly places?: readonly PlaceNamed[];
}

/**
 * The analysis of a text as an imported post would get it: cleaned the way every importer cleans
 * text first (control characters such as NUL removed, spaces collapsed), then redacted.
 */
export function explainText(text: string, gate: PrivacyGate, analyzer: Analyzer, scope?: ScopeFinder): Explanation {
  const redaction = gate.redactText(cleanText(text));
  const analysis = analyzer.analyze({ text: redaction.text });
  const places = scope?.namesIn(prepareText(redaction.text));
  return {
    redacted: redaction.text,
    redactions: redaction.counts,
    normalised: analysis.normalised,
    language: analysis.language,
    mentions: analysis.mentions,
    sentiment: analysis.sentiment,
    subjectSentiment: analysis.subjectSentiment,
    issues: analysis.issues,
    slices: analysis.slices,
    districts: analysis.districts,
    agencies: analysis.agencies,
    scope: analysis.scope ?? 'none',
    ...places === undefined ? {} : { places },
  };
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show how one text is analysed; with no TEXT, read one text per line from stdin')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--json', 'print one JSON object (one per line when reading stdin)')
    .argument('[text]', 'the text to explain')
    .action(async (text: string | undefined, options: { project: string; json?: boolean }) => {
      // A TEXT of only control characters and spaces printed a whole analysis of nothing, neutral
      // at 48 %, as if a post had been read; stdin skips such lines. (An empty one is refused for
      // every command by refuseEmptyValues.)
      if (text !== undefined && cleanText(text) === '') {
        throw new UsageError('explain: TEXT is empty; give the text in quotes, or none to read one text a line from stdin');
      }
      const project = await openProject(options.project);
      const gate = projectGate(project);
      const analyzer = await createAnalyzer(project);
      const scope = new ScopeFinder(project);

      if (text !== undefined) {
        const explanation = explainText(text, gate, analyzer, scope);
        process.stdout.write(options.json ? JSON.stringify(explanation) + '\n' : describe(explanation, project));
        return;
      }

      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (cleanText(line) === '') continue;
        const explanation = explainText(line, gate, analyzer, scope);
        process.stdout.write(options.json ? JSON.stringify(explanation) + '\n' : describe(explanation, project) + '\n');
      }
    });
}

function describe(explanation: Explanation, project: Project): string {
  const percent = (value: number): string => `${Math.round(value * 100)}%`;
  const subjectName = (id: string): string => project.subjects.find((subject) => subject.id === id)?.name ?? id;
  const shares = Object.entries(explanation.language.shares)
    .map(([code, share]) => `${code} ${percent(share ?? 0)}`)
    .join(', ');
  const probabilities = explanation.sentiment.probabilities;
  const lines = [
    `language:    ${explanation.language.code} (${shares})`,
    `redacted:    ${explanation.redacted}`,
    `normalised:  ${explanation.normalised}`,
    `mentions:    ${explanation.mentions.map((m) => `${subjectName(m.subjectId)} ← "${m.form}" (${m.how})`).join('; ') || '—'}`,
    `sentiment:   ${explanation.sentiment.label} (neg ${percent(probabilities.negative)}, ` +
      `neu ${percent(probabilities.neutral)}, pos ${percent(probabilities.positive)})`,
    `toward:      ${explanation.subjectSentiment.map((s) => `${subjectName(s.subjectId)}: ${s.label}`).join('; ') || '—'}`,
    `issues:      ${explanation.issues.map((i) => `${i.issueId} [${i.evidence.join(', ')}]`).join('; ') || '—'}`,
    `slices:      ${explanation.slices.join(', ') || '—'}`,
    `districts:   ${explanation.districts.join(', ') || '—'}`,
    `agencies:    ${explanation.agencies.map((entry) => describeAttribution(entry, project)).join('; ') || '—'}`,
    `scope:       ${describeScope(explanation)}`,
  ];
  return lines.join('\n') + '\n';
}

/**
 * "elsewhere ← Сочиде (elsewhere)"; a post that is the city's by a district or an official
 * alone says so, since no place name of its own shows why.
 */
function describeScope(explanation: Explanation): string {
  const places = (explanation.places ?? []).map((place) => `${place.name} (${place.owner})`);
  const byPlace = places.some((place) => place.endsWith('(home)'));
  const reasons = explanation.scope === 'home' && !byPlace ? [...places, 'a district or an official of the city'] : places;
  return reasons.length > 0 ? `${explanation.scope} ← ${reasons.join(', ')}` : explanation.scope;
}

/** "Алматы Су ← mention "Алматы Суға"", "… ← map: outages in auezov [нет воды]". */
function describeAttribution(entry: AgencyAttribution, project: Project): string {
  const name = project.agencies.find((agency) => agency.id === entry.agencyId)?.name ?? entry.agencyId;
  if (entry.rule === 'mention') return `${name} ← mention "${entry.evidence.join(' ')}"`;
  if (entry.rule === 'own-channel') return `${name} ← own channel (${entry.evidence.join(', ')})`;
  const place = entry.rule === 'issue-district' ? ` in ${entry.districtId}` : ' city-wide';
  const keywords = entry.evidence.length > 0 ? ` [${entry.evidence.join(', ')}]` : '';
  return `${name} ← map (${entry.rule}): ${entry.issueId}${place}${keywords}`;
}
