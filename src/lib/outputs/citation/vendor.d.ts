// Types for the parts of the citation packages that src/lib/outputs/citation and its tests use;
// neither package ships its own.

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module 'citeproc' {
  const CSL: { SKIP_WORDS: string[] } & Record<string, unknown>;
  export default CSL;
}
