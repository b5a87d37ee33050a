/**
 * A monitoring project as loaded from `tyndau.yaml`, validated and with defaults filled in.
 * Everything here is frozen after loading; stages read it, none change it.
 */

export type ReportLanguage = 'ru' | 'kk' | 'en';

/** Labels in the three interface languages. */
export interface Labels {
  readonly ru: string;
  readonly kk: string;
  readonly en: string;
}

/** A monitored public official or body. Its names are kept in stored text: they are the subject. */
export interface Subject {
  readonly id: string;
  readonly kind: 'official' | 'body';
  readonly name: string;
  /** Surface forms in any language or script; inflection and transliteration are expanded. */
  readonly aliases: readonly string[];
  /**
   * Words of which at least one must appear near an ambiguous alias (a bare "аким" could be any
   * city's): e.g. ["Алматы", "Almaty"]. Empty means every alias match counts.
   */
  readonly context: readonly string[];
  /** Aliases that need `context` to count; the rest always count. */
  readonly ambiguousAliases: readonly string[];
}

export interface District {
  readonly id: string;
  readonly labels: Labels;
  /** Surface forms (ru, kk Cyrillic, Latin); declension and Kazakh case suffixes are expanded. */
  readonly names: readonly string[];
}

/**
 * Keyword rules of an issue or a slice, per language. A keyword is a word or a phrase; a word
 * ending in `*` matches by prefix; other words match by stem (Russian and Kazakh stemming).
 */
export interface KeywordRules {
  readonly ru: readonly string[];
  readonly kk: readonly string[];
  readonly en: readonly string[];
}

export interface TaxonomyEntry {
  readonly id: string;
  readonly labels: Labels;
  readonly keywords: KeywordRules;
}

export interface Taxonomy {
  readonly issues: readonly TaxonomyEntry[];
  readonly slices: readonly TaxonomyEntry[];
}

export type SourceKind = 'files' | 'feed' | 'telegram' | 'youtube' | 'vk';

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  /** Files or globs (files), a URL (feed), a channel name, etc., as the kind needs. */
  readonly location: string;
  /** Minutes between collection runs in watch mode. */
  readonly intervalMinutes: number;
}

export interface PrivacySettings {
  /** Key for HMAC of native ids; from the file or `env:NAME`. Never logged. */
  readonly secret: string;
  /** Days a social post's text is kept; analysis results and aggregates remain. */
  readonly retentionDays: number;
  /** No breakdown shown or exported for a group smaller than this. */
  readonly minGroupSize: number;
}

export interface Project {
  readonly name: string;
  /** Folder holding the project file; relative paths in it are resolved against this. */
  readonly dir: string;
  readonly city: string;
  /** IANA zone for reading offset-less times and for day boundaries. Default Asia/Almaty. */
  readonly timezone: string;
  readonly reportLanguage: ReportLanguage;
  readonly subjects: readonly Subject[];
  readonly districts: readonly District[];
  readonly taxonomy: Taxonomy;
  readonly sources: readonly Source[];
  readonly privacy: PrivacySettings;
  /** Absolute path of the SQLite file. */
  readonly storePath: string;
}
