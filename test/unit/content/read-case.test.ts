import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';
import { caseDigest, PIPELINE_FILES, PIPELINE_PACKAGES, readCase } from '../../../src/lib/content/read-case.ts';

const CONTENT = 'src/lib/content';

/** Every module and package the case pipeline imports, from read-case.ts down (type-only imports included). */
function importGraph() {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  visit(join(CONTENT, 'read-case.ts'));
  return { files: [...files].map((f) => relative(CONTENT, f)), packages: [...packages] };
}

test('the pipeline digest covers every module and package a case passes through', () => {
  // A kept case is reused while the digest is unchanged: a module left out here would keep stale pages.
  const { files, packages } = importGraph();
  expect([...PIPELINE_FILES].sort()).toEqual(files.sort());
  expect([...PIPELINE_PACKAGES].sort()).toEqual(expect.arrayContaining(packages.filter((p) => p !== 'hast' && p !== 'astro').sort()));
});

test("a case's digest changes with its text and with the site's address, not otherwise", () => {
  const text = '---\ntitle: x\n---\nBody.\n';
  expect(caseDigest(text)).toBe(caseDigest(text));
  expect(caseDigest(`${text} `)).not.toBe(caseDigest(text));
  expect(caseDigest(text, { site: 'https://a.example', base: '/' })).not.toBe(caseDigest(text, { site: 'https://b.example', base: '/' }));
});

test('a case read from its bytes is the case read from its text, under the same digest', () => {
  // The loader digests the bytes to find unchanged cases; a worker decodes them (content/case-workers.ts).
  const text = readFileSync('test/fixtures/good/cases/full-case.mdx', 'utf8');
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  expect(caseDigest(bytes)).toBe(caseDigest(text));
  expect(readCase('cases/full-case.mdx', 'full-case', bytes)).toEqual(readCase('cases/full-case.mdx', 'full-case', text));
  // A byte-order mark is kept, as fs.readFile(…, 'utf8') keeps it: the file reads as it did.
  const marked = readCase('cases/x.mdx', 'x', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]));
  expect(marked.problems).toEqual(readCase('cases/x.mdx', 'x', `\ufeff${text}`).problems);
  expect(marked.problems.length).toBeGreaterThan(0);
});

test('a case with problems is neither rendered nor given outputs', () => {
  const result = readCase('cases/x.mdx', 'x', '---\ntitle: x\n---\nBody.\n', { site: 'https://a.example', base: '/' });
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.rendered).toBeUndefined();
  expect(result.outputs).toBeUndefined();
});
