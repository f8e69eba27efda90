// What Pagefind actually indexed: the text of each page's fragment. Astro drops the whitespace
// between elements it renders from expressions, and Pagefind does not separate words at
// <th>, <dt> or inline boundaries, so labels and names must carry their own spaces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const dist = inject('fixtureDist');
let fragments: Map<string, Fragment>;

beforeAll(() => {
  const dir = join(dist, 'pagefind', 'fragment');
  fragments = new Map();
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    // Each file is Pagefind's signature followed by the fragment's JSON.
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    fragments.set(fragment.url, fragment);
  }
});

describe('the indexed text of a case page', () => {
  test('keeps a native name a word of its own, apart from the aliases after it', () => {
    const { content } = fragments.get('/cases/full-case/')!;
    expect(content).toMatch(/(^|\s)예시페이\s/);
  });

  test('holds no id as text: the ids the case names are its metadata, which Pagefind also searches', () => {
    const { content, meta } = fragments.get('/cases/full-case/')!;
    const ids = meta.ids.split(' ');
    expect(ids).toEqual(expect.arrayContaining(['example-pay', 'sample-cloud', 'sample-data-authority']));
    for (const id of ids) expect(content.split(/\s+/)).not.toContain(id);
  });

  test('keeps labels apart from their values, and leaves table headers out', () => {
    const { content } = fragments.get('/cases/full-case/')!;
    expect(content).toMatch(/Status\s+Sanctioned/);
    expect(content).not.toMatch(/Status[A-Z]/);
    expect(content).not.toMatch(/DateAuthority/);
  });
});

describe('a firm or regulator page', () => {
  test('names the keys a query can match; its type and address (not searchable metadata) give its cases\' filter', () => {
    const firm = fragments.get('/firms/example-pay/')!;
    expect(firm.meta.names.split(' ')).toEqual(expect.arrayContaining(['examplepay', '예시페이']));
    expect(Object.values(firm.meta).join(' ')).not.toMatch(/\bfirm\b/);
    expect(firm.filters.type).toEqual(['firm']);
    expect(firm.url).toBe('/firms/example-pay/');
  });
});

test("an entity page is indexed by what it is, not by the titles of the cases it lists", () => {
  const { content } = fragments.get('/regulators/example-court/')!;
  expect(content).toContain('Example Court of Justice');
  // Its case and penalty tables name the cases; those are found on their own pages.
  expect(content).not.toContain('Sample Cloud moved European account data to the United States');
  expect(fragments.get('/cases/third-case/')!.content).toContain('Sample Cloud');
});

test("a firm's positions and a person's quotes are found on their cases' pages, not on the firm's or the person's", () => {
  const firm = fragments.get('/firms/example-pay/')!.content;
  const person = fragments.get('/people/jane-example/')!.content;
  const inCase = fragments.get('/cases/full-case/')!.content;
  expect(firm).toContain('Example Pay');
  expect(person).toContain('Jane Example');
  for (const [page, words] of [[firm, 'Only data needed for payments'], [person, 'Consent is required to pass personal information overseas']] as const) {
    expect(inCase).toContain(words);
    expect(page).not.toContain(words);
  }
});

test('a case page carries the countries it touches as their people write them, for search alone', () => {
  const { content, meta } = fragments.get('/cases/third-case/')!;
  expect(meta.places.split(' ')).toContain('Norge');
  expect(content).not.toContain('Norge');
});
