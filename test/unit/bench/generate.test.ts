/** The benchmark's synthetic content: contract-valid, and the same for the same seed. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { entityCounts, generateContent, writeContent } from '../../../src/cli/bench/generate.ts';
import { createRandom } from '../../../src/cli/bench/prng.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateContent', () => {
  test('a generated tree of 5 cases passes validateContent with no problems', async () => {
    const content = generateContent({ cases: 5, seed: 7 });
    const dir = await mkdtemp(join(tmpdir(), 'casebook-bench-'));
    dirs.push(dir);
    await writeContent(dir, content);
    const { problems, counts } = await validateContent(dir);
    expect(formatProblems(problems, dir)).toBe(formatProblems([], dir));
    expect(counts).toMatchObject({ cases: 5, ...entityCounts(5) });
  });

  test('is deterministic for a seed, and another seed gives other content', () => {
    const a = generateContent({ cases: 5, seed: 42 });
    const b = generateContent({ cases: 5, seed: 42 });
    const c = generateContent({ cases: 5, seed: 43 });
    expect([...a.files]).toEqual([...b.files]);
    expect([...a.files]).not.toEqual([...c.files]);
  });

  test('cases look like real ones: 600–900-word narratives with tables, footnotes and some Korean', () => {
    const content = generateContent({ cases: 20, seed: 1 });
    const cases = [...content.files].filter(([path]) => path.startsWith('cases/')).map(([, text]) => text);
    expect(cases).toHaveLength(20);
    for (const words of content.bodyWords) {
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(950);
    }
    for (const text of cases) {
      const body = text.slice(text.indexOf('\n---\n', 4) + 5);
      expect(body).toMatch(/^\|---\|---\|---\|$/m);
      expect(body).toMatch(/\[\^[a-z0-9-]+\]/);
    }
    expect(cases.some((text) => /[\uac00-\ud7a3]/.test(text))).toBe(true);
    expect(cases.some((text) => text.includes('<Unconfirmed>'))).toBe(true);
  });
});

describe('createRandom', () => {
  test('same seed, same sequence; picks stay in range', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    const r = createRandom(9);
    for (let i = 0; i < 200; i++) {
      const n = r.int(2, 5);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
    }
    expect(new Set(r.some(['a', 'b', 'c', 'd'], 3))).toHaveProperty('size', 3);
    expect(r.some(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });
});
