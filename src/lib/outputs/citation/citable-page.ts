/**
 * What every citation of a case page is built from: the head tags reference managers read
 * (page-meta.ts), the downloads (.bib, .ris, .json) and the cite box. One object, so that what
 * Zotero saves, what the files say and what the visible citations say cannot drift apart.
 */
import type { CitablePage } from './citation.ts';

/** The publisher, the website and the organisation that is the author of every page. */
export const SITE_NAME = 'Cross-Border Data Casebook';

/** A case page to cite: its title (no site suffix), permanent URL and version date as written. */
export function citablePage(record: { id: string; data: { title: string; updated: string; summary: string; tags?: string[] } }, url: string): CitablePage {
  return {
    id: record.id,
    title: record.data.title,
    url,
    updated: record.data.updated,
    summary: record.data.summary,
    language: 'en',
    keywords: record.data.tags,
    siteName: SITE_NAME,
  };
}
