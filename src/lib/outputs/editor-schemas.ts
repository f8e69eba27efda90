/** One JSON Schema file per content kind, for editors, from the same generator as /data/schema.json. */
import { contentJsonSchema } from './open-data.ts';

const KINDS = { case: 'case', firm: 'firm', regulator: 'regulator', person: 'person', law: 'law', 'data-categories': 'dataCategories' } as const;

export function editorSchemaFiles(): Record<string, string> {
  const { $defs } = contentJsonSchema();
  return Object.fromEntries(
    Object.entries(KINDS).map(([file, key]) => {
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: `Cross-Border Data Casebook: ${file}`,
        ...$defs[key],
        // The data-category map refers to the category schema by $ref.
        ...(key === 'dataCategories' ? { $defs: { dataCategory: $defs.dataCategory } } : {}),
      };
      return [`${file}.json`, `${JSON.stringify(schema, null, 2)}\n`];
    }),
  );
}
