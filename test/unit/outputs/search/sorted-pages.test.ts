import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { joinSortedPages, readSortedPages, sortPages, type SortedPages } from '../../../../src/lib/outputs/search/sorted-pages.ts';

const site = mkdtempSync(join(tmpdir(), 'casebook-sorted-pages-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const casePage = (words: string, updated: string) =>
  `<html><body><main data-pagefind-body><span data-pagefind-filter="type:case" hidden></span><span data-pagefind-sort="updated:${updated}"></span><span data-pagefind-sort="sources:3"></span><p>${words}</p><p data-pagefind-ignore>https://example.org/x</p></main></body></html>`;
const pages: Record<string, string> = {
  'cases/a/index.html': casePage('Kakao Pay Alipay', '2024-08-13'),
  'cases/b/index.html': casePage('Alipay consent', '2023-01-02'),
  'firms/kakao-pay/index.html': '<html><body><main data-pagefind-body><h1>Kakao Pay</h1></main></body></html>',
  '404.html': '<html><body><p>Not found</p></body></html>',
};
for (const [file, html] of Object.entries(pages)) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), html);
}
const files = Object.keys(pages).sort();

/** A page's words as words, not numbers. */
const wordsOf = ({ casePages, words }: SortedPages) => Object.fromEntries(casePages.map((page) => [page.file, [...page.words].map((id) => words[id]).sort()]));

describe('one read of the built pages', () => {
  test('sorts case pages from the others, in the order given, with each case page’s indexed words and sort values', async () => {
    const sorted = await sortPages(site, files);
    expect(sorted.casePages.map((page) => page.file)).toEqual(['cases/a/index.html', 'cases/b/index.html']);
    expect(sorted.otherPages.map((page) => page.file)).toEqual(['404.html', 'firms/kakao-pay/index.html']);
    expect(wordsOf(sorted)).toEqual({ 'cases/a/index.html': ['alipay', 'kakao', 'pay'], 'cases/b/index.html': ['alipay', 'consent'] });
    // The other pages' words too (the 404 page marks no body, so it gives none), each word once.
    expect(sorted.otherPages.map((page) => [...page.words].map((id) => sorted.words[id]))).toEqual([[], ['kakao', 'pay']]);
    expect(sorted.words.filter((word) => word === 'alipay' || word === 'kakao')).toEqual(['kakao', 'alipay']);
    expect(sorted.casePages[1].sorts).toEqual([['updated', '2023-01-02'], ['sources', '3']]);
  });

  test('gives the same in a worker thread', async () => {
    const inWorker = await readSortedPages(site, files);
    const here = await sortPages(site, files);
    expect(wordsOf(inWorker)).toEqual(wordsOf(here));
    expect(inWorker.otherPages.map((page) => page.file)).toEqual(here.otherPages.map((page) => page.file));
    expect(inWorker.casePages.map((page) => page.sorts)).toEqual(here.casePages.map((page) => page.sorts));
  });

  test('read in runs by several workers, gives what one read gives, words numbered as one read numbers them', async () => {
    const here = await sortPages(site, files);
    for (const workers of [2, 3, 4]) {
      const split = await readSortedPages(site, files, workers);
      expect(split.words).toEqual(here.words);
      expect(split.casePages.map((page) => [page.file, [...page.words], page.sorts])).toEqual(here.casePages.map((page) => [page.file, [...page.words], page.sorts]));
      expect(split.otherPages.map((page) => [page.file, [...page.words]])).toEqual(here.otherPages.map((page) => [page.file, [...page.words]]));
    }
  });

  test('joins reads of consecutive runs, each word once', async () => {
    const [first, second] = [await sortPages(site, files.slice(0, 2)), await sortPages(site, files.slice(2))];
    // Both runs hold "alipay" or "kakao" under their own numbers; joined, each is one word.
    const joined = joinSortedPages([first, second]);
    expect(new Set(joined.words).size).toBe(joined.words.length);
    expect(wordsOf(joined)).toEqual(wordsOf(await sortPages(site, files)));
  });

  test('a page the worker cannot read fails the step', async () => {
    await expect(readSortedPages(site, [...files, 'cases/missing/index.html'])).rejects.toThrow(/ENOENT|no such file/);
  });
});
