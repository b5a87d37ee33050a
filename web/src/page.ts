/**
 * What a dashboard page is: a route, a title, the least role that may open it, and a render
 * function. Adding a page is one file in pages/ and one line in pages/index.ts.
 */
import type { Language, Strings } from './i18n.js';

export type Role = 'viewer' | 'analyst' | 'admin';

export interface User {
  readonly name: string;
  readonly role: Role;
  readonly language: Language;
}

export interface Meta {
  readonly name: string;
  readonly city: string;
  readonly minGroupSize: number;
  /** Whether figures leave posts about other places out (`scope.setAside`), as links must. */
  readonly setsAside: boolean;
  readonly storedDays: { from: string; to: string } | null;
  readonly subjects: readonly { id: string; name: string; kind: string }[];
  readonly labels: Readonly<Record<Language, Labels>>;
}

export interface Labels {
  /** The project's name in this language, as the project file gives it (else its name). */
  readonly title?: string;
  readonly issues: Readonly<Record<string, string>>;
  readonly slices: Readonly<Record<string, string>>;
  readonly districts: Readonly<Record<string, string>>;
  readonly platforms: Readonly<Record<string, string>>;
  readonly sentiments: Readonly<Record<string, string>>;
  readonly languages: Readonly<Record<string, string>>;
}

export interface PageContext {
  readonly user: User;
  readonly meta: Meta;
  readonly strings: Strings;
  readonly labels: Labels;
  readonly language: Language;
  /** The period chosen in the header; empty means the server's default (last dated week). */
  readonly period: { readonly from?: string; readonly to?: string };
  /** Tells the header which period the page shows, when the server chose it. */
  showPeriod(period: { readonly from: string; readonly to: string }): void;
}

export interface Page {
  /** Route: `#/${id}`. */
  readonly id: string;
  readonly title: (strings: Strings) => string;
  readonly role: Role;
  /** Whether the header's period picker applies to the page. */
  readonly usesPeriod: boolean;
  render(root: HTMLElement, context: PageContext): Promise<void>;
}

const ORDER: readonly Role[] = ['viewer', 'analyst', 'admin'];

export function mayOpen(user: User, page: Page): boolean {
  return ORDER.indexOf(user.role) >= ORDER.indexOf(page.role);
}
