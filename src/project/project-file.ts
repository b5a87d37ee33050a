/**
 * The shape of `tyndau.yaml` as written, after it passed the JSON Schema: optional keys may be
 * missing and `default` may stand for a built-in list. `project-from-file.ts` fills the defaults.
 */
import type { AgencyKind, ReportLanguage, SourceKind } from './project.js';
import type { CollectSettings } from './project.js';

export interface LabelsInFile {
  readonly ru?: string;
  readonly kk?: string;
  readonly en?: string;
}

export interface KeywordsInFile {
  readonly ru?: readonly string[];
  readonly kk?: readonly string[];
  readonly en?: readonly string[];
}

export interface SubjectInFile {
  readonly id: string;
  readonly kind: 'official' | 'body';
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly context?: readonly string[];
  readonly ambiguousAliases?: readonly string[];
  readonly query?: string;
}

export interface DistrictInFile {
  readonly id: string;
  readonly labels: LabelsInFile;
  readonly names: readonly string[];
  readonly neighbourhoods?: readonly string[];
  readonly ambiguousNeighbourhoods?: readonly string[];
}

export interface TaxonomyEntryInFile {
  readonly id: string;
  readonly labels: LabelsInFile;
  readonly keywords: KeywordsInFile | readonly string[];
  readonly query?: string;
}

export interface TaxonomyExtensionInFile {
  readonly extends: 'default';
  readonly issues?: readonly TaxonomyEntryInFile[];
  readonly slices?: readonly TaxonomyEntryInFile[];
}

export interface AgencyInFile {
  readonly id: string;
  readonly kind: AgencyKind;
  readonly name: string;
  readonly labels?: LabelsInFile;
  readonly aliases?: readonly string[];
  readonly context?: readonly string[];
  readonly ambiguousAliases?: readonly string[];
  readonly issues?: readonly string[];
  readonly districts?: 'all' | readonly string[];
  readonly keywords?: KeywordsInFile | readonly string[];
  readonly outlets?: readonly string[];
}

export interface SourceInFile {
  readonly id: string;
  readonly kind: SourceKind;
  readonly location: string;
  readonly interval?: number | string;
  readonly articles?: boolean;
  readonly maxPages?: number;
}

export interface ProjectFile {
  readonly name: string;
  readonly labels?: LabelsInFile;
  readonly city: string;
  readonly timezone?: string;
  readonly language?: ReportLanguage;
  readonly subjects?: readonly SubjectInFile[];
  readonly districts?: 'default' | readonly DistrictInFile[];
  /** Each street one name, or the ways posts write it. */
  readonly streets?: 'default' | readonly (string | readonly string[])[];
  readonly taxonomy?: 'default' | readonly TaxonomyEntryInFile[] | TaxonomyExtensionInFile;
  readonly agencies?: 'default' | readonly AgencyInFile[];
  readonly scope?: { readonly home?: readonly string[]; readonly elsewhere?: readonly string[]; readonly setAside?: boolean };
  readonly sources?: readonly SourceInFile[];
  readonly collect?: CollectSettings;
  readonly privacy: {
    readonly secret: string;
    readonly retentionDays?: number;
    readonly minGroupSize?: number;
  };
  readonly store?: { readonly sqlite?: string; readonly postgres?: string };
  readonly queue?: { readonly nats?: string };
}
