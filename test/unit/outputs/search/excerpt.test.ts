import { describe, expect, test } from 'vitest';
import { caseExcerpt, EXCERPT_WORDS, type PageText } from '../../../../src/lib/outputs/search/excerpt.ts';

/**
 * A case page as Pagefind indexes it: title, the summary paragraph, key facts, the parties list
 * (names and role words), the narrative (a heading, then paragraphs) and the sources.
 */
function casePage(): { page: Omit<PageText, 'locations'>; at: (word: string, from?: string) => number; words: string[] } {
  const parts: [string | undefined, string, string][] = [
    ['h1:top', 'Kakao Pay sent data to Alipay', ''],
    ['p:summary', 'Regulators found that Kakao Pay sent data to Alipay without consent. Kakao Pay disagrees.', ''],
    ['h2:key-facts', 'Key facts', 'Data flows. South Korea → Singapore. Kakao Pay 카카오페이 → Alipay.'],
    ['h2:parties', 'Parties and regulators', 'Ant Group parent company; parent of Alipay. Personal Information Protection Commission (PIPC) enforcer; imposed a penalty.'],
    ['h2:narrative', 'The case in detail', ''],
    ['p:narrative-p1', 'In January 2025 the PIPC fined Kakao Pay.[9][10] Alipay, an Ant Group affiliate, was told to destroy its model <b>.', ''],
    ['h3:the-court', 'The court challenge', ''],
    ['p:the-court-p1', 'Kakao Pay sued the PIPC.[21]', ''],
    ['h2:sources', 'Sources', 'PIPC decision. KBS News.'],
  ];
  const words: string[] = [];
  const anchors: PageText['anchors'][number][] = [];
  for (const [tag, text, rest] of parts) {
    const [element, id] = tag!.split(':');
    anchors.push({ element, id, location: words.length, text });
    words.push(...text.split(' '), ...rest.split(' ').filter(Boolean));
  }
  const at = (word: string, from = 'top') => words.indexOf(word, anchors.find((a) => a.id === from)!.location);
  return { page: { content: words.join(' '), anchors }, at, words };
}

describe('caseExcerpt', () => {
  test('is the narrative sentence with the most matches, its matched words marked, footnote marks gone', () => {
    const { page, at } = casePage();
    const locations = [at('Ant', 'parties'), at('Group', 'parties'), at('Ant', 'narrative'), at('Group', 'narrative')];
    expect(caseExcerpt({ ...page, locations }, 'unused', 'Ant Group')).toBe(
      'Alipay, an <mark>Ant</mark> <mark>Group</mark> affiliate, was told to destroy its model &#60;b&#62;.',
    );
  });

  test('prefers the sentence with more matches, summary or narrative, and never a heading', () => {
    const { page, at, words } = casePage();
    const pipc = words.flatMap((w, i) => (/^\(?PIPC/.test(w) ? [i] : []));
    expect(caseExcerpt({ ...page, locations: pipc }, 'unused', 'PIPC')).toBe('In January 2025 the <mark>PIPC</mark> fined Kakao Pay.');
    const kakao = words.flatMap((w, i) => (w === 'Kakao' ? [i] : []));
    expect(caseExcerpt({ ...page, locations: kakao }, 'unused', 'Kakao')).toBe('Regulators found that <mark>Kakao</mark> Pay sent data to Alipay without consent.');
    const alipayAnt = words.flatMap((w, i) => (/^(Alipay|Ant)\b/.test(w) ? [i] : []));
    expect(caseExcerpt({ ...page, locations: alipayAnt }, 'unused', 'Alipay Ant')).toBe(
      '<mark>Alipay,</mark> an <mark>Ant</mark> Group affiliate, was told to destroy its model &#60;b&#62;.',
    );
    expect(caseExcerpt({ ...page, locations: [at('court', 'the-court')] }, 'Summary.', 'court')).toBe('Summary.');
  });

  test('a match only in lists, tables or ids gives the summary, its words that begin with a query word marked', () => {
    const { page, at } = casePage();
    const summary = 'The PIPC fined Kakao Pay. Kakaopay’s appeal failed.';
    expect(caseExcerpt({ ...page, locations: [at('카카오페이', 'key-facts')] }, summary, 'kakaopay')).toBe('<mark>Kakaopay’s</mark> appeal failed.');
    expect(caseExcerpt({ ...page, locations: [] }, summary, 'zzz')).toBe('The PIPC fined Kakao Pay.');
    expect(caseExcerpt({ ...page, locations: [] }, 'A <script> & “quote”.', 'script')).toBe('A <mark>&#60;script&#62;</mark> &#38; “quote”.');
  });

  test(`cuts a sentence longer than ${EXCERPT_WORDS} words around its first match`, () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`);
    long[60] = 'Alipay';
    const content = ['Title', ...long].join(' ') + '.';
    const page = { content, anchors: [{ element: 'h1', id: 'top', location: 0, text: 'Title' }, { element: 'p', id: 'summary', location: 1, text: '' }], locations: [61] };
    const excerpt = caseExcerpt(page, '', 'Alipay');
    expect(excerpt.startsWith('… w52 ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt.split(' ').filter((w) => w !== '…')).toHaveLength(EXCERPT_WORDS);
    expect(excerpt).toContain('<mark>Alipay</mark>');
  });
});
