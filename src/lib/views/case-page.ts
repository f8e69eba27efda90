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
import { EDIT_URL } from '../../site.ts';

/**
 * `editBase`: the forge's edit base, from the build's environment (src/site.ts) unless given.
 * `citeBox`: the one the content loader made for this case, when it did (case-outputs.ts).
 */
export function casePageView(book: Casebook, record: CaseRecord, urls: Urls, site: URL | undefined, editBase: string | undefined = EDIT_URL, citeBox?: CiteBox) {
  const view = buildCaseView(book, record, urls);
  const pageUrl = new URL(view.url, site).href;
  return {
    view,
    pageUrl,
    /** "Suggest a correction": the case's file on the forge; absent when no forge is configured. */
    editUrl: caseEditUrl(editBase, record.id),
    search: caseSearchData(book, record),
    meta: caseHeadMeta(book, record, pageUrl, new URL(urls.home, site).href),
    citeBox: citeBox?.url === pageUrl ? citeBox : buildCiteBox(citablePage(record, pageUrl)),
    downloads: [
      { label: 'BibTeX (.bib)', href: urls.caseDownload(record.id, 'bib') },
      { label: 'RIS (.ris)', href: urls.caseDownload(record.id, 'ris') },
      { label: 'CSL-JSON (.json)', href: urls.caseDownload(record.id, 'json') },
    ],
  };
}

export type CasePageView = ReturnType<typeof casePageView>;

/** What the build loaded for the case pages: the Casebook, each case's narrative and its loader outputs (content/collections.ts). */
export interface LoadedCases {
  book: Casebook;
  narratives: ReadonlyMap<string, string>;
  outputs: ReadonlyMap<string, { citeBox?: CiteBox } | undefined>;
}

/**
 * The case page as its route renders it: the page view and the narrative's HTML. The route keys
 * the page by this (page-key.ts), so everything the page shows must come from here.
 */
export function casePageModel({ book, narratives, outputs }: LoadedCases, record: CaseRecord, urls: Urls, site: URL | undefined) {
  return { ...casePageView(book, record, urls, site, undefined, outputs.get(record.id)?.citeBox), narrative: narratives.get(record.id) ?? '' };
}

/** An alias page (a retired id) shows only where the case is now and its title. */
export function caseAliasModel(record: CaseRecord, urls: Urls) {
  return { to: urls.case(record.id), title: record.data.title };
}
