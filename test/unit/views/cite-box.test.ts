import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { fillAccessDate, sentinelTemplate, todayIso } from '../../../src/lib/views/access-date.ts';
import { buildCiteBox, citeBoxScriptData, PREVIEW_NOTICE, SENTINEL_ACCESS_DATE } from '../../../src/lib/views/cite-box.ts';
import { citablePage } from '../../../src/lib/outputs/citation/citable-page.ts';
import { formatCitation, toBibtex, toCslJson, toRis, type CitablePage, type StyleId } from '../../../src/lib/outputs/citation/citation.ts';

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

test('the script data holds only the URL and the access-date clauses, nothing the page already shows', () => {
  const data = citeBoxScriptData(box);
  expect(data.url).toBe(page.url);
  expect(Object.keys(data.templates)).toEqual(['harvard', 'oscola', 'bibtex', 'ris', 'csl-json']);
  expect(data.templates.harvard.html).toEqual({ clause: ' (Accessed: 2 January 2000)', fromEnd: 1 });
  expect(data.templates.bibtex).toEqual({ text: { clause: expect.stringContaining('urldate = {2000-01-02}'), fromEnd: expect.any(Number) } });
  expect(data.templates.ris).toEqual({ text: { clause: 'Y2  - 2000/01/02/\r\n', fromEnd: expect.any(Number) }, crlf: true });
});

describe('formatting each page once, with the sentinel access date', () => {
  const titles = [
    record.data.title,
    'The "Quoted" case & the <angle> brackets',
    'O\'Brien’s “curly” case: did it end?',
    '카카오페이 개인정보 국외이전 사건: 금융감독원 제재',
    'Ends with a full stop.',
    `A long title ${'about cross-border transfers of personal data, '.repeat(8)}and its end`,
  ];
  const urls = [
    (id: string) => `https://casebook.example.org/cases/${id}/`,
    // Not the probe's "/" before the access date: the page is formatted twice instead.
    (id: string) => `https://casebook.example.org/cases/${id}/#event-3`,
    (id: string) => `https://casebook.example.org/cases/${id}/?a=1&b=2.`,
  ];
  const pages = titles.flatMap((title, t) => ['2026', '2026-11', '2026-11-23', '2024-02-29'].map((updated, d): CitablePage => {
    const id = `case-${t}-${d}`;
    return { ...citablePage({ id, data: { title, updated, summary: `Summary of “${title}” & more.`, tags: ['payments', 'K-데이터'] } }, urls[(t + d) % urls.length](id)) };
  }));
  const sentinel = (p: CitablePage) => ({ ...p, accessed: SENTINEL_ACCESS_DATE });

  test.each(pages.map((p) => [p.updated, p.title.slice(0, 40), p.url, p] as const))('%s %s %s: the same citations as formatting with and without it', (_updated, _title, _url, p) => {
    const built = buildCiteBox(p);
    for (const style of built.styles) {
      const plain = formatCitation(p, style.id as StyleId);
      const dated = formatCitation(sentinel(p), style.id as StyleId);
      expect({ text: style.text, html: style.html }).toEqual(plain);
      const printsAccessDate = dated.text !== plain.text;
      expect({ text: style.textTemplate, html: style.htmlTemplate }).toEqual(printsAccessDate ? dated : { text: undefined, html: undefined });
    }
    const exports = [toBibtex, toRis, (q: CitablePage) => JSON.stringify([toCslJson(q)], null, 2)];
    for (const [i, format] of built.formats.entries()) {
      expect(format.text).toBe(exports[i](p));
      expect(format.textTemplate).toBe(exports[i](sentinel(p)));
    }
  });

  test.each(pages.map((p) => [p.updated, p.title.slice(0, 40), p.url, p] as const))('%s %s %s: the script makes each template from what the page shows', (_updated, _title, _url, p) => {
    const built = buildCiteBox(p);
    const data = citeBoxScriptData(built);
    // Read back as a browser does: CRLF becomes LF, and the HTML is written out with character
    // references of the serializer's own (hast's here, the browser's own on the page).
    const reserialized = (html: string) => toHtml(fromHtml(html, { fragment: true }));
    for (const entry of [...built.styles, ...built.formats]) {
      const template = data.templates[entry.id];
      expect(template === undefined).toBe(entry.textTemplate === undefined);
      if (!template) continue;
      const read = entry.text.replace(/\r\n?/g, '\n');
      expect(sentinelTemplate(template.crlf ? read.replaceAll('\n', '\r\n') : read, template.text)).toBe(entry.textTemplate);
      if (!entry.htmlTemplate) continue;
      expect(reserialized(sentinelTemplate(reserialized(entry.html), template.html!))).toBe(reserialized(entry.htmlTemplate));
    }
  });

  test('sends clauses rather than whole templates for the site\'s own page URLs', () => {
    for (const p of pages.filter((q) => q.url.endsWith('/'))) {
      for (const template of Object.values(citeBoxScriptData(buildCiteBox(p)).templates)) {
        expect(typeof template.text).toBe('object');
        if (template.html) expect(typeof template.html).toBe('object');
      }
    }
  });
});

describe('the address a page gives for itself', () => {
  test('is permanent on the public site, with no notice', () => {
    expect(box.address).toEqual({ url: page.url, permanent: true, label: 'Permanent address', notice: undefined });
  });

  test('in a preview build (a loopback address) says plainly that it is not permanent', () => {
    const preview = buildCiteBox(citablePage(record, 'http://localhost:4321/cases/kakaopay-alipay-2024/'));
    expect(preview.address.permanent).toBe(false);
    expect(preview.address.notice).toBe(PREVIEW_NOTICE);
    expect(preview.address.label).toMatch(/not a permanent address/);
  });
});
