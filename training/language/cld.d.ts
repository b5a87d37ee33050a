// Types for the untyped `cld` package (CLD2): the call the evaluation uses.
declare module 'cld' {
  export interface CldLanguage {
    readonly name: string;
    readonly code: string;
    readonly percent: number;
    readonly score: number;
  }
  export interface CldResult {
    readonly reliable: boolean;
    readonly languages: readonly CldLanguage[];
  }
  export interface CldOptions {
    readonly bestEffort?: boolean;
    readonly isHTML?: boolean;
  }
  export function detect(text: string, options?: CldOptions): Promise<CldResult>;
  const cld: { detect: typeof detect };
  export default cld;
}
