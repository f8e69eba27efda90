/** Field types at the edges of the contract: what YAML hands over, and what the contract means by it. */
import { describe, expect, test } from 'vitest';
import { count, currency, lang, tag } from '../../../../src/lib/content/schema/common.ts';
import { caseSchema } from '../../../../src/lib/content/schema/case.ts';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('tag', () => {
  test.each([
    { input: 'payments', expected: 'payments' },
    { input: 'cross-border', expected: 'cross-border' },
    // `tags: [gdpr, 2024]`: YAML reads the year as a number; the contract means the word.
    { input: 2024, expected: '2024' },
    { input: 0, expected: '0' },
  ])('reads $input as the tag "$expected"', ({ input, expected }) => {
    expect(tag.parse(input)).toBe(expected);
  });

  test.each([
    { input: 'Cloud Computing' },
    { input: 1.5 },
    { input: -1 },
    { input: true },
  ])('refuses $input as not a kebab-case word', ({ input }) => {
    expect(messageOf(tag.safeParse(input))).toBe('expected a kebab-case word like "payments"');
  });
});

describe('currency', () => {
  // CLF (Chile's UF, in which fines are set), VED and XAU are ISO 4217 but not in Intl.supportedValuesOf('currency').
  test.each(['KRW', 'EUR', 'CLF', 'VED', 'XAU', 'ZWG'])('accepts the ISO 4217 code %s', (code) => {
    expect(currency.parse(code)).toBe(code);
  });

  test.each(['WON', 'krw', 'EURO', 'ABC'])('refuses %s', (code) => {
    expect(messageOf(currency.safeParse(code))).toBe(`"${code}" is not an ISO 4217 currency code`);
  });
});

describe('lang', () => {
  test.each([
    'en', 'ko', 'zh-Hant', 'zh-Hant-TW', 'es-419', 'sr-Latn-RS', 'de-CH-1996',
    // An extension and private use are BCP 47; the old pattern refused single-letter subtags.
    'ja-JP-u-ca-japanese', 'en-x-internal', 'x-klingon',
    // Deprecated, yet still valid BCP 47.
    'iw',
  ])('accepts the BCP 47 tag %s', (input) => {
    expect(lang.parse(input)).toBe(input);
  });

  test.each(['korean', 'en_US', 'zz', 'en-US-US', ''])('refuses "%s"', (input) => {
    expect(messageOf(lang.safeParse(input))).toMatch(/^expected a BCP 47 language tag like "en", "ko" or "zh-Hant"/);
  });
});

describe('case summary', () => {
  const summaryOf = (summary: string) => caseSchema.shape.summary.safeParse(summary);

  test('counts characters as a reader does: decomposed Hangul and astral characters once each', () => {
    const decomposed = '한'.normalize('NFD').repeat(300) + '𠮷'.repeat(300);
    expect(decomposed.length).toBeGreaterThan(600);
    expect(summaryOf(decomposed).success).toBe(true);
  });

  test('refuses 601 characters, saying how many there are', () => {
    expect(messageOf(summaryOf('a'.repeat(601)))).toBe('expected at most 600 characters, got 601');
  });
});

describe('count', () => {
  test.each([0, 54_200_000_000, Number.MAX_SAFE_INTEGER])('keeps %d exactly', (input) => {
    expect(count.parse(input)).toBe(input);
  });

  test.each([
    { input: 2 ** 53, message: 'expected a whole number up to 9007199254740991: a larger one cannot be kept exactly' },
    { input: 2.5, message: 'expected a whole number' },
    { input: -1, message: 'expected a number >= 0' },
  ])('refuses $input: $message', ({ input, message }) => {
    expect(messageOf(count.safeParse(input))).toBe(message);
  });
});
