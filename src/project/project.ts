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
  /**
   * A saved query (docs/query-language.md) that also defines the subject: `subject:ID` in a
   * search matches posts it matches as well as those the analysis found.
   */
  readonly query?: string;
}

export interface District {
  readonly id: string;
  readonly labels: Labels;
  /** Surface forms (ru, kk Cyrillic, Latin); declension and Kazakh case suffixes are expanded. */
  readonly names: readonly string[];
  /**
   * Microdistricts, housing estates and settlements inside the district, which residents write
   * far more often than the district ("в Аксае", "Алгабас"): each names the district alone.
   */
  readonly neighbourhoods?: readonly string[];
  /**
   * Neighbourhoods whose names are also ordinary words or given names ("Орбита", "Самал",
   * "Көктем"): they name the district only beside a word for microdistrict ("мкр Орбита",
   * "Самал шағын ауданы") or with the number of its part ("Самал-2").
   */
  readonly ambiguousNeighbourhoods?: readonly string[];
}

/**
 * A street residents name to say where a problem is ("пробка на Желтоксан", "Достык 45"). Many
 * streets carry a person's surname or a given name: the privacy gate keeps a listed street's words
 * where the text reads as an address, and redacts the same words where they name a person.
 */
export interface Street {
  /**
   * The street's names as posts write them, each a whole name: the Russian form (for a street
   * named after a person, the genitive: "Абая", "Гоголя"), the Kazakh one, the Latin ones
   * ("Абай", "Abai"). Latin transliterations of a Cyrillic name are matched without listing.
   */
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
  /**
   * Phrases where a keyword has another sense ("окончил* … школ*": a biography, not a school's
   * problem); a keyword inside one does not count. Only the built-in taxonomy sets them so far.
   */
  readonly exclude?: KeywordRules;
  /**
   * Words that mark another kind of story (a war, a crash, an obituary): none of the entry's
   * keywords counts in a sentence that holds one. Only the built-in taxonomy sets them so far.
   */
  readonly excludeInSentence?: KeywordRules;
  /**
   * Phrases in which a word of `excludeInSentence` tells no such story ("чуть не умерла": nobody
   * died, the ambulance's delay is still the care's). Only the built-in taxonomy sets them so far.
   */
  readonly noStory?: KeywordRules;
  /** A saved query that also defines the issue for `issue:ID` in searches. */
  readonly query?: string;
}

export interface Taxonomy {
  readonly issues: readonly TaxonomyEntry[];
  readonly slices: readonly TaxonomyEntry[];
}

/** What sort of public body an agency is; never a person (an office holder is a subject). */
export type AgencyKind = 'akimat' | 'department' | 'district-akimat' | 'utility' | 'state-body';

/**
 * A public body residents hold responsible for a service: a department of the akimat, a district
 * akimat, a city utility. Posts are attributed to it when they name it (under inflection, as for
 * subjects) and otherwise through the issues and districts it answers for.
 */
export interface Agency {
  readonly id: string;
  readonly kind: AgencyKind;
  /** The name as posts write it; also matched. */
  readonly name: string;
  /** The name the digest shows in each language. */
  readonly labels: Labels;
  readonly aliases: readonly string[];
  /** As for subjects: words one of which must stand near an ambiguous alias. */
  readonly context: readonly string[];
  readonly ambiguousAliases: readonly string[];
  /** Ids of the taxonomy issues it answers for. */
  readonly issues: readonly string[];
  /** Ids of the districts it answers for; empty means the whole city. */
  readonly districts: readonly string[];
  /**
   * Words that narrow its issues to its part of them (the water utility's "нет воды" among
   * outages); null when every post about its issues is its.
   */
  readonly keywords: KeywordRules | null;
  /** Outlet names of its own channels (press-service site, feed): their articles are its answers. */
  readonly outlets: readonly string[];
}

export type SourceKind = 'files' | 'feed' | 'telegram' | 'youtube' | 'vk';

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  /** Files or globs (files), a URL (feed), a channel name, etc., as the kind needs. */
  readonly location: string;
  /** Minutes between collection runs in watch mode. */
  readonly intervalMinutes: number;
  /** Feeds: read each new item's page for its full text (default true). */
  readonly articles?: boolean;
  /** Pages (Telegram, VK, YouTube comments) read per run at most: the reach of a backfill. */
  readonly maxPages?: number;
}

/**
 * How live collection reaches the web and the platforms. API credentials are only ever named
 * as `env:NAME`: the project file may be shared, the keys may not.
 */
export interface CollectSettings {
  /** Lets the fetcher reach loopback and private addresses: an intranet collector, or tests. */
  readonly allowPrivateAddresses?: boolean;
  readonly userAgent?: string;
  /** Least seconds between two requests to one host (default 1); robots.txt may ask for more. */
  readonly hostIntervalSeconds?: number;
  /** Days within which a near-duplicate text counts as a copy of an earlier one (default 7). */
  readonly nearDuplicateDays?: number;
  readonly telegram?: { readonly baseUrl?: string };
  readonly youtube?: {
    readonly baseUrl?: string;
    /** `env:NAME` of the variable holding the API key (default env:YOUTUBE_API_KEY). */
    readonly apiKey?: string;
    /** Quota units a day this project may spend (default 10000, the API's default allowance). */
    readonly dailyQuota?: number;
    readonly maxVideos?: number;
  };
  readonly vk?: {
    readonly baseUrl?: string;
    /** `env:NAME` of the variable holding the access token (default env:VK_ACCESS_TOKEN). */
    readonly accessToken?: string;
    readonly apiVersion?: string;
  };
}

/**
 * The project's geographic scope: which names besides its city, districts and streets are its
 * own place, which other places the built-in gazetteer lacks, and whether posts about other
 * places are set aside from the figures.
 */
export interface ScopeSettings {
  /** More names of the project's place: suburbs, old names, a region for a regional project. */
  readonly home: readonly string[];
  /** Names of other places that mark a post as about them. */
  readonly elsewhere: readonly string[];
  /**
   * True (the default): posts naming only other places are left out of issue, subject, agency,
   * district and sentiment figures, and counted apart. False counts every post (a national project).
   */
  readonly setAside: boolean;
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
  /** The name in the digest languages the project file gives; see `projectTitle`. */
  readonly labels?: Partial<Labels>;
  /** Folder holding the project file; relative paths in it are resolved against this. */
  readonly dir: string;
  readonly city: string;
  /** IANA zone for reading offset-less times and for day boundaries. Default Asia/Almaty. */
  readonly timezone: string;
  readonly reportLanguage: ReportLanguage;
  readonly subjects: readonly Subject[];
  readonly districts: readonly District[];
  /** The streets whose names the privacy gate keeps where they name an address; absent for none. */
  readonly streets?: readonly Street[];
  readonly taxonomy: Taxonomy;
  /** The responsibility map: which public body answers for which issues, where. */
  readonly agencies: readonly Agency[];
  /** The project's geographic scope; absent means the city alone, other places set aside. */
  readonly scope?: ScopeSettings;
  readonly sources: readonly Source[];
  /** Live collection settings as the file gives them; absent means every default. */
  readonly collect?: CollectSettings;
  readonly privacy: PrivacySettings;
  /** Absolute path of the SQLite file. */
  readonly storePath: string;
  /** PostgreSQL URL from the file; when set, the project is stored there, not in `storePath`. */
  readonly postgresUrl?: string;
  /** NATS URL from the file, for distributed mode. */
  readonly natsUrl?: string;
}

/**
 * Whether the project's figures leave out posts about other places only (`scope.setAside`, on
 * unless the file turns it off): the store's rollups, and the links from a figure to its posts.
 */
export function setsAsideElsewhere(project: Pick<Project, 'scope'>): boolean {
  return project.scope?.setAside ?? true;
}

/** The project's name as a digest, an e-mail or the dashboard in `language` shows it. */
export function projectTitle(project: Pick<Project, 'name' | 'labels'>, language: ReportLanguage): string {
  return project.labels?.[language] ?? project.name;
}
