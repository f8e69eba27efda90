import { expect, test } from 'vitest';
import { normalizeQuery, stripParticle } from '../../../../src/lib/outputs/search/korean-query.ts';

test.each([
  { input: '카카오페이가', expected: '카카오페이' },
  { input: '카카오페이는', expected: '카카오페이' },
  { input: '금융감독원은', expected: '금융감독원' },
  { input: '금융감독원에서', expected: '금융감독원' },
  { input: '알리페이로', expected: '알리페이' },
  { input: 'Kakaopay', expected: 'Kakaopay' },
  { input: '은', expected: '은' },
  { input: '나는', expected: '나는' },
])('strips the particle of "$input" to "$expected"', ({ input, expected }) => {
  expect(stripParticle(input)).toBe(expected);
});

test('a stripped word is still a prefix of the bare name, so prefix search finds it', () => {
  for (const word of ['카카오페이', '금융감독원', '개인정보보호위원회']) {
    expect(word.startsWith(stripParticle(word))).toBe(true);
  }
});

test('normalises each word of a mixed query', () => {
  expect(normalizeQuery('  카카오페이가 Alipay  금융감독원은 ')).toBe('카카오페이 Alipay 금융감독원');
});
