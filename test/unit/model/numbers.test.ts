import { describe, expect, test } from 'vitest';
import { formatCount, formatExact, formatMoney, formatMoneyExact, totalsByCurrency } from '../../../src/lib/model/numbers.ts';

describe('formatCount', () => {
  test.each([
    { input: 54_200_000_000, expected: '54.2 billion' },
    { input: 40_450_000, expected: '40.45 million' },
    { input: 40_000_000, expected: '40 million' },
    { input: 1_200_000_000, expected: '1.2 billion' },
    { input: 550_000_000, expected: '550 million' },
    { input: 81_000, expected: '81,000' },
    { input: 0, expected: '0' },
    { input: 2_000_000_000_000, expected: '2 trillion' },
  ])('returns "$expected" for $input', ({ input, expected }) => {
    expect(formatCount(input)).toBe(expected);
  });
});

test('keeps every digit in the exact form', () => {
  expect(formatExact(5_968_000_000)).toBe('5,968,000,000');
  expect(formatMoneyExact(2_200_000, 'KRW')).toBe('KRW 2,200,000');
});

test('puts the currency code before a readable amount', () => {
  expect(formatMoney(1_200_000_000, 'EUR')).toBe('EUR 1.2 billion');
  expect(formatMoney(5_968_000_000, 'KRW')).toBe('KRW 5.97 billion');
});

test('sums penalties per currency without mixing currencies, in currency-code order (never ranked across currencies)', () => {
  expect(
    totalsByCurrency([
      { amount: 5_968_000_000, currency: 'KRW' },
      { amount: 530_000_000, currency: 'EUR' },
      { amount: 2_405_000_000, currency: 'KRW' },
      { currency: 'KRW' },
      {},
    ]),
  ).toEqual([
    { currency: 'EUR', amount: 530_000_000 },
    { currency: 'KRW', amount: 8_373_000_000 },
  ]);
});
