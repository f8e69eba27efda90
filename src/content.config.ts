/**
 * Content collections over the top-level `content/` tree (or CASEBOOK_CONTENT_DIR).
 * The schemas are the validator's own (src/lib/content/schema), so the build and
 * `npm run validate` apply one set of rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema } from './lib/content/schema/case.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema } from './lib/content/schema/entities.ts';
import { CONTENT_DIR } from './site.ts';

const yamlIn = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/${folder}` });

export const collections = {
  cases: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/cases` }), schema: caseSchema }),
  firms: defineCollection({ loader: yamlIn('firms'), schema: firmSchema }),
  regulators: defineCollection({ loader: yamlIn('regulators'), schema: regulatorSchema }),
  people: defineCollection({ loader: yamlIn('people'), schema: personSchema }),
  laws: defineCollection({ loader: yamlIn('laws'), schema: lawSchema }),
  dataCategories: defineCollection({ loader: file(`${CONTENT_DIR}/data-categories.yaml`), schema: dataCategorySchema }),
};
