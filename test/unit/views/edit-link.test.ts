import { describe, expect, test } from 'vitest';
import { caseEditUrl, caseFilePath } from '../../../src/lib/views/edit-link.ts';

describe('caseEditUrl', () => {
  test.each([
    { base: 'https://github.com/org/casebook/edit/main/', expected: 'https://github.com/org/casebook/edit/main/content/cases/kakaopay-alipay-2024.mdx' },
    { base: 'https://github.com/org/casebook/edit/main', expected: 'https://github.com/org/casebook/edit/main/content/cases/kakaopay-alipay-2024.mdx' },
    { base: 'https://codeberg.org/org/casebook/_edit/main/', expected: 'https://codeberg.org/org/casebook/_edit/main/content/cases/kakaopay-alipay-2024.mdx' },
    { base: 'https://gitlab.example/org/casebook/-/edit/main/', expected: 'https://gitlab.example/org/casebook/-/edit/main/content/cases/kakaopay-alipay-2024.mdx' },
  ])('is $expected for the base $base', ({ base, expected }) => {
    expect(caseEditUrl(base, 'kakaopay-alipay-2024')).toBe(expected);
  });

  test.each([undefined, ''])('is absent when no base is configured (%j)', (base) => {
    expect(caseEditUrl(base, 'kakaopay-alipay-2024')).toBeUndefined();
  });

  test.each(['github.com/org/casebook/edit/main/', 'javascript:alert(1)//'])('stops the build on a base that is not an http(s) URL: %s', (base) => {
    expect(() => caseEditUrl(base, 'x')).toThrow(/^CASEBOOK_EDIT_URL: expected an http\(s\) URL/);
  });

  test('points at the file the case is read from', () => {
    expect(caseFilePath('tiktok-dpc-2025')).toBe('content/cases/tiktok-dpc-2025.mdx');
  });
});
