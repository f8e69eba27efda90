import { expect, test } from 'vitest';
import { addNarrativeAnchors } from '../../../../src/lib/content/narrative/paragraph-anchors.ts';

test('gives each paragraph an id numbered within its section', () => {
  const html = addNarrativeAnchors('<p>Intro.</p><h2 id="what-the-fss-found">What the FSS found</h2><p>One.</p><p>Two.</p><h2 id="response">Response</h2><p>Three.</p>');
  expect(html).toContain('<p id="narrative-p1">Intro.');
  expect(html).toContain('<p id="what-the-fss-found-p1">One.');
  expect(html).toContain('<p id="what-the-fss-found-p2">Two.');
  expect(html).toContain('<p id="response-p1">Three.');
});

test('adds a visible link to each anchor', () => {
  const html = addNarrativeAnchors('<h2 id="a">A</h2><p>Text.</p>');
  expect(html).toContain('<a class="anchor-link" href="#a-p1"');
  expect(html).toContain('href="#a"');
});

test('keeps an edit in one section from moving anchors in another', () => {
  const before = addNarrativeAnchors('<h2 id="a">A</h2><p>x</p><h2 id="b">B</h2><p>y</p>');
  const after = addNarrativeAnchors('<h2 id="a">A</h2><p>x</p><p>new</p><h2 id="b">B</h2><p>y</p>');
  expect(before).toContain('<p id="b-p1">y');
  expect(after).toContain('<p id="b-p1">y');
});

test('leaves the footnotes section and list paragraphs alone', () => {
  const html = addNarrativeAnchors('<ul><li><p>item</p></li></ul><section data-footnotes=""><p>note</p></section>');
  expect(html).not.toContain('id="narrative-p');
});

test('nests narrative headings under the page section: ## becomes h3', () => {
  const html = addNarrativeAnchors('<h2 id="a">A</h2><h3 id="b">B</h3><p>x</p>');
  expect(html).toMatch(/^<h3 id="a">A/);
  expect(html).toContain('<h4 id="b">B');
});
