import { describe, expect, test } from 'vitest';
import { hostKey, sourceLinks } from '../../../../src/cli/sources-check/links.ts';
import type { CaseRecord } from '../../../../src/lib/model/casebook.ts';

const record = (id: string, sources: { id: string; url?: string; archived?: string }[]) => ({ id, data: { sources } }) as unknown as CaseRecord;

describe('sourceLinks', () => {
  test('lists url then archived of every source, cases by id, sources in file order, skipping sources without an address', () => {
    const cases = [
      record('b-case', [{ id: 'z-first', url: 'https://z.example/' }, { id: 'a-second', archived: 'https://archive.example/a' }]),
      record('a-case', [{ id: 'no-address' }, { id: 'both', url: 'https://a.example/', archived: 'https://archive.example/b' }]),
    ];
    expect(sourceLinks({ cases })).toEqual([
      { caseId: 'a-case', sourceId: 'both', field: 'url', url: 'https://a.example/' },
      { caseId: 'a-case', sourceId: 'both', field: 'archived', url: 'https://archive.example/b' },
      { caseId: 'b-case', sourceId: 'z-first', field: 'url', url: 'https://z.example/' },
      { caseId: 'b-case', sourceId: 'a-second', field: 'archived', url: 'https://archive.example/a' },
    ]);
  });
});

describe('hostKey', () => {
  test.each([
    { url: 'https://en.wikisource.org./wiki/Page:TikTok_v._Garland.pdf/14', expected: 'en.wikisource.org' },
    { url: 'https://en.wikisource.org/wiki/Main_Page', expected: 'en.wikisource.org' },
    { url: 'http://News.Example:8080/a', expected: 'news.example' },
    { url: 'http://127.0.0.1:4321/ok', expected: '127.0.0.1' },
  ])('is $expected for $url', ({ url, expected }) => {
    expect(hostKey(url)).toBe(expected);
  });
});
