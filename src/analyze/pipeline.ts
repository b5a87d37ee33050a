/**
 * The analysis stages over one post, in order: normalise and tokenise once, then language,
 * subject mentions, sentiment (overall and toward each mentioned subject), issues and slices,
 * districts, the agencies the post is attributed to, and whether it is about the project's place. Every stage is compiled once per
 * project; analysing a post allocates only its results.
 */
import type { Analysis, LanguageCode, LanguageResult, Mention, SentimentResult } from './analysis.js';
import { AgencyAttributor } from './agencies/index.js';
import { knownSearchStems, prepareText } from './analysis-text.js';
import { IssueFilter, IssueMatcher } from './issues/index.js';
import { createLanguageIdentifier, type LanguageIdentifier } from './language/index.js';
import { MentionFinder } from './mentions/index.js';
import { DistrictMatcher } from './places/index.js';
import { ScopeFinder } from './scope/index.js';
import { createSentimentAnalyzer, type SentimentAnalyzer } from './sentiment/index.js';
import { stageVersions, type AnalysisStage, type StageVersions } from './stage-versions.js';
import type { PostKind } from '../collect/raw-post.js';
import { projectRedactor } from '../privacy/project-gate.js';
import type { PostRedaction, Redactor } from '../privacy/redact/redactor.js';
import type { Project } from '../project/project.js';
import { gazetteerPlaceNamed } from '../project/gazetteer.js';
import { russianInLatin } from '../text/russian-in-latin.js';
import { searchEntries } from '../text/search-words.js';

export interface AnalysisInput {
  /** The post's text, already redacted by the privacy gate (perhaps an older one: see `redact`). */
  readonly text: string;
  /** A news title, analysed with the text; mentions in it are marked `inTitle`. */
  readonly title?: string | null;
  /** A language the source declared (feed, platform); used only when the text is too short to tell. */
  readonly declaredLanguage?: string | null;
  /** News article or social post: sentiment toward subjects is tuned for each. */
  readonly kind?: PostKind;
  /** A news article's outlet, to recognise an agency's own channel; absent for social posts. */
  readonly outlet?: string | null;
  /** Re-analysis of a stored post after some stages changed; absent, every stage runs. */
  readonly rerun?: StageRerun;
  /**
   * Re-analysis: what the post's stored search entry was made from. When the analysis comes to
   * the same normalised text and language, the entry stands and none is worked out again.
   */
  readonly indexed?: { readonly normalised: string; readonly language: LanguageCode };
  /**
   * Re-analysis of a post stored by another redaction than this tyndau's: the title and text are
   * redacted again first. When that changes them, every stage runs on the new text, whatever
   * `rerun` says, and the analysis carries it (`Analysis.redaction`).
   */
  readonly redact?: boolean;
}

/**
 * The stages to run again on a stored post, and what the store kept of its analysis for the
 * stages that do not run. The analysis then holds the new results of `stages`, the prior's
 * normalised text, language, sentiment and mentions where those did not run, and nothing for
 * the other stages that did not run: a store writes only the results of `stages`.
 */
export interface StageRerun {
  readonly stages: readonly AnalysisStage[];
  readonly prior: PriorAnalysis;
}

export interface PriorAnalysis {
  readonly normalised: string;
  /** Code, confidence and shares; segments are not kept. */
  readonly language: LanguageResult;
  readonly sentiment: SentimentResult;
  /**
   * As stored: offsets into the title for mentions `inTitle`, into the text for the others.
   * Only sentiment reads them; a store may leave them out when sentiment does not run.
   */
  readonly mentions: readonly Mention[];
}

export interface Analyzer {
  analyze(input: AnalysisInput): Analysis;
  analyzeBatch(inputs: readonly AnalysisInput[]): Analysis[];
}

/** Stages and versions to use instead of the shipped ones, for tests of a changed model. */
export interface AnalyzerOverrides {
  readonly sentiment?: SentimentAnalyzer;
  readonly versions?: Partial<StageVersions>;
}

/** Builds every stage for `project`; loads the language and sentiment models once. */
export async function createAnalyzer(project: Project, overrides: AnalyzerOverrides = {}): Promise<Analyzer> {
  const [language, sentiment] = await Promise.all([
    createLanguageIdentifier(),
    overrides.sentiment ?? createSentimentAnalyzer({ subjects: project.subjects }),
  ]);
  const versions = Object.freeze({ ...stageVersions(project), ...overrides.versions });
  return new PipelineAnalyzer(project, language, sentiment, versions);
}

class PipelineAnalyzer implements Analyzer {
  readonly #language: LanguageIdentifier;
  readonly #sentiment: SentimentAnalyzer;
  readonly #mentions: MentionFinder;
  readonly #issues: IssueMatcher;
  readonly #districts: DistrictMatcher;
  readonly #agencies: AgencyAttributor;
  readonly #scope: ScopeFinder;
  readonly #versions: StageVersions;
  readonly #project: Project;
  /** Built on the first post to redact again: loading the name model is not needed otherwise. */
  #redactor: Redactor | null = null;

  constructor(project: Project, language: LanguageIdentifier, sentiment: SentimentAnalyzer, versions: StageVersions) {
    this.#project = project;
    this.#versions = versions;
    this.#language = language;
    this.#sentiment = sentiment;
    this.#mentions = new MentionFinder(project.subjects);
    this.#issues = new IssueMatcher(project.taxonomy, IssueFilter.loadShipped(project.taxonomy.issues));
    // "Қаратауға" is the district, not the Zhambyl town, in a post that also names the city.
    const cityNames = [project.city, ...gazetteerPlaceNamed(project.city)?.names ?? []];
    this.#districts = new DistrictMatcher(project.districts, cityNames);
    this.#agencies = new AgencyAttributor(project.agencies);
    this.#scope = new ScopeFinder(project);
  }

  analyze(input: AnalysisInput): Analysis {
    if (input.redact === true) {
      const redaction = this.#redactAgain(input);
      if (redaction !== null) {
        // New text: no stored result or search entry is of it.
        const { title, text } = redaction;
        const whole = { ...input, title, text, redact: false, rerun: undefined, indexed: undefined };
        return { ...this.analyze(whole), redaction };
      }
    }
    // The title and the text are analysed as one document, title first; mentions are then
    // reported against whichever of the two they were written in.
    const title = input.title ?? '';
    const document = title ? `${title}\n${input.text}` : input.text;
    const rerun = input.rerun;
    // Every other stage reads the text and the language: a change to either reruns them all.
    if (rerun !== undefined && !rerun.stages.includes('text') && !rerun.stages.includes('language')) {
      return this.#analyzeStages(input, document, title, rerun);
    }
    const reading = russianInLatin(document);
    const text = prepareText(withReading(document, reading));

    const language = reading === null ? this.#language.identify(text, input.declaredLanguage) : RUSSIAN_IN_LATIN;
    const districts = this.#districts.match(text);
    const mentions = this.#mentions.find(text, districts.length > 0).filter((mention) => mention.end <= document.length);
    const sentiment = this.#sentiment.overall(text.normalised, language);
    const subjectSentiment = mentions.length > 0
      ? this.#sentiment.towardSubjects(document, text.normalised, mentions, language, input.kind)
      : [];

    const issues = this.#issues.issues(text, language.code);

    const indexed = input.indexed;
    const searchIndexed = indexed !== undefined && indexed.normalised === text.normalised &&
      indexed.language === language.code;
    return {
      language,
      normalised: text.normalised,
      ...(searchIndexed ? {} : { searchEntries: searchEntries(text.normalised, language.code, knownSearchStems(text)) }),
      mentions: title ? mentions.map((mention) => relativeToPart(mention, title.length + 1)) : mentions,
      sentiment,
      subjectSentiment,
      issues,
      slices: this.#issues.slices(text, language.code),
      districts,
      agencies: this.#agencies.attribute({
        text, language: language.code, issues, districts, outlet: input.outlet ?? null,
      }),
      scope: this.#scope.scope(text, districts, mentions.map((mention) => mention.subjectId)),
      versions: this.#versions,
    };
  }

  /**
   * Runs `rerun.stages` only, none of them text or language. Issues and districts are found again
   * when agencies run, which read them in the order found (the store does not keep that order);
   * their versions did not change, so they come out as stored.
   */
  #analyzeStages(input: AnalysisInput, document: string, title: string, rerun: StageRerun): Analysis {
    const { stages, prior } = rerun;
    const runs = (stage: AnalysisStage): boolean => stages.includes(stage);
    const language = prior.language;
    const findsIssues = runs('issues') || runs('agencies');
    const findsDistricts = runs('districts') || runs('agencies') || runs('scope');
    // The scope reads the mentions, which a store may not have read for the prior analysis.
    const findsMentions = runs('mentions') || runs('scope');
    const text = findsMentions || findsIssues || findsDistricts
      ? prepareText(withReading(document, russianInLatin(document)))
      : null;

    // Mentions read the districts too: a post naming a place of the city gives "акимат" its city.
    const districts = findsDistricts || findsMentions ? this.#districts.match(text!) : [];
    const mentions = findsMentions
      ? this.#mentions.find(text!, districts.length > 0).filter((mention) => mention.end <= document.length)
      : prior.mentions.map((mention) => relativeToDocument(mention, document, title));
    const sentiment = runs('sentiment') ? this.#sentiment.overall(prior.normalised, language) : prior.sentiment;
    const subjectSentiment = runs('sentiment') && mentions.length > 0
      ? this.#sentiment.towardSubjects(document, prior.normalised, mentions, language, input.kind)
      : [];
    const issues = findsIssues ? this.#issues.issues(text!, language.code) : [];

    return {
      language,
      normalised: prior.normalised,
      mentions: title ? mentions.map((mention) => relativeToPart(mention, title.length + 1)) : mentions,
      sentiment,
      subjectSentiment,
      issues,
      slices: runs('issues') ? this.#issues.slices(text!, language.code) : [],
      districts: findsDistricts ? districts : [],
      agencies: runs('agencies')
        ? this.#agencies.attribute({ text: text!, language: language.code, issues, districts, outlet: input.outlet ?? null })
        : [],
      ...runs('scope') ? { scope: this.#scope.scope(text!, districts, mentions.map((mention) => mention.subjectId)) } : {},
      versions: this.#versions,
    };
  }

  /** The post's title and text redacted by this tyndau's redactor; null when that changed neither. */
  #redactAgain(input: AnalysisInput): PostRedaction | null {
    this.#redactor ??= projectRedactor(this.#project);
    const title = input.title || null;
    const redaction = this.#redactor.redactPost(title, input.text);
    return redaction.text === input.text && redaction.title === title ? null : redaction;
  }

  analyzeBatch(inputs: readonly AnalysisInput[]): Analysis[] {
    return inputs.map((input) => this.analyze(input));
  }
}

/**
 * Russian typed in Latin letters is analysed with its Cyrillic reading after it: issues,
 * districts and sentiment are found in the reading, search finds the post by either spelling,
 * and mentions are kept only where they are in the text as written (their offsets point there).
 */
function withReading(document: string, reading: string | null): string {
  return reading === null ? document : `${document}\n${reading}`;
}

const RUSSIAN_IN_LATIN: LanguageResult = Object.freeze({ code: 'ru', shares: Object.freeze({ ru: 1 }), confidence: 0.9 });

/** A stored mention back in offsets into `document` (title, newline, text), its form as written. */
function relativeToDocument(mention: Mention, document: string, title: string): Mention {
  const start = mention.inTitle || !title ? mention.start : mention.start + title.length + 1;
  const end = start + mention.end - mention.start;
  const { inTitle: _inTitle, ...rest } = mention;
  return { ...rest, start, end, form: document.slice(start, end) };
}

function relativeToPart(mention: Mention, textStart: number): Mention {
  if (mention.start < textStart) return { ...mention, inTitle: true };
  return { ...mention, start: mention.start - textStart, end: mention.end - textStart };
}
