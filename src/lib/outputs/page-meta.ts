/**
 * The <head> metadata of a case page, for reference managers and search engines.
 * Measured (reference-managers.md): Zotero saves a complete *report* when the page has
 * citation_technical_report_institution; it takes the date from citation_date exactly
 * as written and creators only from citation_author. So the version date goes in
 * citation_date and the Casebook is the (organisational) author and institution.
 */
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { comparePartialDates } from '../model/dates.ts';
import { entitiesNamedBy } from '../model/mentions.ts';

export const SITE_NAME = 'Cross-Border Data Casebook';
export const CONTENT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export interface MetaTag {
  /** `name` for Highwire/Dublin Core, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** When the page was first published: its oldest changelog entry, else its last update. */
export function firstPublished(record: CaseRecord): string {
  const dates = (record.data.changes ?? []).map((c) => c.date).sort(comparePartialDates);
  return dates[0] ?? record.data.updated;
}

export function caseMetaTags(record: CaseRecord, url: string): MetaTag[] {
  const { data } = record;
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  return [
    name('citation_title', data.title),
    name('citation_author', SITE_NAME),
    name('citation_date', data.updated),
    name('citation_publisher', SITE_NAME),
    name('citation_technical_report_institution', SITE_NAME),
    name('citation_public_url', url),
    name('citation_abstract', data.summary),
    name('citation_language', 'en'),
    ...(data.tags?.length ? [name('citation_keywords', data.tags.join('; '))] : []),
    name('DC.type', 'report'),
    name('DC.title', data.title),
    name('DC.creator', SITE_NAME),
    name('DC.publisher', SITE_NAME),
    name('DC.date', data.updated),
    name('dcterms.modified', data.updated),
    name('dcterms.issued', firstPublished(record)),
    name('DC.language', 'en'),
    name('DC.rights', CONTENT_LICENSE),
    property('og:type', 'article'),
    property('og:title', data.title),
    property('og:description', data.summary),
    property('og:url', url),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'en_GB'),
    property('article:modified_time', data.updated),
    property('article:published_time', firstPublished(record)),
  ];
}

/** schema.org JSON-LD: a Report about the organisations involved, citing its sources. */
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
  const publisher = { '@type': 'Organization', name: SITE_NAME, url: siteUrl };
  const named = entitiesNamedBy(book, record);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': url,
    url,
    headline: data.title,
    name: data.title,
    description: data.summary,
    inLanguage: 'en',
    datePublished: firstPublished(record),
    dateModified: data.updated,
    author: publisher,
    publisher,
    license: CONTENT_LICENSE,
    isAccessibleForFree: true,
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
