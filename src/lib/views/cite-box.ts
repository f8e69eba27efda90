/**
 * The "Cite this page" box: every style formatted at build time by the citation
 * library. Each entry carries its text without an access date (what a reader without
 * JavaScript gets, correct as it stands) and a template formatted with a sentinel access
 * date, which the page's script replaces with the date the reader picks (today by default).
 */
import type { AccessDateInsertion } from './access-date.ts';
import { CITATION_STYLES, formatCitation, toBibtex, toCslJson, toRis, type CitablePage, type StyleId } from '../outputs/citation/citation.ts';
import { SITE_NAME } from '../outputs/citation/citable-page.ts';
import { formatPartialDate } from '../model/dates.ts';
import { isPermanentAddress } from '../model/public-address.ts';

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

/** What a preview build (no public SITE_URL) says wherever it gives its own address (issue 17). */
export const PREVIEW_NOTICE = 'This is a preview build: the addresses below are not permanent. Cite the published site.';

/**
 * How a page names its own address: as permanent, or, in a preview build whose address is
 * this machine's, as an address nobody should cite.
 */
export function addressView(url: string) {
  const permanent = isPermanentAddress(url);
  return {
    url,
    permanent,
    /** The label of the address in print. */
    label: permanent ? 'Permanent address' : 'Preview build, not a permanent address (cite the published site)',
    notice: permanent ? undefined : PREVIEW_NOTICE,
  };
}

/** `longer` as `shorter` with one run of characters put in, if it is that. */
function insertionInto(shorter: string, longer: string): AccessDateInsertion | undefined {
  if (longer.length <= shorter.length) return undefined;
  let start = 0;
  while (start < shorter.length && shorter[start] === longer[start]) start++;
  const rest = shorter.slice(start);
  if (!longer.endsWith(rest)) return undefined;
  return { clause: longer.slice(start, longer.length - rest.length), fromEnd: rest.length };
}

/**
 * An access-date clause as a probe page showed it, with what stood on either side of it: the
 * character before (where citeproc merges or drops punctuation) and everything after it (so a
 * style that put the date before text of the page's own would match no page but the probe).
 */
interface ProbedClause {
  clause: string;
  before: string;
  after: string;
}

function probedClause(plain: string, dated: string): ProbedClause | undefined {
  const insertion = insertionInto(plain, dated);
  if (!insertion) return undefined;
  const at = plain.length - insertion.fromEnd;
  return { clause: insertion.clause, before: plain.slice(Math.max(0, at - 1), at), after: plain.slice(at) };
}

/** A page's citation without its access date, if the clause sits in it where and as the probe had it. */
function withoutClause(dated: string, { clause, before, after }: ProbedClause): string | undefined {
  const at = dated.length - after.length - clause.length;
  const found = at >= before.length && dated.endsWith(clause + after) && dated.slice(at - before.length, at) === before;
  return found ? dated.slice(0, at) + after : undefined;
}

/**
 * Whether and where a style prints the access date depends only on the style and on the
 * precision of the version date (Bluebook asks for it on pages without a day), so it is learnt
 * once per pair from a probe page: null when the style prints none, else the clause the access
 * date adds to the text and to the HTML. Formatting is the build's most expensive step per case,
 * and with the clause known each page is formatted once, with the sentinel, and its citation
 * without an access date is that output less the clause.
 */
const accessDateClauses = new Map<string, { text?: ProbedClause; html?: ProbedClause } | null>();
function accessDateClause(style: StyleId, updated: string) {
  const key = `${style}:${updated.length}`;
  if (!accessDateClauses.has(key)) {
    const probe: CitablePage = { id: 'probe', title: 'Probe', url: 'https://example.org/probe/', updated, siteName: SITE_NAME };
    const plain = formatCitation(probe, style);
    const dated = formatCitation({ ...probe, accessed: SENTINEL_ACCESS_DATE }, style);
    accessDateClauses.set(key, plain.text === dated.text ? null : { text: probedClause(plain.text, dated.text), html: probedClause(plain.html, dated.html) });
  }
  return accessDateClauses.get(key)!;
}

export function buildCiteBox(page: CitablePage) {
  const withAccess = { ...page, accessed: SENTINEL_ACCESS_DATE };
  const styles: CiteEntry[] = CITATION_STYLES.map(({ id, label }) => {
    const clause = accessDateClause(id, page.updated);
    if (!clause) return { id, label, ...formatCitation(page, id) };
    const dated = formatCitation(withAccess, id);
    const text = clause.text && withoutClause(dated.text, clause.text);
    const html = clause.html && withoutClause(dated.html, clause.html);
    // Where the page's clause is not the probe's, in the same place, the page is formatted again.
    const plain = text !== undefined && html !== undefined ? { text, html } : formatCitation(page, id);
    return { id, label, ...plain, textTemplate: dated.text, htmlTemplate: dated.html };
  });
  const data = (id: string, label: string, plain: string, dated: string): CiteEntry => ({
    id, label, text: plain, html: '', ...(dated !== plain ? { textTemplate: dated } : {}),
  });
  return {
    version: { iso: page.updated, text: formatPartialDate(page.updated) },
    url: page.url,
    address: addressView(page.url),
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
 * How the page's script makes an entry's access-date template from the citation the page
 * shows (see sentinelTemplate): the clause to put in, or the whole template where the
 * clause's place cannot be found exactly in what the browser reads from the page.
 */
export interface ScriptTemplate {
  text: AccessDateInsertion | string;
  html?: AccessDateInsertion | string;
  /** The text's lines end in CRLF (RIS), which the browser reads from the page as LF. */
  crlf?: true;
}

/** What the browser reads as a citation's text: its HTML parser turns CRLF and a lone CR into LF. */
const textAsRead = (text: string) => text.replace(/\r\n?/g, '\n');

function scriptTemplate(entry: CiteEntry): ScriptTemplate {
  const read = textAsRead(entry.text);
  const crlf = read !== entry.text && read.replaceAll('\n', '\r\n') === entry.text;
  const text = (read === entry.text || crlf ? insertionInto(entry.text, entry.textTemplate!) : undefined) ?? entry.textTemplate!;
  const template: ScriptTemplate = { text, ...(crlf ? { crlf } : {}) };
  if (!entry.htmlTemplate) return template;
  // The browser writes the HTML it reads back (innerHTML) with character references of its
  // own, so the clause's place is counted from the end, and only over text that has none.
  const insertion = insertionInto(entry.html, entry.htmlTemplate);
  const exact = insertion && !/[&<>\u00a0\r]/.test(entry.html.slice(entry.html.length - insertion.fromEnd));
  return { ...template, html: exact ? insertion : entry.htmlTemplate };
}

/**
 * What the page's script needs beyond what the page shows: the URL, and for each entry that
 * prints an access date how to make its template (the plain citations are read from the page
 * itself, so they are not sent twice).
 */
export function citeBoxScriptData(box: CiteBox) {
  return {
    url: box.url,
    templates: Object.fromEntries(
      [...box.styles, ...box.formats].filter((entry) => entry.textTemplate).map((entry) => [entry.id, scriptTemplate(entry)] as const),
    ),
  };
}
export type CiteBoxScriptData = ReturnType<typeof citeBoxScriptData>;
