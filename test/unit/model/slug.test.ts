import { expect, test } from 'vitest';
import { createIdAllocator, slugify } from '../../../src/lib/model/slug.ts';

test.each([
  { input: 'Kakao Pay starts passing customer data to Alipay', expected: 'kakao-pay-starts-passing-customer-data-to-alipay' },
  { input: 'PIPC fines Kakao Pay KRW 5.968 billion', expected: 'pipc-fines-kakao-pay-krw-5-968-billion' },
  { input: 'Café “Schrems II” ruling', expected: 'cafe-schrems-ii-ruling' },
  { input: '금융감독원 inspection', expected: 'inspection' },
])('slugifies "$input" to "$expected"', ({ input, expected }) => {
  expect(slugify(input, 12)).toBe(expected);
});

test('limits a slug to a number of words', () => {
  expect(slugify('one two three four five', 3)).toBe('one-two-three');
});

test('numbers repeated ids and avoids reserved ones', () => {
  const allocate = createIdAllocator(['timeline']);
  expect(allocate('timeline')).toBe('timeline-2');
  expect(allocate('event-2024')).toBe('event-2024');
  expect(allocate('event-2024')).toBe('event-2024-2');
});
