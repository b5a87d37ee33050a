/**
 * One step of a store's schema. Steps are applied in order of `version`, each in its own
 * transaction, and the store records every applied version; a step never changes once shipped.
 */
export interface Migration {
  readonly version: number;
  /** What the step does, recorded beside its version. */
  readonly name: string;
  /** Statements in the dialect of the folder the step lives in. */
  readonly sql: string;
}
