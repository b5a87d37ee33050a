import { cutPost } from '../collect/long-texts.js';
import type { Platform, RawPost } from '../collect/raw-post.js';
import type { Subject } from '../project/project.js';
import { hashNativeId } from './hash-native-id.js';
import type { Post } from './post.js';
import { Redactor, type Redaction } from './redact/redactor.js';
import { roundDownToHour } from './round-down-to-hour.js';

export interface GateSettings {
  /** The project's key for hashing native ids. */
  readonly secret: string;
  /** Monitored officials and bodies: their names are kept in stored text. */
  readonly subjects: readonly Subject[];
}

/**
 * The only way a `RawPost` becomes a `Post` (DESIGN rules 1-4): native ids become keyed hashes;
 * phone numbers, e-mails, IINs, card and account numbers, handles, profile links and private
 * persons' names are replaced in title and text; a social post loses its URL and outlet and keeps
 * only the hour of its time. News articles keep outlet, URL and exact time: they are the press's
 * public record.
 */
export class PrivacyGate {
  readonly #secret: string;
  readonly #redactor: Redactor;

  constructor(settings: GateSettings) {
    if (settings.secret === '') {
      throw new Error('privacy gate: the project secret is empty; set privacy.secret in the project file');
    }
    this.#secret = settings.secret;
    this.#redactor = new Redactor(settings.subjects);
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
    const social = raw.kind === 'social';
    const hasDate = raw.publishedAt !== undefined && !Number.isNaN(raw.publishedAt.getTime());
    const exactTime = hasDate ? raw.publishedAt! : firstSeen;
    const redacted = this.#redactor.redactPost(raw.title, raw.text);

    const post = {
      id: this.#hash(raw.platform, raw.nativeId),
      kind: raw.kind,
      platform: raw.platform,
      outlet: social ? null : raw.outlet ?? null,
      url: social ? null : raw.url ?? null,
      publishedAt: social ? roundDownToHour(exactTime) : exactTime,
      dateSource: hasDate ? 'source' : 'first-seen',
      title: redacted.title,
      text: redacted.text,
      amplifiesId: raw.amplifiesNativeId ? this.#hash(raw.platform, raw.amplifiesNativeId) : null,
      parentId: raw.parentNativeId ? this.#hash(raw.platform, raw.parentNativeId) : null,
      declaredLanguage: raw.declaredLanguage ?? null,
      redactions: redacted.counts,
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

  #hash(platform: Platform, nativeId: string): string {
    return hashNativeId(this.#secret, platform, nativeId);
  }
}

function describeLocation(raw: RawPost): string {
  const { file, line, index } = raw.location;
  return [file, line !== undefined ? `line ${line}` : '', index !== undefined ? `record ${index}` : '']
    .filter((part) => part !== '')
    .join(' ');
}
