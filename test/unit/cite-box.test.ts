import { describe, expect, test } from 'vitest';
import { fillAccessDate, todayIso } from '../../src/lib/access-date.ts';
import { buildCiteBox, citablePage, citeBoxScriptData } from '../../src/lib/cite-box.ts';
import { formatCitation, toBibtex, toCslJson, toRis } from '../../src/lib/citation.ts';

const record = { id: 'kakaopay-alipay-2024', data: { title: 'Kakao Pay sent data on 40 million customers to Alipay without consent, regulators found', updated: '2026-11-23', summary: 'Summary.', tags: ['payments'] } };
const page = citablePage(record, 'https://casebook.example.org/cases/kakaopay-alipay-2024/');
const box = buildCiteBox(page);

describe('cite box', () => {
  test('offers the six styles and three export formats', () => {
    expect(box.styles.map((s) => s.id)).toEqual(['apa', 'mla', 'chicago', 'harvard', 'bluebook', 'oscola']);
    expect(box.formats.map((f) => f.id)).toEqual(['bibtex', 'ris', 'csl-json']);
  });

  test('shows the version it cites', () => {
    expect(box.version).toEqual({ iso: '2026-11-23', text: '23 November 2026' });
  });

  test('gives access-date templates only where a format prints an access date', () => {
    const templated = [...box.styles, ...box.formats].filter((s) => s.textTemplate).map((s) => s.id);
    expect(templated).toEqual(['harvard', 'oscola', 'bibtex', 'ris', 'csl-json']);
  });

  test.each(['harvard', 'oscola'] as const)('filling the %s template equals formatting with that access date', (style) => {
    const entry = box.styles.find((s) => s.id === style)!;
    expect(fillAccessDate(entry.textTemplate!, '2026-11-24')).toBe(formatCitation({ ...page, accessed: '2026-11-24' }, style).text);
    expect(fillAccessDate(entry.htmlTemplate!, '2026-11-24')).toBe(formatCitation({ ...page, accessed: '2026-11-24' }, style).html);
  });

  test('filling the export templates equals exporting with that access date', () => {
    const [bib, ris, csl] = box.formats;
    const accessed = { ...page, accessed: '2026-03-05' };
    expect(fillAccessDate(bib.textTemplate!, '2026-03-05')).toBe(toBibtex(accessed));
    expect(fillAccessDate(ris.textTemplate!, '2026-03-05')).toBe(toRis(accessed));
    expect(fillAccessDate(csl.textTemplate!, '2026-03-05')).toBe(JSON.stringify([toCslJson(accessed)], null, 2));
  });
});

test('todayIso is the UTC date', () => {
  expect(todayIso(new Date('2026-11-23T23:30:00-05:00'))).toBe('2026-11-24');
});

test('rejects an access date that is not a full date', () => {
  expect(() => fillAccessDate('x', '2026-11')).toThrow(/YYYY-MM-DD/);
});

test('the script data holds only the URL and the access-date templates, nothing the page already shows', () => {
  const data = citeBoxScriptData(box);
  expect(data.url).toBe(page.url);
  expect(Object.keys(data.templates)).toEqual(['harvard', 'oscola', 'bibtex', 'ris', 'csl-json']);
  expect(data.templates.harvard.html).toContain('2 January 2000');
  expect(data.templates.bibtex).toEqual({ text: expect.stringContaining('urldate = {2000-01-02}') });
});
