/**
 * What a case page shows that depends on the case alone and costs the most to make: its cite box
 * (six citation styles formatted by citeproc, the build's largest cost per page). It is made
 * where the case is read — on worker threads when many cases changed — and kept with the case in
 * the build's cache while the file, the pipeline and the site's address are unchanged, so a warm
 * build formats citations for the edited cases only.
 */
import { createUrls } from '../model/urls.ts';
import { citablePage } from '../outputs/citation/citable-page.ts';
import { buildCiteBox, type CiteBox } from '../views/cite-box.ts';
import type { CaseData } from './schema/case.ts';

/** Where the site is published: its origin and base path (src/site.ts), on which every cited URL is built. */
export interface SiteAddress {
  site: string;
  base: string;
}

export interface CaseOutputs {
  citeBox: CiteBox;
}

export function caseOutputs(id: string, data: CaseData, address: SiteAddress): CaseOutputs {
  const url = new URL(createUrls(address.base).case(id), address.site).href;
  return { citeBox: buildCiteBox(citablePage({ id, data }, url)) };
}
