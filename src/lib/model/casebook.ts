/** The whole content tree, resolved: plain data that every view model reads. */
import { comparePartialDates } from './dates.ts';
import { memoized } from './memoized.ts';
import type { CaseData } from '../content/schema/case.ts';
import type { DataCategory, Firm, Law, Person, Regulator } from '../content/schema/entities.ts';
import type { EntityKind, Urls } from './urls.ts';

export interface CaseRecord {
  id: string;
  data: CaseData;
}

export interface Casebook {
  /** Newest update first, then by id: one stable order everywhere. */
  cases: CaseRecord[];
  firms: Map<string, Firm>;
  regulators: Map<string, Regulator>;
  people: Map<string, Person>;
  laws: Map<string, Law>;
  dataCategories: Map<string, DataCategory>;
}

export interface EntityLink {
  kind: EntityKind;
  id: string;
  name: string;
  href: string;
  /** Abbreviation or short name (FSS, PIPA), where the entity has one. */
  short?: string;
  /** Names in other languages, rendered as standalone words (search finds them). */
  nativeNames: { lang: string; name: string }[];
}

/** A Casebook from its parts, in the one order every list uses. */
export function createCasebook(parts: Omit<Casebook, 'cases'> & { cases: CaseRecord[] }): Casebook {
  return { ...parts, cases: sortCases(parts.cases) };
}

export function sortCases(cases: CaseRecord[]): CaseRecord[] {
  return [...cases].sort((a, b) => comparePartialDates(b.data.updated, a.data.updated) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Resolves an id to a link; the validator guarantees the id exists. */
export function entityLink(book: Casebook, urls: Urls, kind: EntityKind, id: string): EntityLink {
  const entity = book[kind].get(id);
  if (!entity) throw new Error(`unresolved ${kind} id "${id}" (the validator should have stopped the build)`);
  return {
    kind,
    id,
    name: entity.name,
    href: urls.entity(kind, id),
    short: 'abbr' in entity ? entity.abbr : 'short' in entity ? entity.short : undefined,
    nativeNames: Object.entries(entity.names ?? {}).map(([lang, name]) => ({ lang, name })),
  };
}

/** Case id → its record: a page that knows only an id looks it up here, not by scanning every case. */
export const casesById = memoized((book: Casebook) => new Map(book.cases.map((record) => [record.id, record])));
