/**
 * The kinds of content file, listed once: where each lives, what one is called, and the file a
 * reference to it must find. The validator, the loaders, the collections and the messages all
 * read this table.
 */
export const ENTITY_KINDS = ['firms', 'regulators', 'people', 'laws'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type FileKind = 'cases' | EntityKind;
/** Everything a reference can name: a file kind, or an id of the data-category vocabulary. */
export type Target = FileKind | 'data-categories';

export const KIND_INFO: Record<Target, { singular: string; file: string }> = {
  cases: { singular: 'case', file: 'content/cases/<id>.mdx' },
  firms: { singular: 'firm', file: 'content/firms/<id>.yaml' },
  regulators: { singular: 'regulator', file: 'content/regulators/<id>.yaml' },
  people: { singular: 'person', file: 'content/people/<id>.yaml' },
  laws: { singular: 'law', file: 'content/laws/<id>.yaml' },
  'data-categories': { singular: 'data category', file: 'content/data-categories.yaml' },
};

/** The vocabulary file, relative to the content directory. */
export const DATA_CATEGORIES_FILE = 'data-categories.yaml';
