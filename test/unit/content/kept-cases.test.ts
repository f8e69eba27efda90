import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readKeptCases, writeKeptCases, type KeptCase } from '../../../src/lib/content/kept-cases.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kept-cases-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const kept = (id: string, digest: string) => ({ id, digest, data: { title: `Case ${id}`, updated: '2024-08-13' } }) as unknown as KeptCase;

test('keeps each case\'s data by its digest and reads it back by id', () => {
  const file = join(dir, 'cases.jsonl');
  writeKeptCases(file, [kept('a', 'd1'), kept('b', 'd2')]);
  const read = readKeptCases(file);
  expect([...read.keys()]).toEqual(['a', 'b']);
  expect(read.get('b')).toEqual(kept('b', 'd2'));
  // Written whole through a temporary file, which is not left behind.
  expect(readdirSync(dir)).toEqual(['cases.jsonl']);
  writeKeptCases(file, [kept('b', 'd3')]);
  expect([...readKeptCases(file).values()]).toEqual([kept('b', 'd3')]);
  writeKeptCases(file, []);
  expect(readKeptCases(file).size).toBe(0);
});

test('a missing or damaged file keeps nothing, so every case is read again', () => {
  expect(readKeptCases(join(dir, 'never-written.jsonl')).size).toBe(0);
  const file = join(dir, 'cases.jsonl');
  writeFileSync(file, `${JSON.stringify(kept('a', 'd1'))}\n{"id":"b","dig`);
  expect(readKeptCases(file).size).toBe(0);
});
