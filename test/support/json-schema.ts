/** Validates published data against the site's own schema.json with Ajv (JSON Schema 2020-12). */
import Ajv2020 from 'ajv/dist/2020.js';

export function schemaValidator(schema: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(schema);
  return (definition: string, value: unknown) => {
    const validate = ajv.getSchema(`schema.json#/$defs/${definition}`);
    if (!validate) throw new Error(`no $defs/${definition} in schema.json`);
    const ok = validate(value) as boolean;
    return { ok, errors: validate.errors ?? [] };
  };
}
