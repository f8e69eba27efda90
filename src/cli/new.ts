/** `npm run new -- <case|firm|regulator|person|law> <id>`: writes a commented skeleton to fill in. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { todayIso } from '../lib/views/access-date.ts';
import { ID_PATTERN } from '../lib/content/schema/common.ts';
import { SKELETON_KINDS, SKELETON_PATHS, skeleton, type SkeletonKind } from '../lib/content/skeletons.ts';

const [kind, id] = process.argv.slice(2);
const contentDir = resolve(process.env.CASEBOOK_CONTENT_DIR ?? 'content');

function fail(message: string): never {
  console.error(`${message}\nUsage: npm run new -- <${SKELETON_KINDS.join('|')}> <id>`);
  process.exit(1);
}

if (!SKELETON_KINDS.includes(kind as SkeletonKind)) fail(`Unknown kind "${kind ?? ''}".`);
if (!id || !ID_PATTERN.test(id)) fail(`"${id ?? ''}" is not a valid id: lower-case letters, digits and single hyphens.`);
const file = join(contentDir, SKELETON_PATHS[kind as SkeletonKind](id));
if (existsSync(file)) fail(`${relative(process.cwd(), file)} exists already.`);
await mkdir(dirname(file), { recursive: true });
await writeFile(file, skeleton(kind as SkeletonKind, todayIso()));
console.log(`Wrote ${relative(process.cwd(), file)}. Fill in every TODO, then run npm run validate.`);
