import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { citationTitle, linkSourceCitations } from '../../../../src/lib/content/narrative/footnotes.ts';
import { parseNarrative } from '../../../../src/lib/content/narrative/parse.ts';

const sources = [
  { id: 'kbs-2024-08-14', title: '[News Today] "KAKAOPAY GAVE USER INFO TO ALIPAY"', publisher: 'KBS News', date: '2024-08-14' },
  { id: 'pipc-2025-01', title: 'PIPC release', publisher: 'PIPC', date: '2025-01' },
];

const linked = (body: string) => {
  const parsed = parseNarrative(body);
  if (!parsed.ok) throw new Error(parsed.reason);
  linkSourceCitations(parsed.tree, sources, body);
  return toHtml(parsed.tree);
};

test('turns a source-id footnote into a link numbered as in the source list', () => {
  expect(linked('Data was sent.[^pipc-2025-01]')).toBe('<p>Data was sent.<a href="#source-pipc-2025-01" title="PIPC, January 2025: PIPC release">[2]</a></p>');
});

test('links consecutive citations separately', () => {
  const html = linked('A.[^kbs-2024-08-14][^pipc-2025-01]');
  expect(html).toContain('<a href="#source-kbs-2024-08-14" title="KBS News, 14 August 2024: [News Today] &#x22;KAKAOPAY GAVE USER INFO TO ALIPAY&#x22;">[1]</a><a href="#source-pipc-2025-01"');
});

test('leaves footnotes the author defines to GFM, numbered on their own, and code as written', () => {
  const html = linked('See note.[^note] And [^kbs-2024-08-14]. Literal `[^pipc-2025-01]`.\n\n[^note]: An editorial note.\n');
  expect(html).toContain('data-footnote-ref');
  expect(html).toMatch(/id="user-content-fnref-note"[^>]*>1<\/a>/);
  expect(html).toContain('<a href="#source-kbs-2024-08-14"');
  expect(html).toContain('<code>[^pipc-2025-01]</code>');
});

test('leaves a label that names no source as the text the author wrote (the validator reports it)', () => {
  expect(linked('A claim.[^nowhere]')).toBe('<p>A claim.[^nowhere]</p>');
});

test('gives back a reference a bare URL ran into, keeping trailing punctuation out of the link', () => {
  expect(linked('Published at https://sda.example/d/17.[^pipc-2025-01]')).toBe(
    '<p>Published at <a href="https://sda.example/d/17">https://sda.example/d/17</a>.<a href="#source-pipc-2025-01" title="PIPC, January 2025: PIPC release">[2]</a></p>',
  );
});

test('the hover title reads publisher, date and title', () => {
  expect(citationTitle(sources[0])).toBe('KBS News, 14 August 2024: [News Today] "KAKAOPAY GAVE USER INFO TO ALIPAY"');
});
