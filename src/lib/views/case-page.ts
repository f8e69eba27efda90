/**
 * Everything a case page needs, built in one call: the page's view model, its search data,
 * head tags, cite box and downloads. The route only renders it; an alias page (a retired id)
 * needs nothing but the case's address and title, so it builds none of this.
 */
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import type { Urls } from '../model/urls.ts';
import { citablePage } from '../outputs/citation/citable-page.ts';
import { caseHeadMeta } from '../outputs/page-meta.ts';
import { caseSearchData } from '../outputs/search/search-meta.ts';
import { buildCaseView } from './case.ts';
import { buildCiteBox, type CiteBox } from './cite-box.ts';
import { caseEditUrl } from './edit-link.ts';
import { pageKey } from './page-key.ts';
import { EDIT_URL } from '../../site.ts';
import { outputsWritten, readCaseOutputs } from '../content/outputs-cache.ts';

/** The page without its cite box: what the case and the Casebook give it. */
function casePageParts(book: Casebook, record: CaseRecord, urls: Urls, site: URL | undefined, editBase: string | undefined) {
  const view = buildCaseView(book, record, urls);
  const pageUrl = new URL(view.url, site).href;
  return {
    view,
    pageUrl,
    /** "Suggest a correction": the case's file on the forge; absent when no forge is configured. */
    editUrl: caseEditUrl(editBase, record.id),
    search: caseSearchData(book, record),
    meta: caseHeadMeta(book, record, pageUrl, new URL(urls.home, site).href),
    downloads: [
      { label: 'BibTeX (.bib)', href: urls.caseDownload(record.id, 'bib') },
      { label: 'RIS (.ris)', href: urls.caseDownload(record.id, 'ris') },
      { label: 'CSL-JSON (.json)', href: urls.caseDownload(record.id, 'json') },
    ],
  };
}

/**
 * `editBase`: the forge's edit base, from the build's environment (src/site.ts) unless given.
 * `citeBox`: the one the content loader made for this case, when it did (case-outputs.ts).
 */
export function casePageView(book: Casebook, record: CaseRecord, urls: Urls, site: URL | undefined, editBase: string | undefined = EDIT_URL, citeBox?: CiteBox) {
  const parts = casePageParts(book, record, urls, site, editBase);
  return { ...parts, citeBox: citeBox?.url === parts.pageUrl ? citeBox : buildCiteBox(citablePage(record, parts.pageUrl)) };
}

export type CasePageView = ReturnType<typeof casePageView>;

/**
 * What the build loaded for the case pages (content/collections.ts): the Casebook, each case's
 * digest and the file of its narrative and cite box (content/outputs-cache.ts).
 */
export interface LoadedCases {
  book: Casebook;
  digests: ReadonlyMap<string, string>;
  outputFiles: ReadonlyMap<string, string | undefined>;
}

/**
 * The case page as its route renders it: the page view, its cite box and the narrative's HTML.
 * Everything the page shows comes from here.
 */
export async function casePageModel({ book, outputFiles }: LoadedCases, record: CaseRecord, urls: Urls, site: URL | undefined) {
  const file = outputFiles.get(record.id);
  // In a large build the cite box may still be being made on a worker thread (content/case-outputs-workers.ts).
  await outputsWritten(file);
  const kept = readCaseOutputs(file);
  // Written by the loader in this build or kept since the case last changed: gone only if the
  // cache was removed while the build ran. A page without its narrative is not published.
  if (typeof kept?.narrative !== 'string') throw new Error(`cases/${record.id}.mdx: its rendered narrative is missing from the build cache (${file ?? 'no file recorded'}); build again`);
  return { ...casePageView(book, record, urls, site, undefined, kept.citeBox), narrative: kept.narrative };
}

/**
 * The case page's cache key (page-key.ts): of everything casePageModel gives the page, with the
 * case's digest standing for its narrative and cite box. Both are made from the case file and the
 * site's address alone (content/read-case.ts, case-outputs.ts) by code the digest covers, so one
 * digest, one narrative and cite box; keying by it spares every build reading every case's file
 * of outputs to key pages it will not render.
 */
export function casePageKey({ book, digests }: LoadedCases, record: CaseRecord, urls: Urls, site: URL | undefined) {
  return pageKey(casePageParts(book, record, urls, site, EDIT_URL), { outputsOf: digests.get(record.id) });
}

/** An alias page (a retired id) shows only where the case is now and its title. */
export function caseAliasModel(record: CaseRecord, urls: Urls) {
  return { to: urls.case(record.id), title: record.data.title };
}
