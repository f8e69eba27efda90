/**
 * The "Cite this page" box: every style formatted at build time by the citation
 * library. Each entry carries its text without an access date (what a reader without
 * JavaScript gets, correct as it stands) and a template formatted with a sentinel access
 * date, which the page's script replaces with the date the reader picks (today by default).
 */
import { CITATION_STYLES, formatCitation, toBibtex, toCslJson, toRis, type CitablePage, type StyleId } from './citation.ts';
import { formatPartialDate } from './dates.ts';
import { SITE_NAME } from './page-meta.ts';

/** An access date no reader will have: the script finds its formatted forms and swaps in the real one. */
export const SENTINEL_ACCESS_DATE = '2000-01-02';
export interface CiteEntry {
  id: string;
  label: string;
  text: string;
  html: string;
  /** Same as text/html with the sentinel access date; absent when the style prints no access date. */
  textTemplate?: string;
  htmlTemplate?: string;
}

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

/**
 * Whether a style prints the access date depends only on the style and on the precision of
 * the version date (Bluebook asks for it on pages without a day), so it is asked once per pair
 * with a probe page; formatting is the build's most expensive step per case.
 */
const printsAccessDate = new Map<string, boolean>();
function styleNeedsAccessDate(style: StyleId, updated: string): boolean {
  const key = `${style}:${updated.length}`;
  if (!printsAccessDate.has(key)) {
    const probe: CitablePage = { id: 'probe', title: 'Probe', url: 'https://example.org/probe/', updated, siteName: SITE_NAME };
    printsAccessDate.set(key, formatCitation(probe, style).text !== formatCitation({ ...probe, accessed: SENTINEL_ACCESS_DATE }, style).text);
  }
  return printsAccessDate.get(key)!;
}

export function buildCiteBox(page: CitablePage) {
  const withAccess = { ...page, accessed: SENTINEL_ACCESS_DATE };
  const styles: CiteEntry[] = CITATION_STYLES.map(({ id, label }) => {
    const plain = formatCitation(page, id);
    if (!styleNeedsAccessDate(id, page.updated)) return { id, label, ...plain };
    const dated = formatCitation(withAccess, id);
    return { id, label, ...plain, textTemplate: dated.text, htmlTemplate: dated.html };
  });
  const data = (id: string, label: string, plain: string, dated: string): CiteEntry => ({
    id, label, text: plain, html: '', ...(dated !== plain ? { textTemplate: dated } : {}),
  });
  return {
    version: { iso: page.updated, text: formatPartialDate(page.updated) },
    url: page.url,
    styles,
    formats: [
      data('bibtex', 'BibTeX', toBibtex(page), toBibtex(withAccess)),
      data('ris', 'RIS', toRis(page), toRis(withAccess)),
      data('csl-json', 'CSL-JSON', JSON.stringify([toCslJson(page)], null, 2), JSON.stringify([toCslJson(withAccess)], null, 2)),
    ],
  };
}
export type CiteBox = ReturnType<typeof buildCiteBox>;

/**
 * What the page's script needs beyond what the page shows: the URL, and the access-date
 * templates (the plain citations are read from the page itself, so they are not sent twice).
 */
export function citeBoxScriptData(box: CiteBox) {
  return {
    url: box.url,
    templates: Object.fromEntries(
      [...box.styles, ...box.formats]
        .filter((entry) => entry.textTemplate)
        .map((entry) => [entry.id, { text: entry.textTemplate!, ...(entry.htmlTemplate ? { html: entry.htmlTemplate } : {}) }]),
    ),
  };
}
export type CiteBoxScriptData = ReturnType<typeof citeBoxScriptData>;
