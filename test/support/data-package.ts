/**
 * The Frictionless Data Package and Table Schema profiles, as the frictionless project's own npm
 * packages ship them (datapackage, tableschema; JSON Schema draft-04), compiled with Ajv; and the
 * package's own loader, which casts every value, checks primary keys and resolves foreign keys.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A profile without its draft-04 `$schema` (Ajv 8 reads the keywords these profiles use the same way). */
function profile(path: string): object {
  const { $schema: _, ...schema } = require(path) as Record<string, unknown>;
  return schema;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const tabularDataPackage = ajv.compile(profile('datapackage/lib/profiles/tabular-data-package.json'));
const tableSchema = ajv.compile(profile('tableschema/lib/profiles/table-schema.json'));

const check = (validate: typeof tableSchema, value: unknown): ErrorObject[] => (validate(value) ? [] : [...(validate.errors ?? [])]);

/** Errors of a descriptor against the Tabular Data Package profile, and of each resource's schema against the Table Schema profile. */
export function profileErrors(descriptor: { resources?: object[] }): ErrorObject[] {
  const schemas = (descriptor.resources ?? []).map((resource) => (resource as { schema?: unknown }).schema);
  return [...check(tabularDataPackage, descriptor), ...schemas.flatMap((schema) => check(tableSchema, schema))];
}

interface DataPackageResource {
  headers: string[] | null;
  read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}
interface DataPackage {
  valid: boolean;
  errors: Error[];
  resourceNames: string[];
  getResource(name: string): DataPackageResource;
}

/** Loads a descriptor (a path, or an object with `basePath`) with datapackage's own loader and validator. */
export function loadDataPackage(descriptor: string | object, basePath?: string): Promise<DataPackage> {
  const { Package } = require('datapackage') as { Package: { load(d: string | object, o?: { basePath?: string }): Promise<DataPackage> } };
  return Package.load(descriptor, basePath ? { basePath } : undefined);
}
