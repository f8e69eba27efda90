/**
 * The one caller of getCollection(): reads every collection once and resolves it
 * into a plain Casebook. Everything else works on that data (pure, unit-tested).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortCases, type Casebook } from '../model/casebook.ts';
import { createUrls } from '../model/urls.ts';

export const urls = createUrls(import.meta.env.BASE_URL);

let cached: Promise<{ book: Casebook; entries: Map<string, CollectionEntry<'cases'>> }> | undefined;

async function load() {
  const [cases, firms, regulators, people, laws, categories] = await Promise.all([
    getCollection('cases'),
    getCollection('firms'),
    getCollection('regulators'),
    getCollection('people'),
    getCollection('laws'),
    getCollection('dataCategories'),
  ]);
  const toMap = <T extends { id: string; data: unknown }>(list: T[]) => new Map(list.map((e) => [e.id, e.data as T['data']]));
  const book: Casebook = {
    cases: sortCases(cases.map(({ id, data }) => ({ id, data }))),
    firms: toMap(firms),
    regulators: toMap(regulators),
    people: toMap(people),
    laws: toMap(laws),
    dataCategories: toMap(categories),
  };
  return { book, entries: new Map(cases.map((entry) => [entry.id, entry])) };
}

/** The resolved content, loaded once per build. */
export async function getCasebook() {
  cached ??= load();
  return cached;
}
