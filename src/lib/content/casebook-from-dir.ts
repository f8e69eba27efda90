/** Builds a Casebook from a content tree with the real schemas, outside Astro (sitemap dates, tests, benchmark). */
import { sortCases, type Casebook } from '../model/casebook.ts';
import { caseSchema } from './schema/case.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema } from './schema/entities.ts';
import { loadContent } from './load-content.ts';

export async function casebookFromDir(dir: string): Promise<Casebook> {
  const raw = await loadContent(dir);
  if (raw.problems.length) throw new Error(JSON.stringify(raw.problems));
  const of = (collection: string) => raw.entries.filter((e) => e.collection === collection);
  const map = <T>(collection: string, schema: { parse: (v: unknown) => T }) =>
    new Map(of(collection).map((e) => [e.id, schema.parse(e.data)] as [string, T]));
  return {
    cases: sortCases(of('cases').map((e) => ({ id: e.id, data: caseSchema.parse(e.data) }))),
    firms: map('firms', firmSchema),
    regulators: map('regulators', regulatorSchema),
    people: map('people', personSchema),
    laws: map('laws', lawSchema),
    dataCategories: new Map(Object.entries(raw.dataCategories?.data as Record<string, unknown>).map(([id, v]) => [id, dataCategorySchema.parse(v)])),
  };
}
