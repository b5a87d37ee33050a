import { cutPost } from '../collect/long-texts.js';
import { idPlatform, type Platform, type RawPost } from '../collect/raw-post.js';
import { articleAddressKey } from '../collect/identity/article-address-key.js';
import { platformOfLink } from '../collect/platform-of-link.js';
import type { Subject } from '../project/project.js';
import { fileSafeText } from '../text/file-safe-text.js';
import { hashNativeId } from './hash-native-id.js';
import { redactArticleUrl } from './article-url.js';
import type { Post } from './post.js';
import type { ProjectPlaceNames } from './redact/district-names.js';
import { mergeCounts, Redactor, type Redaction } from './redact/redactor.js';
import { findProfileLinks } from './redact/profile-links.js';
import { PLACEHOLDERS } from './redact/redaction-kind.js';
import { roundDownToHour } from './round-down-to-hour.js';

export interface GateSettings {
  /** The project's key for hashing native ids. */
  readonly secret: string;
  /** Monitored officials and bodies: their names are kept in stored text. */
  readonly subjects: readonly Subject[];
  /** The project's district and neighbourhood names: kept where they name a place. */
  readonly places?: ProjectPlaceNames;
  /** The project's street names: kept where the text reads as an address ("на Шевченко"). */
  readonly streetNames?: readonly string[];
}

/**
 * The only way a `RawPost` becomes a `Post` (DESIGN rules 1-4): native ids become keyed hashes;
 * phone numbers, e-mails, IINs, card and account numbers, handles, profile links and private
 * persons' names are replaced in title and text; a social post loses its URL and outlet and keeps
 * only the hour of its time. News articles keep outlet, URL and exact time: they are the press's
 * public record; the outlet's name loses contacts, handles and profile links, and the URL the
 * reader's contact data a newsletter's or an alert's link carries (`redactArticleUrl`).
 */
export class PrivacyGate {
  readonly #secret: string;
  readonly #redactor: Redactor;

  constructor(settings: GateSettings) {
    if (settings.secret === '') {
      throw new Error('privacy gate: the project secret is empty; set privacy.secret in the project file');
    }
    this.#secret = settings.secret;
    this.#redactor = new Redactor(settings.subjects, settings.places, settings.streetNames);
  }

  /**
   * Builds the stored post. `firstSeen` is the import time, used when the source gave no date.
   * Throws when the post has no native id, naming where the record came from.
   */
  admit(given: RawPost, firstSeen: Date): Post {
    // Importers cut over-long texts with a note; this holds for any other way in (a queue message).
    const raw = cutPost(given);
    if (raw.nativeId === '') {
      throw new Error(`privacy gate: ${describeLocation(raw)} has no native id; the importer must give one`);
    }
    const social = raw.kind === 'social' || isSocialAddress(raw.url);
    const hasDate = raw.publishedAt !== undefined && !Number.isNaN(raw.publishedAt.getTime());
    const exactTime = hasDate ? raw.publishedAt! : firstSeen;
    const redacted = this.#redactor.redactPost(raw.title, raw.text);
    // An outlet is a cell of every export: it keeps only what a file can hold.
    const outlet = social || raw.outlet === undefined
      ? null
      : this.#redactor.redactContacts(fileSafeText(raw.outlet));

    const url = social || raw.url === undefined
      ? null
      : redactArticleUrl(raw.url, (text) => this.#redactor.redactContacts(text));

    const id = this.#hash(raw.platform, raw.nativeId);
    const post = {
      id,
      aliases: this.#aliases(raw, social, id),
      kind: social ? 'social' : raw.kind,
      // A social platform's page is that platform's post (or "other"), not the press.
      platform: social && raw.platform === 'news' ? platformOfLink(raw.url) ?? 'other' : raw.platform,
      outlet: outlet === null ? null : outletName(outlet.text),
      url: url === null || url.url === '' ? null : url.url,
      publishedAt: social ? roundDownToHour(exactTime) : exactTime,
      dateSource: hasDate ? 'source' : 'first-seen',
      title: redacted.title,
      text: redacted.text,
      amplifiesId: raw.amplifiesNativeId ? this.#hash(raw.platform, raw.amplifiesNativeId) : null,
      parentId: raw.parentNativeId ? this.#hash(raw.platform, raw.parentNativeId) : null,
      declaredLanguage: raw.declaredLanguage ?? null,
      redactions: [outlet?.counts, url?.counts].reduce<Record<string, number>>(
        (counts, more) => (more === undefined ? counts : mergeCounts(counts, more)), redacted.counts),
    };
    // The one place the brand is granted: every field above has passed the rules.
    return post as unknown as Post;
  }

  /**
   * The same post marked as a near duplicate of the stored post `originalId` (a syndicated copy,
   * a re-typed repost): it is kept, and counted as amplification rather than as another voice.
   * A post that already amplifies another keeps what it had.
   */
  asAmplificationOf(post: Post, originalId: string): Post {
    if (post.amplifiesId !== null || originalId === post.id) return post;
    return { ...post, amplifiesId: originalId };
  }

  /** Redacts one text as `admit` does, for `tyndau explain`. */
  redactText(text: string): Redaction {
    return this.#redactor.redact(text);
  }

  /**
   * The keyed hashes of the post's other ids: those its importer gave, and for an article its
   * canonical address, under `news` whatever the platform column said (`web`), since a feed's
   * article, collected live or imported from a saved feed, and a listening tool's row of it are
   * one post however each keys it.
   */
  #aliases(raw: RawPost, social: boolean, id: string): string[] {
    const hashes = (raw.aliasNativeIds ?? []).map((alias) => this.#hash(raw.platform, alias));
    const address = social ? undefined : articleAddressKey(raw.url);
    if (address !== undefined) hashes.push(hashNativeId(this.#secret, 'news', address));
    return [...new Set(hashes)].filter((hash) => hash !== id);
  }

  #hash(platform: Platform, nativeId: string): string {
    return hashNativeId(this.#secret, idPlatform(platform), nativeId);
  }
}

const PLACEHOLDER_TEXT = new RegExp(
  Object.values(PLACEHOLDERS).map((placeholder) => placeholder.replace(/[[\]]/g, '\\$&')).join('|'),
  'g',
);

/**
 * Whether `url` is a page on a social platform (a profile, a channel, a post: instagram.com/…,
 * facebook.com/profile.php?id=…, twitter.com/…/status/…). A listening export's row there, with an
 * outlet column and no platform tyndau knows, or a Google Alerts item linking there, is someone's
 * social post, and kept as an article it kept the person's address and the exact minute.
 */
function isSocialAddress(url: string | undefined): boolean {
  return url !== undefined && findProfileLinks(url).some((span) => span.start === 0);
}

// LIMITATION: outlet names stored before this rule keep what they held; `tyndau analyze` redacts
// stored title and text again when redaction changes, not outlets. Re-importing the files, or a
// re-analysis stage over outlets, would lift it.
/**
 * A redacted outlet name, or none when nothing but placeholders is left: an outlet column that
 * held the author's handle or profile link names no outlet, and "[HANDLE]" would gather every
 * such author into one.
 */
function outletName(redacted: string): string | null {
  return /[\p{L}\p{N}]/u.test(redacted.replace(PLACEHOLDER_TEXT, '')) ? redacted : null;
}

function describeLocation(raw: RawPost): string {
  const { file, line, index } = raw.location;
  return [file, line !== undefined ? `line ${line}` : '', index !== undefined ? `record ${index}` : '']
    .filter((part) => part !== '')
    .join(' ');
}
