import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectOutputs, outputsCache, outputsFileOf, outputsWritten, readCaseOutputs, writeOutputsFile } from '../../../src/lib/content/outputs-cache.ts';
import type { CaseOutputs } from '../../../src/lib/content/case-outputs.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'outputs-')), 'casebook-outputs');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const outputs = (url: string) => ({ citeBox: { url, styles: [], formats: [] } }) as unknown as CaseOutputs;
const narrative = (url: string) => `<p>Cited at ${url}</p>`;

test('keeps a case\'s narrative and cite box in files named by its digest, and reads them back', () => {
  const cache = outputsCache(dir);
  expect(cache.has('abc_-1', true)).toBe(false);
  const file = cache.write('abc_-1', narrative('https://casebook.example.org/cases/a/'), outputs('https://casebook.example.org/cases/a/'));
  expect(file).toBe(join(dir, 'abc_-1.json'));
  expect(readdirSync(dir).sort()).toEqual(['abc_-1.json', 'abc_-1.outputs.json']);
  expect(cache.has('abc_-1', true)).toBe(true);
  expect(readCaseOutputs(file)?.citeBox?.url).toBe('https://casebook.example.org/cases/a/');
  expect(readCaseOutputs(file)?.narrative).toBe('<p>Cited at https://casebook.example.org/cases/a/</p>');
});

test('a narrative kept without its cite box counts as kept only where none is wanted', () => {
  const cache = outputsCache(dir);
  const file = cache.write('d', narrative('a'));
  expect(cache.has('d', false)).toBe(true);
  // A build stopped before the workers wrote this cite box: the next build reads the case again.
  expect(cache.has('d', true)).toBe(false);
  expect(readCaseOutputs(file)).toEqual({ narrative: narrative('a') });
  writeOutputsFile(outputsFileOf(file), outputs('a'));
  expect(cache.has('d', true)).toBe(true);
  // Written whole through a temporary file, which is not left behind.
  expect(readdirSync(dir).sort()).toEqual(['d.json', 'd.outputs.json']);
});

test('a missing or unreadable narrative reads as no outputs', () => {
  expect(readCaseOutputs(undefined)).toBeUndefined();
  expect(readCaseOutputs(join(dir, 'gone.json'))).toBeUndefined();
});

test('keeps only the digests of the cases just validated, and no temporary file', () => {
  const cache = outputsCache(dir);
  cache.write('old', narrative('a'), outputs('a'));
  cache.write('kept', narrative('b'), outputs('b'));
  writeFileSync(join(dir, 'kept.outputs.json.123.tmp'), '{"cite');
  cache.keepOnly(new Set(['kept', 'new']));
  expect(readdirSync(dir).sort()).toEqual(['kept.json', 'kept.outputs.json']);
  expect(() => outputsCache(join(dir, 'never-made')).keepOnly(new Set())).not.toThrow();
  expect(existsSync(join(dir, 'never-made'))).toBe(false);
});

test('a page waits for outputs still being made, and asks for them first', async () => {
  await expect(outputsWritten(join(dir, 'nothing-pending.json'))).resolves.toBeUndefined();
  await expect(outputsWritten(undefined)).resolves.toBeUndefined();

  let write!: () => void;
  let hurried = 0;
  expectOutputs(join(dir, 'p.json'), new Promise<void>((resolve) => (write = resolve)), () => hurried++);
  let done = false;
  const waiting = outputsWritten(join(dir, 'p.json')).then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(hurried).toBe(1);
  expect(done).toBe(false);
  write();
  await waiting;
  expect(done).toBe(true);
});

test('a page whose outputs could not be made gets the error', async () => {
  expectOutputs(join(dir, 'f.json'), Promise.reject(new Error('citeproc failed')), () => {});
  await expect(outputsWritten(join(dir, 'f.json'))).rejects.toThrow('citeproc failed');
});
