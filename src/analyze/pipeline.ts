/**
 * The analysis stages over one post, in order: normalise and tokenise once, then language,
 * subject mentions, sentiment (overall and toward each mentioned subject), issues and slices,
 * districts, and the agencies the post is attributed to. Every stage is compiled once per
 * project; analysing a post allocates only its results.
 */
import type { Analysis, Mention } from './analysis.js';
import { AgencyAttributor } from './agencies/index.js';
import { prepareText } from './analysis-text.js';
import { IssueFilter, IssueMatcher } from './issues/index.js';
import { createLanguageIdentifier, type LanguageIdentifier } from './language/index.js';
import { MentionFinder } from './mentions/index.js';
import { DistrictMatcher } from './places/index.js';
import { createSentimentAnalyzer, type SentimentAnalyzer } from './sentiment/index.js';
import type { PostKind } from '../collect/raw-post.js';
import type { Project } from '../project/project.js';
import { searchEntries } from '../text/search-words.js';

export interface AnalysisInput {
  /** The post's text, already redacted by the privacy gate. */
  readonly text: string;
  /** A news title, analysed with the text; mentions in it are marked `inTitle`. */
  readonly title?: string | null;
  /** A language the source declared (feed, platform); used only when the text is too short to tell. */
  readonly declaredLanguage?: string | null;
  /** News article or social post: sentiment toward subjects is tuned for each. */
  readonly kind?: PostKind;
  /** A news article's outlet, to recognise an agency's own channel; absent for social posts. */
  readonly outlet?: string | null;
}

export interface Analyzer {
  analyze(input: AnalysisInput): Analysis;
  analyzeBatch(inputs: readonly AnalysisInput[]): Analysis[];
}

/** Builds every stage for `project`; loads the language and sentiment models once. */
export async function createAnalyzer(project: Project): Promise<Analyzer> {
  const [language, sentiment] = await Promise.all([createLanguageIdentifier(), createSentimentAnalyzer()]);
  return new PipelineAnalyzer(project, language, sentiment);
}

class PipelineAnalyzer implements Analyzer {
  readonly #language: LanguageIdentifier;
  readonly #sentiment: SentimentAnalyzer;
  readonly #mentions: MentionFinder;
  readonly #issues: IssueMatcher;
  readonly #districts: DistrictMatcher;
  readonly #agencies: AgencyAttributor;

  constructor(project: Project, language: LanguageIdentifier, sentiment: SentimentAnalyzer) {
    this.#language = language;
    this.#sentiment = sentiment;
    this.#mentions = new MentionFinder(project.subjects);
    this.#issues = new IssueMatcher(project.taxonomy, IssueFilter.loadShipped(project.taxonomy.issues));
    this.#districts = new DistrictMatcher(project.districts);
    this.#agencies = new AgencyAttributor(project.agencies);
  }

  analyze(input: AnalysisInput): Analysis {
    // The title and the text are analysed as one document, title first; mentions are then
    // reported against whichever of the two they were written in.
    const title = input.title ?? '';
    const document = title ? `${title}\n${input.text}` : input.text;
    const text = prepareText(document);

    const language = this.#language.identify(text, input.declaredLanguage);
    const mentions = this.#mentions.find(text);
    const sentiment = this.#sentiment.overall(text.normalised, language);
    const subjectSentiment = mentions.length > 0
      ? this.#sentiment.towardSubjects(document, text.normalised, mentions, language, input.kind)
      : [];

    const issues = this.#issues.issues(text, language.code);
    const districts = this.#districts.match(text);

    return {
      language,
      normalised: text.normalised,
      searchEntries: searchEntries(text.normalised, language.code),
      mentions: title ? mentions.map((mention) => relativeToPart(mention, title.length + 1)) : mentions,
      sentiment,
      subjectSentiment,
      issues,
      slices: this.#issues.slices(text, language.code),
      districts,
      agencies: this.#agencies.attribute({
        text, language: language.code, issues, districts, outlet: input.outlet ?? null,
      }),
    };
  }

  analyzeBatch(inputs: readonly AnalysisInput[]): Analysis[] {
    return inputs.map((input) => this.analyze(input));
  }
}

function relativeToPart(mention: Mention, textStart: number): Mention {
  if (mention.start < textStart) return { ...mention, inTitle: true };
  return { ...mention, start: mention.start - textStart, end: mention.end - textStart };
}
