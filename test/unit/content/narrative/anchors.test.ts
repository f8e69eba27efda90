import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { addNarrativeAnchors } from '../../../../src/lib/content/narrative/anchors.ts';
import { parseNarrative } from '../../../../src/lib/content/narrative/parse.ts';

const anchored = (body: string) => {
  const parsed = parseNarrative(body);
  if (!parsed.ok) throw new Error(parsed.reason);
  const headings = addNarrativeAnchors(parsed.tree);
  return { html: toHtml(parsed.tree), headings };
};

test('gives each paragraph an id numbered within its section', () => {
  const { html } = anchored('Intro.\n\n## What the FSS found\n\nOne.\n\nTwo.\n\n## Response\n\nThree.\n');
  expect(html).toContain('<p id="narrative-p1">Intro.');
  expect(html).toContain('<p id="what-the-fss-found-p1">One.');
  expect(html).toContain('<p id="what-the-fss-found-p2">Two.');
  expect(html).toContain('<p id="response-p1">Three.');
});

test('adds a visible link to each anchor', () => {
  const { html } = anchored('## A\n\nText.\n');
  expect(html).toContain('<a class="anchor-link" href="#a-p1"');
  expect(html).toContain('href="#a"');
});

test('keeps an edit in one section from moving anchors in another', () => {
  expect(anchored('## A\n\nx\n\n## B\n\ny\n').html).toContain('<p id="b-p1">y');
  expect(anchored('## A\n\nx\n\nnew\n\n## B\n\ny\n').html).toContain('<p id="b-p1">y');
});

test('leaves the footnotes section and list paragraphs alone', () => {
  const { html } = anchored('- item\n\n  more\n\nA note.[^n]\n\n[^n]: The note.\n');
  expect(html.match(/id="narrative-p\d+"/g)).toEqual(['id="narrative-p1"']);
});

test('nests narrative headings under the page section: ## becomes h3, with GitHub slugs as ids', () => {
  const { html, headings } = anchored('## A heading’s "title"\n\n### B\n\nx\n');
  expect(html).toMatch(/^<h3 id="a-headings-title">A heading’s “title”/);
  expect(html).toContain('<h4 id="b">B');
  expect(headings).toEqual([{ depth: 2, slug: 'a-headings-title', text: 'A heading’s “title”' }, { depth: 3, slug: 'b', text: 'B' }]);
});

test('two headings with the same text get distinct ids', () => {
  const { headings } = anchored('## Response\n\nx\n\n## Response\n\ny\n');
  expect(headings.map((h) => h.slug)).toEqual(['response', 'response-1']);
});
