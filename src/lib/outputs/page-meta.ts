/**
 * The <head> metadata of every citable page (case, firm, regulator, person, law, jurisdiction,
 * the case index, the timeline), for reference managers and search engines. One function for
 * every page kind, fed the same title, URL and date as the page's citations.
 *
 * Measured (shared/reference-managers.md), Zotero's Embedded Metadata translator:
 * - saves a *webpage* (full date, site name from og:site_name) for DC.type=webpage without
 *   citation_technical_report_institution, which would make it a report, cited by year only;
 * - takes the date from citation_date exactly as written (never dcterms.modified);
 * - takes creators only from citation_author, and reads "Cross-Border Data Casebook," (a
 *   trailing comma) as one organisation, where without the comma it saves a person
 *   "Casebook, Cross-Border Data";
 * - takes the URL from citation_public_url / the canonical link.
 * That matches the CSL-JSON, BibTeX and RIS downloads and the visible citations (webpage by
 * the organisation, version date, permanent URL).
 */
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { comparePartialDates } from '../model/dates.ts';
import { entitiesNamedBy } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';
import { citablePage, SITE_NAME } from './citation/citable-page.ts';

export { SITE_NAME };
export const CONTENT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
/** The organisation as Zotero reads one: the trailing comma keeps the name whole (measured). */
export const CITATION_AUTHOR = `${SITE_NAME},`;

export interface MetaTag {
  /** `name` for Highwire/Dublin Core, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** A page as reference managers should save it. */
export interface CitedPage {
  /** The page's own title, without the site suffix of <title>. */
  title: string;
  /** Permanent absolute URL. */
  url: string;
  /** When the page last changed, as written (YYYY, YYYY-MM or YYYY-MM-DD); absent when nothing dates it. */
  updated?: string;
  /** When it was first published, where known (case pages). */
  published?: string;
  summary?: string;
  language?: string;
  keywords?: string[];
}

/** What a view model says about its page for citation; the path is made absolute on the site's address. */
export interface PageCitation {
  title: string;
  path: string;
  /** The newest `updated` of the cases the page lists (model/last-changed.ts). */
  updated?: string;
  summary?: string;
}

/** What BaseLayout puts in <head>: the canonical URL, the meta tags and the JSON-LD. */
export interface HeadMeta {
  url: string;
  tags: MetaTag[];
  jsonLd: string;
}

/** When the page was first published: its oldest changelog entry, else its last update. */
export function firstPublished(record: CaseRecord): string {
  const dates = (record.data.changes ?? []).map((c) => c.date).sort(comparePartialDates);
  return dates[0] ?? record.data.updated;
}

/** Highwire (citation_*), Dublin Core and Open Graph tags: a webpage by the Casebook, dated by its last change. */
export function pageMetaTags(page: CitedPage): MetaTag[] {
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const when = (make: (value: string) => MetaTag[], value: string | undefined) => (value ? make(value) : []);
  const language = page.language ?? 'en';
  return [
    name('citation_title', page.title),
    name('citation_author', CITATION_AUTHOR),
    ...when((d) => [name('citation_date', d)], page.updated),
    name('citation_publisher', SITE_NAME),
    name('citation_public_url', page.url),
    ...when((s) => [name('citation_abstract', s)], page.summary),
    name('citation_language', language),
    ...(page.keywords?.length ? [name('citation_keywords', page.keywords.join('; '))] : []),
    name('DC.type', 'webpage'),
    name('DC.title', page.title),
    name('DC.creator', SITE_NAME),
    name('DC.publisher', SITE_NAME),
    ...when((d) => [name('DC.date', d), name('dcterms.modified', d)], page.updated),
    ...when((d) => [name('dcterms.issued', d)], page.published),
    name('DC.language', language),
    name('DC.rights', CONTENT_LICENSE),
    property('og:type', 'article'),
    property('og:title', page.title),
    ...when((s) => [property('og:description', s)], page.summary),
    property('og:url', page.url),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'en_GB'),
    ...when((d) => [property('article:modified_time', d)], page.updated),
    ...when((d) => [property('article:published_time', d)], page.published),
  ];
}

/** schema.org JSON-LD: a WebPage of the Casebook's website, by the Casebook. */
export function pageJsonLd(page: CitedPage, siteUrl: string) {
  const publisher = { '@type': 'Organization', name: SITE_NAME, url: siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    headline: page.title,
    name: page.title,
    ...(page.summary ? { description: page.summary } : {}),
    inLanguage: page.language ?? 'en',
    ...(page.published ? { datePublished: page.published } : {}),
    ...(page.updated ? { dateModified: page.updated } : {}),
    author: publisher,
    publisher,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteUrl },
    license: CONTENT_LICENSE,
    isAccessibleForFree: true,
  };
}

/** The head metadata of a page other than a case, from its view model's citation data. */
export function pageHeadMeta(citation: PageCitation, urls: Urls, site: URL | undefined): HeadMeta {
  const { path, ...rest } = citation;
  const page: CitedPage = { ...rest, url: new URL(path, site).href };
  return { url: page.url, tags: pageMetaTags(page), jsonLd: jsonForScript(pageJsonLd(page, new URL(urls.home, site).href)) };
}

/** A case page as reference managers should save it: the cite box's page, with its first publication. */
export function caseCitedPage(record: CaseRecord, url: string): CitedPage {
  return { ...citablePage(record, url), published: firstPublished(record) };
}

/** The head metadata of a case page. */
export function caseHeadMeta(book: Casebook, record: CaseRecord, url: string, siteUrl: string): HeadMeta {
  return { url, tags: pageMetaTags(caseCitedPage(record, url)), jsonLd: jsonForScript(caseJsonLd(book, record, url, siteUrl)) };
}

/** schema.org JSON-LD of a case page: the WebPage, about the organisations involved, citing its sources. */
export function caseJsonLd(book: Casebook, record: CaseRecord, url: string, siteUrl: string) {
  const { data } = record;
  const organisation = (id: string, kind: 'firms' | 'regulators') => {
    const entity = book[kind].get(id);
    const alternateNames = [...Object.values(entity?.names ?? {}), ...(entity?.aliases ?? [])];
    return {
      '@type': kind === 'regulators' ? 'GovernmentOrganization' : 'Organization',
      name: entity?.name ?? id,
      ...(alternateNames.length ? { alternateName: alternateNames } : {}),
    };
  };
  const named = entitiesNamedBy(book, record);
  return {
    ...pageJsonLd(caseCitedPage(record, url), siteUrl),
    keywords: data.tags ?? [],
    // Every firm and regulator the case names, in any field (model/mentions.ts).
    about: [...named.firms.map((id) => organisation(id, 'firms')), ...named.regulators.map((id) => organisation(id, 'regulators'))],
    citation: data.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      publisher: { '@type': 'Organization', name: source.publisher },
      datePublished: source.date,
      inLanguage: source.lang,
      ...(source.url ? { url: source.url } : {}),
      ...(source.author ? { author: source.author } : {}),
    })),
  };
}

/** JSON for an inline <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
