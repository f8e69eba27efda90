import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { outputsCache, readCaseOutputs, type KeptOutputs } from '../../../src/lib/content/outputs-cache.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'outputs-')), 'casebook-outputs');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const outputs = (url: string) => ({ narrative: `<p>Cited at ${url}</p>`, citeBox: { url, styles: [], formats: [] } }) as unknown as KeptOutputs;

test('keeps a case\'s narrative and cite box in a file named by its digest, and reads them back', () => {
  const cache = outputsCache(dir);
  expect(cache.has('abc_-1')).toBe(false);
  const file = cache.write('abc_-1', outputs('https://casebook.example.org/cases/a/'));
  expect(file).toBe(join(dir, 'abc_-1.json'));
  expect(cache.has('abc_-1')).toBe(true);
  expect(readCaseOutputs(file)?.citeBox?.url).toBe('https://casebook.example.org/cases/a/');
  expect(readCaseOutputs(file)?.narrative).toBe('<p>Cited at https://casebook.example.org/cases/a/</p>');
});

test('a missing or unreadable file reads as no outputs, so the page makes its own cite box', () => {
  expect(readCaseOutputs(undefined)).toBeUndefined();
  expect(readCaseOutputs(join(dir, 'gone.json'))).toBeUndefined();
});

test('keeps only the digests of the cases just validated', () => {
  const cache = outputsCache(dir);
  cache.write('old', outputs('a'));
  cache.write('kept', outputs('b'));
  cache.keepOnly(new Set(['kept', 'new']));
  expect(readdirSync(dir)).toEqual(['kept.json']);
  expect(() => outputsCache(join(dir, 'never-made')).keepOnly(new Set())).not.toThrow();
  expect(existsSync(join(dir, 'never-made'))).toBe(false);
});
