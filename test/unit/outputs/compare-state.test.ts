import { describe, expect, test } from 'vitest';
import { parseCaseIds, withCase, withoutCase } from '../../../src/lib/outputs/compare-state.ts';

describe('parseCaseIds', () => {
  test.each([
    { input: 'kakaopay-alipay-2024,aliexpress-pipc-2024', expected: ['kakaopay-alipay-2024', 'aliexpress-pipc-2024'] },
    { input: ' a , b ', expected: ['a', 'b'] },
    { input: 'a,a,b', expected: ['a', 'b'] },
    { input: 'a,Bad_Id,,../x,b', expected: ['a', 'b'] },
    { input: 'a,b,c,d,e', expected: ['a', 'b', 'c', 'd'] },
    { input: '', expected: [] },
    { input: null, expected: [] },
  ])('reads $input as $expected', ({ input, expected }) => {
    expect(parseCaseIds(input)).toEqual(expected);
  });
});

describe('changing the choice', () => {
  test('adds at the end, once, and never a fifth case', () => {
    expect(withCase(['a'], 'b')).toEqual(['a', 'b']);
    expect(withCase(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withCase(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
  });

  test('removes a case, keeping the others in order', () => {
    expect(withoutCase(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});
