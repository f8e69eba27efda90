/**
 * The files each case has besides its page: the reference-manager downloads (BibTeX, RIS,
 * CSL-JSON, without an access date: the reference manager adds its own) and the case as open data,
 * exactly as in /data/cases.json.
 *
 * They are written by one pass at the end of the build (src/integrations/case-files.ts), not as
 * Astro endpoints: an endpoint costs Astro's per-path pipeline (a request, a response, an awaited
 * mkdir and write), measured at 2–3 ms a file on the 2-core machine against 0.1 ms for making and
 * writing it here — four files a case, 40,000 at 10,000 cases. `astro dev` serves the same
 * bodies from src/routes/case-file.ts.
 */
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import type { Urls } from '../model/urls.ts';
import { toBibtex, toCslJson, toRis } from './citation/citation.ts';
import { citablePage } from './citation/citable-page.ts';
import { caseDataFile, caseRecordJson, type CaseRecordJson } from './open-data.ts';

export interface CaseFile {
  /** The file's URL path, base included (urls.ts). */
  path: string;
  /** For `astro dev`; a static host types a file by its extension. */
  type: string;
  body: string;
}

/**
 * A case's files, and its open-data record: the item /data/cases.json lists for it, made once for
 * both (the build writes cases.json from these records: open-data.ts casesJsonWriter).
 */
export function caseFilesAndRecord(book: Casebook, record: CaseRecord, urls: Urls, site: URL | string): { files: CaseFile[]; data: CaseRecordJson } {
  const caseUrl = new URL(urls.case(record.id), site).href;
  const page = citablePage(record, caseUrl);
  const data = caseRecordJson(book, record, caseUrl);
  return {
    files: [
      { path: urls.caseDownload(record.id, 'bib'), type: 'application/x-bibtex; charset=utf-8', body: toBibtex(page) },
      { path: urls.caseDownload(record.id, 'ris'), type: 'application/x-research-info-systems; charset=utf-8', body: toRis(page) },
      { path: urls.caseDownload(record.id, 'json'), type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: JSON.stringify([toCslJson(page)], null, 2) },
      { path: urls.caseData(record.id), type: 'application/json', body: JSON.stringify(caseDataFile(data), null, 2) },
    ],
    data,
  };
}

export function caseFiles(book: Casebook, record: CaseRecord, urls: Urls, site: URL | string): CaseFile[] {
  return caseFilesAndRecord(book, record, urls, site).files;
}
