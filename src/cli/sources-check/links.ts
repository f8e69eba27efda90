/** The addresses a content tree cites: every source's `url` and `archived`, in case and file order. */
import type { Casebook } from '../../lib/model/casebook.ts';

export type LinkField = 'url' | 'archived';
export const LINK_FIELDS: readonly LinkField[] = ['url', 'archived'];

export interface SourceLink {
  caseId: string;
  sourceId: string;
  field: LinkField;
  url: string;
}

/** Cases by id (the report's order), each case's sources as the file lists them, `url` before `archived`. */
export function sourceLinks(book: Pick<Casebook, 'cases'>): SourceLink[] {
  return [...book.cases]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .flatMap(({ id: caseId, data }) =>
      data.sources.flatMap((source) =>
        LINK_FIELDS.flatMap((field) => (source[field] ? [{ caseId, sourceId: source.id, field, url: source[field] }] : [])),
      ),
    );
}

/**
 * The host a request goes to, for the per-host delay: lower case, without a port, and without
 * the root's dot a fully qualified name may end in (`en.wikisource.org.` is `en.wikisource.org`).
 */
export function hostKey(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
}
