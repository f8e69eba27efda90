/**
 * `npm run schemas`: writes the JSON Schemas of the content files to public/schemas/,
 * generated from the zod schemas. Editors read them through the yaml-language-server
 * comment at the top of each entity file; the site serves them at /schemas/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { editorSchemaFiles } from '../lib/outputs/editor-schemas.ts';

const dir = 'public/schemas';
await mkdir(dir, { recursive: true });
for (const [name, text] of Object.entries(editorSchemaFiles())) {
  await writeFile(`${dir}/${name}`, text);
  console.log(`wrote ${dir}/${name}`);
}
