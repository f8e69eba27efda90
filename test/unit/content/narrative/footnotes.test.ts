import { expect, test } from 'vitest';
import { citationTitle, escapeMarkdown, linkSourceCitations } from '../../../../src/lib/content/narrative/footnotes.ts';

const sources = [
  { id: 'kbs-2024-08-14', title: '[News Today] "KAKAOPAY GAVE USER INFO TO ALIPAY"', publisher: 'KBS News', date: '2024-08-14' },
  { id: 'pipc-2025-01', title: 'PIPC release', publisher: 'PIPC', date: '2025-01' },
];

test('turns a source-id footnote into a link numbered as in the source list', () => {
  const out = linkSourceCitations('Data was sent.[^pipc-2025-01]', sources);
  expect(out).toBe('Data was sent.[\\[2\\]](#source-pipc-2025-01 "PIPC, January 2025: PIPC release")');
});

test('links consecutive citations separately', () => {
  const out = linkSourceCitations('A.[^kbs-2024-08-14][^pipc-2025-01]', sources);
  expect(out).toContain('[\\[1\\]](#source-kbs-2024-08-14');
  expect(out).toContain('[\\[2\\]](#source-pipc-2025-01');
});

test('leaves footnotes the author defines, and unknown labels, to GFM', () => {
  const body = 'See note.[^note] And [^kbs-2024-08-14].\n\n[^note]: An editorial note.\n';
  const out = linkSourceCitations(body, sources);
  expect(out).toContain('[^note]');
  expect(out).toContain('[^note]: An editorial note.');
  expect(out).toContain('(#source-kbs-2024-08-14');
});

test('escapes quotes in the hover title and Markdown specials in text', () => {
  expect(citationTitle(sources[0])).toBe('KBS News, 14 August 2024: [News Today] \\"KAKAOPAY GAVE USER INFO TO ALIPAY\\"');
  expect(escapeMarkdown('a {b} <c> *d*')).toBe('a \\{b\\} \\<c\\> \\*d\\*');
});
