/** The part of language-tags (it ships no types) the schemas use: a tag checked against the IANA subtag registry. */
declare module 'language-tags/lib/Tag.js' {
  export default class Tag {
    static ERR_DEPRECATED: number;
    static ERR_SUBTAG_DEPRECATED: number;
    static ERR_SUPPRESS_SCRIPT: number;
    constructor(tag: string);
    errors(): (Error & { code: number })[];
  }
}

