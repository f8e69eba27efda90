import { describe, expect, test } from 'vitest';
import { pageKey } from '../../../src/lib/views/page-key.ts';

describe('pageKey', () => {
  test('is the same for two equal models built apart', () => {
    const model = () => ({ title: 'Kakao Pay', cases: [{ id: 'a', fine: 1 }], at: new Date(Date.UTC(2024, 7, 13)) });
    expect(pageKey(model())).toBe(pageKey(model()));
  });

  test.each([
    ['a title', { title: 'Kakao Pay' }, { title: 'Kakao Pay Corp.' }],
    ['a number', { fine: 1 }, { fine: 2 }],
    ['the order of a list', { cases: ['a', 'b'] }, { cases: ['b', 'a'] }],
    ['a date', { at: new Date(Date.UTC(2024, 7, 13)) }, { at: new Date(Date.UTC(2024, 7, 14)) }],
    ['a Map entry', { byId: new Map([['a', 1]]) }, { byId: new Map([['a', 2]]) }],
    ['a Set member', { ids: new Set(['a']) }, { ids: new Set(['b']) }],
    ['a field present or not', { summary: 'x' }, {}],
  ])('changes with %s', (_what, before, after) => {
    expect(pageKey(before)).not.toBe(pageKey(after));
  });

  test('covers every part a page renders, in order', () => {
    expect(pageKey({ a: 1 }, '<p>x</p>')).not.toBe(pageKey({ a: 1 }, '<p>y</p>'));
    expect(pageKey('x', 'y')).not.toBe(pageKey('y', 'x'));
  });

  test('refuses a model holding a function, which it could not key', () => {
    expect(() => pageKey({ view: { format: () => 'x' } })).toThrow(/holds a function at "format"/);
  });

  test('is short enough to keep one per page in the build manifest', () => {
    expect(pageKey({ a: 1 })).toMatch(/^[\w-]{43}$/);
  });
});
