import type { Subject } from '../../project/project.js';
import { findCardNumbers } from './card-numbers.js';
import { withPlainDigits } from './digit-forms.js';
import { DistrictNames, type ProjectPlaceNames } from './district-names.js';
import { findEmails } from './emails.js';
import { findFlatNumbers } from './flat-numbers.js';
import { findHandles } from './handles.js';
import { findIbans } from './ibans.js';
import { findIdentityDocuments } from './identity-documents.js';
import { findIins } from './iin.js';
import { removeInvisibleCharacters } from './invisible-characters.js';
import { findMentionMarkup, unwrapCommunityMarkup } from './mention-markup.js';
import { loadNameClassifier } from './name-classifier.js';
import { PersonNameFinder } from './person-name-finder.js';
import { findPhoneNumbers } from './phone-numbers.js';
import { findPhonesInWords } from './phone-words.js';
import { findPhonesInLinks } from './phones-in-links.js';
import { findPhonesWithOddSeparators } from './phones-with-odd-separators.js';
import { findProfileLinks } from './profile-links.js';
import { PLACEHOLDERS, type RedactionKind, type RedactionSpan } from './redaction-kind.js';
import { keepStreetAddresses } from './street-addresses.js';
import { StreetNames } from './street-names.js';
import { findVehiclePlates } from './vehicle-plates.js';

/** A text with personal data replaced, and how many of each kind were replaced. */
export interface Redaction {
  readonly text: string;
  readonly counts: Record<string, number>;
}

/** A post's title (null when it has none) and text with personal data replaced, counted together. */
export interface PostRedaction {
  readonly title: string | null;
  readonly text: string;
  readonly counts: Record<string, number>;
}

type Finder = (text: string) => RedactionSpan[];

/**
 * Replaces personal data in a text with typed placeholders ("[PHONE]", "[NAME]"). Finders run in
 * an order where each sees the placeholders of the ones before: markup and profile links before
 * e-mails and handles (a link may hold an "@"), e-mails before handles, account numbers, card
 * numbers, IINs, identity documents and vehicle plates before phones (a long digit run is the
 * more specific kind first), flat numbers after phones, names last.
 * The number finders read digits of any form ("＋７ ７０１…", "8️⃣7️⃣…") as ASCII ones; phones
 * written in words ("восемь семьсот один…") come after those written in digits.
 */
export class Redactor {
  readonly #finders: readonly Finder[];

  /**
   * `places`: the project's district and neighbourhood names, kept where they read as places.
   * `streetNames`: the project's street names, kept where the text reads as an address.
   */
  constructor(
    subjects: readonly Subject[],
    places: ProjectPlaceNames = { districts: [] },
    streetNames: readonly string[] = [],
  ) {
    const names = new PersonNameFinder(subjects, loadNameClassifier());
    const districts = new DistrictNames(places);
    const streets = new StreetNames(streetNames);
    const contacts = withSubjectHandlesKept(subjects);
    // The streets' persons last, so that no rule keeping a street takes them back.
    const keepPlaces = (text: string, spans: RedactionSpan[]): RedactionSpan[] =>
      streets.withPersons(text, keepStreetAddresses(text, streets.keep(text, districts.keep(text, spans))));
    this.#finders = [...contacts, (text) => keepPlaces(text, names.find(text))];
  }

  redact(text: string): Redaction {
    return redactWith(this.#finders, text, true);
  }

  /**
   * Redacts what the exact rules find (markup, profile links, e-mails, handles, account, card,
   * IIN, document, plate, phone and flat numbers) and leaves names: for a news outlet's name,
   * which an export whose outlet column names the author fills with a handle or a profile link,
   * while names of real outlets read as persons ("Радио Азаттык", "Абай.kz").
   */
  redactContacts(text: string): Redaction {
    return redactWith(CONTACT_FINDERS, text);
  }

  /** Redacts a post's title and text; an empty title comes out as none. */
  redactPost(title: string | null | undefined, text: string): PostRedaction {
    const redactedTitle = title ? this.redact(title) : null;
    const redactedText = this.redact(text);
    return {
      title: redactedTitle === null ? null : redactedTitle.text,
      text: redactedText.text,
      counts: redactedTitle === null ? redactedText.counts : mergeCounts(redactedTitle.counts, redactedText.counts),
    };
  }
}

/**
 * Redacts what the exact rules find, with no project's subjects to keep: for messages about
 * records (an unreadable date, an unknown platform) that quote what a source's cell held, which
 * a shifted column fills with a post's text.
 */
export function redactContactData(text: string): string {
  return redactWith(CONTACT_FINDERS, text).text;
}

/**
 * IINs and the numbers of identity documents, which never overlap (a document's number is six to
 * eleven digits), read with their digits folded in one pass.
 */
function findIdentityNumbers(text: string): RedactionSpan[] {
  const spans = findIins(text);
  spans.push(...findIdentityDocuments(text));
  return spans;
}

/** Finders of exact forms, in the order the class comment gives; names come after them. */
const CONTACT_FINDERS: readonly Finder[] = [
  findMentionMarkup,
  findProfileLinks,
  findEmails,
  findHandles,
  findIbans,
  withPlainDigits(findCardNumbers),
  withPlainDigits(findIdentityNumbers),
  findVehiclePlates,
  withPlainDigits(findPhoneNumbers),
  withPlainDigits(findPhonesWithOddSeparators),
  findPhonesInLinks,
  findPhonesInWords,
  findFlatNumbers,
];

/**
 * The contact finders, with the handles the project lists as a subject's alias kept: a public
 * body's own account ("@akimat_almaty когда почините дорогу?") names the body, not a person.
 */
function withSubjectHandlesKept(subjects: readonly Subject[]): readonly Finder[] {
  const handles = new Set(subjects.flatMap((subject) => [subject.name, ...subject.aliases])
    .filter((alias) => /^[@＠﹫]/.test(alias)).map((alias) => alias.slice(1).toLowerCase()));
  if (handles.size === 0) return CONTACT_FINDERS;
  const keepSubjects: Finder = (text) => findHandles(text)
    .filter((span) => !handles.has(text.slice(span.start + 1, span.end).toLowerCase()));
  return CONTACT_FINDERS.map((finder) => (finder === findHandles ? keepSubjects : finder));
}

/**
 * `names`: the finders find persons' names, so a community's markup may give up its name to
 * them; without them (an outlet's name) the markup goes whole, a person's public page with it.
 */
function redactWith(finders: readonly Finder[], text: string, names = false): Redaction {
  const counts: Record<string, number> = {};
  let redacted = removeInvisibleCharacters(text);
  if (names) {
    const communities = unwrapCommunityMarkup(redacted);
    redacted = communities.text;
    // The community's account, taken out of the markup, counts as a handle removed.
    if (communities.unwrapped > 0) counts.handle = communities.unwrapped;
  }
  for (const find of finders) {
    const spans = find(redacted);
    if (spans.length > 0) redacted = replaceSpans(redacted, spans, counts);
  }
  return { text: redacted, counts };
}

export function mergeCounts(first: Record<string, number>, second: Record<string, number>): Record<string, number> {
  const merged = { ...first };
  for (const [kind, count] of Object.entries(second)) merged[kind] = (merged[kind] ?? 0) + count;
  return merged;
}

/** Replaces spans (in order, overlaps dropped) with their placeholders, counting each kind. */
function replaceSpans(text: string, spans: readonly RedactionSpan[], counts: Record<string, number>): string {
  const ordered = spans.length > 1 ? [...spans].sort((a, b) => a.start - b.start) : spans;
  let result = '';
  let position = 0;
  for (const span of ordered) {
    if (span.start < position) continue;
    result += text.slice(position, span.start) + PLACEHOLDERS[span.kind];
    position = span.end;
    count(counts, span.kind);
  }
  return result + text.slice(position);
}

function count(counts: Record<string, number>, kind: RedactionKind): void {
  counts[kind] = (counts[kind] ?? 0) + 1;
}
