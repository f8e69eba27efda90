import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test, vi } from 'vitest';
import {
  CITATION_STYLES,
  formatCitation,
  toBibtex,
  toCslJson,
  toRis,
  type CitablePage,
  type StyleId,
} from '../../../../src/lib/outputs/citation/citation.ts';

const URL = 'https://casebook.example.org/cases/kakaopay-alipay-2024/';
const TITLE = 'Kakao Pay sent data on 40 million customers to Alipay without consent, regulators found';
const TITLE_CASED = 'Kakao Pay Sent Data on 40 Million Customers to Alipay without Consent, Regulators Found';
const LINK = `<a href="${URL}">${URL}</a>`;

const KAKAO: CitablePage = {
  title: TITLE,
  url: URL,
  updated: '2026-11-23',
  accessed: '2026-11-24',
  id: 'kakaopay-alipay-2024',
  siteName: 'Cross-Border Data Casebook',
};

const OTHER: CitablePage = {
  title: 'Another case from the same year',
  url: 'https://casebook.example.org/cases/another-2026/',
  updated: '2026-03-02',
  id: 'another-2026',
  siteName: 'Cross-Border Data Casebook',
};

describe('CITATION_STYLES', () => {
  test('lists the six styles in a fixed order, each with a label', () => {
    expect(CITATION_STYLES.map((s) => s.id)).toEqual(['apa', 'mla', 'chicago', 'harvard', 'bluebook', 'oscola']);
    for (const style of CITATION_STYLES) expect(style.label).toMatch(/\S/);
  });
});

describe('formatCitation for the Kakao Pay case', () => {
  // Checked by hand against each style's rules for a web page whose author is the website:
  // APA 7 omits the site name that repeats the group author and, the page being dated, gives no
  // retrieval date; MLA 9 starts with the title and names the organisation once, as the
  // website; Chicago 17 (bibliography form) keeps the owner as author and the site title;
  // Cite Them Right gives the year and the access date; the Bluebook (no bibliography: the
  // footnote) gives the full date and no "last visited" for a dated page, "Without" capitalised
  // by rule 8(a); OSCOLA's bibliography entry has no closing full stop.
  test.each<{ style: StyleId; text: string; html: string }>([
    {
      style: 'apa',
      text: `Cross-Border Data Casebook. (2026, November 23). ${TITLE}. ${URL}`,
      html: `Cross-Border Data Casebook. (2026, November 23). <i>${TITLE}</i>. ${LINK}`,
    },
    {
      style: 'mla',
      text: `“${TITLE_CASED}.” Cross-Border Data Casebook, 23 Nov. 2026, ${URL}.`,
      html: `“${TITLE_CASED}.” <i>Cross-Border Data Casebook</i>, 23 Nov. 2026, ${LINK}.`,
    },
    {
      style: 'chicago',
      text: `Cross-Border Data Casebook. “${TITLE_CASED}.” Cross-Border Data Casebook, November 23, 2026. ${URL}.`,
      html: `Cross-Border Data Casebook. “${TITLE_CASED}.” Cross-Border Data Casebook, November 23, 2026. ${LINK}.`,
    },
    {
      style: 'harvard',
      text: `Cross-Border Data Casebook (2026) ${TITLE}. Available at: ${URL} (Accessed: 24 November 2026).`,
      html: `Cross-Border Data Casebook (2026) <i>${TITLE}</i>. Available at: ${LINK} (Accessed: 24 November 2026).`,
    },
    {
      style: 'bluebook',
      text:
        'Cross-Border Data Casebook, Kakao Pay Sent Data on 40 Million Customers to Alipay Without Consent, ' +
        `Regulators Found, Cross-Border Data Casebook (Nov. 23, 2026), ${URL}.`,
      html:
        'Cross-Border Data Casebook, <i>Kakao Pay Sent Data on 40 Million Customers to Alipay Without Consent, ' +
        'Regulators Found</i>, <span style="font-variant:small-caps;">Cross-Border Data Casebook</span> ' +
        `(Nov. 23, 2026), ${LINK}.`,
    },
    {
      style: 'oscola',
      text: `Cross-Border Data Casebook, ‘${TITLE_CASED}’ (Cross-Border Data Casebook, 23 November 2026) <${URL}> accessed 24 November 2026`,
      html: `Cross-Border Data Casebook, ‘${TITLE_CASED}’ (<i>Cross-Border Data Casebook</i>, 23 November 2026) &#60;${LINK}&#62; accessed 24 November 2026`,
    },
  ])('gives the $style bibliography entry', ({ style, text, html }) => {
    expect(formatCitation(KAKAO, style)).toEqual({ text, html });
  });

  test.each<{ style: StyleId; text: string }>([
    {
      style: 'chicago',
      text: `Cross-Border Data Casebook, “${TITLE_CASED},” Cross-Border Data Casebook, November 23, 2026, ${URL}.`,
    },
    {
      style: 'bluebook',
      text:
        'Cross-Border Data Casebook, Kakao Pay Sent Data on 40 Million Customers to Alipay Without Consent, ' +
        `Regulators Found, Cross-Border Data Casebook (Nov. 23, 2026), ${URL}.`,
    },
    {
      style: 'oscola',
      text: `Cross-Border Data Casebook, ‘${TITLE_CASED}’ (Cross-Border Data Casebook, 23 November 2026) <${URL}> accessed 24 November 2026.`,
    },
    { style: 'apa', text: '(Cross-Border Data Casebook, 2026)' },
    { style: 'harvard', text: '(Cross-Border Data Casebook, 2026)' },
    { style: 'mla', text: `(“${TITLE_CASED}”)` },
  ])('gives the $style citation form (full first note or in-text citation)', ({ style, text }) => {
    expect(formatCitation(KAKAO, style, { form: 'citation' }).text).toBe(text);
  });

  test.each(CITATION_STYLES.map((s) => s.id))('gives the same %s output on every call', (style) => {
    const first = formatCitation(KAKAO, style);
    formatCitation(OTHER, style);
    formatCitation(OTHER, style, { form: 'citation' });
    expect(formatCitation(KAKAO, style)).toEqual(first);
    expect(formatCitation(KAKAO, style)).toEqual(first);
  });

  test.each(CITATION_STYLES.map((s) => s.id))('prints no access date in %s when none is given', (style) => {
    const { accessed: _, ...page } = KAKAO;
    const { text } = formatCitation(page, style);
    expect(text).not.toMatch(/accessed|retrieved|last visited|24 Nov|Nov\. 24|November 24/i);
  });

  test('prints the last-visited date in Bluebook form when the page has no full date', () => {
    const { text } = formatCitation({ ...KAKAO, updated: '2026-11' }, 'bluebook');
    expect(text).toContain(`(Nov. 2026), ${URL} (last visited Nov. 24, 2026).`);
  });

  test('escapes markup in the title in html and keeps it in text', () => {
    const page = { ...KAKAO, title: 'Data sent to A&B <script> without consent' };
    const { text, html } = formatCitation(page, 'apa');
    expect(text).toContain('Data sent to A&B <script> without consent.');
    expect(html).toContain('<i>Data sent to A&#38;B &#60;script&#62; without consent</i>');
  });

  test('rejects an unknown style', () => {
    expect(() => formatCitation(KAKAO, 'vancouver' as StyleId)).toThrow('unknown style "vancouver"');
  });
});

// Formats every style twice over a dozen pages: seconds of citeproc work, more on a busy machine.
test('a bibliography entry is the one the full style gives, though formatted with the style trimmed for one entry', { timeout: 60_000 }, () => {
  // Each bibliography formatCitation asks citeproc for is formatted again here with the full
  // style, registered under the trimmed style's name less its suffix.
  const format = Cite.prototype.format;
  const trimmed = '/one-entry-bibliography';
  const compared = new Set<string>();
  const spy = vi.spyOn(Cite.prototype, 'format').mockImplementation(function (this: Cite, kind: string, options?: Record<string, unknown>) {
    const output = format.call(this, kind, options);
    const template = String(options?.template);
    if (kind === 'bibliography' && template.endsWith(trimmed)) {
      expect(output).toBe(format.call(this, kind, { ...options, template: template.slice(0, -trimmed.length) }));
      compared.add(template);
    }
    return output;
  });
  try {
    const titles = [TITLE, 'The "Quoted" case & the <angle> brackets', 'O\'Brien’s “curly” case: did it end?', '카카오페이 개인정보 국외이전 사건', 'Ends with a full stop.', 'A long title '.repeat(30)];
    for (const [i, title] of titles.entries()) {
      for (const updated of ['2026', '2026-11', '2026-11-23']) {
        const page: CitablePage = { ...OTHER, id: `case-${i}`, title, updated, summary: 'A & B.', keywords: ['x'], language: 'en' };
        for (const { id } of CITATION_STYLES) {
          formatCitation(page, id);
          formatCitation({ ...page, accessed: '2026-11-24' }, id);
          formatCitation({ ...page, url: `${page.url}#event-1` }, id);
        }
      }
    }
  } finally {
    spy.mockRestore();
  }
  expect(compared.size).toBe(5);
});

describe('a month-precision version date stays month-precision', () => {
  const page: CitablePage = { ...KAKAO, updated: '2026-11' };

  test.each<{ style: StyleId; date: string }>([
    { style: 'apa', date: '(2026, November).' },
    { style: 'mla', date: ', Nov. 2026, ' },
    { style: 'chicago', date: ', November 2026. ' },
    { style: 'harvard', date: '(2026)' },
    { style: 'bluebook', date: '(Nov. 2026)' },
    { style: 'oscola', date: ', November 2026)' },
  ])('in $style', ({ style, date }) => {
    const { text } = formatCitation(page, style);
    expect(text).toContain(date);
    expect(text).not.toMatch(/November 1\b|\b1 November|Nov\. 1\b|\b1 Nov\./);
  });

  test('in CSL-JSON, BibTeX and RIS', () => {
    expect(toCslJson(page).issued).toEqual({ 'date-parts': [[2026, 11]] });
    expect(toCslJson(page).version).toBe('Version of November 2026');
    expect(toBibtex(page)).toContain('  month = nov,\n  date = {2026-11},\n');
    expect(toRis(page)).toContain('DA  - 2026/11//\r\n');
  });

  test.each([
    { format: 'BibTeX', source: () => toBibtex(page) },
    { format: 'RIS', source: () => toRis(page) },
    { format: 'CSL-JSON', source: () => JSON.stringify(toCslJson(page)) },
  ])('when $format is read back by citation-js', ({ source }) => {
    expect(new Cite(source()).data[0].issued).toEqual({ 'date-parts': [[2026, 11]] });
  });

  test('and a year stays a year', () => {
    const year = { ...KAKAO, updated: '2026' };
    expect(toCslJson(year).issued).toEqual({ 'date-parts': [[2026]] });
    expect(toBibtex(year)).not.toContain('month');
    expect(toRis(year)).toContain('DA  - 2026///\r\n');
    expect(formatCitation(year, 'apa').text).toContain('Cross-Border Data Casebook. (2026). ');
  });
});

describe('toCslJson', () => {
  test('gives a webpage item by the organisation, on its own website', () => {
    expect(toCslJson(KAKAO)).toEqual({
      id: 'kakaopay-alipay-2024',
      'citation-key': 'kakaopay-alipay-2024',
      type: 'webpage',
      title: TITLE,
      author: [{ literal: 'Cross-Border Data Casebook' }],
      publisher: 'Cross-Border Data Casebook',
      'container-title': 'Cross-Border Data Casebook',
      issued: { 'date-parts': [[2026, 11, 23]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL,
      version: 'Version of 23 November 2026',
    });
  });

  test('carries the abstract, language and keywords when given', () => {
    const item = toCslJson({ ...KAKAO, summary: 'Regulators found…', language: 'en', keywords: ['fintech', 'China'] });
    expect(item).toMatchObject({ abstract: 'Regulators found…', language: 'en', keyword: 'fintech, China' });
  });

  test.each([
    { field: 'updated', page: { ...KAKAO, updated: '2026-13' }, error: 'updated "2026-13" has no month 13' },
    { field: 'updated', page: { ...KAKAO, updated: '23/11/2026' }, error: 'updated expected a date' },
    { field: 'accessed', page: { ...KAKAO, accessed: '2026-11' }, error: 'accessed must be a full date' },
    { field: 'url', page: { ...KAKAO, url: '/cases/kakaopay-alipay-2024/' }, error: 'page.url must be an absolute URL' },
    { field: 'title', page: { ...KAKAO, title: ' ' }, error: 'page.title is required' },
  ])('rejects a bad $field', ({ page, error }) => {
    expect(() => toCslJson(page)).toThrow(error);
  });
});

describe('toBibtex', () => {
  test('gives an @online (web page) entry with BibTeX and biblatex date fields', () => {
    expect(toBibtex(KAKAO)).toBe(
      [
        '@online{kakaopay-alipay-2024,',
        `  title = {{${TITLE}}},`,
        '  author = {{Cross-Border Data Casebook}},',
        '  year = 2026,',
        '  month = nov,',
        '  date = {2026-11-23},',
        `  url = {${URL}},`,
        '  urldate = {2026-11-24},',
        '  note = {Version of 23 November 2026},',
        '  organization = {Cross-Border Data Casebook}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('escapes LaTeX specials in text fields but not in the URL', () => {
    const bib = toBibtex({ ...KAKAO, title: '100% of A&B_c {data} #1 $5', url: `${URL}#a_b%20c` });
    expect(bib).toContain('title = {{100\\% of A\\&B\\_c \\{data\\} \\#1 \\$5}},');
    expect(bib).toContain(`url = {${URL}#a_b%20c},`);
    const parsed = new Cite(bib).data[0];
    expect(parsed.title).toBe('100% of A&B_c {data} #1 $5');
    expect(parsed.URL).toBe(`${URL}#a_b%20c`);
  });
});

describe('toRis', () => {
  test('gives an ELEC record with CRLF line ends', () => {
    expect(toRis({ ...KAKAO, summary: 'Regulators found…', language: 'en', keywords: ['fintech', 'China'] })).toBe(
      [
        'TY  - ELEC',
        'ID  - kakaopay-alipay-2024',
        `TI  - ${TITLE}`,
        'AU  - Cross-Border Data Casebook',
        'PY  - 2026',
        'DA  - 2026/11/23/',
        `UR  - ${URL}`,
        'Y2  - 2026/11/24/',
        'AB  - Regulators found…',
        'PB  - Cross-Border Data Casebook',
        'T2  - Cross-Border Data Casebook',
        'LA  - en',
        'KW  - fintech',
        'KW  - China',
        'N1  - Version of 23 November 2026',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  test('puts a multi-line abstract on one line', () => {
    expect(toRis({ ...KAKAO, summary: 'First line.\nSecond line.' })).toContain('AB  - First line. Second line.\r\n');
  });
});

describe('the exports read back with citation-js', () => {
  test.each([
    { format: 'BibTeX', source: () => toBibtex(KAKAO) },
    { format: 'RIS', source: () => toRis(KAKAO) },
    { format: 'CSL-JSON', source: () => JSON.stringify(toCslJson(KAKAO)) },
  ])('$format gives the same title, date and URL', ({ source }) => {
    const [item] = new Cite(source()).data;
    expect(item.title).toBe(TITLE);
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 23]] });
    expect(item.URL).toBe(URL);
  });

  // What the head tags make Zotero save (shared/reference-managers.md): a webpage by one
  // organisation, at the version date. A reference manager importing a download gets the same.
  test.each([
    { format: 'BibTeX', source: () => toBibtex(KAKAO) },
    { format: 'RIS', source: () => toRis(KAKAO) },
    { format: 'CSL-JSON', source: () => JSON.stringify(toCslJson(KAKAO)) },
  ])('$format gives a webpage by one organisation, not a person', ({ source }) => {
    const [item] = new Cite(source()).data as { type: string; author: { literal?: string; family?: string; given?: string }[] }[];
    expect(item.type).toBe('webpage');
    expect(item.author).toHaveLength(1);
    expect(item.author[0].given ?? '').toBe('');
    expect(item.author[0].literal ?? item.author[0].family).toBe('Cross-Border Data Casebook');
  });

  test.each([
    { format: 'BibTeX', source: () => toBibtex(KAKAO) },
    { format: 'CSL-JSON', source: () => JSON.stringify(toCslJson(KAKAO)) },
  ])('$format keeps the access date', ({ source }) => {
    expect(new Cite(source()).data[0].accessed).toEqual({ 'date-parts': [[2026, 11, 24]] });
  });

  test.each([
    { format: 'BibTeX', make: toBibtex },
    { format: 'RIS', make: toRis },
    { format: 'CSL-JSON', make: (p: CitablePage) => JSON.stringify(toCslJson(p)) },
  ])('$format is the same on every call', ({ make }) => {
    expect(make(KAKAO)).toBe(make({ ...KAKAO }));
  });
});
