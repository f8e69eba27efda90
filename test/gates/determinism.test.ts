import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { compareTrees } from './determinism.ts';

const first = inject('fixtureDist');
const second = inject('fixtureDistAgain');

test('two builds of the same content are byte-identical', () => {
  expect(compareTrees(first, second)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
});

describe('the comparison catches a planted difference', () => {
  /** A copy of the first build with one change made to it. */
  function copyWith(change: (dir: string) => void): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'casebook-determinism-')), 'dist');
    cpSync(first, dir, { recursive: true });
    change(dir);
    return dir;
  }

  test('one differing byte in one page', () => {
    const copy = copyWith((dir) => appendFileSync(join(dir, 'cases/full-case/index.html'), '\n'));
    expect(compareTrees(first, copy).differing).toEqual(['cases/full-case/index.html']);
  });

  test('a file only one build has', () => {
    const copy = copyWith((dir) => {
      rmSync(join(dir, 'feed.xml'));
      writeFileSync(join(dir, 'build-time.txt'), new Date().toISOString());
    });
    expect(compareTrees(first, copy)).toEqual({ onlyInFirst: ['feed.xml'], onlyInSecond: ['build-time.txt'], differing: [] });
  });
});
