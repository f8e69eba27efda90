import { describe, expect, test } from 'vitest';
import { bestMatchNote, statusText } from '../../../../src/lib/outputs/search/search-status.ts';

describe('statusText', () => {
  test.each([
    { counts: { cases: 7, others: 60, shown: 10, query: 'PIPC' }, expected: '7 cases and 60 other pages found for “PIPC”; 10 of 67 shown.' },
    { counts: { cases: 7, others: 60, shown: 67, query: 'PIPC' }, expected: '7 cases and 60 other pages found for “PIPC”.' },
    { counts: { cases: 1, others: 1, shown: 2, query: 'Kakao' }, expected: '1 case and 1 other page found for “Kakao”.' },
    { counts: { cases: 0, others: 3, shown: 3, query: 'Jane' }, expected: '0 cases and 3 other pages found for “Jane”.' },
    { counts: { cases: 3, others: undefined, shown: 3, query: '' }, expected: '3 cases found.' },
    { counts: { cases: 0, others: 0, shown: 0, query: 'zzz' }, expected: 'No results for “zzz”.' },
    { counts: { cases: 0, others: undefined, shown: 0, query: '' }, expected: 'No results.' },
  ])('says $expected', ({ counts, expected }) => {
    expect(statusText(counts)).toBe(expected);
  });
});

describe('bestMatchNote', () => {
  test.each([
    { leading: 6, naming: 7, expected: 'The 6 cases in which it plays a leading role are listed first, those with the most sources first; then the case that only names it.' },
    { leading: 2, naming: 4, expected: 'The 2 cases in which it plays a leading role are listed first, those with the most sources first; then the 2 cases that only name it.' },
    { leading: 1, naming: 1, expected: 'The case in which it plays a leading role is listed first.' },
    { leading: 0, naming: 1, expected: 'The case that names it is listed first.' },
    { leading: 0, naming: 3, expected: 'The 3 cases that name it are listed first, those with the most sources first.' },
    { leading: 0, naming: 0, expected: '' },
  ])('$leading leading of $naming naming: "$expected"', ({ leading, naming, expected }) => {
    expect(bestMatchNote(leading, naming)).toBe(expected);
  });
});
