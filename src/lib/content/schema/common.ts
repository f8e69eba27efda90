/** Field types shared by every content schema. Each carries its own error message. */
import { z } from 'zod';
import { parsePartialDate } from '../../model/dates.ts';
import { isJurisdiction } from '../../model/jurisdictions.ts';

/** Lower-case ASCII letters, digits and single hyphens: `kakaopay-alipay-2024`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z
  .string({ error: 'expected an id (lower-case letters, digits and single hyphens)' })
  .regex(ID_PATTERN, 'expected an id of lower-case letters, digits and single hyphens');

/** A reference to another entity; resolved by the validator, which names the missing id. */
export const ref = id;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; YAML timestamps and bare years accepted; stored as the canonical string. */
export const partialDate = z
  .union([z.string(), z.number(), z.date()], { error: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

/** ISO 3166-1 alpha-2 in capitals, or the blocs EU and EEA. */
export const jurisdiction = z
  .string({ error: 'expected a jurisdiction code like KR, US or EU' })
  .refine(isJurisdiction, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code in capitals (or EU / EEA)`,
  });

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 currency code (the list ICU ships). */
export const currency = z
  .string({ error: 'expected an ISO 4217 currency code like KRW or EUR' })
  .refine((code) => CURRENCIES.has(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code`,
  });

/** An absolute http(s) URL; every other scheme (javascript:, data:, ftp:) is refused. */
export const httpUrl = z
  .string({ error: 'expected an http(s) URL' })
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, { error: (issue) => `expected an http(s) URL, got "${String(issue.input)}"` });

/** Free kebab-case word. */
export const tag = z.string().regex(ID_PATTERN, 'expected a kebab-case word like "payments"');

/** Non-negative whole number, as reported. */
export const count = z
  .number({ error: 'expected a whole number' })
  .int('expected a whole number')
  .nonnegative('expected a number >= 0');

/** Text in other languages, by BCP 47 tag: `{ ko: 카카오페이 }`. */
export const localizedNames = z.record(
  z.string().regex(/^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag like "ko"'),
  z.string().min(1),
);

/** A BCP 47 language tag. */
export const lang = z.string().regex(/^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag like "en" or "ko"');

/** Names of fields whose values the sources do not confirm; the site labels them (extension). */
export const unconfirmedFields = <T extends string>(fields: readonly [T, ...T[]]) =>
  z.array(z.enum(fields)).optional();

export const nonEmpty = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);
