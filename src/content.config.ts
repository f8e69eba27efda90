/**
 * Content collections over the top-level `content/` tree (or CASEBOOK_CONTENT_DIR). The loaders
 * read every file once with the validator's own reader (src/lib/content), so the build and
 * `npm run validate` apply one set of rules; the schemas give the collections their types.
 */
import { defineCollection } from 'astro:content';
import { casesLoader, dataCategoriesLoader, entityLoader } from './lib/content/casebook-loader.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema } from './lib/content/schema/entities.ts';
import { BASE_PATH, CONTENT_DIR, SITE_URL, WORKER_CASES } from './site.ts';

export const collections = {
  // No schema for the cases: the loader validates them, and stores each with its digest and files
  // only; the pages read the data from the loader (src/lib/content/loaded-content.ts).
  cases: defineCollection({ loader: casesLoader(CONTENT_DIR, { site: SITE_URL, base: BASE_PATH }, { workerCases: WORKER_CASES }) }),
  firms: defineCollection({ loader: entityLoader(CONTENT_DIR, 'firms'), schema: firmSchema }),
  regulators: defineCollection({ loader: entityLoader(CONTENT_DIR, 'regulators'), schema: regulatorSchema }),
  people: defineCollection({ loader: entityLoader(CONTENT_DIR, 'people'), schema: personSchema }),
  laws: defineCollection({ loader: entityLoader(CONTENT_DIR, 'laws'), schema: lawSchema }),
  dataCategories: defineCollection({ loader: dataCategoriesLoader(CONTENT_DIR), schema: dataCategorySchema }),
};
